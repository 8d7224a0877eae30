import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CursorPageQueryDto, IdParam, type Actor } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { CounterpartsService } from './counterparts.service.js';
import { CounterpartRegisterDto, RegionParamDto } from './dto/counterpart.dto.js';

const REGISTER_PAGING =
  "Page with `cursor` (the previous page's `nextCursor`): each entry comes once even while entries are added; `page` works too. `total` and the summary always cover the whole register.";

@ApiTags('counterparts')
@Controller({ path: 'counterparts', version: '1' })
export class CounterpartsController {
  constructor(private readonly counterparts: CounterpartsService) {}

  @Get('organizations/:id')
  @CanRead()
  @ApiOperation({
    summary: "An organization's register: every event, attendance of its people, speech, MoU and project across the years, newest first",
    description: `Its people are those with a position at the organization. With the open deliverables of the MoUs it signed. ${REGISTER_PAGING}`,
  })
  organization(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: CursorPageQueryDto): Promise<CounterpartRegisterDto> {
    return this.counterparts.organization(actor, id, query);
  }

  @Get('regions/:region')
  @CanRead()
  @ApiOperation({
    summary: "A region's register (every organization recorded in it, e.g. Hong Kong), newest first, paginated",
    description: REGISTER_PAGING,
  })
  region(
    @CurrentActor() actor: Actor,
    @Param() params: RegionParamDto,
    @Query() query: CursorPageQueryDto,
  ): Promise<CounterpartRegisterDto> {
    return this.counterparts.region(actor, params.region, query);
  }
}
