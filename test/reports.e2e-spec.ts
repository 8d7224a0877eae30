import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OutputRegistry } from '../libs/reports/src/index.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

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

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Reports office');
  official = await ctx.newMember(owner, 'official');
  const gov = await f.organization(owner, {
    kind: 'government',
    name: { zh: '山东省人民政府', ja: '山東省人民政府', en: 'Shandong Provincial Government' },
    shortName: { zh: '山东省', ja: '山東省', en: 'Shandong Province' },
  });
  const hk = await f.organization(owner, {
    kind: 'statutory_body',
    region: 'Hong Kong',
    name: { zh: '香港科技园公司', ja: '香港サイエンスパーク公社', en: 'HKSTP' },
  });
  const event = await f.event(owner, {
    title: { zh: '鲁港科技创新合作交流会', ja: '魯港交流会', en: 'Shandong-Hong Kong meeting' },
    venue: { zh: '上合示范区', en: 'SCO zone' },
    city: { zh: '青岛', en: 'Qingdao' },
  });
  eventId = event.id;
  const song = await f.person(owner, {
    name: { zh: '宋军继', ja: '宋軍継', en: 'Song Junji' },
    protocolRank: 1,
    positions: [{ title: { zh: '副省长', ja: '副省長', en: 'Vice Governor' }, organizationId: gov.id }],
  });
  const wong = await f.person(owner, {
    name: { zh: '黄克强', ja: '黄克強', en: 'Albert Wong' },
    protocolRank: 2,
    positions: [{ title: { zh: '行政总裁', en: 'CEO' }, organizationId: hk.id }],
  });
  const evil = await f.person(owner, { name: { en: '=HYPERLINK("http://x")', zh: '=HYPERLINK("http://x")' }, protocolRank: 9 });
  const a = await f.attend(owner, eventId, song.id, { role: 'speaker', side: 'shandong' });
  await f.attend(owner, eventId, wong.id, { role: 'speaker', side: 'hongkong', status: 'absent' });
  await f.attend(owner, eventId, evil.id, { role: 'participant' });
  await f.checkIn(owner, eventId, a.id, '2024-03-25T08:50:00+08:00');
  await f.post(owner, `/events/${eventId}/participant-groups`, {
    category: { zh: '企业代表', en: 'company representatives' },
    count: 200,
    qualifier: 'over',
  });
});
afterAll(async () => {
  await ctx?.close();
});

