import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, CURSOR_LIST_PAGING, type Actor, type Page } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { MouDto, MouQueryDto } from './dto/mou.dto.js';
import { MousService } from './mous.service.js';

@ApiTags('MoUs')
@Controller({ path: 'mous', version: '1' })
export class MousController {
  constructor(private readonly mous: MousService) {}

  @Get()
  @CanRead()
  @ApiOperation({
    summary: 'List MoUs across events, filtered by party, region, date, status, event or title',
    description:
      "An MoU's date is its signing date, else the day its event started (the event's local time); `from` and `to` are inclusive. " +
      CURSOR_LIST_PAGING,
  })
  @ApiPageResponse(MouDto, { cursor: true, totalOnRequest: true })
  list(@CurrentActor() actor: Actor, @Query() query: MouQueryDto): Promise<Page<MouDto>> {
    return this.mous.list(actor, query);
  }
}
