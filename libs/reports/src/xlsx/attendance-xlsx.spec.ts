import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collect, demoHeader, demoRows, fromArray, generateRows, summarize, syntheticRow } from '../testing/rows.fixture.js';
import { renderAttendanceXlsx } from './attendance-xlsx.js';
import { renderSignInSheetXlsx } from './sign-in-sheet-xlsx.js';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** the row whose first cell is `label` */
function rowLabelled(sheet: ExcelJS.Worksheet, label: ExcelJS.CellValue): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row labelled ${JSON.stringify(label)}`);
  return found;
}

describe('renderAttendanceXlsx', () => {
  it('lists attendees under a frozen, localized header with real date cells', async () => {
    const rows = demoRows('ja');
    const buffer = await collect((out) => renderAttendanceXlsx(demoHeader('ja'), summarize(rows), fromArray(rows), out));
    const workbook = await load(buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['出席者', '集計']);

    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('魯港科学技術革新協力交流会');
    const headerRow = rowLabelled(sheet, '順');
    expect(headerRow.values).toEqual([
      undefined,
      '順',
      '氏名',
      '役職',
      '所属機関',
      '役割',
      '所属側',
      '出欠',
      '受付時刻（北京時間）',
      '他言語表記',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow.number });
    expect(sheet.getColumn(3).width).toBeGreaterThan(20);

    const sun = sheet.getRow(headerRow.number + 5);
    expect(sun.getCell(1).value).toBe(5);
    expect(sun.getCell(2).value).toBe('孫海生');
    expect(sun.getCell(3).value).toBe('山東省科学技術庁党グループ書記、山東省科学技術庁長');
    expect(sun.getCell(5).value).toBe('主宰');
    const checkedIn = sun.getCell(8);
    expect(checkedIn.value).toBeInstanceOf(Date);
    // 01:02Z is 09:02 in Shanghai: the cell holds the local wall-clock time
    expect((checkedIn.value as Date).toISOString()).toBe('2024-03-25T09:02:00.000Z');
    expect(checkedIn.numFmt).toBe('yyyy-mm-dd hh:mm');
    // every attendee cell bordered and top-aligned; names and positions wrap, the number is right-aligned
    for (const i of [1, 2, 3, 5, 8]) {
      expect(sun.getCell(i).border?.bottom?.style).toBe('thin');
      expect(sun.getCell(i).alignment?.vertical).toBe('top');
    }
    expect(sun.getCell(1).alignment?.horizontal).toBe('right');
    expect(sun.getCell(3).alignment?.wrapText).toBe(true);
    expect(sun.getCell(5).alignment?.wrapText).toBeFalsy();
    expect(sun.getCell(2).numFmt).toBeUndefined();
    expect(sheet.getRow(headerRow.number + 7).getCell(8).value).toBeNull();
    expect(sheet.rowCount).toBe(headerRow.number + rows.length);
  });

  it('writes the summary sheet from the database counts', async () => {
    const rows = demoRows('zh');
    const summary = summarize(rows);
    const buffer = await collect((out) => renderAttendanceXlsx(demoHeader('zh'), summary, fromArray(rows), out));
    const sheet = (await load(buffer)).getWorksheet('汇总');
    if (!sheet) throw new Error('no summary sheet');
    const count = (label: string) => rowLabelled(sheet, label).getCell(2).value;
    expect(count('合计')).toBe(10);
    expect(count('已签到')).toBe(8);
    expect(count('缺席')).toBe(1);
    expect(count('已报名')).toBe(1);
    expect(count('已邀请')).toBe(0);
    expect(count('主持')).toBe(1);
    expect(count('致辞')).toBe(4);
    expect(count('嘉宾')).toBe(5);
    expect(count('山东方')).toBe(8);
    expect(count('香港方')).toBe(2);
    expect(count('政府部门')).toBe(5);
    expect(count('开发区')).toBe(1);
    const group = rowLabelled(sheet, '山东省有关部门和企业代表');
    expect(group.values).toEqual([undefined, '山东省有关部门和企业代表', '约', 100]);
    expect(rowLabelled(sheet, '类别').values).toEqual([undefined, '类别', '约数', '人数']);
  });

  it('streams a large sheet', async () => {
    const buffer = await collect((out) => renderAttendanceXlsx(demoHeader('en'), summarize([]), generateRows(3000), out));
    const sheet = (await load(buffer)).worksheets[0];
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe(3000);
    expect(last.getCell(2).value).toBe(syntheticRow(2999).name);
  });
});

describe('renderSignInSheetXlsx', () => {
  it('leaves a bordered, empty signature cell on tall rows', async () => {
    const buffer = await collect((out) => renderSignInSheetXlsx(demoHeader('ja'), fromArray(demoRows('ja')), out, { groupBy: 'protocol' }));
    const sheet = (await load(buffer)).worksheets[0];
    expect(sheet.name).toBe('署名簿');
    const header = rowLabelled(sheet, '順');
    expect(header.values).toEqual([undefined, '順', '氏名', '所属機関・役職', '署名']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });
    const first = sheet.getRow(header.number + 1);
    expect(first.getCell(2).value).toBe('宋軍継');
    expect(first.getCell(3).value).toBe('山東省人民政府\n山東省副省長');
    expect(first.getCell(4).value).toBeNull();
    expect(first.getCell(4).border?.left?.style).toBe('thin');
    // room for a signature, and for the two lines of organization and position
    expect(first.height).toBe(36);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header.number}:${header.number}`);
    expect(sheet.headerFooter.oddFooter).toBe('&C&P / &N ページ');
  });

  it('opens each organization with a heading row when grouped by organization', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => syntheticRow(i, 5)); // 5 per organization
    const buffer = await collect((out) => renderSignInSheetXlsx(demoHeader('zh'), fromArray(rows), out, { groupBy: 'organization' }));
    const sheet = (await load(buffer)).worksheets[0];
    const headings: string[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).isMerged && row.getCell(1).font?.bold && row.number > 6) headings.push(row.getCell(1).text);
    });
    expect(headings).toEqual([rows[0].organization, rows[5].organization, rows[10].organization]);
    // positions only: the organization is already the heading
    expect(rowLabelled(sheet, 1).getCell(3).value).toBe(rows[0].positions.join('、'));
  });
});
