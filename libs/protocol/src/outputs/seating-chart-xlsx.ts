import ExcelJS from 'exceljs';
import { protocolLabels } from './labels.js';
import type { ChartInput, OutputBlock } from './seating-chart-pdf.js';

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const band: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/**
 * The seating chart as a sheet to adjust by hand: the viewpoint line, then each row (as seen from the
 * audience, back row on top like the PDF) or each table (seats in number order) as a line of cells holding
 * the seat number, the name and the short title; the stage band on top and the audience (or entrance) below.
 */
export async function renderSeatingChartXlsx(input: ChartInput): Promise<Buffer> {
  const labels = protocolLabels(input.lang);
  const book = new ExcelJS.Workbook();
  book.title = `${input.eventTitle} — ${labels.chartTitle(input.planName)}`;
  if (input.author) book.creator = input.author;
  const sheet = book.addWorksheet(input.planName.slice(0, 31) || 'Seating', {
    pageSetup: {
      paperSize: (input.paper === 'a3' ? 8 : 9) as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const width = Math.max(2, ...input.blocks.map((b) => b.seats.length)) + 1;
  sheet.getColumn(1).width = 14;
  for (let c = 2; c <= width; c++) sheet.getColumn(c).width = 16;
  const line = (text: string, opts: { bold?: boolean; size?: number; fill?: ExcelJS.Fill } = {}) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    const cell = row.getCell(1);
    cell.font = { bold: opts.bold, size: opts.size ?? 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    if (opts.fill) cell.fill = opts.fill;
    return row;
  };
  line(input.eventTitle, { bold: true, size: 16 });
  line(labels.chartTitle(input.planName), { bold: true, size: 13 });
  if (input.subtitle) line(input.subtitle);
  const viewpoint =
    input.kind === 'banquet' ? labels.viewpoint.tables : input.kind === 'theatre' ? labels.viewpoint.theatre : labels.viewpoint.headTable;
  line(`▲ ${viewpoint}`, { bold: true });
  if (input.kind !== 'banquet') line(labels.stage, { bold: true, fill: band });
  const blocks = input.kind === 'theatre' || input.kind === 'banquet' ? input.blocks : [...input.blocks].reverse();
  for (const block of blocks) addBlock(sheet, labels.row, labels.table, labels, block);
  line(input.kind === 'banquet' ? `▼ ${labels.entrance}` : `▼ ${labels.audience}`, { bold: true, fill: band });
  if (input.unseated) line(labels.unseated(input.unseated));
  line(`${labels.generatedAt} ${input.generatedAt}`, { size: 9 });
  return Buffer.from(await book.xlsx.writeBuffer());
}

function addBlock(
  sheet: ExcelJS.Worksheet,
  row: (n: number) => string,
  table: (n: number) => string,
  labels: ReturnType<typeof protocolLabels>,
  block: OutputBlock,
): void {
  const name =
    block.kind === 'table'
      ? table(block.block)
      : block.kind === 'signing-table'
        ? labels.signingTable
        : block.kind === 'witnesses'
          ? labels.witnesses
          : row(block.block);
  const cells = block.seats.map((s) => [labels.seat(s.seat), s.name || labels.emptySeat, s.title].filter(Boolean).join('\n'));
  const added = sheet.addRow([name, ...cells]);
  added.height = 58;
  added.eachCell((cell, col) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (col > 1) cell.border = thin;
    else cell.font = { bold: true };
  });
}
