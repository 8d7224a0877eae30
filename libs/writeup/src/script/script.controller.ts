import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, IdParam, type Actor } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { ScriptQueryDto } from './script.dto.js';
import { ScriptService } from './script.service.js';

@ApiTags('writeups')
@Controller({ path: 'events/:eventId/script', version: '1' })
export class ScriptController {
  constructor(private readonly scripts: ScriptService) {}

  @Get()
  @CanRead()
  @ApiOperation({
    summary: "The presider's script (主持词 / 司会台本 / MC script) of the event, from its agenda and protocol order, as Markdown or Word",
    description:
      "Opening (greeting, the event, date and venue), the introduction of leaders and guests in protocol order with their positions, each agenda item in turn (addresses, signings with their signatories and witnesses, unveilings, project signings), closing. Only attendees registered (expected) or checked in are named; invitees who never confirmed and anyone marked absent are not; a deputy is named in the principal's place on the principal's behalf. Content-Disposition names the file `<date>_<title>_script-<lang>.<format>`. The download is recorded for `GET /events/{id}/outputs`. Cancelled events have none (409 EVENT_CANCELLED).",
  })
  @ApiOkResponse({
    description: 'The script file',
    content: {
      'text/markdown': { schema: { type: 'string' } },
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors('EVENT_CANCELLED')
  async script(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: ScriptQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const rendered = await this.scripts.render(actor, eventId, query.lang ?? 'zh', query.format ?? 'md');
    reply.header('content-type', rendered.contentType);
    reply.header('content-disposition', rendered.contentDisposition);
    await reply.send(rendered.body);
  }
}
