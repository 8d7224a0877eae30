import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, cursorPageIds, inIdOrder, TenantDb, toCursorPage, wantsTotal, type Actor, type Page } from '@app/core';
import { JobQueue } from '@app/platform';
import { requireWritableEvent } from '../common/event-writes.js';
import { assertFound } from '../common/references.js';
import { Event } from '../events/event.entity.js';
import { ATTENDEE_IMPORT_JOB } from './attendee-import.job.js';
import type {
  AttendeeImportDto,
  AttendeeImportItemDto,
  AttendeeImportListQueryDto,
  AttendeeImportReportDto,
  ImportStatus,
} from './dto/attendee-import.dto.js';
import { checkCells } from './cell-limits.js';
import { planRows } from './import-planning.js';
import type { ParsedRow, ParsedSheet } from './parse-attendee-sheet.js';
import type { PlannedAttendance, RowError } from './plan-import.js';
import type { SheetKind } from './sheet-format.js';

/** Row errors a dry run answers with at most; the message states the total. */
const MAX_REPORTED_ERRORS = 500;
/** Rows a dry run lists one by one (the console's preview table). */
const MAX_PREVIEW_ITEMS = 2000;

export interface ImportUpload {
  buffer: Buffer;
  fileName: string;
  kind: SheetKind;
}

const COLUMNS = `id, event_id, status, file_name, format, encoding, total_rows, rows_done, error_count, failure, result, attempts,
  created_at, started_at, finished_at`;

interface ImportRow {
  id: string;
  event_id: string;
  status: ImportStatus;
  file_name: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  total_rows: number;
  rows_done: number;
  error_count: number;
  errors?: AttendeeImportDto['errors'];
  failure: AttendeeImportDto['failure'];
  result: AttendeeImportDto['result'];
  attempts: number;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/**
 * Attendee lists: a dry run is checked at once; an import is recorded with its file and run by a
 * background job (AttendeeImportJob), whose status, progress and row errors are read here.
 */
@Injectable()
export class AttendeeImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly jobs: JobQueue,
  ) {}

  /** Refuses early (before the upload is read) when the event is not the caller's or is cancelled. */
  assertImportable(actor: Actor, eventId: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
    });
  }

  /** Checks a parsed list and reports what an import would do; nothing is written. */
  preview(actor: Actor, eventId: string, sheet: ParsedSheet): Promise<AttendeeImportReportDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const result = await planRows(em, event, sheet.rows);
      if (!result.ok) throw rejected(result.errors, sheet.rows.length, await previewOfRejected(em, event, sheet.rows, result.errors));
      const { plan } = result;
      return {
        rows: sheet.rows.length,
        peopleCreated: plan.people.length,
        peopleMatched: plan.attendances.filter((a) => a.matched).length,
        organizationsCreated: plan.organizations.length,
        attendancesAdded: 0,
        dryRun: true,
        ignoredColumns: sheet.ignoredColumns,
        encoding: sheet.encoding,
        items: previewItems(sheet.rows.slice(0, MAX_PREVIEW_ITEMS), plan.attendances, []),
      };
    });
  }

  /**
   * Records the import with its file and enqueues its job in the same transaction. Cells over their
   * length are refused here at once (422 IMPORT_REJECTED): that needs no database.
   */
  async queue(
    actor: Actor,
    eventId: string,
    upload: ImportUpload,
    sheet: ParsedSheet,
    requestId: string | null,
  ): Promise<AttendeeImportDto> {
    const cellErrors = checkCells(sheet.rows);
    if (cellErrors.length) throw rejected(cellErrors, sheet.rows.length);
    const id = await this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO attendee_imports (workspace_id, event_id, file_name, format, encoding, file, total_rows,
                                       created_by_user_id, created_by_api_key_id, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          actor.workspaceId,
          eventId,
          upload.fileName,
          upload.kind,
          sheet.encoding,
          upload.buffer,
          sheet.rows.length,
          actor.userId ?? null,
          actor.apiKeyId ?? null,
          requestId,
        ],
      );
      const jobId = await this.jobs.enqueue(ATTENDEE_IMPORT_JOB, { importId: id, workspaceId: actor.workspaceId }, { manager: em });
      await em.query('UPDATE attendee_imports SET job_id = $2 WHERE id = $1', [id, jobId]);
      return id;
    });
    this.jobs.wake(ATTENDEE_IMPORT_JOB);
    return this.get(actor, eventId, id);
  }

  /** The event's imports, newest first: a page after the cursor's import, or at an offset. */
  list(actor: Actor, eventId: string, query: AttendeeImportListQueryDto): Promise<Page<AttendeeImportDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Event, eventId, 'Event');
      const qb = em.createQueryBuilder().from('attendee_imports', 'i').where('i.event_id = :eventId', { eventId });
      const total = wantsTotal(query)
        ? (await em.query<{ total: number }[]>('SELECT count(*)::int AS total FROM attendee_imports WHERE event_id = $1', [eventId]))[0]
            .total
        : null;
      const { ids, nextCursor } = await cursorPageIds(
        qb,
        'imports',
        [
          { sql: 'i.created_at', part: 'timestamp', desc: true },
          { sql: 'i.id', part: 'uuid', desc: true },
        ],
        query,
      );
      const rows = ids.length ? await em.query<ImportRow[]>(`SELECT ${COLUMNS} FROM attendee_imports WHERE id = ANY($1)`, [ids]) : [];
      return toCursorPage(inIdOrder(ids, rows).map(toDto), total, query, nextCursor);
    });
  }

  get(actor: Actor, eventId: string, importId: string): Promise<AttendeeImportDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const [row] = await em.query<ImportRow[]>(`SELECT ${COLUMNS}, errors FROM attendee_imports WHERE id = $1 AND event_id = $2`, [
        importId,
        eventId,
      ]);
      if (!row) throw new AppException('NOT_FOUND', 'Import not found');
      return toDto(row);
    });
  }
}

