import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { WriteupDraftsService } from '../drafts/writeup-drafts.service.js';
import {
  CreateDraftDto,
  DraftVersionDto,
  EditDraftDto,
  PublishDraftDto,
  RegenerateDraftDto,
  WriteupDocumentDto,
  WriteupDraftDto,
  WriteupQueryDto,
} from './writeup.dto.js';
import { WriteupService } from './writeup.service.js';

@ApiTags('writeups')
@Controller({ path: 'events/:eventId', version: '1' })
export class WriteupController {
  constructor(
    private readonly writeups: WriteupService,
    private readonly drafts: WriteupDraftsService,
  ) {}

  @Get('writeup')
  @CanRead()
  @ApiOperation({
    summary: 'The news writeup of the event, generated from its records',
    description:
      'Deterministic: the same records (and day) give the same text. A scheduled event in the future is written as a preview (will be held), a planned agreement as an intention. Texts that exist only in another language are shown as a placeholder (【要翻訳】, 【待翻译】, [translation needed]). `format=json` returns `{ lang, headline, dateline, paragraphs: [{ section, heading?, sentences: [{ text, sources: [{ type, id }] }] }], warnings }`; md, html, txt and docx list the warnings as notes for the editor under the text. Cancelled events have no writeup (409 EVENT_CANCELLED).',
  })
  @ApiExtraModels(WriteupDocumentDto)
  @ApiOkResponse({
    description: 'The writeup in the requested format',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(WriteupDocumentDto) } },
      'text/markdown': { schema: { type: 'string' } },
      'text/html': { schema: { type: 'string' } },
      'text/plain': { schema: { type: 'string' } },
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors('EVENT_CANCELLED')
  async writeup(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: WriteupQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const lang = query.lang ?? 'zh';
    const format = query.format ?? 'md';
    const rendered = await this.writeups.render(actor, eventId, lang, format);
    reply.header('content-type', rendered.contentType);
    // the HTML is a document to read or paste, never a page that runs anything
    if (format === 'html') reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    if (format === 'docx') reply.header('content-disposition', `attachment; filename="${rendered.fileName}"`);
    await reply.send(rendered.body);
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
  versions(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<DraftVersionDto[]> {
    return this.drafts.versions(actor, eventId, id);
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
