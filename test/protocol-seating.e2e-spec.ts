import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let organizer: Session;
let official: Session;
let other: Session;

const api = (path: string) => `/api/v1${path}`;
const HOUR = 3_600_000;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ owner, organizer, official, other } = await registerSessions(ctx, 'Protocol office'));
});
afterAll(async () => {
  await ctx?.close();
});

interface Seat {
  seat: number;
  rank: number;
  pinned: boolean;
  attendee: { id: string; name: { zh?: string; en?: string } } | null;
}
interface Plan {
  id: string;
  viewpoint: string;
  blocks: { block: number; kind: string; seats: Seat[] }[];
  unseated: string[];
}

/** The Chinese names of a block's seats, by seat number (as seen from the audience for rows). */
const names = (plan: Plan, block = 1) => plan.blocks.find((b) => b.block === block)!.seats.map((s) => s.attendee?.name.zh ?? null);

const LEADERS = ['一号', '二号', '三号', '四号', '五号', '六号', '七号', '八号', '九号'];

/** An ongoing event with attendees ranked 1…n (zh names 一号…), each with a title, on the given sides. */
async function eventWith(n: number, sides: (string | null)[] = []) {
  const event = await f.event(organizer, {
    status: 'scheduled',
    startsAt: new Date(Date.now() - HOUR).toISOString(),
    endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
  });
  const attendees = [];
  for (let i = 0; i < n; i++) {
    const person = await f.person(organizer, {
      name: { zh: LEADERS[i] ?? `第${i + 1}位`, en: `Leader ${i + 1}`, ja: LEADERS[i] ?? `第${i + 1}位` },
      protocolRank: i + 1,
      positions: [{ title: { zh: `职务${i + 1}`, en: `Title ${i + 1}`, ja: `役職${i + 1}` } }],
    });
    attendees.push(await f.attend(organizer, event.id, person.id, sides[i] ? { side: sides[i] } : {}));
  }
  return { event, attendees };
}

const createPlan = (s: Session, eventId: string, body: object) =>
  ctx
    .http()
    .post(api(`/events/${eventId}/seating-plans`))
    .set(s.auth)
    .send(body);

