import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassThrough, type Readable } from 'node:stream';
import { AppException, TenantDb, withStatementTimeout, type Actor, type Language, type TimeoutsConfig } from '@app/core';
import type { ReportHeader } from '../attendance-row.js';
import { renderAttendanceCsv } from '../csv/attendance-csv.js';
import { formatZonedDate } from '../format/zoned-time.js';
import { renderAttendancePdf } from '../pdf/attendance-pdf.js';
import { renderSignInSheetPdf } from '../pdf/sign-in-sheet-pdf.js';
import { fileDisposition, type ReportFileExt, type ReportKind } from '../report-file-name.js';
import { renderAttendanceXlsx } from '../xlsx/attendance-xlsx.js';
import { renderSignInSheetXlsx } from '../xlsx/sign-in-sheet-xlsx.js';
import { AttendanceReportSource, type ReportFilters } from './attendance-report.source.js';
import { REPORT_OUTPUT_KINDS } from '../outputs/attendance-outputs.js';
import { OutputDownloadsService } from '../outputs/output-downloads.service.js';
import type { ReportOrder } from '../report-order.js';
import type { CsvEncoding } from '../csv/attendance-csv.js';

export interface ReportRequest {
  report: ReportKind;
  format: ReportFileExt;
  lang: Language;
  filters: ReportFilters;
  groupBy?: 'protocol' | 'organization';
  order?: ReportOrder;
  /** refuse (422 MISSING_TRANSLATIONS) rather than print another language's text */
  strict?: boolean;
  /** CSV only */
  encoding?: CsvEncoding;
}

export interface ReportDownload {
  contentType: string;
  contentDisposition: string;
  stream: Readable;
}

/** The time limit of each statement of a report (the summary, each batch of rows), in milliseconds. */
const REPORT_STATEMENT_TIMEOUT_MS = 60_000;

