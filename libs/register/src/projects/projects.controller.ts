import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, CURSOR_LIST_PAGING, type Actor, type Page } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { SignedProjectDto, SignedProjectQueryDto } from './dto/signed-project.dto.js';
import { SignedProjectsService } from './signed-projects.service.js';

@ApiTags('signed projects')
@Controller({ path: 'projects', version: '1' })
export class ProjectsController {
  constructor(private readonly projects: SignedProjectsService) {}

  @Get()
  @CanRead()
  @ApiOperation({
    summary: 'List signed projects across events, filtered by party, region, sector, date, status, event or title',
    description:
      "`from` and `to` (inclusive) apply to the day the project's event started, in the event's local time. " + CURSOR_LIST_PAGING,
  })
  @ApiPageResponse(SignedProjectDto, { cursor: true, totalOnRequest: true })
  list(@CurrentActor() actor: Actor, @Query() query: SignedProjectQueryDto): Promise<Page<SignedProjectDto>> {
    return this.projects.list(actor, query);
  }
}
