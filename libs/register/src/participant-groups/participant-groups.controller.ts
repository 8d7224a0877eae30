import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateParticipantGroupDto, ParticipantGroupDto, UpdateParticipantGroupDto } from './dto/participant-group.dto.js';
import { ParticipantGroupsService } from './participant-groups.service.js';

@ApiTags('participant groups')
@Controller({ path: 'events/:eventId/participant-groups', version: '1' })
export class ParticipantGroupsController {
  constructor(private readonly groups: ParticipantGroupsService) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Record an unnamed group of participants with a count and qualifier ("over 200 from enterprises")' })
  @ApiErrors('EVENT_CANCELLED')
  create(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Body() dto: CreateParticipantGroupDto,
  ): Promise<ParticipantGroupDto> {
    return this.groups.create(actor, eventId, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: "List the event's participant groups in order" })
  @ApiPageResponse(ParticipantGroupDto)
  list(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ParticipantGroupDto>> {
    return this.groups.list(actor, eventId, query);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change a participant group' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateParticipantGroupDto,
  ): Promise<ParticipantGroupDto> {
    return this.groups.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a participant group' })
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.groups.remove(actor, eventId, id);
  }
}
