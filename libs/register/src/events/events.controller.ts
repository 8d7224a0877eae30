import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, CURSOR_LIST_PAGING, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateEventDto, EventDto, EventQueryDto, UpdateEventDto } from './dto/event.dto.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller({ path: 'events', version: '1' })
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Record an event: title, kind, time and zone, venue, hosts, sides' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEventDto): Promise<EventDto> {
    return this.events.create(actor, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({
    summary: 'List events, newest first; filter by text, status, kind, dates or organization',
    description: CURSOR_LIST_PAGING,
  })
  @ApiPageResponse(EventDto, { cursor: true, totalOnRequest: true })
  list(@CurrentActor() actor: Actor, @Query() query: EventQueryDto): Promise<Page<EventDto>> {
    return this.events.list(actor, query);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get one event with its hosts and record counts' })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<EventDto> {
    return this.events.get(actor, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change an event or move it along its lifecycle (draft → scheduled → held; cancelled)' })
  @ApiErrors('INVALID_STATE_TRANSITION', 'EVENT_CANCELLED', 'IN_USE')
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateEventDto): Promise<EventDto> {
    return this.events.update(actor, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an event and everything recorded for it (agenda, attendance, speeches, MoUs, projects, writeups)' })
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.events.remove(actor, id);
  }
}
