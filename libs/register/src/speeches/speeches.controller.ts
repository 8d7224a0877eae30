import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateSpeechDto, SpeechDto, UpdateSpeechDto } from './dto/speech.dto.js';
import { SpeechesService } from './speeches.service.js';

@ApiTags('speeches')
@Controller({ path: 'events/:eventId/speeches', version: '1' })
export class SpeechesController {
  constructor(private readonly speeches: SpeechesService) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Record a speech: the speaker (an attendee of the event), its kind, key points and quotes' })
  @ApiErrors('EVENT_CANCELLED')
  create(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: CreateSpeechDto): Promise<SpeechDto> {
    return this.speeches.create(actor, eventId, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: 'List speeches in speaking order', description: "By `order`, then the speakers' protocol order." })
  @ApiPageResponse(SpeechDto)
  list(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Query() query: PageQueryDto): Promise<Page<SpeechDto>> {
    return this.speeches.list(actor, eventId, query);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get one speech' })
  get(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<SpeechDto> {
    return this.speeches.get(actor, eventId, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change a speech, its speaker or its place in the speaking order' })
  @ApiErrors('EVENT_CANCELLED')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateSpeechDto,
  ): Promise<SpeechDto> {
    return this.speeches.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a speech' })
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.speeches.remove(actor, eventId, id);
  }
}
