import { Readable } from 'node:stream';
import type { Writable } from 'node:stream';
import type { AttendanceRow, ReportHeader } from '../attendance-row.js';
import { attendanceRowValues } from '../format/report-text.js';
import { endOutput, renderTo, writeChunk } from '../format/output-stream.js';
import { formatZonedDateTime } from '../format/zoned-time.js';
import { reportLabels } from '../labels/index.js';
import type { ReportLabels } from '../labels/index.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** rows joined into one write; keeps syscalls down without holding more than a few KB */
const ROWS_PER_CHUNK = 200;

/** A spreadsheet would run a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field, neutralised against formula injection. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',') + CRLF;
}

function headerLine(labels: ReportLabels): string {
  const c = labels.columns;
  return csvLine([c.order, c.name, c.positions, c.organization, c.role, c.side, c.status, c.checkedInAt]);
}

function rowLine(row: AttendanceRow, labels: ReportLabels, timeZone: string): string {
  return csvLine(attendanceRowValues(row, labels, (at) => formatZonedDateTime(at, timeZone)).map((v) => (v === null ? '' : String(v))));
}

/** The CSV text in chunks: BOM and header line first, then a few hundred rows per chunk. */
export async function* attendanceCsvChunks(header: ReportHeader, rows: AsyncIterable<AttendanceRow>): AsyncGenerator<string> {
  const labels = reportLabels(header.lang);
  yield BOM + headerLine(labels);
  let chunk = '';
  let count = 0;
  for await (const row of rows) {
    chunk += rowLine(row, labels, header.timeZone);
    if (++count === ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (chunk) yield chunk;
}

/**
 * Writes the attendance CSV (UTF-8 with BOM, CRLF, RFC 4180) to `out`, waiting for 'drain'
 * whenever `out` is full, then ends `out`. Memory stays flat however many rows come.
 */
export async function renderAttendanceCsv(header: ReportHeader, rows: AsyncIterable<AttendanceRow>, out: Writable): Promise<void> {
  await renderTo(out, async () => {
    for await (const chunk of attendanceCsvChunks(header, rows)) await writeChunk(out, chunk);
    await endOutput(out);
  });
}

/** The same CSV as a Readable, pulled at the consumer's pace. */
export function attendanceCsvReadable(header: ReportHeader, rows: AsyncIterable<AttendanceRow>): Readable {
  return Readable.from(attendanceCsvChunks(header, rows), { objectMode: false });
}
