import { Injectable } from '@nestjs/common';
import { PassThrough, type Readable } from 'node:stream';
import { AppException, TenantDb, type Actor, type Language } from '@app/core';
import type { ReportHeader } from '../attendance-row.js';
import { renderAttendanceCsv } from '../csv/attendance-csv.js';
import { formatZonedDate } from '../format/zoned-time.js';
import { renderAttendancePdf } from '../pdf/attendance-pdf.js';
import { renderSignInSheetPdf } from '../pdf/sign-in-sheet-pdf.js';
import { contentDisposition, reportFileName, type ReportFileExt, type ReportKind } from '../report-file-name.js';
import { renderAttendanceXlsx } from '../xlsx/attendance-xlsx.js';
import { renderSignInSheetXlsx } from '../xlsx/sign-in-sheet-xlsx.js';
import { AttendanceReportSource, type ReportFilters } from './attendance-report.source.js';

export interface ReportRequest {
  report: ReportKind;
  format: ReportFileExt;
  lang: Language;
  filters: ReportFilters;
  groupBy?: 'protocol' | 'organization';
}

export interface ReportDownload {
  contentType: string;
  contentDisposition: string;
  stream: Readable;
}

const CONTENT_TYPES: Record<ReportFileExt, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * Streams a report from the database to the response. The workspace transaction (REPEATABLE READ,
 * so the PDF's two passes see the same rows) stays open while the rows flow; the response starts
 * once the event is found, and an error after that ends the download.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly db: TenantDb) {}

  /** NOT_FOUND unless the event is one of the caller's workspace. */
  async assertEventVisible(actor: Actor, eventId: string): Promise<void> {
    await this.db.run(actor.workspaceId, async (em) => {
      const [event] = await em.query<{ id: string }[]>('SELECT id FROM events WHERE id = $1', [eventId]);
      if (!event) throw AppException.notFound('Event', eventId);
    });
  }

  async open(actor: Actor, eventId: string, request: ReportRequest): Promise<ReportDownload> {
    const out = new PassThrough();
    let started!: (header: ReportHeader) => void;
    let failed!: (err: unknown) => void;
    const headerReady = new Promise<ReportHeader>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });

    let streaming = false;
    const work = this.db.run(
      actor.workspaceId,
      async (em) => {
        // A download stalled by its client must not hold a connection for ever.
        await em.query(`SET LOCAL idle_in_transaction_session_timeout = '5min'`);
        const source = new AttendanceReportSource(em, eventId, request.lang, request.filters);
        const header = await source.header();
        streaming = true;
        started(header);
        await this.render(source, header, request, out);
      },
      'REPEATABLE READ',
    );
    // Before the first byte an error becomes the error response; after it, it ends the download.
    work.catch((err: unknown) => (streaming ? out.destroy(err instanceof Error ? err : new Error(String(err))) : failed(err)));

    const header = await headerReady;
    const fileName = reportFileName({
      eventTitle: header.eventTitle,
      date: formatZonedDate(header.startsAt, header.timeZone),
      kind: request.report,
      ext: request.format,
    });
    return { contentType: CONTENT_TYPES[request.format], contentDisposition: contentDisposition(fileName), stream: out };
  }

  private async render(source: AttendanceReportSource, header: ReportHeader, request: ReportRequest, out: PassThrough): Promise<void> {
    const byOrganization = request.groupBy === 'organization';
    const rows = () => source.rows(byOrganization);
    if (request.report === 'sign-in-sheet') {
      const options = { groupBy: request.groupBy ?? 'protocol' };
      if (request.format === 'xlsx') return renderSignInSheetXlsx(header, rows(), out, options);
      return renderSignInSheetPdf(header, rows, out, options);
    }
    const summary = await source.summary();
    if (request.format === 'csv') return renderAttendanceCsv(header, rows(), out);
    if (request.format === 'xlsx') return renderAttendanceXlsx(header, summary, rows(), out);
    return renderAttendancePdf(header, summary, rows, out);
  }
}