function toDto(row: ImportRow): AttendeeImportDto {
  return {
    id: row.id,
    eventId: row.event_id,
    status: row.status,
    fileName: row.file_name,
    format: row.format,
    encoding: row.encoding,
    totalRows: row.total_rows,
    rowsDone: row.rows_done,
    errorCount: row.error_count,
    ...(row.errors ? { errors: row.errors } : {}),
    failure: row.failure,
    result: row.result,
    attempts: row.attempts,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** One preview item per row: its name and organization as written, and what the import does with it. */
function previewItems(rows: ParsedRow[], attendances: PlannedAttendance[], errors: RowError[]): AttendeeImportItemDto[] {
  const planned = new Map(attendances.map((a) => [a.row, a]));
  const problems = new Map<number, RowError[]>();
  for (const e of errors) problems.set(e.row, [...(problems.get(e.row) ?? []), e]);
  return rows.map((r) => {
    const attendance = planned.get(r.row);
    const rowProblems = problems.get(r.row) ?? [];
    const organization = r.positions[0]?.organization;
    return {
      row: r.row,
      name: r.name,
      organization: organization && Object.values(organization).some((t) => !!t) ? organization : null,
      personId: attendance && 'id' in attendance.person ? attendance.person.id : null,
      matched: attendance?.matched ?? false,
      outcome: rowProblems.length > 0 || !attendance ? 'error' : attendance.matched ? 'matched' : 'new',
      problems: rowProblems.map((e) => (e.field === undefined ? { reason: e.reason } : { field: e.field, reason: e.reason })),
    };
  });
}

/**
 * A refused dry run still tells every row's outcome: the rows without problems are planned again on their own
 * (a problem between rows, such as the same person twice, may show only then), so each is matched, new or refused.
 */
async function previewOfRejected(em: EntityManager, event: Event, rows: ParsedRow[], errors: RowError[]): Promise<AttendeeImportItemDto[]> {
  const shown = rows.slice(0, MAX_PREVIEW_ITEMS);
  const all = [...errors];
  let rest = shown.filter((r) => !errors.some((e) => e.row === r.row));
  for (let attempt = 0; attempt < 3 && rest.length > 0; attempt++) {
    const result = await planRows(em, event, rest);
    if (result.ok) return previewItems(shown, result.plan.attendances, all);
    all.push(...result.errors);
    const failed = new Set(result.errors.map((e) => e.row));
    rest = rest.filter((r) => !failed.has(r.row));
  }
  return previewItems(shown, [], all);
}

/** IMPORT_REJECTED listing the rows' problems (the first MAX_REPORTED_ERRORS of them), with every row's outcome for a dry run. */
function rejected(errors: RowError[], rowCount: number, items?: AttendeeImportItemDto[]): AppException {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  const rows = new Set(errors.map((e) => e.row)).size;
  return new AppException(
    'IMPORT_REJECTED',
    `Nothing was imported: ${rows} of ${rowCount} rows have problems${shown.length < errors.length ? ` (the first ${shown.length} of ${errors.length} are listed)` : ''}`,
    items ? { rows: shown, items } : { rows: shown },
  );
}
