import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { AppException } from '@app/core';
import { IMPORT_LIMITS } from './import-limits.js';
import { parseAttendeeSheet } from './parse-attendee-sheet.js';
import { detectSheetKind } from './sheet-format.js';
import { xlsxBomb, xlsxManyRows, xlsxOf } from './testing/xlsx-fixtures.js';

const csv = (text: string, bom = false) =>
  Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);

async function rejection(promise: Promise<unknown>): Promise<AppException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppException);
  return error as AppException;
}

describe('parseAttendeeSheet (CSV)', () => {
  it('reads a UTF-8 CSV with a BOM and English headers in any case', async () => {
    const sheet = await parseAttendeeSheet(csv('Name_ZH, name_en ,ROLE,Protocol_Rank\n王伟,Wang Wei,speaker,3\n', true), 'csv');
    expect(sheet.ignoredColumns).toEqual([]);
    expect(sheet.rows).toEqual([
      {
        row: 2,
        name: { zh: '王伟', en: 'Wang Wei' },
        positions: [],
        role: 'speaker',
        protocolRank: '3',
        side: undefined,
        protocolOrder: undefined,
        status: undefined,
      },
    ]);
  });

  it('keeps quoted commas, quotes and line breaks inside a name and numbers rows as a spreadsheet does', async () => {
    const text =
      'name_en,organization_en,title_en\r\n"Smith, John","ACME ""Global"" Ltd",CEO\r\n"Li\nMing",,Director\r\n,,\r\nTanaka,,Adviser\r\n';
    const { rows } = await parseAttendeeSheet(csv(text), 'csv');
    expect(rows.map((r) => [r.row, r.name.en])).toEqual([
      [2, 'Smith, John'],
      [3, 'Li\nMing'],
      [5, 'Tanaka'],
    ]);
    expect(rows[0].positions).toEqual([
      { slot: 1, title: { en: 'CEO' }, organization: { en: 'ACME "Global" Ltd' }, kind: undefined, region: undefined },
    ]);
  });

  it('recognises Chinese and Japanese headers and a second position', async () => {
    const text =
      '姓名,氏名,职务,单位,役職,所属,title_2_zh,organization_2_zh,organization_2_kind,side,电话\n' +
      '宋军继,宋軍継,副省长,山东省人民政府,副省長,山東省人民政府,主任,省委外办,government,shandong,123\n';
    const { rows, ignoredColumns } = await parseAttendeeSheet(csv(text), 'csv');
    expect(ignoredColumns).toEqual(['电话']);
    expect(rows[0].name).toEqual({ zh: '宋军继', ja: '宋軍継' });
    expect(rows[0].positions).toEqual([
      {
        slot: 1,
        title: { zh: '副省长', ja: '副省長' },
        organization: { zh: '山东省人民政府', ja: '山東省人民政府' },
        kind: undefined,
        region: undefined,
      },
      { slot: 2, title: { zh: '主任' }, organization: { zh: '省委外办' }, kind: 'government', region: undefined },
    ]);
    expect(rows[0].side).toBe('shandong');
  });

  it('reads family names and a delegation column as the side the attendee comes with', async () => {
    const text = 'name,surname,氏名,苗字,代表团\nKenichi Yamamoto,Yamamoto,山本健一,山本,大阪府\nLi Ming,,,,\n';
    const { rows, ignoredColumns } = await parseAttendeeSheet(csv(text), 'csv');
    expect(ignoredColumns).toEqual([]);
    expect(rows[0]).toMatchObject({ familyName: { en: 'Yamamoto', ja: '山本' }, side: '大阪府' });
    expect(rows[1].familyName).toBeUndefined();
    expect(rows[1].side).toBeUndefined();
  });

  it('refuses a file without a name column, a header repeated, no rows, and text in no encoding it reads', async () => {
    expect((await rejection(parseAttendeeSheet(csv('title_en,role\nCEO,guest\n'), 'csv'))).message).toMatch(/no name column/);
    expect((await rejection(parseAttendeeSheet(csv('姓名,name_zh\na,b\n'), 'csv'))).message).toMatch(/both give name_zh/);
    expect((await rejection(parseAttendeeSheet(csv('name_en\n\n'), 'csv'))).message).toMatch(/no attendee rows/);
    expect((await rejection(parseAttendeeSheet(csv('\n \n'), 'csv'))).message).toMatch(/no rows/);
    const garbage = Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x41, 0xff, 0x0a]);
    const unreadable = await rejection(parseAttendeeSheet(garbage, 'csv'));
    expect(unreadable.code).toBe('VALIDATION_FAILED');
    expect(unreadable.message).toMatch(/not UTF-8, GB18030\/GBK or Shift_JIS/);
    const named = await rejection(parseAttendeeSheet(iconv.encode('name_zh\n王伟\n', 'gbk'), 'csv', 'utf-8'));
    expect(named.message).toMatch(/not valid UTF-8/);
    expect((await rejection(parseAttendeeSheet(csv('name_en\n"unclosed\n'), 'csv'))).message).toMatch(/cannot be read/);
    expect((await rejection(parseAttendeeSheet(csv('role;status\nguest;invited\n'), 'csv'))).message).toMatch(/separated by commas/);
  });
});

