import { Readable } from 'node:stream';
import type { Writable } from 'node:stream';
import iconv from 'iconv-lite';
import type { AttendanceRow, ReportHeader } from '../attendance-row.js';
import { attendanceColumnTitles, attendanceRowValues } from '../format/report-text.js';
import { endOutput, renderTo, writeChunk } from '../format/output-stream.js';
import { TimeSlicer } from '../format/time-slice.js';
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

function headerLine(header: ReportHeader, labels: ReportLabels): string {
  return csvLine(attendanceColumnTitles(header, labels));
}

/** The encodings a CSV is written in: UTF-8 with a BOM, or GB18030 / Shift_JIS (no BOM) for older office tools. */
export const CSV_ENCODINGS = ['utf-8', 'gb18030', 'shift_jis'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

function rowLine(row: AttendanceRow, labels: ReportLabels, timeZone: string): string {
  return csvLine(attendanceRowValues(row, labels, (at) => formatZonedDateTime(at, timeZone)).map((v) => (v === null ? '' : String(v))));
}

/** The CSV text in chunks: BOM (UTF-8 only) and header line first, then a few hundred rows per chunk. */
export async function* attendanceCsvChunks(
  header: ReportHeader,
  rows: AsyncIterable<AttendanceRow>,
  encoding: CsvEncoding = 'utf-8',
): AsyncGenerator<string> {
  const labels = reportLabels(header.lang);
  yield (encoding === 'utf-8' ? BOM : '') + headerLine(header, labels);
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
 * Writes the attendance CSV (UTF-8 with BOM by default, else GB18030 or Shift_JIS; CRLF, RFC 4180) to `out`,
 * waiting for 'drain' whenever `out` is full, then ends `out`. Memory stays flat however many rows come.
 * A character the legacy encoding lacks (a simplified hanzi in Shift_JIS) is written as `?`.
 */
export async function renderAttendanceCsv(
  header: ReportHeader,
  rows: AsyncIterable<AttendanceRow>,
  out: Writable,
  encoding: CsvEncoding = 'utf-8',
): Promise<void> {
  await renderTo(out, async () => {
    const slicer = new TimeSlicer();
    for await (const chunk of attendanceCsvChunks(header, rows, encoding)) {
      await writeChunk(out, encoding === 'utf-8' ? chunk : iconv.encode(chunk, encoding));
      // the next rows are often fetched already and a fast client never fills the output: let other requests run
      await slicer.pause();
    }
    await endOutput(out);
  });
}

/** The same CSV as a Readable, pulled at the consumer's pace. */
export function attendanceCsvReadable(header: ReportHeader, rows: AsyncIterable<AttendanceRow>): Readable {
  return Readable.from(attendanceCsvChunks(header, rows), { objectMode: false });
}
