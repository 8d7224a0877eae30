import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { AttendanceRow, AttendanceSummary, ReportHeader } from '../attendance-row.js';
import { renderTo } from '../format/output-stream.js';
import { attendanceRowValues, orderedEntries, organizationKindLabel, roleLabel, sideLabel } from '../format/report-text.js';
import { zonedWallClock } from '../format/zoned-time.js';
import { ORGANIZATION_KINDS, reportLabels } from '../labels/index.js';
import type { ReportLabels } from '../labels/index.js';
import { Pacer, printSetup, xlsxValues, streamingWorkbook, styleHeaderRow, thin, titleBlockLines, writeTitleBlock } from './xlsx-common.js';
import type { StreamingWorkbook } from './xlsx-common.js';

const COLUMN_WIDTHS = [6, 16, 40, 30, 10, 12, 10, 17];
const CHECK_IN_FORMAT = 'yyyy-mm-dd hh:mm';
const ROLES = ['presider', 'speaker', 'guest', 'participant'] as const;

/**
 * Writes the attendance workbook to `out` and ends it: sheet 1 lists attendees (streamed, one row
 * committed at a time, header frozen), sheet 2 holds the summary computed by the database.
 */
export async function renderAttendanceXlsx(
  header: ReportHeader,
  summary: AttendanceSummary,
  rows: AsyncIterable<AttendanceRow>,
  out: Writable,
): Promise<void> {
  await renderTo(out, async () => {
    const labels = reportLabels(header.lang);
    const workbook = streamingWorkbook(out, header);
    await writeAttendees(workbook, header, labels, rows, out);
    writeSummary(workbook, header, labels, summary);
    await workbook.commit();
  });
}

async function writeAttendees(
  workbook: StreamingWorkbook,
  header: ReportHeader,
  labels: ReportLabels,
  rows: AsyncIterable<AttendanceRow>,
  out: Writable,
): Promise<void> {
  const c = labels.columns;
  const titles = [c.order, c.name, c.positions, c.organization, c.role, c.side, c.status, c.checkedInAt];
  const title = titleBlockLines(header, labels, labels.attendanceTitle);
  // title lines, a blank row, then the column headers: known before the sheet exists, so the freeze is set up front
  const headerRowNumber = title.length + 2;
  const sheet = workbook.addWorksheet(labels.sheets.attendees, {
    views: [{ state: 'frozen', ySplit: headerRowNumber, xSplit: 0 }],
    ...printSetup('landscape'),
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  writeTitleBlock(sheet, title, titles.length);

  const headerRow = sheet.addRow(titles);
  styleHeaderRow(headerRow, titles.length);
  headerRow.commit();
  sheet.autoFilter = { from: { row: headerRowNumber, column: 1 }, to: { row: headerRowNumber, column: titles.length } };

  const pacer = new Pacer(out);
  for await (const row of rows) {
    const excelRow = sheet.addRow(xlsxValues(attendanceRowValues(row, labels, (at) => zonedWallClock(at, header.timeZone))));
    for (let i = 1; i <= titles.length; i++) {
      const cell = excelRow.getCell(i);
      cell.border = thin;
      cell.alignment = { vertical: 'top' };
    }
    excelRow.getCell(8).numFmt = CHECK_IN_FORMAT;
    excelRow.commit();
    await pacer.rowCommitted();
  }
  sheet.commit();
}

function writeSummary(workbook: StreamingWorkbook, header: ReportHeader, labels: ReportLabels, summary: AttendanceSummary): void {
  const t = labels.totals;
  const sheet = workbook.addWorksheet(labels.sheets.summary, printSetup('portrait'));
  sheet.columns = [{ width: 32 }, { width: 14 }, { width: 12 }];

  const add = (values: ExcelJS.CellValue[], style: 'title' | 'section' | 'head' | 'line' = 'line') => {
    const row = sheet.addRow(xlsxValues(values));
    if (style === 'title') row.getCell(1).font = { bold: true, size: 14 };
    if (style === 'section') row.getCell(1).font = { bold: true, size: 11 };
    if (style === 'head' || style === 'line') {
      for (let i = 1; i <= values.length; i++) {
        const cell = row.getCell(i);
        cell.border = thin;
        if (style === 'head') cell.font = { bold: true };
      }
    }
    row.commit();
  };
  const section = (title: string, entries: Array<[string, number]>) => {
    add([]);
    add([title], 'section');
    for (const [label, count] of entries) add([label, count]);
  };

  add([header.eventTitle], 'title');
  add([`${labels.attendanceTitle} — ${t.heading}`], 'section');
  add([]);
  add([t.total, summary.total]);
  add([t.registered, summary.registered]);
  add([t.checkedIn, summary.checkedIn]);
  add([t.absent, summary.absent]);
  add([t.invited, summary.invited]);

  section(
    t.byRole,
    orderedEntries(summary.byRole, ROLES).map(([k, n]) => [roleLabel(labels, k), n]),
  );
  section(
    t.bySide,
    orderedEntries(summary.bySide).map(([k, n]) => [sideLabel(labels, k), n]),
  );
  section(
    t.byOrganizationKind,
    orderedEntries(summary.byOrganizationKind, ORGANIZATION_KINDS).map(([k, n]) => [organizationKindLabel(labels, k), n]),
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
