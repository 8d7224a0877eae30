import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors, ApiPageResponse, AppException, CURSOR_LIST_PAGING, AuditAction, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { AttendeeImportService } from './attendee-import.service.js';
import {
  AttendeeImportDto,
  AttendeeImportListQueryDto,
  AttendeeImportQueryDto,
  AttendeeImportReportDto,
} from './dto/attendee-import.dto.js';
import { IMPORT_LIMITS } from './import-limits.js';
import { parseAttendeeSheet } from './parse-attendee-sheet.js';
import { detectSheetKind } from './sheet-format.js';

const FILE_FIELD = 'file';
const MB = IMPORT_LIMITS.fileBytes / (1024 * 1024);

const DESCRIPTION = [
  `Upload a delegation or attendee list as \`multipart/form-data\` with the file in the field \`file\`: a CSV (comma-separated, RFC 4180 quotes; UTF-8 with or without BOM, GB18030/GBK or Shift_JIS, detected or named with \`encoding\`) or an XLSX workbook (its first worksheet), at most ${MB} MB.`,
  '',
  `**The import runs in the background.** The file is read and checked for its form at once (a file that cannot be read, is over a limit or has no usable header is refused here with a 4xx and nothing is recorded); then the answer is \`202 Accepted\` with the import (\`status: queued\`) and its address in \`Location\`: \`GET /events/{eventId}/imports/{importId}\` shows its status (queued, running, succeeded, failed), the rows done of the total, and the rows' problems. \`dryRun=true\` instead checks every row at once and answers 200 with what an import would do (the first 2,000 rows listed one by one), writing nothing.`,
  '',
  `Limits, checked while the file is read: ${IMPORT_LIMITS.rows.toLocaleString('en')} attendee rows, ${IMPORT_LIMITS.columns} columns, and for XLSX ${IMPORT_LIMITS.xlsxPartBytes / 1048576} MiB unpacked per workbook part, ${IMPORT_LIMITS.sharedStrings.toLocaleString('en')} distinct texts (shared strings) and ${IMPORT_LIMITS.xlsxEntries} files in the workbook. A file over a limit is refused with 413 IMPORT_TOO_LARGE (\`details.limit\` names it). Each cell: names up to 200 characters, titles and organizations 500, regions 100, sides 200, role/status/kind 40; no NUL characters or lone surrogates.`,
  '',
  'The first non-empty row is the header. Recognised columns (case-insensitive; unknown columns are ignored and listed in `ignoredColumns`):',
  '- `name_zh`, `name_ja`, `name_en` (also `姓名`, `氏名`, `name`) — at least one per row',
  '- `family_name_zh`, `family_name_ja`, `family_name_en` (also `姓`, `苗字`, `surname`) — the family name later mentions in a writeup use; part of the name in the same language',
  '- `title_zh`, `title_ja`, `title_en` (also `职务`, `役職`, `title`) — the position title',
  '- `organization_zh`, `organization_ja`, `organization_en` (also `单位`, `所属`, `organization`) — the organization the title is held in; it needs a title',
  '- `organization_kind` (default `other`) and `region` — used when the organization is created',
  '- a second and third position: `title_2_zh` … `organization_2_en`, `organization_2_kind`, `region_2`, and the same with `_3`',
  '- `role`: presider, speaker, guest, participant (default participant)',
  "- `side` (also `delegation`, `代表团`, `代表団`): the code (or a name) of one of the event's sides; a side's attendees are the members of its delegation",
  '- `protocol_rank` (whole number, for people created by the import), `protocol_order` (whole number, the override for this event)',
  '- `status`: invited, registered, checked_in, absent (default registered)',
  '',
  "A person is matched to one already recorded whose name is the same in a language both have and who holds a position in one of the row's organizations; a row without an organization matches by name when exactly one person has it. Otherwise the person is created with the row's positions. Organizations are matched by the same name in a language, else created once per file. Matched people and organizations are not changed.",
  '',
  'All or nothing: if any row has a problem (a cell too long, no name, unknown role, status, kind or side, a bad number, a person listed twice or already attending) nothing is written and the import ends `failed` with `failure.code: IMPORT_REJECTED` and `errors: [{ row, field?, reason }]`, `row` numbered as a spreadsheet shows it (the header row is 1); a dry run answers 422 IMPORT_REJECTED with `details.rows` instead.',
  '',
  'Imports into one workspace run one after another, in the order they were sent: each is checked against what the earlier ones recorded, so two lists naming the same new organization or person create it once, and the same list imported twice into an event fails the second time (each person already attends).',
].join('\n');