const CONTENT_TYPES: Record<Exclude<ReportFileExt, 'csv'>, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * Streams a report from the database to the response. The workspace transaction (REPEATABLE READ,
 * so the PDF's two passes see the same rows) stays open while the rows flow; the response starts
 * once the event is found, and an error after that ends the download. A report that takes longer than
 * REPORT_TIMEOUT_MS is aborted and its transaction rolled back: before its first byte it answers
 * 503 SERVER_TIMEOUT, after it the download is cut off (never passed off as complete).
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);
  private readonly limitMs: number;

  constructor(
    private readonly db: TenantDb,
    config: ConfigService,
    private readonly downloads: OutputDownloadsService,
  ) {
    this.limitMs = config.getOrThrow<TimeoutsConfig>('timeouts').reportMs;
  }

  /** NOT_FOUND unless the event is one of the caller's workspace. */
  async assertEventVisible(actor: Actor, eventId: string): Promise<void> {
    await this.db.run(actor.workspaceId, async (em) => {
      const [event] = await em.query<{ id: string }[]>('SELECT id FROM events WHERE id = $1', [eventId]);
      if (!event) throw AppException.notFound('Event', eventId);
    });
  }

  async open(actor: Actor, eventId: string, request: ReportRequest): Promise<ReportDownload> {
    // The download is recorded in a transaction of its own whose snapshot is taken before the report's (a change
    // between the two makes the outputs list say "changed", never hides one). Its fingerprint reads every attendance,
    // so it runs while the report streams rather than before it; the report's transaction waits for it to end.
    let recordBegun!: () => void;
    const begun = new Promise<void>((resolve) => (recordBegun = resolve));
    const recorded = this.db.run(
      actor.workspaceId,
      async (em) => {
        // a REPEATABLE READ transaction has its snapshot from its first statement, which has run by now
        recordBegun();
        await this.downloads.recordKind(em, actor, eventId, REPORT_OUTPUT_KINDS[request.report], request.lang);
      },
      'REPEATABLE READ',
    );
    // awaited at the end of the report; an event that is not there is answered by the report's own header
    recorded.catch(() => undefined);
    await Promise.race([begun, recorded]);
    // the download ends once it is recorded, so that the outputs listed after it count it as downloaded
    const out = new PassThrough({
      flush: (done) =>
        void recorded.then(
          () => done(),
          () => done(),
        ),
    });
    let started!: (header: ReportHeader) => void;
    let failed!: (err: unknown) => void;
    const headerReady = new Promise<ReportHeader>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });

    let streaming = false;
    // the HTTP layer listens for the stream's errors; this keeps an error before it does from crashing the process
    out.on('error', () => undefined);
    const limit = setTimeout(() => {
      const seconds = this.limitMs / 1000;
      this.logger.warn(`${request.report} ${request.format} report of event ${eventId} aborted after ${seconds} s (REPORT_TIMEOUT_MS)`);
      // before the first byte this is the answer (503); after it, the download is cut off
      const timedOut = new AppException('SERVER_TIMEOUT', `The report did not complete within ${seconds} s; try again shortly`, {
        limitSeconds: seconds,
      });
      if (streaming) out.destroy(timedOut);
      else failed(timedOut);
    }, this.limitMs);
    const work = this.db.run(
      actor.workspaceId,
      async (em) => {
        // A download stalled by its client must not hold a connection for ever.
        // (it is idle while the client drains the output; the report's own time limit bounds it)
        // No JIT: compiling a report's statement costs about a second and its rows are read once.
        await em.query(`SELECT set_config('idle_in_transaction_session_timeout', $1, true), set_config('jit', 'off', true)`, [
          String(this.limitMs),
        ]);
        // the sign-in sheet lists who will sign: an attendee replaced by a deputy is left out (the deputy is listed)
        const filters = { ...request.filters, withoutReplaced: request.report === 'sign-in-sheet' };
        const source = new AttendanceReportSource(em, eventId, request.lang, filters, request.order ?? 'protocol');
        const header = await source.header();
        if (request.strict) {
          const missing = await source.missingTranslations();
          if (missing.total > 0) {
            throw new AppException(
              'MISSING_TRANSLATIONS',
              `${missing.total} listed attendee(s) lack text in ${request.lang}; add it, or download without strict to print the fallback with a footnote`,
              { lang: request.lang, total: missing.total, rows: missing.rows },
            );
          }
        }
        streaming = true;
        started(header);
        // sorting and counting every row of a large event may take longer than an ordinary statement
        await withStatementTimeout(em, REPORT_STATEMENT_TIMEOUT_MS, () => this.render(source, header, request, out));
        // (the event is there: a failure now is the database's, after the file was made; it is logged)
        await recorded.catch((err: unknown) =>
          this.logger.error(`${request.report} ${request.format} download of event ${eventId} not recorded: ${String(err)}`),
        );
      },
      'REPEATABLE READ',
    );
    // Before the first byte an error becomes the error response; after it, it ends the download.
    work
      .catch((err: unknown) => (streaming ? out.destroy(err instanceof Error ? err : new Error(String(err))) : failed(err)))
      .finally(() => clearTimeout(limit));

    const header = await headerReady;
    const file = {
      eventTitle: header.eventTitle,
      date: formatZonedDate(header.startsAt, header.timeZone),
      kind: request.report,
      ext: request.format,
    };
    const contentType = request.format === 'csv' ? `text/csv; charset=${request.encoding ?? 'utf-8'}` : CONTENT_TYPES[request.format];
    return { contentType, contentDisposition: fileDisposition(file), stream: out };
  }

  private async render(source: AttendanceReportSource, header: ReportHeader, request: ReportRequest, out: PassThrough): Promise<void> {
    const byOrganization = request.groupBy === 'organization';
    const rows = () => source.rows(byOrganization);
    if (request.report === 'sign-in-sheet') {
      const options = { groupBy: request.groupBy ?? 'protocol' };
      if (request.format === 'xlsx') return renderSignInSheetXlsx(header, rows(), out, options);
      return renderSignInSheetPdf(header, rows, out, { ...options, rowCount: await source.count() });
    }
    // the CSV is the rows alone: no summary to count first
    if (request.format === 'csv') return renderAttendanceCsv(header, rows(), out, request.encoding);
    const summary = await source.summary();
    if (request.format === 'xlsx') return renderAttendanceXlsx(header, summary, rows(), out);
    return renderAttendancePdf(header, summary, rows, out);
  }
}
