import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../libs/core/src/index.js';
import type { Writeup } from '../libs/writeup/src/types.js';
import { buildShape, type Built } from './support/build-shape.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';
import { SHAPES } from './support/writeup-shapes.js';

/**
 * The protocol outputs joined with the register: a deputy who replaces a leader takes the leader's seat in every
 * seating plan and appears on every output (seating chart, place cards, badges, script, sign-in sheet, attendance
 * report, writeup); `GET /events/{id}/outputs` lists each of them as changed after the replacement and unchanged once
 * downloaded again; a changed protocol order shows on an automatically seated plan the next time it is read.
 */

const api = (path: string) => `/api/v1${path}`;
const bilateral = SHAPES.find((s) => s.name.startsWith('bilateral signing'))!;
const deputyName = { zh: '顾明远', ja: '顧明遠', en: 'Gu Mingyuan' };

let ctx: TestContext;
let owner: Session;
let official: Session;
let other: Session;
let built: Built;
let f: ReturnType<typeof registerFixtures>;
let eventId: string;
let headTable: string;
let banquet: string;

interface Seat {
  seat: number;
  pinned: boolean;
  attendee: { id: string; name: { en?: string } } | null;
}
interface OutputItem {
  kind: string;
  subject: { id: string; name: Record<string, string> } | null;
  lang: Language;
  lastDownloadedAt: string | null;
  changedSinceDownload: boolean;
}

const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

async function download(path: string, session = owner): Promise<Buffer> {
  const res = await ctx
    .http()
    .get(api(path))
    .set(session.auth)
    .buffer(true)
    .parse(binary as never);
  expect(res.status, path).toBe(200);
  return res.body as Buffer;
}

/** Every output of the event downloaded, each in one language; the text of each file. */
const FILES = (id: string) =>
  ({
    chart: { kind: 'seating-chart', subject: headTable, lang: 'en', path: `/events/${id}/seating-plans/${headTable}/chart?lang=en` },
    banquetChart: { kind: 'seating-chart', subject: banquet, lang: 'en', path: `/events/${id}/seating-plans/${banquet}/chart?lang=en` },
    placeCards: {
      kind: 'place-cards',
      subject: headTable,
      lang: 'en',
      path: `/events/${id}/seating-plans/${headTable}/place-cards?lang=en&second=zh`,
    },
    badges: { kind: 'badges', subject: null, lang: 'en', path: `/events/${id}/badges?lang=en` },
    script: { kind: 'script', subject: null, lang: 'zh', path: `/events/${id}/script?lang=zh&format=md` },
    signIn: { kind: 'sign-in-sheet', subject: null, lang: 'en', path: `/events/${id}/reports/sign-in-sheet?format=pdf&lang=en` },
    attendance: { kind: 'attendance-report', subject: null, lang: 'zh', path: `/events/${id}/reports/attendance?format=csv&lang=zh` },
    writeup: { kind: 'writeup', subject: null, lang: 'zh', path: `/events/${id}/writeup/file?lang=zh&format=md` },
  }) as const;
type FileKey = keyof ReturnType<typeof FILES>;

async function fileText(key: FileKey): Promise<string> {
  const spec = FILES(eventId)[key];
  const body = await download(spec.path);
  return spec.path.includes('format=md') || spec.path.includes('format=csv') ? body.toString('utf8') : pdfText(body);
}

async function outputs(session = owner): Promise<(key: FileKey) => OutputItem> {
  const res = await ctx
    .http()
    .get(api(`/events/${eventId}/outputs`))
    .set(session.auth);
  expect(res.status).toBe(200);
  const items = res.body.items as OutputItem[];
  return (key) => {
    const spec = FILES(eventId)[key];
    const found = items.find((i) => i.kind === spec.kind && i.lang === spec.lang && (i.subject?.id ?? null) === spec.subject);
    expect(found, key).toBeDefined();
    return found!;
  };
}

async function plan(id: string): Promise<Seat[]> {
  const res = await ctx
    .http()
    .get(api(`/events/${eventId}/seating-plans/${id}`))
    .set(official.auth);
  expect(res.status).toBe(200);
  return (res.body.blocks as { seats: Seat[] }[]).flatMap((b) => b.seats);
}

