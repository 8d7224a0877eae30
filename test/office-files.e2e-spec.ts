import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

/**
 * The files an office files, read back: orderings, recorded check-in times of a past event in every format,
 * language fallback made visible (or refused), PDF layout, XLSX page set-up, CSV encodings and file names.
 */
let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let official: Session;
let eventId: string;

const api = (path: string) => `/api/v1${path}`;
const binary = (res: { on: (e: string, cb: (c?: Buffer) => void) => void }, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c as Buffer));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const download = async (session: Session, path: string) => {
  const res = await ctx
    .http()
    .get(api(`/events/${eventId}${path}`))
    .set(session.auth)
    .buffer(true)
    .parse(binary);
  expect(res.status, `${path}: ${String(res.body)}`).toBe(200);
  return { body: res.body as Buffer, headers: res.headers as Record<string, string> };
};

/** Known orders of six surnames (one per person), by stroke count, pinyin and 五十音 reading. */
const PEOPLE = [
  { zh: '黄明', en: 'Huang Ming', reading: 'こう めい', strokes: 11 },
  { zh: '丁一', en: 'Ding Yi', reading: 'てい いち', strokes: 2 },
  { zh: '赵强', en: 'Zhao Qiang', reading: 'ちょう きょう', strokes: 9 },
  { zh: '王芳', en: 'Wang Fang', reading: 'おう ほう', strokes: 4 },
  { zh: '李华', en: 'Li Hua', reading: 'り か', strokes: 7 },
  { zh: '刘伟', en: 'Liu Wei', reading: 'りゅう い', strokes: 6 },
];
const STROKE = ['丁一', '王芳', '刘伟', '李华', '赵强', '黄明'];
const PINYIN = ['丁一', '黄明', '李华', '刘伟', '王芳', '赵强'];
const GOJUON = ['王芳', '黄明', '赵强', '丁一', '李华', '刘伟']; // おう こう ちょう てい り りゅう
const ARRIVED = '2024-03-25T08:47:00+08:00';

interface PdfItem {
  str: string;
  x: number;
  y: number;
}

/** Every text item of every page with its position (points from the bottom left). */
async function pdfPages(buffer: Buffer): Promise<PdfItem[][]> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item)
        .map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5] })),
    );
  }
  await doc.destroy();
  return pages;
}
const joined = (items: PdfItem[]) => items.map((i) => i.str).join('');

async function workbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

/** The names column of a sign-in sheet XLSX, top to bottom: the rows numbered in the first column. */
function signInNames(sheet: ExcelJS.Worksheet): string[] {
  const names: string[] = [];
  sheet.eachRow((row) => {
    if (typeof row.getCell(1).value === 'number') names.push(row.getCell(2).text);
  });
  return names;
}

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Files office');
  official = await ctx.newMember(owner, 'official');
  const host = await f.organization(owner, {
    name: { zh: '山东省科学技术厅', ja: '山東省科学技術庁', en: 'Shandong Department of Science and Technology' },
  });
  const orgs = [
    await f.organization(owner, { name: { zh: '青岛市科技局', ja: '青島市科学技術局', en: 'Qingdao Science and Technology Bureau' } }),
    await f.organization(owner, { name: { zh: '山东大学', ja: '山東大学', en: 'Shandong University' }, kind: 'university' }),
  ];
  const event = await f.event(owner, {
    title: { zh: '鲁港科技合作交流会', ja: '魯港科学技術交流会', en: 'Shandong–Hong Kong Cooperation Meeting' },
    endsAt: '2024-03-25T12:00:00+08:00',
    status: 'held',
    hostIds: [host.id],
  });
  eventId = event.id;
  const ids: string[] = [];
  for (const [i, p] of PEOPLE.entries()) {
    const person = await f.person(owner, {
      name: { zh: p.zh, ja: p.zh, en: p.en },
      reading: p.reading,
      protocolRank: 100 - i,
      positions: [
        {
          // Li Hua has no English title: the English report falls back to Chinese and says so
          title: p.zh === '李华' ? { zh: '处长' } : { zh: '处长', ja: '処長', en: 'Division Director' },
          organizationId: orgs[i % 2].id,
        },
      ],
    });
    ids.push((await f.attend(owner, eventId, person.id, { role: 'guest', side: i % 2 ? 'hongkong' : 'shandong' })).id);
  }
  const smith = await f.person(owner, { name: { en: 'John Smith' }, protocolRank: 1 });
  await f.attend(owner, eventId, smith.id, { role: 'guest' });
  // the sign-in sheet of the past event, entered afterwards with the times on it
  const bulk = await ctx
    .http()
    .post(api(`/events/${eventId}/attendees/check-ins`))
    .set(owner.auth)
    .send({ items: ids.map((attendeeId, i) => ({ attendeeId, checkedInAt: i === 0 ? ARRIVED : `2024-03-25T09:0${i}:00+08:00` })) });
  expect(bulk.status, JSON.stringify(bulk.body)).toBe(200);
  expect(bulk.body.items).toHaveLength(PEOPLE.length);
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

