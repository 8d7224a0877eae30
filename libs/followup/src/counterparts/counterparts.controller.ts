import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam, PageQueryDto, type Actor } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { CounterpartsService } from './counterparts.service.js';
import { CounterpartRegisterDto, RegionParamDto } from './dto/counterpart.dto.js';

@ApiTags('counterparts')
@Controller({ path: 'counterparts', version: '1' })
export class CounterpartsController {
  constructor(private readonly counterparts: CounterpartsService) {}

  @Get('organizations/:id')
  @CanRead()
  @ApiOperation({
    summary: "An organization's register: every event, attendance of its people, speech, MoU and project across the years, newest first",
    description: 'Its people are those with a position at the organization. With the open deliverables of the MoUs it signed. Paginated.',
  })
  organization(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: PageQueryDto): Promise<CounterpartRegisterDto> {
    return this.counterparts.organization(actor, id, query);
  }

  @Get('regions/:region')
  @CanRead()
  @ApiOperation({ summary: "A region's register (every organization recorded in it, e.g. Hong Kong), newest first, paginated" })
  region(@CurrentActor() actor: Actor, @Param() params: RegionParamDto, @Query() query: PageQueryDto): Promise<CounterpartRegisterDto> {
    return this.counterparts.region(actor, params.region, query);
  }
}
