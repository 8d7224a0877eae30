import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, CURSOR_LIST_PAGING, IdParam, CursorListQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateMouDto, MouDto, UpdateMouDto } from './dto/mou.dto.js';
import { MousService } from './mous.service.js';

@ApiTags('MoUs')
@Controller({ path: 'events/:eventId/mous', version: '1' })
export class EventMousController {
  constructor(private readonly mous: MousService) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Record an MoU signed at the event: two or more parties with their signatories, witnesses, date, purpose' })
  @ApiErrors('EVENT_CANCELLED')
  create(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: CreateMouDto): Promise<MouDto> {
    return this.mous.create(actor, eventId, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: "List the event's MoUs in order", description: CURSOR_LIST_PAGING })
  @ApiPageResponse(MouDto, { cursor: true, totalOnRequest: true })
  list(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Query() query: CursorListQueryDto): Promise<Page<MouDto>> {
    return this.mous.listForEvent(actor, eventId, query);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get one MoU' })
  get(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<MouDto> {
    return this.mous.get(actor, eventId, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change an MoU; `parties` and `witnessIds`, when given, replace the whole list' })
  @ApiErrors('EVENT_CANCELLED')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateMouDto,
  ): Promise<MouDto> {
    return this.mous.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an MoU with its parties' })
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.mous.remove(actor, eventId, id);
  }
}
