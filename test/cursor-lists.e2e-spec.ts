import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

/**
 * Cursor paging of the lists that grow without bound: events, signed projects and MoUs (across events
 * and per event), attendee imports and the audit log. Each list is read page by page while items are
 * added between pages; every item that was there at the start comes exactly once, in the list's order.
 */
let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let organizer: Session;
let db: pg.Client;
let orgs: { id: string }[];

const api = (path: string) => `/api/v1${path}`;
const DAY = 86_400_000;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Paged office');
  organizer = await ctx.newMember(owner, 'organizer');
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  orgs = [await f.organization(organizer), await f.organization(organizer), await f.organization(organizer)];
});
afterAll(async () => {
  await db?.end();
  await ctx?.close();
});

type Item = { id: string };
const get = (s: Session, path: string, query: Record<string, string | number | boolean>) =>
  ctx.http().get(api(path)).query(query).set(s.auth);

/** The whole list at once by offset (the order a cursor must follow). */
async function byOffset(s: Session, path: string, query: Record<string, string | number> = {}): Promise<string[]> {
  const res = await get(s, path, { ...query, pageSize: 200 });
  expect(res.status).toBe(200);
  expect(res.body.total).toBe(res.body.items.length);
  return res.body.items.map((i: Item) => i.id);
}

/**
 * Every page by cursor, calling `between` after each page; checks the totals the pages answer (`counted`:
 * a list that counts its total on every page).
 */
async function byCursor(
  s: Session,
  path: string,
  query: Record<string, string | number>,
  between: () => Promise<unknown>,
  counted = false,
) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await get(s, path, { pageSize: 4, ...query, ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(4);
    // counted on the first page, not on the pages read by cursor
    if (cursor && !counted) expect(res.body.total).toBeNull();
    else expect(res.body.total).toBeGreaterThan(0);
    ids.push(...res.body.items.map((i: Item) => i.id));
    cursor = res.body.nextCursor;
    pages++;
    if (cursor) await between();
  } while (cursor && pages < 200);
  expect(cursor).toBeNull();
  return ids;
}

/** Every item present at the start exactly once, in the same order; items added meanwhile at most once. */
function expectEachOnce(seen: string[], before: string[]) {
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.filter((id) => before.includes(id))).toEqual(before);
}

