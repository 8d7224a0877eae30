import type { Writable } from 'node:stream';
import type { ReportHeader } from '../attendance-row.js';
import { FallbackNotes, SIGN_IN_FIELDS, signInDetail } from '../format/report-text.js';
import { reportLabels } from '../labels/index.js';
import type { SignInSheetOptions } from '../sign-in-sheet-options.js';
import { blankBlock, CONTENT_LEFT, CONTENT_WIDTH, placeFootnote, renderPagedReport } from './paged-report.js';
import type { AttendanceRowsFactory, PagedReportPass } from './paged-report.js';
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
  options: SignInSheetOptions & { rowCount?: number } = { groupBy: 'protocol' },
): Promise<void> {
  const labels = reportLabels(header.lang);
  const s = labels.signIn;
  const columns: PdfColumn[] = [
    // wide enough for the last row's number, marked when its text is a fallback: five digits would otherwise break
    { title: s.order, weight: 0, align: 'right', fit: ['0000', `${options.rowCount ?? 0}*`] },
    { title: s.name, weight: 100 },
    { title: s.positionsOrganization, weight: 215 },
    { title: s.signature, weight: 170 },
  ];
  await renderPagedReport(header, labels, labels.signInSheetTitle, { columns, style: SIGN_IN_STYLE }, rows, out, async (pass, rowsOnce) => {
    const { flow, table, rowDone } = pass;
    let group: string | undefined;
    let count = 0;
    const notes = new FallbackNotes(labels, header.lang, SIGN_IN_FIELDS);
    for await (const row of rowsOnce) {
      count++;
      const number = notes.add(row) ? `${row.order}*` : String(row.order);
      const line = table.rowBlock([number, row.name, signInDetail(row, labels, options.groupBy), ''], false);
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
    flow.continuation = null;
    placeFootnote(pass, notes);
    placeSignatureBlock(pass);
  });
}

/** Under the list: lines for the signatures of who drew the sheet up and who checked it, and the date. */
function placeSignatureBlock(pass: PagedReportPass): void {
  const { doc, fonts, flow, labels } = pass;
  const s = labels.signatureBlock;
  const entries = [s.preparedBy, s.checkedBy, s.date];
  const slot = CONTENT_WIDTH / entries.length;
  const height = 40;
  flow.place([blankBlock(10, false)]);
  flow.place([
    {
      height,
      inTable: false,
      draw: (y) => {
        const baseline = y + height - 8;
        entries.forEach((label, i) => {
          const x = CONTENT_LEFT + i * slot;
          doc.fillColor('black').font(fonts.pick(label)).fontSize(9.5);
          const labelWidth = doc.widthOfString(label);
          doc.text(label, x, baseline - 11, { lineBreak: false });
          doc
            .lineWidth(0.6)
            .strokeColor('#000000')
            .moveTo(x + labelWidth + 4, baseline)
            .lineTo(x + slot - 14, baseline)
            .stroke();
        });
      },
    },
  ]);
}
