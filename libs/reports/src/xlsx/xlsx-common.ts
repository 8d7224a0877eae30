import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportHeader } from '../attendance-row.js';
import { truncateText, XLSX_CELL_MAX_CHARS } from '../format/bounded-text.js';
import { waitForDrain } from '../format/output-stream.js';
import { TimeSlicer } from '../format/time-slice.js';
import { headerLines } from '../format/report-text.js';
import type { ReportLabels } from '../labels/index.js';

export type StreamingWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;
export type StreamingWorksheet = ExcelJS.Worksheet;

/** Rows committed between two checks of the destination's backpressure. */
const ROWS_BETWEEN_DRAIN_CHECKS = 200;

export const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FF9E9E9E' } },
  left: { style: 'thin', color: { argb: 'FF9E9E9E' } },
  bottom: { style: 'thin', color: { argb: 'FF9E9E9E' } },
  right: { style: 'thin', color: { argb: 'FF9E9E9E' } },
};
export const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
export const groupFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** A workbook that writes rows to `out` as they are committed (no whole-sheet buffering); title, subject and author set. */
export function streamingWorkbook(out: Writable, header: ReportHeader, reportTitle: string): StreamingWorkbook {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.created = header.generatedAt;
  workbook.modified = header.generatedAt;
  workbook.title = `${header.eventTitle} — ${reportTitle}`;
  workbook.subject = reportTitle;
  workbook.creator = header.author ?? '';
  workbook.lastModifiedBy = header.author ?? '';
  return workbook;
}

/**
 * A4 print set-up: fit to one page wide (as many pages tall as it takes), the rows `titleRow` repeated at the
 * top of every printed page, page numbers in the language's form in the footer.
 */
export function printSetup(
  orientation: 'portrait' | 'landscape',
  labels: ReportLabels,
  titleRow?: number,
): Partial<ExcelJS.AddWorksheetOptions> {
  // '&&' is a literal ampersand in a header/footer; page number and count are &P and &N
  const footer = `&C${labels.page('&P', '&N')}`;
  return {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(titleRow ? { printTitlesRow: `${titleRow}:${titleRow}` } : {}),
    },
    headerFooter: { oddFooter: footer, evenFooter: footer },
  };
}

/** Display width of a text in Excel's character units: a CJK or full-width character counts two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch)
      ? 2
      : 1;
  return width;
}

/** How many lines a text takes in a wrapped cell `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1))), 0);
}

/** A column width that fits the widest of `texts` (each line of a multi-line text), within [min, max]. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  const widest = Math.max(0, ...texts.flatMap((t) => t.split('\n')).map(displayWidth));
  return Math.min(max, Math.max(min, widest + 2));
}

export interface TitleLine {
  text: string;
  font: Partial<ExcelJS.Font>;
  height?: number;
}

/** Title, report name and the date/venue/generated lines printed above a table. */
export function titleBlockLines(header: ReportHeader, labels: ReportLabels, reportTitle: string): TitleLine[] {
  return [
    { text: header.eventTitle, font: { bold: true, size: 14 }, height: 22 },
    { text: reportTitle, font: { bold: true, size: 11 }, height: 18 },
    ...headerLines(header, labels).map(([label, value]) => ({ text: `${label}: ${value}`, font: { size: 9 } })),
  ];
}

/** Writes the title lines, each merged across `width` columns, then one blank row. */
export function writeTitleBlock(sheet: StreamingWorksheet, lines: readonly TitleLine[], width: number): void {
  for (const line of lines) {
    const row = sheet.addRow(xlsxValues([line.text]));
    row.getCell(1).font = line.font;
    row.getCell(1).alignment = { vertical: 'middle', wrapText: false };
    if (line.height) row.height = line.height;
    sheet.mergeCells(row.number, 1, row.number, width);
    row.commit();
  }
  sheet.addRow([]).commit();
}

export function styleHeaderRow(row: ExcelJS.Row, count: number): void {
  for (let i = 1; i <= count; i++) {
    const cell = row.getCell(i);
    cell.font = { bold: true };
    cell.fill = headerFill;
    cell.border = thin;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  row.height = 20;
}

/** Cell values with every text cut to the length Excel accepts. */
export function xlsxValues<T>(values: readonly T[]): T[] {
  return values.map((v) => (typeof v === 'string' ? (truncateText(v, XLSX_CELL_MAX_CHARS) as T) : v));
}

/**
 * Lets other requests and the zip stream run between short slices of work and waits while `out` is full;
 * call after each committed row.
 */
export class Pacer {
  private count = 0;
  private readonly slicer = new TimeSlicer();
  constructor(private readonly out: Writable) {}

  async rowCommitted(): Promise<void> {
    await this.slicer.pause();
    if (++this.count % ROWS_BETWEEN_DRAIN_CHECKS !== 0) return;
    await waitForDrain(this.out);
  }
}

/** The language-fallback footnote under a table: heading and lines, each merged across `width` columns and wrapped. */
export function writeFootnote(sheet: StreamingWorksheet, footnote: { heading: string; lines: string[] } | null, width: number): void {
  if (!footnote) return;
  sheet.addRow([]).commit();
  for (const [i, text] of [footnote.heading, ...footnote.lines].entries()) {
    const row = sheet.addRow(xlsxValues([text]));
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { bold: i === 0, size: 9 };
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    row.height = 15 * Math.max(1, Math.ceil(displayWidth(text) / 180));
    row.commit();
  }
}

/**
 * Gives each cell of `row` its column's style. The styles are one object per column, shared by all the
 * column's cells and never changed after: the writer looks a style object it has seen up by identity
 * instead of serialising it again for each cell (half the time of a 50,000-row sheet).
 */
export function applyColumnStyles(row: ExcelJS.Row, styles: readonly Partial<ExcelJS.Style>[]): void {
  styles.forEach((style, index) => (row.getCell(index + 1).style = style as ExcelJS.Style));
}
