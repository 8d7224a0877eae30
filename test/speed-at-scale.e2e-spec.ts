import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';
import { DataSource } from 'typeorm';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let organizer: Session;
let official: Session;
let db: pg.Client;

const api = (path: string) => `/api/v1${path}`;
const HOUR = 3_600_000;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ organizer, official } = await registerSessions(ctx, 'Expo office'));
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await ctx?.close();
});

const ongoingEvent = () =>
  f.event(organizer, {
    status: 'scheduled',
    startsAt: new Date(Date.now() - HOUR).toISOString(),
    endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
  });

/** `n` people with ranks spread so that ties and order both occur. */
async function people(n: number, name: (i: number) => Record<string, string> = (i) => ({ en: `Guest ${i}` })) {
  const out: { id: string }[] = [];
  for (let i = 0; i < n; i += 10) {
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, n - i) }, (_, j) =>
          f.person(organizer, { name: name(i + j), protocolRank: (((i + j) * 7) % 13) + 5 }),
        ),
      )),
    );
  }
  return out;
}

async function bulk(eventId: string, personIds: string[]) {
  for (let i = 0; i < personIds.length; i += 200) {
    const res = await ctx
      .http()
      .post(api(`/events/${eventId}/attendees/bulk`))
      .set(organizer.auth)
      .send({ items: personIds.slice(i, i + 200).map((personId) => ({ personId, role: 'participant' })) });
    expect(res.status).toBe(201);
  }
}

/** An ongoing event with `n` new people (see people()) as its attendees. */
async function ongoingEventWith(n: number, name?: Parameters<typeof people>[1]) {
  const event = await ongoingEvent();
  const attendees = await people(n, name);
  await bulk(
    event.id,
    attendees.map((p) => p.id),
  );
  return event;
}

const list = (eventId: string, query: Record<string, string | number>) =>
  ctx
    .http()
    .get(api(`/events/${eventId}/attendees`))
    .query(query)
    .set(official.auth);

/** The protocol order recomputed from the base tables: override, then the person's rank, then creation, then id. */
async function recomputed(eventId: string): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT a.id FROM attendances a JOIN people p ON p.id = a.person_id WHERE a.event_id = $1
      ORDER BY a.protocol_order ASC NULLS LAST, p.protocol_rank, a.created_at, a.id`,
    [eventId],
  );
  return rows.map((r) => r.id as string);
}

async function allByCursor(eventId: string, query: Record<string, string | number> = {}, between?: () => Promise<unknown>) {
  const items: { id: string; effectiveOrder: number }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await list(eventId, { pageSize: 25, ...query, ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages++;
    if (between && cursor) await between();
  } while (cursor && pages < 100);
  return items;
}

describe('attendee list by cursor', () => {
  it('returns every attendee exactly once across pages while attendees are added and checked in', async () => {
    const event = await ongoingEventWith(120);
    const before = await recomputed(event.id);
    const extra = await people(12);
    let added = 0;
    const seen = await allByCursor(event.id, {}, async () => {
      // between pages: another desk checks people in, an import adds attendees
      const page = await list(event.id, { pageSize: 5, page: 1 + added });
      await Promise.all([
        ...page.body.items.map((a: { id: string }) =>
          ctx
            .http()
            .post(api(`/events/${event.id}/attendees/${a.id}/check-in`))
            .set(organizer.auth)
            .send({}),
        ),
        added < extra.length ? f.attend(organizer, event.id, extra[added++].id) : undefined,
      ]);
    });
    const ids = seen.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids).toContain(id);
    // and the pages came in protocol order
    const now = await recomputed(event.id);
    const positions = ids.map((id) => now.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('numbers attendees over the whole event, by page, by cursor and filtered, as a recomputation does', async () => {
    const event = await ongoingEventWith(60, (i) => ({
      en: `Member ${i % 3 === 0 ? 'Alpha' : 'Beta'} ${i}`,
      zh: `成员${i}`,
    }));
    const order = await recomputed(event.id);
    const byCursor = await allByCursor(event.id);
    expect(byCursor.map((a) => a.id)).toEqual(order);
    expect(byCursor.map((a) => a.effectiveOrder)).toEqual(order.map((_, i) => i + 1));

    const page3 = await list(event.id, { page: 3, pageSize: 10 });
    expect(page3.body.total).toBe(60);
    expect(page3.body.items.map((a: { effectiveOrder: number }) => a.effectiveOrder)).toEqual(Array.from({ length: 10 }, (_, i) => 21 + i));

    const alpha = await allByCursor(event.id, { q: 'alpha', pageSize: 7 });
    expect(alpha.length).toBe(20);
    for (const a of alpha) expect(a.effectiveOrder).toBe(order.indexOf(a.id) + 1);
    const alphaPage = await list(event.id, { q: 'alpha', page: 2, pageSize: 7 });
    expect(alphaPage.body.total).toBe(20);
    for (const a of alphaPage.body.items) expect(a.effectiveOrder).toBe(order.indexOf(a.id) + 1);
  });

  it('gives every page by offset as a recomputation does, the pages past the middle read from the end', async () => {
    const event = await ongoingEventWith(23);
    const check = async (total: number) => {
      const order = await recomputed(event.id);
      expect(order).toHaveLength(total);
      for (let page = 1; page <= Math.ceil(total / 5) + 1; page++) {
        const res = await list(event.id, { page, pageSize: 5 });
        expect(res.status).toBe(200);
        expect(res.body.total).toBe(total);
        const from = (page - 1) * 5;
        expect(res.body.items.map((a: { id: string }) => a.id)).toEqual(order.slice(from, from + 5));
        expect(res.body.items.map((a: { effectiveOrder: number }) => a.effectiveOrder)).toEqual(
          order.slice(from, from + 5).map((_, i) => from + i + 1),
        );
      }
    };
    await check(23);
    // one attendee fewer: the last page's bounds follow the event's counters
    const [first] = (await list(event.id, { page: 1, pageSize: 1 })).body.items as { id: string }[];
    const removed = await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${first.id}`))
      .set(organizer.auth);
    expect(removed.status).toBe(204);
    await check(22);
  });

  it('refuses a cursor it did not give out with 400 INVALID_CURSOR', async () => {
    const event = await ongoingEvent();
    const forged = [
      'not-base64!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from(JSON.stringify(['people', 1, 1, '2024-01-01T00:00:00.000000Z', '3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40', 1])).toString(
        'base64url',
      ),
      Buffer.from(JSON.stringify(['attendees', 'x', 1, '2024-01-01T00:00:00.000000Z', '3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40', 1])).toString(
        'base64url',
      ),
      Buffer.from(JSON.stringify(['attendees', 1, 1, "2024-01-01'; --", '3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40', 1])).toString('base64url'),
    ];
    for (const cursor of forged) {
      const res = await list(event.id, { cursor });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_CURSOR');
      expect(res.body.details[0].field).toBe('cursor');
    }
  });
});