const seatOf = (seats: Seat[], attendeeId: string) => seats.find((s) => s.attendee?.id === attendeeId);

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Protocol office');
  official = await ctx.newMember(owner, 'official');
  other = await ctx.newWorkspace('Another office');
  f = registerFixtures(ctx);
  built = await buildShape(f, owner, bilateral);
  eventId = built.eventId;
  const create = async (body: object) => {
    const res = await ctx
      .http()
      .post(api(`/events/${eventId}/seating-plans`))
      .set(owner.auth)
      .send(body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  headTable = await create({ name: { zh: '主席台', en: 'Head table' }, kind: 'head-table', convention: 'cn-domestic', rows: [7] });
  banquet = await create({ name: { zh: '宴会', en: 'Banquet' }, kind: 'banquet', convention: 'international', tables: [10] });
});
afterAll(async () => {
  await ctx?.close();
});

describe('a replaced attendee appears on every output', () => {
  let wu: string;
  let deputyPerson: string;
  let deputy: string;
  let wuSeat: number;

  beforeAll(async () => {
    wu = built.attendance.get('wu')!;
    const principal = await ctx
      .http()
      .get(api(`/people/${built.people.get('wu')!.id}`))
      .set(owner.auth);
    const cityId = (principal.body.positions as { organizationId: string }[])[0].organizationId;
    const person2 = await f.person(owner, {
      name: deputyName,
      protocolRank: 40,
      positions: [{ title: { zh: '常务副市长', ja: '常務副市長', en: 'Executive Vice Mayor' }, organizationId: cityId }],
    });
    deputyPerson = person2.id;
  });

  it('lists the seating chart and place cards per plan and the badges, in every language, never downloaded', async () => {
    const res = await ctx
      .http()
      .get(api(`/events/${eventId}/outputs`))
      .set(official.auth);
    expect(res.status).toBe(200);
    const items = res.body.items as OutputItem[];
    for (const kind of ['seating-chart', 'place-cards']) {
      for (const id of [headTable, banquet]) {
        const mine = items.filter((i) => i.kind === kind && i.subject?.id === id);
        expect(mine.map((i) => i.lang).sort()).toEqual(['en', 'ja', 'zh']);
        expect(mine[0].subject!.name.en).toBe(id === headTable ? 'Head table' : 'Banquet');
      }
    }
    expect(items.filter((i) => i.kind === 'badges' && i.subject === null)).toHaveLength(3);
    expect(items.filter((i) => i.kind === 'script' && i.subject === null)).toHaveLength(3);
    expect(items.every((i) => i.lastDownloadedAt === null && !i.changedSinceDownload)).toBe(true);
    // another workspace does not see the event
    const foreign = await ctx
      .http()
      .get(api(`/events/${eventId}/outputs`))
      .set(other.auth);
    expect(foreign.status).toBe(404);
  });

  it('records each download as unchanged; pins the mayor at the banquet', async () => {
    const pin = await ctx
      .http()
      .put(api(`/events/${eventId}/seating-plans/${banquet}/pins`))
      .set(owner.auth)
      .send({ block: 1, seat: 5, attendeeId: wu });
    expect(pin.status).toBe(200);
    const seats = await plan(headTable);
    wuSeat = seatOf(seats, wu)!.seat;
    for (const key of Object.keys(FILES(eventId)) as FileKey[]) {
      const text = await fileText(key);
      expect(text, key).not.toContain(deputyName.en);
      expect(text, key).not.toContain(deputyName.zh);
    }
    const out = await outputs(official);
    for (const key of Object.keys(FILES(eventId)) as FileKey[]) {
      expect(out(key).lastDownloadedAt, key).not.toBeNull();
      expect(out(key).changedSinceDownload, key).toBe(false);
    }
  });

  it('marks every output changed once a deputy replaces the mayor; the deputy takes his seat in every plan', async () => {
    const res = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/${wu}/replace`))
      .set(owner.auth)
      .send({ personId: deputyPerson });
    expect(res.status).toBe(200);
    deputy = res.body.deputy.id;

    const out = await outputs();
    for (const key of Object.keys(FILES(eventId)) as FileKey[]) expect(out(key).changedSinceDownload, key).toBe(true);

    // the head table is seated from the protocol order: the deputy has the mayor's place in it, so his seat
    const head = await plan(headTable);
    expect(seatOf(head, deputy)?.seat).toBe(wuSeat);
    expect(seatOf(head, wu)).toBeUndefined();
    // the mayor's pin at the banquet passed to the deputy
    const table = await plan(banquet);
    expect(seatOf(table, deputy)).toMatchObject({ seat: 5, pinned: true });
    expect(seatOf(table, wu)).toBeUndefined();
  });

  it('names the deputy on each file, on the mayor’s behalf where the layout has room', async () => {
    const chart = await fileText('chart');
    expect(chart).toContain(deputyName.en);
    expect(chart).toContain('on behalf of Wu Jianping');
    expect(chart.replace(/on behalf of Wu Jianping/g, '')).not.toContain('Wu Jianping');
    expect(await fileText('banquetChart')).toContain(deputyName.en);

    const cards = await fileText('placeCards');
    expect(cards).toContain(deputyName.en);
    expect(cards).toContain(deputyName.zh);
    expect(cards).toContain('on behalf of Wu Jianping');

    const badges = await fileText('badges');
    expect(badges).toContain(deputyName.en);
    expect(badges.replace(/on behalf of Wu Jianping/g, '')).not.toContain('Wu Jianping');

    expect(await fileText('script')).toMatch(new RegExp(`${deputyName.zh}（受南通市政府市长吴建平委托）`));
    const sheet = await fileText('signIn');
    expect(sheet).toContain(deputyName.en);
    expect(sheet).toContain('on behalf of Wu Jianping');
    const csv = await fileText('attendance');
    expect(csv.split('\n').find((l) => l.includes(deputyName.zh))).toContain('受吴建平委托');
    expect(await fileText('writeup')).toContain(`${deputyName.zh}（受南通市政府市长吴建平委托）`);

    // and the document the writeup is made from
    const w = await ctx
      .http()
      .get(api(`/events/${eventId}/writeup/document?lang=zh`))
      .set(owner.auth);
    expect((w.body as Writeup).paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join('')).toContain(deputyName.zh);
  });

  it('lists every output as unchanged once downloaded again', async () => {
    const out = await outputs();
    for (const key of Object.keys(FILES(eventId)) as FileKey[]) expect(out(key).changedSinceDownload, key).toBe(false);
    // languages not downloaded again keep their state: the badges in Chinese were never downloaded
    const res = await ctx
      .http()
      .get(api(`/events/${eventId}/outputs`))
      .set(owner.auth);
    const zhBadges = (res.body.items as OutputItem[]).find((i) => i.kind === 'badges' && i.lang === 'zh')!;
    expect(zhBadges).toMatchObject({ lastDownloadedAt: null, changedSinceDownload: false });
  });

  it('seats a changed protocol order the next time the plan is read, and marks its files changed', async () => {
    const before = await plan(headTable);
    const first = before.find((s) => s.attendee && s.attendee.id !== deputy && s.seat !== wuSeat)!;
    // the deputy is put first in protocol order: he takes the head of the table without the plan being assigned again
    const res = await ctx
      .http()
      .patch(api(`/events/${eventId}/attendees/${deputy}`))
      .set(owner.auth)
      .send({ protocolOrder: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = await plan(headTable);
    const head = after.find((s) => s.seat === 4)!;
    expect(head.attendee?.id).toBe(deputy);
    expect(seatOf(after, first.attendee!.id)).toBeDefined();

    const out = await outputs();
    expect(out('chart').changedSinceDownload).toBe(true);
    expect(out('placeCards').changedSinceDownload).toBe(true);
    // the banquet pins the deputy: his seat there stays
    expect(seatOf(await plan(banquet), deputy)).toMatchObject({ seat: 5, pinned: true });
  });
});
