import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { AgendaService } from './agenda.service.js';
import { AgendaItemDto, CreateAgendaItemDto, UpdateAgendaItemDto } from './dto/agenda-item.dto.js';

@ApiTags('agenda')
@Controller({ path: 'events/:eventId/agenda', version: '1' })
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Post()
  @CanWrite()
  @ApiOperation({
    summary: 'Add an agenda segment: opening, address, unveiling, MoU or project signing, policy presentation, matchmaking, site visit',
  })
  @ApiErrors('EVENT_CANCELLED')
  create(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: CreateAgendaItemDto): Promise<AgendaItemDto> {
    return this.agenda.create(actor, eventId, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: 'The agenda in order' })
  @ApiPageResponse(AgendaItemDto)
  list(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Query() query: PageQueryDto): Promise<Page<AgendaItemDto>> {
    return this.agenda.list(actor, eventId, query);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change or reorder an agenda segment' })
  @ApiErrors('EVENT_CANCELLED')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateAgendaItemDto,
  ): Promise<AgendaItemDto> {
    return this.agenda.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an agenda segment (speeches given in it stay, without the segment)' })
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.agenda.remove(actor, eventId, id);
  }
}
