import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam, type Actor } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { OutputDownloadsService } from './output-downloads.service.js';
import { EventOutputsDto } from './outputs.dto.js';

@ApiTags('reports')
@Controller({ path: 'events/:eventId/outputs', version: '1' })
export class OutputsController {
  constructor(private readonly downloads: OutputDownloadsService) {}

  @Get()
  @CanRead()
  @ApiOperation({
    summary:
      "The event's outputs (writeup, reports, presider's script, …) per language: when each was last downloaded and whether it changed since",
    description:
      'Every download of an output records a fingerprint of the records it was made from; `changedSinceDownload` is true when the records the output would be made from now differ (a deputy replaced a leader, an attendee checked in, a speech was edited…). An output never downloaded has `lastDownloadedAt` null and `changedSinceDownload` false. The list holds every registered kind in each of its languages: its size is fixed, so it is not paged.',
  })
  async list(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string): Promise<EventOutputsDto> {
    return { items: await this.downloads.list(actor, eventId) };
  }
}