describe('seating plans', () => {
  it('seats a head table of 7 by cn-domestic: 7 5 3 1 2 4 6 from the audience; officials read, cannot write', async () => {
    const { event } = await eventWith(9);
    const res = await createPlan(organizer, event.id, { name: { zh: '主席台' }, kind: 'head-table', convention: 'cn-domestic', rows: [7] });
    expect(res.status).toBe(201);
    expect(res.body.viewpoint).toBe('audience');
    expect(names(res.body)).toEqual(['七号', '五号', '三号', '一号', '二号', '四号', '六号']);
    expect(res.body.unseated).toHaveLength(2);
    expect(res.body.blocks[0].seats[3]).toMatchObject({ seat: 4, rank: 1, pinned: false, attendee: { title: { zh: '职务1' } } });

    const read = await ctx
      .http()
      .get(api(`/events/${event.id}/seating-plans/${res.body.id}`))
      .set(official.auth);
    expect(read.status).toBe(200);
    expect(names(read.body)).toEqual(names(res.body));
    const list = await ctx
      .http()
      .get(api(`/events/${event.id}/seating-plans`))
      .set(official.auth);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: res.body.id, name: { zh: '主席台' } }] });

    const denied = await createPlan(official, event.id, { name: { zh: 'x' }, kind: 'head-table', convention: 'western', rows: [3] });
    expect(denied.status).toBe(403);
    const foreign = await ctx
      .http()
      .get(api(`/events/${event.id}/seating-plans/${res.body.id}`))
      .set(other.auth);
    expect(foreign.status).toBe(404);
  });

  it('seats a head table of 8: Nos. 1 and 2 the centre pair, No. 2 at No. 1’s left (cn-domestic); the mirror under western', async () => {
    const { event } = await eventWith(8);
    const cn = await createPlan(organizer, event.id, { name: { zh: '主席台' }, kind: 'head-table', convention: 'cn-domestic', rows: [8] });
    expect(names(cn.body)).toEqual(['七号', '五号', '三号', '一号', '二号', '四号', '六号', '八号']);
    const western = await ctx
      .http()
      .patch(api(`/events/${event.id}/seating-plans/${cn.body.id}`))
      .set(organizer.auth)
      .send({ convention: 'western' });
    expect(western.status).toBe(200);
    expect(names(western.body)).toEqual(['八号', '六号', '四号', '二号', '一号', '三号', '五号', '七号']);
  });

  it('keeps a pinned seat across re-runs and protocol changes; unpinning frees it', async () => {
    const { event, attendees } = await eventWith(5);
    const plan = (
      await createPlan(organizer, event.id, { name: { zh: '主席台' }, kind: 'head-table', convention: 'cn-domestic', rows: [5] })
    ).body as Plan;
    expect(names(plan)).toEqual(['五号', '三号', '一号', '二号', '四号']);
    const pinned = await ctx
      .http()
      .put(api(`/events/${event.id}/seating-plans/${plan.id}/pins`))
      .set(organizer.auth)
      .send({ block: 1, seat: 1, attendeeId: attendees[1].id });
    expect(pinned.status).toBe(200);
    expect(names(pinned.body)).toEqual(['二号', '四号', '一号', '三号', '五号']);
    expect(pinned.body.blocks[0].seats[0].pinned).toBe(true);

    // No. 5 moves up to first place; the run keeps the pin and seats the rest by the new order
    const moved = await ctx
      .http()
      .patch(api(`/events/${event.id}/attendees/${attendees[4].id}`))
      .set(organizer.auth)
      .send({ protocolOrder: 1 });
    expect(moved.status).toBe(200);
    const rerun = await ctx
      .http()
      .post(api(`/events/${event.id}/seating-plans/${plan.id}/assign`))
      .set(organizer.auth);
    expect(rerun.status).toBe(200);
    expect(names(rerun.body)).toEqual(['二号', '三号', '五号', '一号', '四号']);

    const unpinned = await ctx
      .http()
      .delete(api(`/events/${event.id}/seating-plans/${plan.id}/pins`))
      .query({ block: 1, seat: 1 })
      .set(organizer.auth);
    expect(unpinned.status).toBe(200);
    expect(names(unpinned.body)).toEqual(['四号', '二号', '五号', '一号', '三号']);
  });

  it('a signing ceremony: the guest’s signatory on the audience’s left, witnesses behind their own side', async () => {
    const { event } = await eventWith(6, ['hongkong', 'shandong', 'hongkong', 'shandong', 'hongkong', 'shandong']);
    const res = await createPlan(organizer, event.id, {
      name: { zh: '签约台' },
      kind: 'signing',
      convention: 'signing',
      witnesses: 4,
      hostSide: 'shandong',
    });
    expect(res.status).toBe(201);
    expect(res.body.blocks.map((b: { kind: string }) => b.kind)).toEqual(['signing-table', 'witnesses']);
    // guests: 一号 三号 五号 (hongkong); hosts: 二号 四号 六号 (shandong)
    expect(names(res.body, 1)).toEqual(['一号', '二号']);
    expect(names(res.body, 2)).toEqual(['五号', '三号', '四号', '六号']);
  });

  it('two banquet tables: table 1 takes the top of the order, the guest of honour at the host’s right', async () => {
    const { event } = await eventWith(9, [
      'shandong',
      'hongkong',
      'shandong',
      'hongkong',
      'shandong',
      'hongkong',
      'shandong',
      'hongkong',
      'shandong',
    ]);
    const res = await createPlan(organizer, event.id, {
      name: { zh: '欢迎宴会' },
      kind: 'banquet',
      convention: 'international',
      tables: [6, 4],
    });
    expect(res.status).toBe(201);
    expect(res.body.viewpoint).toBe('above');
    // hosts (shandong) 一 三 五 七 九, guests (hongkong) 二 四 六 八; table 1 clockwise from the host: seat 6 at his
    // right the guest of honour 二号, seat 2 at his left the next guest, hosts and guests alternating round the table
    expect(names(res.body, 1)).toEqual(['一号', '四号', '五号', '六号', '三号', '二号']);
    // table 2: its host seat the next host, the guest seats the next guests (none left: the next of anyone)
    expect(names(res.body, 2)).toEqual(['七号', '九号', null, '八号']);
  });

  it('refuses bad plans with field errors', async () => {
    const { event, attendees } = await eventWith(2);
    const bad = async (body: object, field: string) => {
      const res = await createPlan(organizer, event.id, {
        name: { zh: 'x' },
        kind: 'head-table',
        convention: 'cn-domestic',
        rows: [3],
        ...body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.details)).toContain(field);
    };
    await bad({ name: '主席台' }, 'name');
    await bad({ kind: 'round' }, 'kind');
    await bad({ convention: 'signing' }, 'convention');
    await bad({ rows: [] }, 'rows');
    await bad({ rows: [0] }, 'rows');
    await bad({ rows: [61] }, 'rows');
    await bad({ tables: [8] }, 'tables');
    await bad({ hostSide: 'mars' }, 'hostSide');
    const plan = (await createPlan(organizer, event.id, { name: { zh: 'x' }, kind: 'head-table', convention: 'cn-domestic', rows: [3] }))
      .body as Plan;
    const pin = (body: object) =>
      ctx
        .http()
        .put(api(`/events/${event.id}/seating-plans/${plan.id}/pins`))
        .set(organizer.auth)
        .send(body);
    expect((await pin({ block: 1, seat: 4, attendeeId: attendees[0].id })).status).toBe(400);
    expect((await pin({ block: 1, seat: 1, attendeeId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await pin({ block: 'x', seat: 1, attendeeId: attendees[0].id })).status).toBe(400);
    const unknown = await ctx
      .http()
      .get(api(`/events/${event.id}/seating-plans/00000000-0000-4000-8000-000000000000`))
      .set(official.auth);
    expect(unknown.status).toBe(404);
  });

  it('theatre rows face the stage: the rule read in the mirror; a cancelled event’s plans are read, not changed', async () => {
    const { event } = await eventWith(5);
    const res = await createPlan(organizer, event.id, { name: { en: 'Hall' }, kind: 'theatre', convention: 'cn-domestic', rows: [3, 3] });
    expect(res.status).toBe(201);
    // facing the stage No. 2 sits at No. 1's left, which is the viewer's left too
    expect(names(res.body, 1)).toEqual(['二号', '一号', '三号']);
    expect(names(res.body, 2)).toEqual(['五号', '四号', null]);
    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(organizer.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    const refused = await ctx
      .http()
      .post(api(`/events/${event.id}/seating-plans/${res.body.id}/assign`))
      .set(organizer.auth);
    expect(refused).toMatchObject({ status: 409, body: { code: 'EVENT_CANCELLED' } });
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${event.id}/seating-plans/${res.body.id}`))
          .set(official.auth)
      ).status,
    ).toBe(200);
  });

  it('is audited: creation, pins and deletion are entries of the plan', async () => {
    const { event, attendees } = await eventWith(3);
    const plan = (await createPlan(organizer, event.id, { name: { zh: '主席台' }, kind: 'head-table', convention: 'western', rows: [3] }))
      .body as Plan;
    await ctx
      .http()
      .put(api(`/events/${event.id}/seating-plans/${plan.id}/pins`))
      .set(organizer.auth)
      .send({ block: 1, seat: 2, attendeeId: attendees[2].id });
    expect(
      (
        await ctx
          .http()
          .delete(api(`/events/${event.id}/seating-plans/${plan.id}`))
          .set(organizer.auth)
      ).status,
    ).toBe(204);
    const log = await ctx.http().get(api('/audit-log')).query({ resourceId: plan.id }).set(owner.auth);
    expect(log.status).toBe(200);
    const actions = (log.body.items as { action: string; resource: { type: string } }[]).map((e) => `${e.resource.type}:${e.action}`);
    expect(actions).toEqual(expect.arrayContaining(['seating_plan:create', 'seating_plan:update', 'seating_plan:delete']));
  });
});

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

const binary = (req: ReturnType<ReturnType<TestContext['http']>['get']>) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('seating files', () => {
  it('the chart of a head table of 7 prints the names left to right as seen from the audience, with the viewpoint line', async () => {
    const { event } = await eventWith(7);
    const plan = (
      await createPlan(organizer, event.id, { name: { zh: '主席台' }, kind: 'head-table', convention: 'cn-domestic', rows: [7] })
    ).body as Plan;
    const res = await binary(
      ctx
        .http()
        .get(api(`/events/${event.id}/seating-plans/${plan.id}/chart`))
        .query({ lang: 'zh' })
        .set(official.auth),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('seating-chart-zh.pdf');
    const [page] = await pdfPages(res.body as Buffer);
    const text = page.map((i) => i.str).join('');
    expect(text).toContain('主席台座次图');
    expect(text).toContain('面向主席台（从观众席看）');
    expect(text).toContain('观众席');
    const seated = page.filter((i) => LEADERS.includes(i.str));
    const y = seated[0].y;
    expect(seated.every((i) => Math.abs(i.y - y) < 1)).toBe(true);
    expect(seated.sort((a, b) => a.x - b.x).map((i) => i.str)).toEqual(['七号', '五号', '三号', '一号', '二号', '四号', '六号']);
    expect(text).toContain('职务1');
    // each seated person's place in order of honour beside the seat number: No. 1 in the centre seat (4号)
    const rankOne = page.find((i) => i.str === '位次 1');
    const centre = page.find((i) => i.str === '一号');
    expect(rankOne && centre && Math.abs(rankOne.x - centre.x) < 60).toBe(true);
    expect(text).toContain('■ 位次：礼宾排序');

    const en = await binary(
      ctx
        .http()
        .get(api(`/events/${event.id}/seating-plans/${plan.id}/chart`))
        .query({ lang: 'en', paper: 'a3' })
        .set(official.auth),
    );
    const enText = (await pdfPages(en.body as Buffer))[0].map((i) => i.str).join(' ');
    expect(enText).toContain('As seen from the audience');
    expect(enText).toContain('Leader 1');

    const xlsx = await binary(
      ctx
        .http()
        .get(api(`/events/${event.id}/seating-plans/${plan.id}/chart`))
        .query({ format: 'xlsx', lang: 'ja' })
        .set(official.auth),
    );
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const values: string[] = [];
    book.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(cell.text)));
    expect(values.some((v) => v.includes('客席から壇上を見た配置'))).toBe(true);
    const seatRow = values.filter((v) => v.includes('番\n'));
    expect(seatRow.map((v) => v.split('\n')[1])).toEqual(['七号', '五号', '三号', '一号', '二号', '四号', '六号']);
  });

  it('the chart of a banquet marks the entrance and the view from above; of a signing table, the two signatories', async () => {
    const { event } = await eventWith(4, ['shandong', 'hongkong', 'shandong', 'hongkong']);
    const banquet = (
      await createPlan(organizer, event.id, { name: { zh: '欢迎宴会' }, kind: 'banquet', convention: 'western', tables: [4] })
    ).body as Plan;
    const b = await binary(
      ctx
        .http()
        .get(api(`/events/${event.id}/seating-plans/${banquet.id}/chart`))
        .query({ lang: 'zh' })
        .set(official.auth),
    );
    const bText = (await pdfPages(b.body as Buffer))[0].map((i) => i.str).join('');
    expect(bText).toContain('俯视图');
    expect(bText).toContain('入口');
    expect(bText).toContain('1号桌');
    const signing = (
      await createPlan(organizer, event.id, { name: { zh: '签约台' }, kind: 'signing', convention: 'signing', witnesses: 2 })
    ).body as Plan;
    const sg = await binary(
      ctx
        .http()
        .get(api(`/events/${event.id}/seating-plans/${signing.id}/chart`))
        .query({ lang: 'zh' })
        .set(official.auth),
    );
    const items = (await pdfPages(sg.body as Buffer))[0];
    const guest = items.find((i) => i.str === '客方签字人')!;
    const host = items.find((i) => i.str === '主方签字人')!;
    expect(guest.x).toBeLessThan(host.x);
    // the host side (shandong, the first side) signs for the host: 一号 on the right, 二号 on the left
    const one = items.find((i) => i.str === '一号')!;
    const two = items.find((i) => i.str === '二号')!;
    expect(two.x).toBeLessThan(one.x);
  });

  it('place cards carry each seated name on both faces, with the second language, two cards a page', async () => {
    const { event } = await eventWith(3);
    const plan = (
      await createPlan(organizer, event.id, { name: { zh: '主席台' }, kind: 'head-table', convention: 'cn-domestic', rows: [3] })
    ).body as Plan;
    const res = await binary(
      ctx
        .http()
        .get(api(`/events/${event.id}/seating-plans/${plan.id}/place-cards`))
        .query({ lang: 'zh', second: 'en' })
        .set(official.auth),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('place-cards-zh.pdf');
    const pages = await pdfPages(res.body as Buffer);
    expect(pages).toHaveLength(2);
    const all = pages.flat().map((i) => i.str);
    for (const name of ['一号', '二号', '三号']) expect(all.filter((s) => s === name)).toHaveLength(2);
    for (const name of ['Leader 1', 'Leader 2', 'Leader 3']) expect(all.filter((s) => s === name)).toHaveLength(2);
    // in seat order: seat 1 (三号) and seat 2 (一号) on the first sheet
    expect(pages[0].map((i) => i.str)).toEqual(expect.arrayContaining(['三号', '一号']));
  });
});

describe('check-in by badge code', () => {
  const scan = (s: Session, eventId: string, code: unknown) =>
    ctx
      .http()
      .post(api(`/events/${eventId}/check-in/scan`))
      .set(s.auth)
      .send({ code });

  it('a badge’s code checks its attendee in once; again it is idempotent; forged, foreign and other-event codes are refused', async () => {
    const { event, attendees } = await eventWith(2);
    const res = await binary(
      ctx
        .http()
        .get(api(`/events/${event.id}/badges`))
        .query({ lang: 'en' })
        .set(official.auth),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('badges-en.pdf');
    const items = (await pdfPages(res.body as Buffer)).flat();
    expect(items.map((i) => i.str)).toEqual(expect.arrayContaining(['Leader 1', 'Leader 2', 'Title 1']));
    const codes = items.map((i) => i.str.trim()).filter((s) => s.startsWith('B1.'));
    expect(codes).toHaveLength(2);

    const first = await scan(organizer, event.id, codes[0]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      id: attendees[0].id,
      status: 'checked_in',
      checkedInNow: true,
      person: { name: { en: 'Leader 1' } },
    });
    const again = await scan(organizer, event.id, codes[0]);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: attendees[0].id, checkedInNow: false, checkedInAt: first.body.checkedInAt });
    const summary = await ctx
      .http()
      .get(api(`/events/${event.id}/attendees/summary`))
      .set(official.auth);
    expect(summary.body).toMatchObject({ checkedIn: 1, registered: 1 });

    const forged = codes[1].slice(0, -2) + (codes[1].endsWith('AA') ? 'BB' : 'AA');
    expect(await scan(organizer, event.id, forged)).toMatchObject({ status: 422, body: { code: 'BADGE_CODE_INVALID' } });
    expect(await scan(organizer, event.id, 'not a code')).toMatchObject({ status: 422, body: { code: 'BADGE_CODE_INVALID' } });
    expect((await scan(organizer, event.id, '')).status).toBe(400);
    expect((await scan(organizer, event.id, 42)).status).toBe(400);

    const { event: otherEvent } = await eventWith(1);
    expect(await scan(organizer, otherEvent.id, codes[1])).toMatchObject({ status: 409, body: { code: 'BADGE_OTHER_EVENT' } });
    // another workspace cannot use it (its event is not theirs, nor the attendee)
    const foreignEvent = await f.event(other);
    expect(await scan(other, foreignEvent.id, codes[1])).toMatchObject({ status: 422, body: { code: 'BADGE_CODE_INVALID' } });
    // officials read badges but do not check in
    expect((await scan(official, event.id, codes[1])).status).toBe(403);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${event.id}/attendees/${attendees[1].id}`))
          .set(official.auth)
      ).body.status,
    ).toBe('registered');
  });
});
