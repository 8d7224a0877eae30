import { Controller, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiErrors, AppException, AuditAction, IdParam, type Actor } from '@app/core';
import { CanWrite, CurrentActor } from '@app/identity';
import { AttendeeImportService } from './attendee-import.service.js';
import { AttendeeImportQueryDto, AttendeeImportReportDto } from './dto/attendee-import.dto.js';
import { parseAttendeeSheet } from './parse-attendee-sheet.js';
import { detectSheetKind } from './sheet-format.js';

const FILE_FIELD = 'file';

const DESCRIPTION = [
  'Upload a delegation or attendee list as `multipart/form-data` with the file in the field `file`: a CSV (UTF-8, with or without BOM, comma-separated, RFC 4180 quotes) or an XLSX workbook (its first worksheet), at most 10 MB.',
  '',
  'Limits, checked while the file is read: 2000 attendee rows, 200 columns, and for XLSX 32 MiB unpacked per workbook part, 200,000 distinct texts (shared strings) and 2000 files in the workbook. A file over a limit is refused with 413 IMPORT_TOO_LARGE (`details.limit` names it). Each cell: names up to 200 characters, titles and organizations 500, regions 100, sides 200, role/status/kind 40; no NUL characters or lone surrogates.',
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
  'All or nothing: if any row has a problem (a cell too long, no name, unknown role, status, kind or side, a bad number, a person listed twice or already attending) nothing is written and the answer is 422 IMPORT_REJECTED with `details.rows: [{ row, field?, reason }]`, `row` numbered as a spreadsheet shows it (the header row is 1). `dryRun=true` checks and reports without writing.',
  '',
  'Imports into one workspace run one at a time: while one is being written, another is refused with 409 IMPORT_IN_PROGRESS (send it again); one sent after it sees the people it recorded, so importing the same list twice into an event answers IMPORT_REJECTED (each person already attends) and records nobody twice.',
].join('\n');

@ApiTags('attendance')
@Controller({ path: 'events/:eventId/attendees/import', version: '1' })
export class AttendeeImportController {
  constructor(private readonly imports: AttendeeImportService) {}

  @Post()
  @CanWrite()
  @AuditAction('import')
  @ApiOperation({ summary: 'Import a delegation or attendee list from CSV or XLSX, all or nothing', description: DESCRIPTION })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiErrors(
    'IMPORT_REJECTED',
    'IMPORT_TOO_LARGE',
    'IMPORT_IN_PROGRESS',
    'UNSUPPORTED_MEDIA_TYPE',
    'PAYLOAD_TOO_LARGE',
    'EVENT_CANCELLED',
    'ALREADY_EXISTS',
  )
  async import(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: AttendeeImportQueryDto,
    @Req() req: FastifyRequest,
  ): Promise<AttendeeImportReportDto> {
    await this.imports.assertImportable(actor, eventId);
    const upload = await readUpload(req);
    const kind = detectSheetKind(upload.buffer, upload.filename, upload.mimetype);
    const sheet = await parseAttendeeSheet(upload.buffer, kind);
    return this.imports.import(actor, eventId, sheet, query.dryRun ?? false);
  }
}

function missingFile(message: string): AppException {
  return new AppException('VALIDATION_FAILED', message, [{ field: FILE_FIELD, messages: [message] }]);
}

/** The uploaded file of a multipart request, read into memory (the multipart limit caps it at 10 MB); it is parsed as a stream from there. */
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
    return new AppException('PAYLOAD_TOO_LARGE', 'The file is larger than 10 MB; split the list into several files');
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