describe('parseAttendeeSheet (XLSX)', () => {
  async function workbook(rows: unknown[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名单');
    rows.forEach((r) => sheet.addRow(r));
    wb.addWorksheet('ignored').addRow(['name_en']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads the first worksheet, numbers as text, and keeps spreadsheet row numbers', async () => {
    const buffer = await workbook([
      ['name_zh', 'name_en', 'protocol_order', 'role'],
      ['李明', 'Li Ming', 2, 'guest'],
      [],
      ['张华', null, 1, null],
    ]);
    expect(detectSheetKind(buffer, 'list.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    const { rows } = await parseAttendeeSheet(buffer, 'xlsx');
    expect(rows.map((r) => [r.row, r.name, r.protocolOrder, r.role])).toEqual([
      [2, { zh: '李明', en: 'Li Ming' }, '2', 'guest'],
      [4, { zh: '张华' }, '1', undefined],
    ]);
  });

  it('skips a title line above the header', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名单');
    sheet.addRow(['鲁港科技合作交流会参会名单']);
    sheet.mergeCells('A1:C1');
    sheet.addRow([]);
    sheet.addRow(['序号', '姓名', '单位']);
    sheet.addRow([1, '赵磊', '青岛大学']);
    const { rows, ignoredColumns } = await parseAttendeeSheet(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(ignoredColumns).toEqual(['序号']);
    expect(rows).toMatchObject([{ row: 4, name: { zh: '赵磊' }, positions: [{ organization: { zh: '青岛大学' } }] }]);
  });

  it('refuses a ZIP that is not a workbook', async () => {
    const notAWorkbook = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
    expect((await rejection(parseAttendeeSheet(notAWorkbook, 'xlsx'))).message).toMatch(/XLSX workbook cannot be read/);
  });
});

describe('parseAttendeeSheet (CSV encodings)', () => {
  const LIST = 'name_zh,name_ja,title_zh,organization_zh\n王伟,王偉,主任,青岛市科学技术局\n李娜,李娜,处长,山东省商务厅\n';
  const JA = 'name_ja,title_ja,organization_ja\n山田太郎,部長,東京都産業労働局\nさとう はなこ,課長,大阪府商工労働部\n';

  it('detects GBK, GB18030 and Shift_JIS lists, and reads one in the encoding it is named in', async () => {
    for (const [text, encoding, expected] of [
      [LIST, 'gbk', 'gb18030'],
      [LIST, 'gb18030', 'gb18030'],
      [JA, 'shift_jis', 'shift_jis'],
      [JA, 'utf-8', 'utf-8'],
    ] as const) {
      const sheet = await parseAttendeeSheet(iconv.encode(text, encoding), 'csv');
      expect(sheet.encoding, encoding).toBe(expected);
      const names = sheet.rows.map((r) => r.name.zh ?? r.name.ja);
      expect(names, encoding).toEqual(text === LIST ? ['王伟', '李娜'] : ['山田太郎', 'さとう はなこ']);
    }
    const named = await parseAttendeeSheet(iconv.encode(JA, 'shift_jis'), 'csv', 'shift_jis');
    expect(named.rows[0].positions[0].organization).toEqual({ ja: '東京都産業労働局' });
  });
});

describe('parseAttendeeSheet within bounds', () => {
  it('refuses more rows or columns than it reads, while reading', async () => {
    const rows = ['name_en', ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `P${i}`)].join('\n');
    const many = await rejection(parseAttendeeSheet(csv(rows), 'csv'));
    expect([many.code, many.status, many.details]).toEqual(['IMPORT_TOO_LARGE', 413, { limit: 'rows' }]);
    const wide = await rejection(parseAttendeeSheet(csv(`name_en${',x'.repeat(200)}\nA\n`), 'csv'));
    expect([wide.code, wide.details]).toEqual(['IMPORT_TOO_LARGE', { limit: 'columns' }]);
    const manyXlsx = await rejection(parseAttendeeSheet(xlsxManyRows(IMPORT_LIMITS.rows + 1000), 'xlsx'));
    expect([manyXlsx.code, manyXlsx.details]).toEqual(['IMPORT_TOO_LARGE', { limit: 'rows' }]);
    const wideXlsx = await rejection(
      parseAttendeeSheet(xlsxOf('<row r="1"><c r="A1" t="inlineStr"><is><t>name_en</t></is></c><c r="ZZ1"><v>1</v></c></row>'), 'xlsx'),
    );
    expect(wideXlsx.details).toEqual({ limit: 'columns' });
  });

  it('refuses a zip bomb by its declared size, and a forged one by what it unpacks to', async () => {
    const honest = await rejection(parseAttendeeSheet(xlsxBomb(64), 'xlsx'));
    expect([honest.code, honest.details]).toEqual(['IMPORT_TOO_LARGE', { limit: 'xlsxPartBytes' }]);
    const forged = await rejection(parseAttendeeSheet(xlsxBomb(64, { forged: true }), 'xlsx'));
    expect([forged.code, forged.details]).toEqual(['IMPORT_TOO_LARGE', { limit: 'xlsxPartBytes' }]);
  });

  it('refuses more shared strings than it reads, from the declared count or while counting', async () => {
    const sst = (declared: number, items: number) =>
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${declared}">${'<si><t>x</t></si>'.repeat(items)}</sst>`;
    const declared = await rejection(parseAttendeeSheet(xlsxOf('', sst(10_000_000, 1)), 'xlsx'));
    expect(declared.details).toEqual({ limit: 'sharedStrings' });
    const counted = await rejection(parseAttendeeSheet(xlsxOf('', sst(1, IMPORT_LIMITS.sharedStrings + 1)), 'xlsx'));
    expect(counted.details).toEqual({ limit: 'sharedStrings' });
  });

  it('reads shared strings, rich text without phonetic guides, numbers and booleans', async () => {
    const strings =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>name_ja</t></si>' +
      '<si><r><t>山田</t></r><r><t xml:space="preserve"> 太郎</t></r><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si></sst>';
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>protocol_order</t></is></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>2.0</v></c><c r="C3" t="b"><v>1</v></c></row>';
    const { rows } = await parseAttendeeSheet(xlsxOf(sheet, strings), 'xlsx');
    expect(rows.map((r) => [r.row, r.name, r.protocolOrder])).toEqual([[3, { ja: '山田 太郎' }, '2']]);
  });
});

describe('detectSheetKind', () => {
  const kind = (bytes: Buffer, name?: string, mime?: string) => {
    try {
      return detectSheetKind(bytes, name, mime);
    } catch (e) {
      return (e as AppException).code;
    }
  };
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]);

  it('tells CSV from XLSX by name, type and first bytes', () => {
    expect(kind(csv('name\nx'), 'list.csv', 'text/csv')).toBe('csv');
    expect(kind(csv('name\nx'), 'list.csv', 'application/vnd.ms-excel')).toBe('csv');
    expect(kind(csv('name\nx'), undefined, 'application/octet-stream')).toBe('csv');
    expect(kind(zip, 'list.xlsx', 'application/octet-stream')).toBe('xlsx');
    expect(kind(zip, 'list.csv', 'text/csv')).toBe('xlsx');
  });

  it('refuses what is not a spreadsheet list', () => {
    expect(kind(zip, 'minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(kind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'photo.png', 'image/png')).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(kind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls', 'application/vnd.ms-excel')).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(kind(csv('name\nx'), 'list.xlsx')).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(kind(csv('{"a":1}'), 'data.json', 'application/json')).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(kind(Buffer.from([1, 0, 2, 3]), 'list.csv', 'text/csv')).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(kind(Buffer.alloc(0), 'list.csv', 'text/csv')).toBe('VALIDATION_FAILED');
  });
});
