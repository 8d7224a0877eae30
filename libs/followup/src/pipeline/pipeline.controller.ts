import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import {
  CreateStageChangeDto,
  ProjectFollowUpDetailDto,
  ProjectFollowUpDto,
  ProjectFollowUpQueryDto,
  UpdateProjectFollowUpDto,
} from './dto/pipeline.dto.js';
import { PipelineService } from './pipeline.service.js';

@ApiTags('follow-up')
@Controller({ path: 'follow-up/projects', version: '1' })
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Get()
  @CanRead()
  @ApiOperation({
    summary: 'The pipeline: signed projects with their current stage and stall mark, newest signing first',
    description:
      'A project stays `signed` until a change is recorded. `flag` applies the workspace stall rules (see `/follow-up/settings`).',
  })
  @ApiPageResponse(ProjectFollowUpDto)
  list(@CurrentActor() actor: Actor, @Query() query: ProjectFollowUpQueryDto): Promise<Page<ProjectFollowUpDto>> {
    return this.pipeline.list(actor, query);
  }

  @Get(':projectId')
  @CanRead()
  @ApiOperation({ summary: "A project's follow-up: current stage, amount in place, re-signings and the history of its stage changes" })
  get(@CurrentActor() actor: Actor, @IdParam('projectId') projectId: string): Promise<ProjectFollowUpDetailDto> {
    return this.pipeline.get(actor, projectId);
  }

  @Post(':projectId/stage-changes')
  @CanWrite()
  @ApiOperation({
    summary: 'Move a project to another stage, dated, with the amount in place and a note',
    description:
      'Stages: signed → contract_concluded → started → funds_partly_in_place → funds_in_place → in_operation (stages may be skipped, never gone back); ' +
      'stalled or cancelled at any point before operation; a stalled project resumes at the stage it had reached or later. ' +
      'Other moves are refused with INVALID_STAGE_TRANSITION (the allowed ones are in `details.allowed`). The history is append-only.',
  })
  @ApiErrors('INVALID_STAGE_TRANSITION', 'PROJECT_RESIGNED')
  addStageChange(
    @CurrentActor() actor: Actor,
    @IdParam('projectId') projectId: string,
    @Body() dto: CreateStageChangeDto,
  ): Promise<ProjectFollowUpDetailDto> {
    return this.pipeline.addStageChange(actor, projectId, dto);
  }

  @Patch(':projectId')
  @CanWrite()
  @ApiOperation({ summary: 'Link a project signed again at a later event to its first signing (counted once), or unlink it' })
  @ApiErrors('CONFLICT')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('projectId') projectId: string,
    @Body() dto: UpdateProjectFollowUpDto,
  ): Promise<ProjectFollowUpDetailDto> {
    return this.pipeline.update(actor, projectId, dto);
  }
}