describe('people: name readings', () => {
  it('keeps a kana reading and refuses anything else', async () => {
    const ok = await f.person(owner, { name: { ja: '山田太郎' }, reading: 'やまだ たろう' });
    expect(ok.reading).toBe('やまだ たろう');
    const bad = await ctx
      .http()
      .post(api('/people'))
      .set(owner.auth)
      .send({ name: { ja: '山田' }, reading: 'Yamada' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.body.details)).toContain('reading');
  });
});

describe('bulk check-in', () => {
  it('refuses a time in the future or far from the event, naming the item, and writes nothing', async () => {
    const person = await f.person(owner, { name: { zh: '钱七' } });
    const attendee = await f.attend(owner, eventId, person.id, {});
    for (const checkedInAt of ['2999-01-01T09:00:00+08:00', '2024-04-25T09:00:00+08:00', undefined]) {
      const res = await ctx
        .http()
        .post(api(`/events/${eventId}/attendees/check-ins`))
        .set(owner.auth)
        .send({ items: [{ attendeeId: attendee.id, checkedInAt }] });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('items.0.checkedInAt');
    }
    const after = await ctx
      .http()
      .get(api(`/events/${eventId}/attendees/${attendee.id}`))
      .set(owner.auth);
    expect(after.body.checkedInAt).toBeNull();
    await ctx
      .http()
      .delete(api(`/events/${eventId}/attendees/${attendee.id}`))
      .set(owner.auth)
      .expect(204);
    const official403 = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/check-ins`))
      .set(official.auth)
      .send({ items: [{ attendeeId: attendee.id, checkedInAt: ARRIVED }] });
    expect(official403.status).toBe(403);
  });
});

describe('orderings', () => {
  const sheetNames = async (query: string) =>
    signInNames((await workbook((await download(official, `/reports/sign-in-sheet?format=xlsx&lang=zh&${query}`)).body)).worksheets[0]);

  it('lists people in surname stroke order, pinyin and 五十音 order, numbered continuously', async () => {
    const stroke = await sheetNames('order=stroke');
    expect(stroke.filter((n) => STROKE.includes(n))).toEqual(STROKE);
    expect(PEOPLE.map((p) => p.strokes).sort((a, b) => a - b)).toEqual(STROKE.map((n) => PEOPLE.find((p) => p.zh === n)!.strokes));
    expect((await sheetNames('order=pinyin')).filter((n) => PINYIN.includes(n))).toEqual(PINYIN);
    expect((await sheetNames('order=gojuon')).filter((n) => GOJUON.includes(n))).toEqual(GOJUON);
    // protocol order: John Smith (rank 1) first, then by rank; his name has no Chinese text, so it is marked
    expect((await sheetNames('order=protocol'))[0]).toBe('John Smith *');

    const book = await workbook((await download(official, '/reports/sign-in-sheet?format=xlsx&lang=zh&order=stroke')).body);
    const numbers: number[] = [];
    book.worksheets[0].eachRow((row) => typeof row.getCell(1).value === 'number' && numbers.push(row.getCell(1).value as number));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('orders English names by family name: the first word of a Chinese name, the last of a Western one', async () => {
    const res = await download(official, '/reports/attendance?format=csv&lang=en&order=family');
    const names = res.body
      .toString('utf8')
      .slice(1)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    expect(names).toEqual(['Ding Yi', 'Huang Ming', 'Li Hua', 'Liu Wei', 'John Smith', 'Wang Fang', 'Zhao Qiang']);
  });

  it('groups organizations in the same order as the people, 序号 running on across groups', async () => {
    const book = await workbook(
      (await download(official, '/reports/sign-in-sheet?format=xlsx&lang=zh&groupBy=organization&order=stroke')).body,
    );
    const sheet = book.worksheets[0];
    const headings: string[] = [];
    const numbers: number[] = [];
    sheet.eachRow((row) => {
      const first = row.getCell(1);
      if (first.isMerged && first.font?.bold && row.number > 7 && typeof first.value === 'string') headings.push(first.value);
      if (typeof first.value === 'number') numbers.push(first.value);
    });
    // 山 (3 strokes) before 青 (8); no organization last
    expect(headings.slice(0, 3)).toEqual(['山东大学', '青岛市科技局', '无单位']);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('refuses an unknown order', async () => {
    const res = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/sign-in-sheet?order=alphabetical`))
      .set(official.auth);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('a past event’s check-in time in every format', () => {
  it('prints 08:47 Beijing time in the CSV, XLSX and PDF', async () => {
    const csv = (await download(official, '/reports/attendance?format=csv&lang=zh')).body.toString('utf8');
    expect(csv).toContain('签到时间（北京时间）');
    expect(csv).toContain('2024-03-25 08:47');

    const book = await workbook((await download(official, '/reports/attendance?format=xlsx&lang=en')).body);
    const dates: string[] = [];
    book.worksheets[0].eachRow((row) => {
      const value = row.getCell(8).value;
      if (value instanceof Date) dates.push(value.toISOString());
    });
    expect(dates).toContain('2024-03-25T08:47:00.000Z'); // the local wall clock, as a real date cell

    const pages = await pdfPages((await download(official, '/reports/attendance?format=pdf&lang=ja')).body);
    const all = pages.map(joined).join('');
    expect(all).toContain('08:47');
    expect(all).toContain('北京時間');
    // printed on one line: a single text item, not split over two lines of the cell
    expect(pages.flat().some((item) => item.str === '08:47')).toBe(true);
  });
});

describe('PDF', () => {
  it('repeats the header row on every page, numbers pages per language and sums up by status, side and kind', async () => {
    const zh = await pdfPages((await download(official, '/reports/attendance?format=pdf&lang=zh')).body);
    expect(zh.length).toBeGreaterThanOrEqual(1);
    zh.forEach((page, i) => expect(joined(page)).toContain(`第 ${i + 1} 页 共 ${zh.length} 页`));
    const zhText = zh.map(joined).join('');
    for (const word of ['应到', '实到', '未到', '按所属方', '按单位类型', '高校']) expect(zhText).toContain(word);

    const en = await pdfPages((await download(official, '/reports/attendance?format=pdf&lang=en')).body);
    expect(joined(en[0])).toContain(`Page 1 of ${en.length}`);
    const ja = await pdfPages((await download(official, '/reports/attendance?format=pdf&lang=ja')).body);
    expect(joined(ja[0])).toContain(`1 / ${ja.length} ページ`);

    // the header row: every column title on one baseline, above the first row
    const header = zh[0].filter((item) => ['序号', '姓名', '职务', '单位', '身份', '所属方', '状态'].includes(item.str));
    expect(header).toHaveLength(7);
    expect(new Set(header.map((item) => Math.round(item.y))).size).toBe(1);
  });

  it('ends the sign-in sheet with a signature block', async () => {
    const pages = await pdfPages((await download(official, '/reports/sign-in-sheet?format=pdf&lang=zh')).body);
    const last = joined(pages.at(-1)!);
    for (const label of ['制表人', '审核人', '日期']) expect(last).toContain(label);
    const en = await pdfPages((await download(official, '/reports/sign-in-sheet?format=pdf&lang=en')).body);
    expect(joined(en.at(-1)!)).toContain('Prepared by:');
  });
});

describe('language fallback', () => {
  it('marks and footnotes rows printed from another language, and names the fields in the CSV', async () => {
    const pages = await pdfPages((await download(official, '/reports/attendance?format=pdf&lang=en')).body);
    const text = pages.map(joined).join(' ');
    expect(text).toContain('Where a text has no English version');
    expect(text).toMatch(/No\. \d+/);
    expect(text).toContain('处长'); // printed, but never silently

    const csv = (await download(official, '/reports/attendance?format=csv&lang=en')).body.toString('utf8');
    const li = csv.split('\r\n').find((line) => line.includes('Li Hua'))!;
    expect(li.endsWith('positions (Chinese)')).toBe(true);
  });

  it('marks the sign-in sheet only for what it prints (not the sides), with the rule under the list', async () => {
    const book = await workbook((await download(official, '/reports/sign-in-sheet?format=xlsx&lang=zh')).body);
    const texts: string[] = [];
    book.worksheets[0].eachRow((row) => texts.push(row.getCell(1).text, row.getCell(2).text));
    expect(texts.filter((t) => t.endsWith(' *'))).toEqual(['John Smith *']);
    expect(texts.some((t) => t.startsWith('下列人员的部分信息缺少中文，按 中文 → 日文 → 英文 的顺序'))).toBe(true);
  });

  it('refuses with 422 MISSING_TRANSLATIONS listing the rows when strict', async () => {
    const res = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=pdf&lang=en&strict=true`))
      .set(official.auth);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('MISSING_TRANSLATIONS');
    expect(res.body.details.total).toBe(1);
    expect(res.body.details.rows[0]).toMatchObject({ name: 'Li Hua', fields: ['positions'] });
    // every text is there in Chinese: strict passes
    const zh = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=csv&lang=zh&strict=true`))
      .set(official.auth);
    expect(zh.status).toBe(422); // John Smith has no Chinese name
    expect(zh.body.details.rows.map((r: { name: string }) => r.name)).toEqual(['John Smith']);
  });
});

