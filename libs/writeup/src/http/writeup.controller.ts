import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { WriteupDraftsService } from '../drafts/writeup-drafts.service.js';
import {
  CreateDraftDto,
  DraftChangesDto,
  DraftVersionEntryDto,
  EditDraftDto,
  PublishDraftDto,
  RegenerateDraftDto,
  WriteupDocumentDto,
  WriteupDocumentQueryDto,
  WriteupDraftDto,
  WriteupFileQueryDto,
  WriteupQueryDto,
  type WriteupFormat,
} from './writeup.dto.js';
import { WriteupService, type RenderedWriteup } from './writeup.service.js';
import type { Writeup } from '../types.js';

const TEXT = { schema: { type: 'string' } };
/** The writeup files, one media type per format. */
const FILE_CONTENT = {
  'text/markdown': TEXT,
  'text/html': TEXT,
  'text/plain': TEXT,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
};

async function send(reply: FastifyReply, format: WriteupFormat, rendered: RenderedWriteup, attachment: boolean): Promise<void> {
  reply.header('content-type', rendered.contentType);
  // the HTML is a document to read or paste, never a page that runs anything
  if (format === 'html') reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  if (attachment) reply.header('content-disposition', rendered.contentDisposition);
  await reply.send(rendered.body);
}

@ApiTags('writeups')
@Controller({ path: 'events/:eventId', version: '1' })
export class WriteupController {
  constructor(
    private readonly writeups: WriteupService,
    private readonly drafts: WriteupDraftsService,
  ) {}

  @Get('writeup/document')
  @CanRead()
  @ApiOperation({
    summary: 'The news writeup of the event as structured JSON: every sentence with the records it states, and warnings',
    description:
      'Deterministic: the same records give the same text. Each warning names a text that fell back to another language. Cancelled events have no writeup (409 EVENT_CANCELLED).',
  })
  @ApiErrors('EVENT_CANCELLED')
  async document(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: WriteupDocumentQueryDto,
  ): Promise<WriteupDocumentDto> {
    const rendered = await this.writeups.render(actor, eventId, query.lang ?? 'zh', 'json');
    return rendered.body as Writeup;
  }

  @Get('writeup/file')
  @CanRead()
  @ApiOperation({
    summary: 'The news writeup of the event as a file to download: Markdown, HTML, plain text or Word',
    description:
      "Content-Disposition names the file after the event's local date and its title in the writeup's language (`2024-03-25_<title>_writeup-<lang>.<format>`), with an ASCII fallback and an RFC 6266 `filename*`. Cancelled events have no writeup (409 EVENT_CANCELLED).",
  })
  @ApiOkResponse({ description: 'The writeup file, in the media type of the requested format', content: FILE_CONTENT })
  @ApiErrors('EVENT_CANCELLED')
  async file(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: WriteupFileQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const format = query.format ?? 'md';
    await send(reply, format, await this.writeups.render(actor, eventId, query.lang ?? 'zh', format, true), true);
  }

  @Get('writeup')
  @CanRead()
  @ApiOperation({
    summary: 'The news writeup in any format from one URL (kept for existing links; clients use writeup/document and writeup/file)',
    description:
      'The same writeup as `GET …/writeup/document` (`format=json`) and `GET …/writeup/file` (`format=md|html|txt|docx`, the default md), shown inline except docx. Cancelled events have no writeup (409 EVENT_CANCELLED).',
    deprecated: true,
  })
  @ApiExtraModels(WriteupDocumentDto)
  @ApiOkResponse({
    description: 'The writeup in the requested format',
    content: { 'application/json': { schema: { $ref: getSchemaPath(WriteupDocumentDto) } }, ...FILE_CONTENT },
  })
  @ApiErrors('EVENT_CANCELLED')
  async writeup(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: WriteupQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const format = query.format ?? 'md';
    await send(reply, format, await this.writeups.render(actor, eventId, query.lang ?? 'zh', format, format !== 'json'), format === 'docx');
  }

  @Post('writeups')
  @CanWrite()
  @ApiOperation({ summary: 'Save a generated writeup as a draft to edit and publish (version 1)' })
  @ApiErrors('EVENT_CANCELLED')
  create(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: CreateDraftDto): Promise<WriteupDraftDto> {
    return this.drafts.create(actor, eventId, dto);
  }

  @Get('writeups')
  @CanRead()
  @ApiOperation({ summary: "The event's saved writeups; officials see published ones only" })
  @ApiPageResponse(WriteupDraftDto)
  list(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Query() query: PageQueryDto): Promise<Page<WriteupDraftDto>> {
    return this.drafts.list(actor, eventId, query);
  }

  @Get('writeups/:id')
  @CanRead()
  @ApiOperation({ summary: 'One saved writeup: the latest version for organizers, the published one for officials' })
  get(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<WriteupDraftDto> {
    return this.drafts.get(actor, eventId, id);
  }

  @Get('writeups/:id/versions')
  @CanWrite()
  @ApiOperation({
    summary: 'Every version of a saved writeup, newest first (organizers and owners; officials read the published version only)',
  })
  versions(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<DraftVersionEntryDto[]> {
    return this.drafts.versions(actor, eventId, id);
  }

  @Get('writeups/:id/changes')
  @CanWrite()
  @ApiOperation({
    summary: 'What changed in the records since the latest generated version, with that text and the text the records give now',
    description:
      "`records` counts the event's records (and its attendees' people and its organizations) changed since then, by kind and action, from the audit log; `previous` and `current` let a client show the difference a regeneration would make.",
  })
  changes(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<DraftChangesDto> {
    return this.drafts.changes(actor, eventId, id);
  }

  @Put('writeups/:id')
  @CanWrite()
  @ApiOperation({ summary: 'Save an edited text as a new version (refused with DRAFT_CHANGED if someone saved since baseVersion)' })
  @ApiErrors('DRAFT_CHANGED')
  edit(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: EditDraftDto,
  ): Promise<WriteupDraftDto> {
    return this.drafts.edit(actor, eventId, id, dto);
  }

  @Post('writeups/:id/regenerate')
  @CanWrite()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Add a version generated from the current records; refused with DRAFT_EDITED over an edit unless overwriteEdits',
  })
  @ApiErrors('DRAFT_EDITED', 'EVENT_CANCELLED')
  regenerate(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: RegenerateDraftDto,
  ): Promise<WriteupDraftDto> {
    return this.drafts.regenerate(actor, eventId, id, dto);
  }

  @Post('writeups/:id/publish')
  @CanWrite()
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a version (the latest by default); officials then read it' })
  publish(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: PublishDraftDto,
  ): Promise<WriteupDraftDto> {
    return this.drafts.publish(actor, eventId, id, dto);
  }
}
