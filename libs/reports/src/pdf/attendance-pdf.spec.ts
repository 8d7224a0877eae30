import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from '../attendance-row.js';
import { collect, demoHeader, demoRows, fromArray, generateRows, summarize, syntheticRow } from '../testing/rows.fixture.js';
import { renderAttendancePdf } from './attendance-pdf.js';
import { renderSignInSheetPdf } from './sign-in-sheet-pdf.js';

interface Extracted {
  text: string;
  pages: string[];
}

async function extract(buffer: Buffer): Promise<Extracted> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.pages.map((p) => p.text) };
  } finally {
    await parser.destroy();
  }
}

/** pdf text extraction may put spaces between CJK glyphs; compare without them */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('renderAttendancePdf', () => {
  it('renders Japanese names, the header, totals and "1 / 2 ページ" in a Japanese report', async () => {
    const rows = demoRows('ja');
    let opened = 0;
    const factory = () => {
      opened++;
      return fromArray(rows);
    };
    const buffer = await collect((out) => renderAttendancePdf(demoHeader('ja'), summarize(rows), factory, out));
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(opened).toBe(2); // layout pass, drawing pass
    const { text, pages } = await extract(buffer);
    const flat = squash(text);
    for (const name of ['宋軍継', '孫海生', '黄克強', '陳嘉賢']) expect(flat).toContain(name);
    expect(flat).toContain('魯港科学技術革新協力交流会');
    expect(flat).toContain('出席者名簿');
    expect(flat).toContain('2024年3月25日09:30–11:30（北京時間）');
    expect(flat).toContain('上海協力機構モデル区国際会議センター（青島）');
    expect(flat).toContain('合計10');
    expect(flat).toContain('欠席1');
    expect(flat).toContain('約100名');
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/1 \/ 2 ページ/);
  });

  it('renders simplified Chinese names in a Chinese report', async () => {
    const rows = demoRows('zh');
    const buffer = await collect((out) => renderAttendancePdf(demoHeader('zh'), summarize(rows), () => fromArray(rows), out));
    const flat = squash((await extract(buffer)).text);
    for (const name of ['宋军继', '孙海生', '黄克强']) expect(flat).toContain(name);
    expect(flat).toContain('合计10');
    expect(flat).toContain('30余人');
  });

  it('falls back to the other CJK font for characters the report font lacks', async () => {
    // a Japanese report whose participant group text had only a simplified Chinese version
    const rows = demoRows('ja');
    const buffer = await collect((out) => renderAttendancePdf(demoHeader('ja'), summarize(rows), () => fromArray(rows), out));
    expect(squash((await extract(buffer)).text)).toContain('山东省有关部门和企业代表');
  });

  it('repeats the header row on every page of a 300-row report and numbers pages n / N', async () => {
    const buffer = await collect((out) => renderAttendancePdf(demoHeader('zh'), summarize([]), () => generateRows(300), out));
    const { pages } = await extract(buffer);
    const total = pages.length;
    expect(total).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`第 ${i + 1} 页 共 ${total} 页`);
      if (i < total - 1) expect(squash(page)).toContain('序号姓名职务单位身份所属方状态签到时间');
    });
    expect(squash(pages.join(''))).toContain(syntheticRow(299).name);
    // no empty page at the end
    expect(squash(pages[total - 1]).length).toBeGreaterThan(20);
  });

  it('prints a line when no attendee matches', async () => {
    const buffer = await collect((out) =>
      renderAttendancePdf(demoHeader('en', { filterNote: 'Side: Hong Kong' }), summarize([]), () => fromArray([]), out),
    );
    const { text, pages } = await extract(buffer);
    expect(text).toContain('No attendees match.');
    expect(text).toContain('Side: Hong Kong');
    expect(pages).toHaveLength(1);
  });

  it('keeps a cell with a very long text inside its row', async () => {
    const long: AttendanceRow = {
      ...demoRows('en')[2],
      positions: Array.from({ length: 8 }, (_, i) => `Position number ${i + 1} of a long list`),
    };
    const buffer = await collect((out) => renderAttendancePdf(demoHeader('en'), summarize([long]), () => fromArray([long]), out));
    const { text } = await extract(buffer);
    // the last line of the tallest cell is drawn, not clipped
    expect(squash(text)).toContain('Positionnumber8ofalonglist');
  });
});

describe('renderSignInSheetPdf', () => {
  it('prints the signature column and every attendee in protocol order', async () => {
    const buffer = await collect((out) =>
      renderSignInSheetPdf(demoHeader('ja'), () => fromArray(demoRows('ja')), out, { groupBy: 'protocol' }),
    );
    const flat = squash((await extract(buffer)).text);
    expect(flat).toContain('受付署名簿');
    expect(flat).toContain('順氏名所属機関・役職署名');
    expect(flat.indexOf('宋軍継')).toBeLessThan(flat.indexOf('李虎成'));
  });

  it('opens each organization with a heading and repeats it on the next page', async () => {
    const buffer = await collect((out) =>
      renderSignInSheetPdf(demoHeader('zh'), () => generateRows(60, 20), out, { groupBy: 'organization' }),
    );
    const { pages } = await extract(buffer);
    expect(pages.length).toBeGreaterThan(1);
    const flat = squash(pages.join(''));
    expect(flat).toContain(syntheticRow(0, 20).organization);
    expect(flat).toContain(syntheticRow(20, 20).organization);
    // a group that runs over a page break is announced again on the new page
    expect(squash(pages[1])).toMatch(/（续）/);
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`));
  });
});

describe('the sign-in sheet of a large event', () => {
  it('prints five-digit row numbers on one line', async () => {
    const numbered = async function* () {
      for await (const row of generateRows(30)) yield { ...row, order: row.order + 12000 };
    };
    const buffer = await collect((out) => renderSignInSheetPdf(demoHeader('en'), numbered, out, { groupBy: 'protocol', rowCount: 12030 }));
    const { text } = await extract(buffer);
    for (const n of [12001, 12015, 12030]) expect(text).toMatch(new RegExp(`(^|\\s)${n}(\\s|$)`));
  });
});
