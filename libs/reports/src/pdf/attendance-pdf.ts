import type { Writable } from 'node:stream';
import type { AttendanceRow, AttendanceSummary, ReportHeader } from '../attendance-row.js';
import {
  attendanceCells,
  FallbackNotes,
  orderedEntries,
  organizationKindLabel,
  roleLabel,
  sideLabel,
  checkInTitle,
} from '../format/report-text.js';
import { formatZonedDate, formatZonedDateTime, formatZonedTime } from '../format/zoned-time.js';
import { ORGANIZATION_KINDS, reportLabels } from '../labels/index.js';
import type { ReportLabels } from '../labels/index.js';
import type { FlowBlock } from './page-flow.js';
import { blankBlock, CONTENT_LEFT, placeFootnote, renderPagedReport } from './paged-report.js';
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
  const eventDate = formatZonedDate(header.startsAt, header.timeZone);
  // the widest check-in text there will be, from the first and last check-in the summary found: never wrapped
  const checkInSamples = [summary.firstCheckIn, summary.lastCheckIn]
    .filter((at): at is Date => !!at)
    .map((at) => checkInText(at, header.timeZone, eventDate));
  const columns: PdfColumn[] = [
    // wide enough for the last row's number: at 50,000 rows a five-digit number would break over two lines
    { title: c.order, weight: 0, align: 'right', fit: ['0000', String(summary.total)] },
    { title: c.name, weight: 64 },
    { title: c.positions, weight: 128 },
    { title: c.organization, weight: 104 },
    { title: c.role, weight: 0, fit: Object.values(labels.roles) },
    // every side there is appears in the summary, so the column can be sized before the first row
    { title: c.side, weight: 0, fit: Object.keys(summary.bySide).map((side) => sideLabel(labels, side)) },
    { title: c.status, weight: 0, fit: Object.values(labels.statuses) },
    { title: checkInTitle(header, labels, '\n'), weight: 0, align: 'center', fit: ['00:00', ...checkInSamples] },
  ];

  await renderPagedReport(
    header,
    labels,
    labels.attendanceTitle,
    { columns, style: DEFAULT_TABLE_STYLE },
    rows,
    out,
    async (pass, rowsOnce) => {
      let index = 0;
      const notes = new FallbackNotes(labels, header.lang);
      for await (const row of rowsOnce) {
        const marked = notes.add(row);
        pass.flow.place([pass.table.rowBlock(rowTexts(row, labels, header.timeZone, eventDate, marked), index % 2 === 1)]);
        index++;
        await pass.rowDone();
      }
      if (index === 0) pass.flow.place([pass.table.spanningBlock(labels.noRows, { bold: false, fill: null })]);
      placeFootnote(pass, notes);
      placeTotals(pass, summary);
    },
  );
}

/** Check-in on the event's first day prints as HH:mm (the date is in the title block), otherwise in full. */
function checkInText(at: Date, timeZone: string, eventDate: string): string {
  return formatZonedDate(at, timeZone) === eventDate ? formatZonedTime(at, timeZone) : formatZonedDateTime(at, timeZone);
}

/** The row's cells; the number is marked * when a text came from another language (see the footnote). */
function rowTexts(row: AttendanceRow, labels: ReportLabels, timeZone: string, eventDate: string, marked: boolean): string[] {
  const cells = attendanceCells(row, labels);
  const checkedIn = cells.checkedInAt ? checkInText(cells.checkedInAt, timeZone, eventDate) : '';
  const order = marked ? `${cells.order}*` : cells.order;
  return [order, cells.name, cells.positions.join('\n'), cells.organization, cells.role, cells.side, cells.status, checkedIn];
}

const TOTALS_LABEL_WIDTH = 200;
const TOTALS_VALUE_WIDTH = 64;

function placeTotals(pass: PagedReportPass, summary: AttendanceSummary): void {
  const { flow, labels } = pass;
  const t = labels.totals;
  const a = labels.attendance;
  flow.place([blankBlock(14, false)]);
  const notArrived = (total: number, present: number) => String(total - present);
  const attendanceSection = (
    heading: string,
    totals: Array<[string, number]>,
    present: Record<string, number>,
    label: (k: string) => string,
  ) => [
    sectionHeading(pass, heading, 9.5),
    keyValue(pass, a.group, [a.expected, a.present, a.notArrived], true),
    ...totals.map(([key, n]) => keyValue(pass, label(key), [String(n), String(present[key] ?? 0), notArrived(n, present[key] ?? 0)])),
    keyValue(pass, a.all, [String(summary.total), String(summary.checkedIn), notArrived(summary.total, summary.checkedIn)], true),
  ];
  const sections: FlowBlock[][] = [
    [
      sectionHeading(pass, t.heading, 11.5),
      keyValue(pass, a.expected, [String(summary.total)], true),
      keyValue(pass, a.present, [String(summary.checkedIn)], true),
      keyValue(pass, a.notArrived, [notArrived(summary.total, summary.checkedIn)], true),
      keyValue(pass, t.registered, [String(summary.registered)]),
      keyValue(pass, t.absent, [String(summary.absent)]),
      keyValue(pass, t.invited, [String(summary.invited)]),
    ],
    attendanceSection(t.bySide, orderedEntries(summary.bySide), summary.checkedInBySide ?? {}, (k) => sideLabel(labels, k)),
    attendanceSection(
      t.byOrganizationKind,
      orderedEntries(summary.byOrganizationKind, ORGANIZATION_KINDS),
      summary.checkedInByOrganizationKind ?? {},
      (k) => organizationKindLabel(labels, k),
    ),
    [
      sectionHeading(pass, t.byRole, 9.5),
      ...orderedEntries(summary.byRole, ROLES).map(([role, n]) => keyValue(pass, roleLabel(labels, role), [String(n)])),
    ],
    [
      sectionHeading(pass, t.participantGroups, 9.5),
      ...summary.participantGroups.map((g) => keyValue(pass, g.category, [labels.groupCount(g.count, g.qualifier)])),
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
  const width = TOTALS_LABEL_WIDTH + 3 * TOTALS_VALUE_WIDTH;
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

/** A label and one or more right-aligned values in columns. */
function keyValue(pass: PagedReportPass, label: string, values: readonly string[], bold = false): FlowBlock {
  const { doc, fonts } = pass;
  const size = 9;
  const labelFont = fonts.pick(label, bold);
  doc.font(labelFont).fontSize(size);
  let height = doc.heightOfString(label, { width: TOTALS_LABEL_WIDTH - 12 });
  for (const value of values) {
    doc.font(fonts.pick(value, bold)).fontSize(size);
    height = Math.max(height, doc.heightOfString(value, { width: TOTALS_VALUE_WIDTH }));
  }
  height += 3;
  return {
    height,
    inTable: false,
    draw: (y) => {
      doc.fillColor('black').font(labelFont).fontSize(size);
      doc.text(label, CONTENT_LEFT + 12, y + 1.5, { width: TOTALS_LABEL_WIDTH - 12, height });
      values.forEach((value, i) => {
        doc.font(fonts.pick(value, bold)).fontSize(size);
        doc.text(value, CONTENT_LEFT + TOTALS_LABEL_WIDTH + i * TOTALS_VALUE_WIDTH, y + 1.5, {
          width: TOTALS_VALUE_WIDTH,
          height,
          align: 'right',
          lineBreak: false,
        });
      });
    },
  };
}