describe('attendance reports', () => {
  it('downloads a CSV with BOM, rows in protocol order, and neutralised formulas (official role)', async () => {
    const res = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=csv&lang=zh`))
      .set(official.auth)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=2024-03-25_attendance\.csv; filename\*=UTF-8''2024-03-25_/);
    expect(decodeURIComponent(res.headers['content-disposition'].split("''")[1])).toContain('鲁港科技创新合作交流会');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^1,宋军继,山东省副省长,山东省人民政府,/);
    // the sides have English names only: the last column says so
    expect(lines[1]).toMatch(/,2024-03-25 08:50,所属方（英文）$/);
    expect(lines[2]).toMatch(/^2,黄克强,/);
    expect(lines[3]).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('filters by status, side and role', async () => {
    const absent = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=csv&status=absent`))
      .set(official.auth)
      .buffer(true)
      .parse(binary);
    const rows = (absent.body as Buffer).toString('utf8').trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('黄克强');
    const side = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=csv&side=shandong&role=speaker`))
      .set(official.auth)
      .buffer(true)
      .parse(binary);
    expect((side.body as Buffer).toString('utf8').trim().split('\r\n').slice(1)).toHaveLength(1);
  });

  it('builds an XLSX with a frozen header, real check-in dates and a summary sheet', async () => {
    const res = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=xlsx&lang=en`))
      .set(official.auth)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const [attendees, summary] = wb.worksheets;
    const values = attendees.getSheetValues().flat().map(String);
    expect(values).toContain('Song Junji');
    expect(attendees.views[0]).toMatchObject({ state: 'frozen' });
    let dateCell: unknown;
    attendees.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) dateCell = cell.value;
      }),
    );
    expect(dateCell).toBeInstanceOf(Date);
    const summaryText = summary.getSheetValues().flat().map(String).join('|');
    expect(summaryText).toMatch(/Checked in\|1/i);
    expect(summaryText).toContain('company representatives');
  });

  it('renders a PDF with the CJK names, totals and page numbers', async () => {
    const res = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/attendance?format=pdf&lang=zh`))
      .set(official.auth)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.body as Buffer);
    expect(text).toContain('宋军继');
    expect(text).toContain('黄克强');
    expect(text.replace(/\s+/g, '')).toContain('第1页共1页');
    expect(text).toMatch(/3/);
  });

  it('renders the sign-in sheet in PDF and XLSX, grouped by organization', async () => {
    const pdf = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/sign-in-sheet?format=pdf&lang=ja`))
      .set(official.auth)
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(200);
    expect(await pdfText(pdf.body as Buffer)).toContain('宋軍継');
    const xlsx = await ctx
      .http()
      .get(api(`/events/${eventId}/reports/sign-in-sheet?format=xlsx&groupBy=organization&lang=en`))
      .set(official.auth)
      .buffer(true)
      .parse(binary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    expect(wb.worksheets[0].getSheetValues().flat().map(String)).toContain('Albert Wong');
  });

  it('refuses unknown formats, other workspaces and missing credentials', async () => {
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}/reports/attendance?format=docx`))
          .set(official.auth)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}/reports/sign-in-sheet?format=csv`))
          .set(official.auth)
      ).status,
    ).toBe(400);
    const stranger = await ctx.newWorkspace('Other');
    const foreignLink = await ctx
      .http()
      .post(api(`/events/${eventId}/reports/links`))
      .set(stranger.auth)
      .send({ report: 'attendance', format: 'csv' });
    expect(foreignLink.status).toBe(404);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}/reports/attendance?format=csv`))
          .set(stranger.auth)
      ).status,
    ).toBe(404);
    expect((await ctx.http().get(api(`/events/${eventId}/reports/attendance?format=csv`))).status).toBe(401);
  });
});

describe('an aborted download', () => {
  it('ends its transaction and gives the connection back', async () => {
    const { default: pg } = await import('pg');
    const { inject } = await import('vitest');
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      const [{ workspace_id }] = (await db.query('SELECT workspace_id FROM events WHERE id = $1', [eventId])).rows;
      const big = (
        await db.query(
          `INSERT INTO events (workspace_id, title, kind, status, starts_at, time_zone) VALUES ($1, '{"en":"Big"}', 'conference', 'held', now(), 'Asia/Shanghai') RETURNING id`,
          [workspace_id],
        )
      ).rows[0].id;
      await db.query(
        `WITH p AS (INSERT INTO people (workspace_id, name) SELECT $1, jsonb_build_object('en', 'P' || g) FROM generate_series(1, 3000) g RETURNING id)
         INSERT INTO attendances (workspace_id, event_id, person_id, role) SELECT $1, $2, id, 'participant' FROM p`,
        [workspace_id, big],
      );
      // Read the first bytes of a large PDF over a real socket, then drop the connection.
      const server = ctx.app.getHttpServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      const { request } = await import('node:http');
      await new Promise<void>((resolve, reject) => {
        const req = request(
          {
            port,
            host: '127.0.0.1',
            path: `/api/v1/events/${big}/reports/attendance?format=pdf&lang=en`,
            headers: owner.auth,
            agent: false,
          },
          (res) => {
            expect(res.statusCode).toBe(200);
            res.once('data', () => {
              req.destroy();
              resolve();
            });
          },
        );
        req.on('error', (err) => (req.destroyed ? resolve() : reject(err)));
        req.end();
      });
      let open = 1;
      for (let i = 0; i < 50 && open > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        open =
          (
            await db.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'FETCH%' AND state <> 'idle'`,
            )
          ).rows[0].n +
          (
            await db.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
            )
          ).rows[0].n;
      }
      expect(open).toBe(0);
    } finally {
      await db.end();
    }
  });
});

