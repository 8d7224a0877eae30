import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { AttendanceRow, ReportHeader } from '../attendance-row.js';
import { renderTo } from '../format/output-stream.js';
import { FallbackNotes, SIGN_IN_FIELDS, signInDetail } from '../format/report-text.js';
import { reportLabels } from '../labels/index.js';
import type { ReportLabels } from '../labels/index.js';
import type { SignInSheetOptions } from '../sign-in-sheet-options.js';
import {
  applyColumnStyles,
  groupFill,
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

const COLUMN_WIDTHS = [6, 18, 46, 30];
/** points: room for a handwritten signature */
const ROW_HEIGHT = 28;
/** points per line of 11-point text */
const LINE_HEIGHT = 14;

/**
 * Writes the pre-event sign-in workbook to `out` and ends it: order, name, organization/positions and an
 * empty bordered signature column. With `groupBy: 'organization'` rows must arrive sorted by organization
 * (then protocol order); a heading row is written whenever the organization changes.
 */
export async function renderSignInSheetXlsx(
  header: ReportHeader,
  rows: AsyncIterable<AttendanceRow>,
  out: Writable,
  options: SignInSheetOptions = { groupBy: 'protocol' },
): Promise<void> {
  await renderTo(out, async () => {
    const labels = reportLabels(header.lang);
    const s = labels.signIn;
    const titles = [s.order, s.name, s.positionsOrganization, s.signature];
    const title = titleBlockLines(header, labels, labels.signInSheetTitle);
    const workbook = streamingWorkbook(out, header, labels.signInSheetTitle);
    const headerRowNumber = title.length + 2;
    const sheet = workbook.addWorksheet(labels.sheets.signIn, {
      views: [{ state: 'frozen', ySplit: headerRowNumber, xSplit: 0 }],
      ...printSetup('portrait', labels, headerRowNumber),
    });
    sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
    writeTitleBlock(sheet, title, titles.length);
    const headerRow = sheet.addRow(titles);
    styleHeaderRow(headerRow, titles.length);
    headerRow.commit();

    const pacer = new Pacer(out);
    const notes = new FallbackNotes(labels, header.lang, SIGN_IN_FIELDS);
    let group: string | undefined;
    const lineStyles = titles.map((_, index): Partial<ExcelJS.Style> => ({
      border: thin,
      alignment: { vertical: 'middle', wrapText: index === 2, horizontal: index === 0 ? 'center' : 'left' },
    }));
    for await (const row of rows) {
      if (options.groupBy === 'organization') {
        const organization = row.organization?.trim() || labels.noOrganization;
        if (organization !== group) {
          group = organization;
          const heading = sheet.addRow(xlsxValues([organization]));
          sheet.mergeCells(heading.number, 1, heading.number, titles.length);
          const cell = heading.getCell(1);
          cell.font = { bold: true };
          cell.fill = groupFill;
          cell.border = thin;
          cell.alignment = { vertical: 'middle' };
          heading.height = 20;
          heading.commit();
        }
      }
      const detail = signInDetail(row, labels, options.groupBy);
      // the name marked * when a text the sheet prints came from another language (explained under the list)
      const name = notes.add(row) ? `${row.name} *` : row.name;
      const line = sheet.addRow(xlsxValues([row.order, name, detail, null]));
      // room for a signature, and for every wrapped line of the organization and positions
      line.height = Math.max(ROW_HEIGHT, LINE_HEIGHT * wrappedLines(detail, COLUMN_WIDTHS[2]) + 8);
      applyColumnStyles(line, lineStyles);
      line.commit();
      await pacer.rowCommitted();
    }
    writeFootnote(sheet, notes.footnote(), titles.length);
    writeSignatureBlock(sheet, labels, titles.length);
    sheet.commit();
    await workbook.commit();
  });
}

/** "制表人：____  审核人：____  日期：____" under the list, for the signatures of who drew it up and who checked it. */
function writeSignatureBlock(sheet: ExcelJS.Worksheet, labels: ReportLabels, width: number): void {
  const s = labels.signatureBlock;
  sheet.addRow([]).commit();
  const row = sheet.addRow([`${s.preparedBy}＿＿＿＿＿＿`, null, `${s.checkedBy}＿＿＿＿＿＿`, `${s.date}＿＿＿＿＿＿`]);
  row.height = 30;
  for (let i = 1; i <= width; i++) row.getCell(i).alignment = { vertical: 'bottom' };
  sheet.mergeCells(row.number, 1, row.number, 2);
  row.commit();
}