describe('XLSX', () => {
  it('is set up for A4, fit to width, with print titles, a frozen header, title and author', async () => {
    const book = await workbook((await download(official, '/reports/attendance?format=xlsx&lang=zh')).body);
    expect(book.title).toBe('鲁港科技合作交流会 — 出席人员名单');
    expect(book.creator).toBe('山东省科学技术厅');
    const [list, summary] = book.worksheets;
    let headerRow = 0;
    list.eachRow((row) => {
      if (!headerRow && row.getCell(1).value === '序号') headerRow = row.number;
    });
    expect(list.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(list.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(list.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(list.getColumn(8).width).toBeGreaterThanOrEqual(16);
    expect(typeof list.getRow(headerRow + 1).getCell(1).value).toBe('number');
    // the summary: numbers as numbers, label cells wrapped
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    let present: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (!present && row.getCell(1).value === '实到') present = row;
    });
    expect(present!.getCell(2).value).toBe(6);
    expect(present!.getCell(1).alignment?.wrapText).toBe(true);

    const sheet = await workbook((await download(official, '/reports/sign-in-sheet?format=xlsx&lang=ja')).body);
    expect(sheet.worksheets[0].pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  });
});

describe('CSV encodings and file names', () => {
  it('writes UTF-8 with a BOM by default, GB18030 and Shift_JIS without one on request', async () => {
    const utf8 = await download(official, '/reports/attendance?format=csv&lang=zh');
    expect([...utf8.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.headers['content-type']).toBe('text/csv; charset=utf-8');

    const gb = await download(official, '/reports/attendance?format=csv&lang=zh&encoding=gb18030');
    expect(gb.headers['content-type']).toBe('text/csv; charset=gb18030');
    expect([...gb.body.subarray(0, 4)]).toEqual([0xd0, 0xf2, 0xba, 0xc5]); // 序号
    expect(iconv.decode(gb.body, 'gb18030')).toContain('2024-03-25 08:47');

    const sjis = await download(official, '/reports/attendance?format=csv&lang=ja&encoding=shift_jis');
    expect(sjis.headers['content-type']).toBe('text/csv; charset=shift_jis');
    expect([...sjis.body.subarray(0, 2)]).toEqual([0x8f, 0x87]); // 順

    const bad = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=csv&encoding=latin1`))
      .set(official.auth);
    expect(bad.status).toBe(400);
  });

  it('names reports and writeups after the date and the title in their language (RFC 6266 filename*)', async () => {
    const zh = await download(official, '/reports/attendance?format=pdf&lang=zh');
    expect(zh.headers['content-disposition']).toBe(
      `attachment; filename=2024-03-25_attendance.pdf; filename*=UTF-8''2024-03-25_${encodeURIComponent('鲁港科技合作交流会')}_attendance.pdf`,
    );
    const ja = await download(official, '/writeup/file?lang=ja&format=docx');
    expect(ja.headers['content-disposition']).toBe(
      `attachment; filename=2024-03-25_writeup-ja.docx; filename*=UTF-8''2024-03-25_${encodeURIComponent('魯港科学技術交流会')}_writeup-ja.docx`,
    );
    const en = await download(official, '/writeup/file?lang=en&format=docx');
    expect(en.headers['content-disposition']).toBe(
      'attachment; filename=2024-03-25_Shandong-Hong_Kong_Cooperation_Meeting_writeup-en.docx; ' +
        "filename*=UTF-8''2024-03-25_Shandong%E2%80%93Hong_Kong_Cooperation_Meeting_writeup-en.docx",
    );
    // the Word file has page numbers in its footer
    const zip = await JSZip.loadAsync(en.body);
    const footer = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    expect(await zip.file(footer)!.async('string')).toContain('NUMPAGES');
  });
});