@ApiTags('attendance')
@Controller({ path: 'events/:eventId', version: '1' })
export class AttendeeImportController {
  constructor(private readonly imports: AttendeeImportService) {}

  @Post('attendees/import')
  @HttpCode(202)
  @CanWrite()
  @AuditAction('import')
  @ApiOperation({
    summary: 'Import a delegation or attendee list from CSV or XLSX, all or nothing, as a background job',
    description: DESCRIPTION,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiAcceptedResponse({ type: AttendeeImportDto, description: 'The import is queued; follow `Location` for its progress' })
  @ApiOkResponse({ type: AttendeeImportReportDto, description: 'dryRun=true: what the import would do; nothing written' })
  @ApiErrors('IMPORT_REJECTED', 'IMPORT_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'EVENT_CANCELLED')
  async import(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: AttendeeImportQueryDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttendeeImportDto | AttendeeImportReportDto> {
    await this.imports.assertImportable(actor, eventId);
    const upload = await readUpload(req);
    const kind = detectSheetKind(upload.buffer, upload.filename, upload.mimetype);
    const sheet = await parseAttendeeSheet(upload.buffer, kind, query.encoding ?? 'auto');
    if (query.dryRun) {
      reply.status(200);
      return this.imports.preview(actor, eventId, sheet);
    }
    const started = await this.imports.queue(actor, eventId, { buffer: upload.buffer, fileName: upload.filename, kind }, sheet, req.id);
    reply.header('Location', `/api/v1/events/${eventId}/imports/${started.id}`);
    return started;
  }

  @Get('imports')
  @CanRead()
  @ApiOperation({ summary: "List the event's attendee imports, newest first", description: CURSOR_LIST_PAGING })
  @ApiPageResponse(AttendeeImportDto, { cursor: true, totalOnRequest: true })
  list(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: AttendeeImportListQueryDto,
  ): Promise<Page<AttendeeImportDto>> {
    return this.imports.list(actor, eventId, query);
  }

  @Get('imports/:importId')
  @CanRead()
  @ApiOperation({
    summary: 'Read an attendee import: status, progress and row errors',
    description:
      "Poll it until `status` is `succeeded` or `failed`. `rowsDone` of `totalRows` grows while it runs (the rows become visible together when it succeeds). A failed import wrote nothing: `failure` says why and `errors` lists the first 1,000 rows' problems (`errorCount` counts them all).",
  })
  @ApiErrors('NOT_FOUND')
  get(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam('importId') importId: string,
  ): Promise<AttendeeImportDto> {
    return this.imports.get(actor, eventId, importId);
  }
}

function missingFile(message: string): AppException {
  return new AppException('VALIDATION_FAILED', message, [{ field: FILE_FIELD, messages: [message] }]);
}

/** The uploaded file of a multipart request, read into memory (the multipart limit caps its size); it is parsed as a stream from there. */
async function readUpload(req: FastifyRequest): Promise<{ buffer: Buffer; filename: string; mimetype: string }> {
  if (!req.isMultipart()) {
    throw new AppException('UNSUPPORTED_MEDIA_TYPE', `Send the list as multipart/form-data with the file in the field "${FILE_FIELD}"`);
  }
  let part: MultipartFile | undefined;
  try {
    part = await req.file();
  } catch (error) {
    throw uploadError(error);
  }
  if (!part) throw missingFile(`No file was uploaded; send it in the field "${FILE_FIELD}"`);
  if (part.fieldname !== FILE_FIELD) {
    part.file.resume();
    throw missingFile(`The file must be sent in the field "${FILE_FIELD}", not "${part.fieldname}"`);
  }
  try {
    return { buffer: await part.toBuffer(), filename: part.filename, mimetype: part.mimetype };
  } catch (error) {
    throw uploadError(error);
  }
}

/** Errors of reading the multipart body the client sent, as client errors; anything else stays as it is. */
function uploadError(error: unknown): unknown {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppException('PAYLOAD_TOO_LARGE', `The file is larger than ${MB} MB; split the list into several files`);
  if (
    (typeof code === 'string' && code.startsWith('FST_')) ||
    (typeof message === 'string' && /multipart|boundary|unexpected end|malformed/i.test(message))
  ) {
    return new AppException(
      'INVALID_BODY',
      `The multipart/form-data body cannot be read${typeof message === 'string' ? `: ${message}` : ''}`,
    );
  }
  return error;
}
