import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException, TenantDb, writeContext } from '@app/core';
import { defineJob, JobQueue, type JobAttempt } from '@app/platform';
import { requireWritableEvent } from '../common/event-writes.js';
import type { ImportFailureDto, ImportOutcomeDto, ImportRowErrorDto } from './dto/attendee-import.dto.js';
import type { CsvEncoding } from './detect-encoding.js';
import { planRows } from './import-planning.js';
import { writePlan } from './import-writer.js';
import { parseAttendeeSheet } from './parse-attendee-sheet.js';
import type { RowError } from './plan-import.js';
import type { SheetKind } from './sheet-format.js';

export interface AttendeeImportPayload {
  importId: string;
  workspaceId: string;
}

/** An attendee import: a failure on our side (not a bad row) is retried after 10 s and 20 s. */
export const ATTENDEE_IMPORT_JOB = defineJob<AttendeeImportPayload>('attendee-import', {
  retryLimit: 2,
  retryDelaySeconds: 10,
  retryBackoff: true,
  // waiting for another import of the workspace counts too
  expireInSeconds: 60 * 60,
});

/** Row errors kept with an import and shown; all are counted. */
export const MAX_KEPT_ERRORS = 1000;
/** How long an import waits for an earlier one of its workspace before its attempt fails. */
const LOCK_WAIT_MS = 30 * 60 * 1000;
const LOCK_POLL_MS = 250;

interface ClaimedImport {
  event_id: string;
  file: Buffer;
  format: SheetKind;
  encoding: CsvEncoding | null;
  created_by_user_id: string | null;
  created_by_api_key_id: string | null;
  request_id: string | null;
}

type Outcome = { ok: true } | { ok: false; errors: RowError[] };

/**
 * Runs attendee imports: the whole list in one transaction (all or nothing), written in batches,
 * with progress recorded beside it, as the user who sent it (for the audit log). Imports of one
 * workspace run one after another (an advisory lock), so two lists naming the same new
 * organization or person create it once: the second is checked against what the first wrote.
 */
@Injectable()
export class AttendeeImportJob implements OnModuleInit {
  private readonly logger = new Logger('AttendeeImport');

  constructor(
    private readonly db: TenantDb,
    private readonly jobs: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(ATTENDEE_IMPORT_JOB, (payload) => this.run(payload), {
      onFailed: (payload, error, attempt) => this.failed(payload, error, attempt),
    });
  }

  async run({ importId, workspaceId }: AttendeeImportPayload): Promise<void> {
    const claimed = await this.claim(workspaceId, importId);
    if (!claimed) return;
    const writer = {
      workspaceId,
      userId: claimed.created_by_user_id,
      apiKeyId: claimed.created_by_api_key_id,
      requestId: claimed.request_id,
      action: 'import',
    };
    let outcome: Outcome;
    try {
      outcome = await writeContext.run(writer, () => this.db.run(workspaceId, (em) => this.importIn(em, workspaceId, importId, claimed)));
    } catch (error) {
      // the event was cancelled or deleted, or the file is unreadable: retrying would not help
      if (!(error instanceof AppException)) throw error;
      await this.finishFailed(workspaceId, importId, { code: error.code, message: error.message }, []);
      return;
    }
    if (!outcome.ok) {
      const rows = new Set(outcome.errors.map((e) => e.row)).size;
      await this.finishFailed(
        workspaceId,
        importId,
        { code: 'IMPORT_REJECTED', message: `Nothing was imported: ${rows} rows have problems; correct them and send the file again` },
        outcome.errors,
      );
    }
  }

  private async importIn(em: EntityManager, workspaceId: string, importId: string, claimed: ClaimedImport): Promise<Outcome> {
    await waitForImportLock(em, workspaceId);
    const event = await requireWritableEvent(em, claimed.event_id);
    const sheet = await parseAttendeeSheet(claimed.file, claimed.format, claimed.encoding ?? 'auto');
    const planned = await planRows(em, event, sheet.rows);
    if (!planned.ok) return planned;
    const { plan } = planned;
    await writePlan(em, workspaceId, event, plan, (rowsDone) => this.progress(workspaceId, importId, rowsDone));
    const result: ImportOutcomeDto = {
      peopleCreated: plan.people.length,
      peopleMatched: plan.attendances.filter((a) => a.matched).length,
      organizationsCreated: plan.organizations.length,
      attendancesAdded: plan.attendances.length,
      ignoredColumns: sheet.ignoredColumns,
    };
    await em.query(
      `UPDATE attendee_imports SET status = 'succeeded', rows_done = total_rows, result = $2, file = NULL, finished_at = now()
        WHERE id = $1`,
      [importId, JSON.stringify(result)],
    );
    return { ok: true };
  }

  /** Marks the import running for this attempt and reads its file; null when it has already finished. */
  private async claim(workspaceId: string, importId: string): Promise<ClaimedImport | null> {
    const [rows] = await this.db.run(workspaceId, (em) =>
      em.query<[ClaimedImport[], number]>(
        `UPDATE attendee_imports SET status = 'running', started_at = coalesce(started_at, now()), attempts = attempts + 1, rows_done = 0
          WHERE id = $1 AND status IN ('queued', 'running')
          RETURNING event_id, file, format, encoding, created_by_user_id, created_by_api_key_id, request_id`,
        [importId],
      ),
    );
    const claimed = rows[0];
    return claimed?.file ? claimed : null;
  }

  /** Records progress in a transaction of its own, so it shows while the import's transaction runs. */
  private progress(workspaceId: string, importId: string, rowsDone: number): Promise<void> {
    return this.dataSource.transaction((manager) =>
      this.db.enter(workspaceId, manager, async (em) => {
        await em.query(`UPDATE attendee_imports SET rows_done = $2 WHERE id = $1`, [importId, rowsDone]);
      }),
    );
  }

  private async failed({ importId, workspaceId }: AttendeeImportPayload, error: Error, attempt: JobAttempt): Promise<void> {
    this.logger.error({ err: error, importId }, 'attendee import failed after its last attempt');
    await this.finishFailed(
      workspaceId,
      importId,
      {
        code: 'IMPORT_FAILED',
        message: `The import stopped on an error on our side ${attempt.attempt} times and wrote nothing; send the file again, and if it fails again quote import ${importId}`,
      },
      [],
    );
  }

  private finishFailed(workspaceId: string, importId: string, failure: ImportFailureDto, errors: RowError[]): Promise<void> {
    const kept: ImportRowErrorDto[] = errors.slice(0, MAX_KEPT_ERRORS);
    return this.db.run(workspaceId, async (em) => {
      await em.query(
        `UPDATE attendee_imports SET status = 'failed', failure = $2, errors = $3, error_count = $4, file = NULL, finished_at = now()
          WHERE id = $1 AND status <> 'succeeded'`,
        [importId, JSON.stringify(failure), JSON.stringify(kept), errors.length],
      );
    });
  }
}

/**
 * Takes the workspace's import lock for the transaction, waiting for an earlier import to finish. It
 * asks again every 250 ms rather than blocking in one statement, which the statement timeout would cut.
 */
async function waitForImportLock(em: EntityManager, workspaceId: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const [{ locked }] = await em.query<{ locked: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('attendee-import:' || $1, 0)) AS locked`,
      [workspaceId],
    );
    if (locked) return;
    if (Date.now() > deadline) throw new Error('An earlier import of the workspace has held the import lock for 30 minutes');
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}