describe('signed download links', () => {
  it('opens without an Authorization header, and refuses tampered and expired links', async () => {
    const link = await ctx
      .http()
      .post(api(`/events/${eventId}/reports/links`))
      .set(official.auth)
      .send({ report: 'attendance', format: 'csv', lang: 'en' });
    expect(link.status).toBe(201);
    // without PUBLIC_BASE_URL the link is relative to the API's origin
    expect(link.body.url).toMatch(/^\/api\/v1\/downloads\//);
    const path = link.body.url as string;
    const ok = await ctx.http().get(path).buffer(true).parse(binary);
    expect(ok.status).toBe(200);
    expect((ok.body as Buffer).toString('utf8')).toContain('Song Junji');

    const token = path.split('/').pop()!;
    const [payload, signature] = token.split('.');
    const grant = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...grant, exp: grant.exp + 3600 })).toString('base64url');
    const tampered = await ctx.http().get(`/api/v1/downloads/${forged}.${signature}`);
    expect(tampered.status).toBe(403);
    expect(tampered.body.code).toBe('LINK_INVALID');

    const { createDownloadToken } = await import('../libs/reports/src/http/download-links.js');
    const expired = createDownloadToken({ ...grant, exp: Math.floor(Date.now() / 1000) - 1 }, process.env.JWT_SECRET!);
    const gone = await ctx.http().get(`/api/v1/downloads/${expired}`);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('LINK_EXPIRED');
  });
});

describe('the outputs list', () => {
  interface Item {
    kind: string;
    lang: string;
    lastDownloadedAt: string | null;
    changedSinceDownload: boolean;
  }
  const listed = async (kind: string) =>
    (
      (
        await ctx
          .http()
          .get(api(`/events/${eventId}/outputs`))
          .set(official.auth)
      ).body.items as Item[]
    )
      .filter((i) => i.kind === kind)
      .map((i) => [i.lang, i.lastDownloadedAt !== null, i.changedSinceDownload]);

  it("works out an attendance list's fingerprint once for every language, and tells each language changed", async () => {
    for (const lang of ['zh', 'ja', 'en']) {
      for (const report of ['attendance', 'sign-in-sheet'])
        await ctx
          .http()
          .get(api(`/events/${eventId}/reports/${report}?format=pdf&lang=${lang}`))
          .set(official.auth)
          .buffer(true)
          .parse(binary)
          .expect(200);
    }
    const registry = ctx.app.get(OutputRegistry);
    const report = vi.spyOn(registry.get('attendance-report')!, 'fingerprint');
    const sheet = vi.spyOn(registry.get('sign-in-sheet')!, 'fingerprint');
    try {
      const unchanged = [
        ['zh', true, false],
        ['ja', true, false],
        ['en', true, false],
      ];
      expect(await listed('attendance-report')).toEqual(unchanged);
      expect(await listed('sign-in-sheet')).toEqual(unchanged);
      expect(report).toHaveBeenCalledTimes(2);
      expect(sheet).toHaveBeenCalledTimes(2);

      // a check-in changes the report in every language, not the sign-in sheet (it prints no check-ins)
      const [participant] = (
        await ctx
          .http()
          .get(api(`/events/${eventId}/attendees?role=participant`))
          .set(owner.auth)
      ).body.items as { id: string }[];
      await f.checkIn(owner, eventId, participant.id, '2024-03-25T09:05:00+08:00');
      expect(await listed('attendance-report')).toEqual(unchanged.map(([lang]) => [lang, true, true]));
      expect(await listed('sign-in-sheet')).toEqual(unchanged);
      expect(report).toHaveBeenCalledTimes(4);
    } finally {
      report.mockRestore();
      sheet.mockRestore();
    }
  });
});