describe('protocol sort key and counters kept by the database', () => {
  it('follows a rank change, an override, and attendees added by a plain INSERT', async () => {
    const event = await ongoingEventWith(8);
    const check = async () => {
      const order = await recomputed(event.id);
      const page = await list(event.id, { pageSize: 200 });
      expect(page.body.items.map((a: { id: string }) => a.id)).toEqual(order);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM attendances a JOIN people p ON p.id = a.person_id
          WHERE a.event_id = $1 AND a.person_rank IS DISTINCT FROM p.protocol_rank`,
        [event.id],
      );
      expect(rows[0].n).toBe(0);
      return order;
    };
    await check();
    // the last becomes the most senior
    const last = (await recomputed(event.id)).at(-1)!;
    const lastPerson = (await list(event.id, { pageSize: 200 })).body.items.find((a: { id: string }) => a.id === last).personId;
    const res = await ctx
      .http()
      .patch(api(`/people/${lastPerson}`))
      .set(organizer.auth)
      .send({ protocolRank: 1 });
    expect(res.status).toBe(200);
    expect((await check())[0]).toBe(last);
    // an override wins over every rank
    const third = (await recomputed(event.id))[2];
    await ctx
      .http()
      .patch(api(`/events/${event.id}/attendees/${third}`))
      .set(organizer.auth)
      .send({ protocolOrder: 1 });
    expect((await check())[0]).toBe(third);
    // an import writing rows directly (one multi-row INSERT, no service code)
    const newcomers = await people(3);
    await db.query(
      `INSERT INTO attendances (workspace_id, event_id, person_id, role, status)
       SELECT $1, $2, unnest($3::uuid[]), 'participant', 'checked_in'`,
      [organizer.workspaceId, event.id, newcomers.map((p) => p.id)],
    );
    await db.query('UPDATE people SET protocol_rank = 2 WHERE id = $1', [newcomers[1].id]);
    const order = await check();
    expect(order[2]).toBe((await db.query('SELECT id FROM attendances WHERE person_id = $1', [newcomers[1].id])).rows[0].id);
  });

  it('keeps the counts by status equal to a recount through every kind of write', async () => {
    const event = await ongoingEvent();
    const ps = await people(30);
    await bulk(
      event.id,
      ps.slice(0, 20).map((p) => p.id),
    );
    const recount = async () => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'invited')::int AS invited,
                count(*) FILTER (WHERE status = 'registered')::int AS registered,
                count(*) FILTER (WHERE status = 'checked_in')::int AS "checkedIn",
                count(*) FILTER (WHERE status = 'absent')::int AS absent
           FROM attendances WHERE event_id = $1`,
        [event.id],
      );
      const summary = await ctx
        .http()
        .get(api(`/events/${event.id}/attendees/summary`))
        .set(official.auth);
      expect(summary.body).toMatchObject(rows[0]);
      const byStatus = await list(event.id, { status: 'checked_in', pageSize: 1 });
      expect(byStatus.body.total).toBe(rows[0].checkedIn);
      // the event's own counts come from the same counters
      const detail = await ctx
        .http()
        .get(api(`/events/${event.id}`))
        .set(official.auth);
      expect(detail.body.counts).toMatchObject({ attendees: rows[0].total, checkedIn: rows[0].checkedIn });
      return rows[0];
    };
    const page = (await list(event.id, { pageSize: 200 })).body.items as { id: string }[];
    await Promise.all(
      page.slice(0, 12).map((a) =>
        ctx
          .http()
          .post(api(`/events/${event.id}/attendees/${a.id}/check-in`))
          .set(organizer.auth)
          .send({}),
      ),
    );
    expect((await recount()).checkedIn).toBe(12);
    await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${page[0].id}/check-in`))
      .set(organizer.auth);
    await ctx
      .http()
      .patch(api(`/events/${event.id}/attendees/${page[1].id}`))
      .set(organizer.auth)
      .send({ status: 'absent' });
    await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${page[2].id}`))
      .set(organizer.auth);
    await db.query(
      `INSERT INTO attendances (workspace_id, event_id, person_id, role, status) SELECT $1, $2, unnest($3::uuid[]), 'participant', 'invited'`,
      [organizer.workspaceId, event.id, ps.slice(20).map((p) => p.id)],
    );
    await db.query(`UPDATE attendances SET status = 'registered' WHERE event_id = $1 AND status = 'invited' AND person_id = $2`, [
      event.id,
      ps[25].id,
    ]);
    await db.query(`DELETE FROM attendances WHERE event_id = $1 AND person_id = $2`, [event.id, ps[26].id]);
    expect(await recount()).toEqual({ total: 28, invited: 8, registered: 10, checkedIn: 9, absent: 1 });
  });

  it('answers a check-in without counting the event', async () => {
    const event = await ongoingEvent();
    const [p] = await people(1);
    const a = await f.attend(organizer, event.id, p.id);
    const res = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/${a.id}/check-in`))
      .set(organizer.auth)
      .send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: a.id, personId: p.id, status: 'checked_in', checkedInNow: true });
    expect(res.body).not.toHaveProperty('effectiveOrder');
    const missing = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40/check-in`))
      .set(organizer.auth)
      .send({});
    expect(missing.status).toBe(404);
  });
});

