import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { AttendanceRow, AttendanceSummary, ReportHeader } from '../attendance-row.js';
import { renderTo } from '../format/output-stream.js';
import {
  attendanceColumnTitles,
  attendanceRowValues,
  FallbackNotes,
  orderedEntries,
  organizationKindLabel,
  roleLabel,
  sideLabel,
} from '../format/report-text.js';
import { zonedWallClock } from '../format/zoned-time.js';
import { ORGANIZATION_KINDS, reportLabels } from '../labels/index.js';
import type { ReportLabels } from '../labels/index.js';
import {
  applyColumnStyles,
  displayWidth,
  fitWidth,
  Pacer,
  printSetup,
  streamingWorkbook,
  styleHeaderRow,
  thin,
  titleBlockLines,
  writeFootnote,
  writeTitleBlock,
  wrappedLines,
  xlsxValues,
} from './xlsx-common.js';
import type { StreamingWorkbook } from './xlsx-common.js';

const CHECK_IN_FORMAT = 'yyyy-mm-dd hh:mm';
/** points per line of 11-point text */
const LINE_HEIGHT = 14.5;
const ROLES = ['presider', 'speaker', 'guest', 'participant'] as const;
/** columns whose text wraps inside the cell (name, positions, organization, side, fields from another language) */
const WRAPPED = new Set([2, 3, 4, 6, 9]);

/**
 * Writes the attendance workbook to `out` and ends it: sheet 1 lists attendees (streamed, one row
 * committed at a time, header frozen and repeated on every printed page), sheet 2 holds the summary
 * computed by the database.
 */
export async function renderAttendanceXlsx(
  header: ReportHeader,
  summary: AttendanceSummary,
  rows: AsyncIterable<AttendanceRow>,
  out: Writable,
): Promise<void> {
  await renderTo(out, async () => {
    const labels = reportLabels(header.lang);
    const workbook = streamingWorkbook(out, header, labels.attendanceTitle);
    await writeAttendees(workbook, header, labels, summary, rows, out);
    writeSummary(workbook, header, labels, summary);
    await workbook.commit();
  });
}

/**
 * Widths known before the first row is written (a streamed sheet writes its columns first): fitted to the
 * labels and to the side names of the summary; free text (name, positions, organization) wraps at a set width.
 */
function columnWidths(labels: ReportLabels, summary: AttendanceSummary, titles: readonly string[]): number[] {
  const fit = (i: number, texts: readonly string[], min: number, max: number) => fitWidth([titles[i], ...texts], min, max);
  return [
    fit(0, [String(summary.total)], 5, 8),
    fit(1, [], 14, 18),
    44,
    32,
    fit(4, Object.values(labels.roles), 6, 14),
    fit(
      5,
      Object.keys(summary.bySide).map((side) => sideLabel(labels, side)),
      8,
      20,
    ),
    fit(6, Object.values(labels.statuses), 6, 14),
    fit(7, ['2024-03-25 09:30'], 16, 24),
    fit(8, [], 14, 24),
  ];
}

async function writeAttendees(
  workbook: StreamingWorkbook,
  header: ReportHeader,
  labels: ReportLabels,
  summary: AttendanceSummary,
  rows: AsyncIterable<AttendanceRow>,
  out: Writable,
): Promise<void> {
  const titles = attendanceColumnTitles(header, labels);
  const title = titleBlockLines(header, labels, labels.attendanceTitle);
  // title lines, a blank row, then the column headers: known before the sheet exists, so the freeze is set up front
  const headerRowNumber = title.length + 2;
  const sheet = workbook.addWorksheet(labels.sheets.attendees, {
    views: [{ state: 'frozen', ySplit: headerRowNumber, xSplit: 0 }],
    ...printSetup('landscape', labels, headerRowNumber),
  });
  const widths = columnWidths(labels, summary, titles);
  sheet.columns = widths.map((width) => ({ width }));
  writeTitleBlock(sheet, title, titles.length);

  const headerRow = sheet.addRow(titles);
  styleHeaderRow(headerRow, titles.length);
  headerRow.commit();
  sheet.autoFilter = { from: { row: headerRowNumber, column: 1 }, to: { row: headerRowNumber, column: titles.length } };

  const columnStyles = titles.map((_, index): Partial<ExcelJS.Style> => ({
    border: thin,
    alignment: { vertical: 'top', wrapText: WRAPPED.has(index + 1), horizontal: index === 0 ? 'right' : undefined },
    ...(index + 1 === 8 && { numFmt: CHECK_IN_FORMAT }),
  }));
  const notes = new FallbackNotes(labels, header.lang);
  const pacer = new Pacer(out);
  for await (const row of rows) {
    notes.add(row);
    const excelRow = sheet.addRow(xlsxValues(attendanceRowValues(row, labels, (at) => zonedWallClock(at, header.timeZone))));
    applyColumnStyles(excelRow, columnStyles);
    // a streamed row is not fitted by the spreadsheet when opened: its height is set for its wrapped lines
    const lines = Math.max(...[...WRAPPED].map((i) => wrappedLines(excelRow.getCell(i).text, widths[i - 1])));
    excelRow.height = Math.max(15, LINE_HEIGHT * lines + 3);
    excelRow.commit();
    await pacer.rowCommitted();
  }
  writeFootnote(sheet, notes.footnote(), titles.length);
  sheet.commit();
}

