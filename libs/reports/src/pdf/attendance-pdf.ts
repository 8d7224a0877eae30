import type { Writable } from 'node:stream';
import type { AttendanceRow, AttendanceSummary, ReportHeader } from '../attendance-row.js';
import { attendanceCells, orderedEntries, roleLabel, sideLabel } from '../format/report-text.js';
import { formatZonedDate, formatZonedDateTime, formatZonedTime } from '../format/zoned-time.js';
import { reportLabels } from '../labels/index.js';
import type { ReportLabels } from '../labels/index.js';
import type { FlowBlock } from './page-flow.js';
import { blankBlock, CONTENT_LEFT, renderPagedReport } from './paged-report.js';
import type { AttendanceRowsFactory, PagedReportPass } from './paged-report.js';
import { DEFAULT_TABLE_STYLE } from './pdf-table.js';
import type { PdfColumn } from './pdf-table.js';

const ROLES = ['presider', 'speaker', 'guest', 'participant'] as const;

/**
 * Writes the A4 attendance report to `out` and ends it: title block, the attendee table (header row on
 * every page, row heights from the wrapped text), totals from `summary`, "n / N" page numbers.
 *
 * `rows` is called twice: the first iteration lays the pages out to count them, the second draws them.
 * Both must yield the same rows (e.g. two cursors in one REPEATABLE READ transaction). In exchange no page
 * is held in memory, so memory stays flat for 50,000 rows.
 */
export async function renderAttendancePdf(
  header: ReportHeader,
  summary: AttendanceSummary,
  rows: AttendanceRowsFactory,
  out: Writable,
): Promise<void> {
  const labels = reportLabels(header.lang);
  const c = labels.columns;
  const columns: PdfColumn[] = [
    { title: c.order, weight: 0, align: 'right', fit: ['0000'] },
    { title: c.name, weight: 64 },
    { title: c.positions, weight: 128 },
    { title: c.organization, weight: 104 },
    { title: c.role, weight: 0, fit: Object.values(labels.roles) },
    // every side there is appears in the summary, so the column can be sized before the first row
    { title: c.side, weight: 0, fit: Object.keys(summary.bySide).map((side) => sideLabel(labels, side)) },
    { title: c.status, weight: 0, fit: Object.values(labels.statuses) },
    { title: c.checkedInAt, weight: 0, align: 'center', fit: ['00:00'] },
  ];
  const eventDate = formatZonedDate(header.startsAt, header.timeZone);

  await renderPagedReport(
    header,
    labels,
    labels.attendanceTitle,
    { columns, style: DEFAULT_TABLE_STYLE },
    rows,
    out,
    async (pass, rowsOnce) => {
      let index = 0;
      for await (const row of rowsOnce) {
        pass.flow.place([pass.table.rowBlock(rowTexts(row, labels, header.timeZone, eventDate), index % 2 === 1)]);
        index++;
        await pass.rowDone();
      }
      if (index === 0) pass.flow.place([pass.table.spanningBlock(labels.noRows, { bold: false, fill: null })]);
      placeTotals(pass, summary);
    },
  );
}

/** Check-in on the event's first day prints as HH:mm (the date is in the title block), otherwise in full. */
function rowTexts(row: AttendanceRow, labels: ReportLabels, timeZone: string, eventDate: string): string[] {
  const cells = attendanceCells(row, labels);
  let checkedIn = '';
  if (cells.checkedInAt) {
    checkedIn =
      formatZonedDate(cells.checkedInAt, timeZone) === eventDate
        ? formatZonedTime(cells.checkedInAt, timeZone)
        : formatZonedDateTime(cells.checkedInAt, timeZone);
  }
  return [cells.order, cells.name, cells.positions.join('\n'), cells.organization, cells.role, cells.side, cells.status, checkedIn];
}

const TOTALS_LABEL_WIDTH = 230;
const TOTALS_VALUE_WIDTH = 80;

function placeTotals(pass: PagedReportPass, summary: AttendanceSummary): void {
  const { flow, labels } = pass;
  const t = labels.totals;
  flow.place([blankBlock(14, false)]);
  const sections: FlowBlock[][] = [
    [
      sectionHeading(pass, t.heading, 11.5),
      keyValue(pass, t.total, String(summary.total), true),
      keyValue(pass, t.checkedIn, String(summary.checkedIn)),
      keyValue(pass, t.absent, String(summary.absent)),
      keyValue(pass, t.registered, String(summary.registered)),
      keyValue(pass, t.invited, String(summary.invited)),
    ],
    [
      sectionHeading(pass, t.byRole, 9.5),
      ...orderedEntries(summary.byRole, ROLES).map(([role, n]) => keyValue(pass, roleLabel(labels, role), String(n))),
    ],
    [
      sectionHeading(pass, t.participantGroups, 9.5),
      ...summary.participantGroups.map((g) => keyValue(pass, g.category, labels.groupCount(g.count, g.qualifier))),
    ],
  ].filter((section) => section.length > 1);
  const all = sections.flat();
  // the totals stay on one page when they fit on one; otherwise each heading travels with its first line
  if (all.reduce((sum, b) => sum + b.height, 0) <= flow.pageBodyHeight) {
    flow.place(all);
    return;
  }
  for (const [heading, first, ...rest] of sections) {
    flow.place([heading, first]);
    for (const line of rest) flow.place([line]);
  }
}

function sectionHeading(pass: PagedReportPass, text: string, size: number): FlowBlock {
  const { doc, fonts } = pass;
  const width = TOTALS_LABEL_WIDTH + TOTALS_VALUE_WIDTH;
  const font = fonts.pick(text, true);
  doc.font(font).fontSize(size);
  const textHeight = doc.heightOfString(text, { width });
  const top = 6;
  const height = top + textHeight + 4;
  return {
    height,
    inTable: false,
    draw: (y) => {
      doc.fillColor('black').font(font).fontSize(size);
      doc.text(text, CONTENT_LEFT, y + top, { width, height: textHeight + 1 });
      const ruleY = y + top + textHeight + 1;
      doc
        .lineWidth(0.5)
        .strokeColor('#9e9e9e')
        .moveTo(CONTENT_LEFT, ruleY)
        .lineTo(CONTENT_LEFT + width, ruleY)
        .stroke();
    },
  };
}

function keyValue(pass: PagedReportPass, label: string, value: string, bold = false): FlowBlock {
  const { doc, fonts } = pass;
  const size = 9;
  const labelFont = fonts.pick(label, bold);
  const valueFont = fonts.pick(value, bold);
  doc.font(labelFont).fontSize(size);
  const labelHeight = doc.heightOfString(label, { width: TOTALS_LABEL_WIDTH - 12 });
  doc.font(valueFont).fontSize(size);
  const height = Math.max(labelHeight, doc.heightOfString(value, { width: TOTALS_VALUE_WIDTH })) + 3;
  return {
    height,
    inTable: false,
    draw: (y) => {
      doc.fillColor('black').font(labelFont).fontSize(size);
      doc.text(label, CONTENT_LEFT + 12, y + 1.5, { width: TOTALS_LABEL_WIDTH - 12, height });
      doc.font(valueFont);
      doc.text(value, CONTENT_LEFT + TOTALS_LABEL_WIDTH, y + 1.5, { width: TOTALS_VALUE_WIDTH, height, align: 'right' });
    },
  };
}