describe('search through trigram indexes', () => {
  it('looks a fragment up in the index under row-level security, and only in the workspace of the transaction', async () => {
    const a = await ctx.newWorkspace('Kingfisher office');
    const b = await ctx.newWorkspace('Heron office');
    const mine = await f.person(a, { name: { en: 'Kingfisher Alcedo' } });
    const theirs = await f.person(b, { name: { en: 'Kingfisher Alcedo' } });
    const matching = async (workspaceId: string, pattern: string) => {
      await db.query('BEGIN');
      try {
        await db.query(`SELECT set_config('role', 'eventreg_tenant', true), set_config('app.workspace_id', $1, true)`, [workspaceId]);
        const { rows } = await db.query<{ id: string }>('SELECT people_matching($1) AS id', [pattern]);
        // the plan of a search as the service sends it: the index's ids, then each person by key
        const plan = await db.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN SELECT p.id FROM people p WHERE p.id IN (SELECT people_matching($1)) ORDER BY p.protocol_rank LIMIT 50`,
          [pattern],
        );
        return { ids: rows.map((r) => r.id), plan: plan.rows.map((r) => r['QUERY PLAN']).join('\n') };
      } finally {
        await db.query('ROLLBACK');
      }
    };
    const found = await matching(a.workspaceId, '%kingfisheralc%');
    expect(found.ids).toEqual([mine.id]);
    expect(found.plan).not.toMatch(/Seq Scan on people/);
    expect((await matching(b.workspaceId, '%kingfisheralc%')).ids).toEqual([theirs.id]);
    expect((await matching('', '%kingfisheralc%')).ids).toEqual([]);
    const res = await ctx.http().get(api('/people')).query({ q: 'kingfisher alc' }).set(a.auth);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([mine.id]);
  });

  it('finds people by a fragment of their name in zh, ja or en, one or two CJK characters included', async () => {
    const s = await ctx.newWorkspace('Search office');
    const ouyang = await f.person(s, { name: { zh: '欧阳明华', en: 'Ouyang Minghua' } });
    const yamada = await f.person(s, { name: { ja: '山田 太郎', en: 'Taro Yamada' } });
    const thompson = await f.person(s, { name: { en: 'Margaret Thompson' } });
    await f.person(s, { name: { zh: '李强', en: 'Li Qiang' } });
    const find = async (q: string) => {
      const res = await ctx.http().get(api('/people')).query({ q }).set(s.auth);
      expect(res.status).toBe(200);
      return res.body.items.map((p: { id: string }) => p.id).sort();
    };
    expect(await find('阳明')).toEqual([ouyang.id]);
    expect(await find('欧阳明')).toEqual([ouyang.id]);
    expect(await find('欧')).toEqual([ouyang.id]);
    expect(await find('田太')).toEqual([yamada.id]);
    expect(await find('山田太郎')).toEqual([yamada.id]);
    expect(await find('THOMP')).toEqual([thompson.id]);
    expect(await find('taro yam')).toEqual([yamada.id]);
    expect(await find('%')).toEqual([]);
    expect(await find('ming')).toEqual([ouyang.id]);
    // a search: the page counts the matches as it reads them, on every page
    const t = await ctx.newWorkspace('Short search office');
    for (const zh of ['王阳明', '欧阳明', '李强']) await f.person(t, { name: { zh } });
    for (const page of [1, 2, 3]) {
      const res = await ctx.http().get(api('/people')).query({ q: '阳明', pageSize: 1, page }).set(t.auth);
      expect(res.body.total).toBe(2);
      expect(res.body.items).toHaveLength(page <= 2 ? 1 : 0);
    }

    // one or two characters go through the index of each text's characters, then the characters in order
    expect(await find('阳欧')).toEqual([]);
    expect(await find('太')).toEqual([yamada.id]);
    expect(await find('_')).toEqual([]);
    expect(await find('\\')).toEqual([]);
    // the condition the function writes is one the characters' index serves (a few rows here: a scan is cheaper)
    const plan = await ctx.app.get(DataSource).transaction(async (em) => {
      await em.query('SET LOCAL enable_seqscan = off');
      return em.query<unknown[]>(
        `EXPLAIN (FORMAT JSON) SELECT id FROM people WHERE string_to_array(search_name, NULL) @> '{欧}'::text[] AND search_name LIKE '%欧%'`,
      );
    });
    expect(JSON.stringify(plan)).toContain('IDX_people_search_chars');

    const org = await f.organization(s, { name: { zh: '香港科技园公司' }, shortName: { en: 'HKSTP' } });
    const orgs = await ctx.http().get(api('/organizations')).query({ q: 'hkstp' }).set(s.auth);
    expect(orgs.body.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    const orgsZh = await ctx.http().get(api('/organizations')).query({ q: '科技园' }).set(s.auth);
    expect(orgsZh.body.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    const orgsShort = await ctx.http().get(api('/organizations')).query({ q: '园' }).set(s.auth);
    expect(orgsShort.body.items.map((o: { id: string }) => o.id)).toEqual([org.id]);

    // the people list pages by cursor too, each person once, in protocol order
    const everyone: { id: string; protocolRank: number }[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor ? { pageSize: 2, cursor } : { pageSize: 2 };
      const res: { status: number; body: { total: number | null; items: typeof everyone; nextCursor: string | null } } = await ctx
        .http()
        .get(api('/people'))
        .query(query)
        .set(s.auth);
      expect(res.status).toBe(200);
      // the first page counts everyone; a page by cursor only when asked
      expect(res.body.total).toBe(cursor ? null : 4);
      if (cursor) {
        const counted = await ctx.http().get(api('/people')).query({ pageSize: 2, cursor, withTotal: true }).set(s.auth);
        expect(counted.body.total).toBe(4);
      }
      everyone.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(everyone.map((p) => p.id).sort()).toEqual([ouyang.id, yamada.id, thompson.id, ...(await find('李强'))].sort());
    const wrongList = await ctx
      .http()
      .get(api('/people'))
      .query({ cursor: Buffer.from(JSON.stringify(['attendees', 1, '2024-01-01T00:00:00.000000Z', ouyang.id])).toString('base64url') })
      .set(s.auth);
    expect(wrongList.status).toBe(400);
    expect(wrongList.body.code).toBe('INVALID_CURSOR');

    // a fragment of three characters or more is looked up in the trigram index
    await db.query('BEGIN');
    try {
      await db.query('SET LOCAL enable_seqscan = off');
      const plan = await db.query(`EXPLAIN SELECT id FROM people WHERE search_name LIKE '%欧阳明%'`);
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('IDX_people_search_name');
    } finally {
      await db.query('ROLLBACK');
    }
  });
});

describe('period figures from the stored event date', () => {
  it('equal a recomputation from the events, after an event moves and after plain INSERTs', async () => {
    const s = await ctx.newWorkspace('Period office');
    const hk = await f.organization(s, { region: 'Hong Kong' });
    const sd = await f.organization(s, { region: 'Shandong' });
    const gd = await f.organization(s, { region: 'Guangdong' });
    const events = [
      await f.event(s, { startsAt: '2024-03-25T23:30:00+08:00', timeZone: 'Asia/Shanghai' }),
      await f.event(s, { startsAt: '2024-06-10T09:00:00+08:00' }),
      await f.event(s, { startsAt: '2024-12-31T20:00:00-05:00', timeZone: 'America/New_York' }),
    ];
    for (const [i, ev] of events.entries()) {
      for (let j = 0; j < 4; j++) {
        await f.post(s, `/events/${ev.id}/projects`, { title: { en: `Project ${i}-${j}` }, partyIds: j % 2 ? [hk.id] : [sd.id, hk.id] });
        await f.post(s, `/events/${ev.id}/mous`, {
          title: { en: `MoU ${i}-${j}` },
          parties: (j % 2 ? [sd.id, gd.id] : [hk.id, sd.id]).map((organizationId) => ({ organizationId })),
          ...(j === 3 && { signedOn: '2023-01-15' }),
        });
      }
    }
    await db.query(
      `INSERT INTO signed_projects (workspace_id, event_id, title, party_ids) VALUES ($1, $2, '{"en":"Imported"}', ARRAY[$3::uuid])`,
      [s.workspaceId, events[1].id, hk.id],
    );
    const moved = await ctx
      .http()
      .patch(api(`/events/${events[1].id}`))
      .set(s.auth)
      .send({ startsAt: '2025-01-02T09:00:00+08:00' });
    expect(moved.status).toBe(200);

    const recount = async (table: 'signed_projects' | 'mous', from: string, to: string, org?: string) => {
      const date =
        table === 'mous'
          ? `coalesce(t.signed_on, (e.starts_at AT TIME ZONE e.time_zone)::date)`
          : `(e.starts_at AT TIME ZONE e.time_zone)::date`;
      const party =
        table === 'mous'
          ? `AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM mou_parties mp WHERE mp.mou_id = t.id AND mp.organization_id = $4))`
          : `AND ($4::uuid IS NULL OR $4 = ANY(t.party_ids))`;
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM ${table} t JOIN events e ON e.id = t.event_id
          WHERE t.workspace_id = $1 AND ${date} BETWEEN $2::date AND $3::date ${party}`,
        [s.workspaceId, from, to, org ?? null],
      );
      return rows[0].n as number;
    };
    const cases: [string, string, string?][] = [
      ['2024-01-01', '2024-12-31'],
      ['2024-03-25', '2024-03-25'],
      ['2024-12-31', '2025-12-31'],
      ['2023-01-01', '2023-12-31'],
      ['2024-01-01', '2025-12-31', hk.id],
      ['2024-01-01', '2025-12-31', sd.id],
    ];
    for (const [from, to, org] of cases) {
      for (const [path, table] of [
        ['/projects', 'signed_projects'],
        ['/mous', 'mous'],
      ] as const) {
        const res = await ctx
          .http()
          .get(api(path))
          .query({ from, to, pageSize: 1, ...(org && { organizationId: org }) })
          .set(s.auth);
        expect(res.status).toBe(200);
        expect({ path, from, to, org, total: res.body.total }).toEqual({ path, from, to, org, total: await recount(table, from, to, org) });
      }
    }
    // the move is seen: nothing left in June 2024
    const june = await ctx.http().get(api('/projects')).query({ from: '2024-06-01', to: '2024-06-30' }).set(s.auth);
    expect(june.body.total).toBe(0);
  });
});
