import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, CURSOR_LIST_PAGING, IdParam, CursorListQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateSignedProjectDto, SignedProjectDto, UpdateSignedProjectDto } from './dto/signed-project.dto.js';
import { SignedProjectsService } from './signed-projects.service.js';

@ApiTags('signed projects')
@Controller({ path: 'events/:eventId/projects', version: '1' })
export class EventProjectsController {
  constructor(private readonly projects: SignedProjectsService) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Record a cooperation project signed at the event: parties, sector, amount and currency' })
  @ApiErrors('EVENT_CANCELLED')
  create(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Body() dto: CreateSignedProjectDto,
  ): Promise<SignedProjectDto> {
    return this.projects.create(actor, eventId, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: "List the event's signed projects in order", description: CURSOR_LIST_PAGING })
  @ApiPageResponse(SignedProjectDto, { cursor: true, totalOnRequest: true })
  list(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: CursorListQueryDto,
  ): Promise<Page<SignedProjectDto>> {
    return this.projects.listForEvent(actor, eventId, query);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get one signed project' })
  get(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<SignedProjectDto> {
    return this.projects.get(actor, eventId, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change a signed project; `partyIds`, when given, replaces the list' })
  @ApiErrors('EVENT_CANCELLED')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateSignedProjectDto,
  ): Promise<SignedProjectDto> {
    return this.projects.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a signed project' })
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.projects.remove(actor, eventId, id);
  }
}