type Line = 'title' | 'section' | 'head' | 'line' | 'total';

function writeSummary(workbook: StreamingWorkbook, header: ReportHeader, labels: ReportLabels, summary: AttendanceSummary): void {
  const t = labels.totals;
  const a = labels.attendance;
  const sheet = workbook.addWorksheet(labels.sheets.summary, printSetup('portrait', labels));
  sheet.columns = [{ width: 36 }, { width: 12 }, { width: 12 }, { width: 12 }];

  const add = (values: ExcelJS.CellValue[], style: Line = 'line') => {
    const row = sheet.addRow(xlsxValues(values));
    const first = row.getCell(1);
    first.alignment = { vertical: 'top', wrapText: true };
    if (style === 'title') {
      first.font = { bold: true, size: 14 };
      sheet.mergeCells(row.number, 1, row.number, 4);
      row.height = 22 * Math.max(1, Math.ceil(displayWidth(typeof values[0] === 'string' ? values[0] : '') / 55));
    }
    if (style === 'section') first.font = { bold: true, size: 11 };
    if (style === 'head' || style === 'line' || style === 'total') {
      for (let i = 1; i <= values.length; i++) {
        const cell = row.getCell(i);
        cell.border = thin;
        if (style !== 'line') cell.font = { bold: true };
        if (i > 1) cell.alignment = { horizontal: style === 'head' ? 'center' : 'right', vertical: 'top' };
      }
    }
    row.commit();
  };
  /** 应到 / 实到 / 未到 for each group, then the total */
  const attendanceTable = (
    heading: string,
    totals: Array<[string, number]>,
    present: Record<string, number>,
    keyLabel: (k: string) => string,
  ) => {
    add([]);
    add([heading], 'section');
    add([a.group, a.expected, a.present, a.notArrived], 'head');
    for (const [key, n] of totals) add([keyLabel(key), n, present[key] ?? 0, n - (present[key] ?? 0)]);
    add([a.all, summary.total, summary.checkedIn, summary.total - summary.checkedIn], 'total');
  };
  const section = (title: string, entries: Array<[string, number]>) => {
    add([]);
    add([title], 'section');
    for (const [label, count] of entries) add([label, count]);
  };

  add([header.eventTitle], 'title');
  add([`${labels.attendanceTitle} — ${t.heading}`], 'section');
  add([]);
  add([a.expected, summary.total], 'total');
  add([a.present, summary.checkedIn]);
  add([a.notArrived, summary.total - summary.checkedIn]);
  section(t.heading, [
    [t.checkedIn, summary.checkedIn],
    [t.registered, summary.registered],
    [t.absent, summary.absent],
    [t.invited, summary.invited],
  ]);
  attendanceTable(t.bySide, orderedEntries(summary.bySide), summary.checkedInBySide ?? {}, (k) => sideLabel(labels, k));
  attendanceTable(
    t.byOrganizationKind,
    orderedEntries(summary.byOrganizationKind, ORGANIZATION_KINDS),
    summary.checkedInByOrganizationKind ?? {},
    (k) => organizationKindLabel(labels, k),
  );
  section(
    t.byRole,
    orderedEntries(summary.byRole, ROLES).map(([k, n]) => [roleLabel(labels, k), n]),
  );

  if (summary.participantGroups.length) {
    add([]);
    add([t.participantGroups], 'section');
    add([t.category, t.qualifier, t.count], 'head');
    for (const group of summary.participantGroups) {
      add([group.category, labels.qualifiers[group.qualifier] || '', group.count]);
    }
  }
  sheet.commit();
}
