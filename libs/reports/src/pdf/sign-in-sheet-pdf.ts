import type { Writable } from 'node:stream';
import type { ReportHeader } from '../attendance-row.js';
import { signInDetail } from '../format/report-text.js';
import { reportLabels } from '../labels/index.js';
import type { SignInSheetOptions } from '../sign-in-sheet-options.js';
import { renderPagedReport } from './paged-report.js';
import type { AttendanceRowsFactory } from './paged-report.js';
import { DEFAULT_TABLE_STYLE } from './pdf-table.js';
import type { PdfColumn, PdfTableStyle } from './pdf-table.js';

const SIGN_IN_STYLE: PdfTableStyle = {
  ...DEFAULT_TABLE_STYLE,
  fontSize: 9.5,
  headerFontSize: 9,
  paddingY: 4,
  /** points: room for a handwritten signature */
  minRowHeight: 34,
  zebraFill: null,
  verticalAlign: 'middle',
};

/**
 * Writes the A4 pre-event sign-in sheet to `out` and ends it: order, name, organization/positions and a wide
 * empty signature column. With `groupBy: 'organization'` the rows must arrive sorted by organization, then
 * protocol order; a heading opens each organization and is repeated "(continued)" at the top of a page.
 * Like renderAttendancePdf, `rows` is iterated twice (layout, then drawing) so pages are never buffered.
 */
export async function renderSignInSheetPdf(
  header: ReportHeader,
  rows: AttendanceRowsFactory,
  out: Writable,
  options: SignInSheetOptions = { groupBy: 'protocol' },
): Promise<void> {
  const labels = reportLabels(header.lang);
  const s = labels.signIn;
  const columns: PdfColumn[] = [
    { title: s.order, weight: 0, align: 'right', fit: ['0000'] },
    { title: s.name, weight: 100 },
    { title: s.positionsOrganization, weight: 215 },
    { title: s.signature, weight: 170 },
  ];
  await renderPagedReport(
    header,
    labels,
    labels.signInSheetTitle,
    { columns, style: SIGN_IN_STYLE },
    rows,
    out,
    async ({ flow, table, rowDone }, rowsOnce) => {
      let group: string | undefined;
      let count = 0;
      for await (const row of rowsOnce) {
        count++;
        const line = table.rowBlock([String(row.order), row.name, signInDetail(row, labels, options.groupBy), ''], false);
        const organization = row.organization?.trim() || labels.noOrganization;
        if (options.groupBy === 'organization' && organization !== group) {
          group = organization;
          flow.place([table.spanningBlock(organization, { bold: true, fill: SIGN_IN_STYLE.groupFill }), line], true);
          flow.continuation = table.spanningBlock(`${organization}${labels.continued}`, {
            bold: true,
            fill: SIGN_IN_STYLE.groupFill,
          });
        } else {
          flow.place([line]);
        }
        await rowDone();
      }
      if (count === 0) flow.place([table.spanningBlock(labels.noRows, { bold: false, fill: null })]);
    },
  );
}