describe('lists that can grow, paged by cursor', () => {
  it('events: every event once while events are added, in both orders, ties on the start broken by id', async () => {
    const base = Date.parse('2025-01-01T09:00:00Z');
    // three events per day: equal start times test the tie-breaker
    for (let i = 0; i < 24; i++) await f.event(organizer, { startsAt: new Date(base + Math.floor(i / 3) * DAY).toISOString() });
    for (const sort of ['-startsAt', 'startsAt', 'createdAt', '-createdAt']) {
      const before = await byOffset(organizer, '/events', { sort });
      expect(before.length).toBeGreaterThanOrEqual(24);
      let n = 0;
      const seen = await byCursor(organizer, '/events', { sort }, () =>
        // newer and older than every event so far, and one on a day that already has events
        f.event(organizer, { startsAt: new Date(base + (n++ % 3 === 0 ? 3 * DAY : n % 2 ? 900 * DAY : -900 * DAY)).toISOString() }),
      );
      expectEachOnce(seen, before);
    }
  });

  it('signed projects and MoUs across events and per event: every record once while records are added', async () => {
    const events: { id: string }[] = [];
    for (let i = 0; i < 3; i++)
      events.push(await f.event(organizer, { startsAt: new Date(Date.parse('2023-05-01T02:00:00Z') + i * 40 * DAY).toISOString() }));
    const partyIds = orgs.map((o) => o.id);
    for (let i = 0; i < 18; i++) {
      const ev = events[i % 3];
      await f.post(organizer, `/events/${ev.id}/projects`, { title: { en: `Project ${i}` }, partyIds, order: 1 + (i % 2) });
      await f.post(organizer, `/events/${ev.id}/mous`, {
        title: { en: `MoU ${i}` },
        parties: partyIds.map((organizationId) => ({ organizationId })),
        ...(i % 4 === 0 && { signedOn: `2023-0${1 + (i % 9)}-15` }),
      });
    }
    let k = 0;
    const addBoth = async () => {
      const ev = events[k++ % 3];
      await f.post(organizer, `/events/${ev.id}/projects`, { title: { en: `Late project ${k}` }, partyIds, order: 1 });
      await f.post(organizer, `/events/${ev.id}/mous`, {
        title: { en: `Late MoU ${k}` },
        parties: partyIds.map((organizationId) => ({ organizationId })),
      });
    };
    for (const path of ['/projects', '/mous']) {
      for (const sort of ['-date', 'date']) {
        const query = { sort, organizationId: orgs[0].id };
        const before = await byOffset(organizer, path, query);
        expect(before.length).toBeGreaterThanOrEqual(18);
        expectEachOnce(await byCursor(organizer, path, query, addBoth), before);
      }
      const perEvent = `/events/${events[1].id}${path}`;
      const before = await byOffset(organizer, perEvent);
      expect(before.length).toBeGreaterThanOrEqual(6);
      expectEachOnce(await byCursor(organizer, perEvent, {}, addBoth), before);
    }
  });

  it('attendee imports and the audit log: every entry once while entries are added', async () => {
    const ev = await f.event(organizer);
    const ws = (await db.query<{ workspace_id: string }>('SELECT workspace_id FROM events WHERE id = $1', [ev.id])).rows[0].workspace_id;
    const addImport = () =>
      db.query(
        `INSERT INTO attendee_imports (workspace_id, event_id, file_name, format, total_rows, status, created_at)
         VALUES ($1, $2, 'list.csv', 'csv', 1, 'succeeded', now() - random() * interval '1 second')`,
        [ws, ev.id],
      );
    // several imports recorded at the same instant: the id breaks the tie
    await db.query(
      `INSERT INTO attendee_imports (workspace_id, event_id, file_name, format, total_rows, status, created_at)
       SELECT $1, $2, 'list.csv', 'csv', 1, 'succeeded', timestamptz '2025-02-01 10:00:00+00' + (g % 4) * interval '1 minute'
       FROM generate_series(1, 17) g`,
      [ws, ev.id],
    );
    const imports = `/events/${ev.id}/imports`;
    const beforeImports = await byOffset(organizer, imports);
    expect(beforeImports).toHaveLength(17);
    expectEachOnce(await byCursor(organizer, imports, {}, addImport), beforeImports);

    const beforeLog = await byOffset(owner, '/audit-log', { resourceType: 'event' });
    expect(beforeLog.length).toBeGreaterThan(8);
    const seen = await byCursor(owner, '/audit-log', { resourceType: 'event' }, () => f.event(organizer));
    expectEachOnce(seen, beforeLog);
  });

  it("a counterpart's register: every entry once while events, MoUs and projects are added, by organization and by region", async () => {
    const region = `Region ${Math.random().toString(36).slice(2, 8)}`;
    const [lab, park] = [await f.organization(organizer, { region }), await f.organization(organizer, { region })];
    const day = (n: number) => new Date(Date.parse('2024-06-01T02:00:00Z') + n * DAY).toISOString();
    // two events a day: ties on the date broken by event, kind and record
    const events: { id: string }[] = [];
    for (let i = 0; i < 8; i++) events.push(await f.event(organizer, { startsAt: day(Math.floor(i / 2)), hostIds: [lab.id] }));
    for (let i = 0; i < 12; i++) {
      const ev = events[i % 8];
      await f.post(organizer, `/events/${ev.id}/projects`, { title: { en: `Project ${i}` }, partyIds: [i % 3 ? lab.id : park.id] });
      await f.post(organizer, `/events/${ev.id}/mous`, {
        title: { en: `MoU ${i}` },
        parties: [{ organizationId: lab.id }, { organizationId: park.id }],
      });
    }
    let k = 0;
    // on days before, after and among the entries so far
    const addEntries = async () => {
      const n = k++;
      const ev = await f.event(organizer, { startsAt: day(n % 3 === 0 ? 2 : n % 2 ? 400 : -400), hostIds: [lab.id] });
      await f.post(organizer, `/events/${events[n % 8].id}/projects`, { title: { en: `Late project ${n}` }, partyIds: [lab.id] });
      await f.post(organizer, `/events/${ev.id}/mous`, {
        title: { en: `Late MoU ${n}` },
        parties: [{ organizationId: park.id }, { organizationId: orgs[1].id }],
      });
    };
    for (const path of [`/counterparts/organizations/${lab.id}`, `/counterparts/regions/${encodeURIComponent(region)}`]) {
      const before = await byOffset(organizer, path);
      expect(before.length).toBeGreaterThanOrEqual(28);
      expectEachOnce(await byCursor(organizer, path, {}, addEntries, true), before);
    }
    const first = await get(organizer, `/counterparts/organizations/${lab.id}`, { pageSize: 2 });
    const page2 = await get(organizer, `/counterparts/organizations/${lab.id}`, { pageSize: 2, page: 2 });
    const next = await get(organizer, `/counterparts/organizations/${lab.id}`, { pageSize: 2, cursor: first.body.nextCursor });
    expect(next.body.items).toEqual(page2.body.items);
    const events2 = await get(organizer, '/events', { pageSize: 2 });
    for (const cursor of [events2.body.nextCursor, 'not-a-cursor!']) {
      const res = await get(organizer, `/counterparts/organizations/${lab.id}`, { cursor });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_CURSOR');
    }
  });

  it('counts the total on a page read by cursor when asked, and refuses a cursor of another list', async () => {
    const first = await get(organizer, '/events', { pageSize: 2 });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const counted = await get(organizer, '/events', { pageSize: 2, cursor: first.body.nextCursor, withTotal: true });
    expect(counted.status).toBe(200);
    expect(counted.body.total).toBe(first.body.total);
    for (const [path, cursor] of [
      ['/mous', first.body.nextCursor],
      ['/events', 'not-a-cursor!'],
      ['/events', Buffer.from(JSON.stringify(['events:-startsAt', 'yesterday', 'x'])).toString('base64url')],
      ['/audit-log', first.body.nextCursor],
    ]) {
      const res = await get(path === '/audit-log' ? owner : organizer, path, { cursor });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_CURSOR');
    }
    const bad = await get(organizer, '/events', { withTotal: 'perhaps' });
    expect(bad.status).toBe(400);
  });
});
