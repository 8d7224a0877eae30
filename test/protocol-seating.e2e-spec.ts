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
    const res = await createPlan(organizer, event.id, { name: '主席台', kind: 'head-table', convention: 'cn-domestic', rows: [7] });
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
    expect(list.body).toMatchObject({ total: 1, items: [{ id: res.body.id, name: '主席台' }] });

    const denied = await createPlan(official, event.id, { name: 'x', kind: 'head-table', convention: 'western', rows: [3] });
    expect(denied.status).toBe(403);
    const foreign = await ctx
      .http()
      .get(api(`/events/${event.id}/seating-plans/${res.body.id}`))
      .set(other.auth);
    expect(foreign.status).toBe(404);
  });

  it('seats a head table of 8: Nos. 1 and 2 the centre pair, No. 2 at No. 1’s left (cn-domestic); the mirror under western', async () => {
    const { event } = await eventWith(8);
    const cn = await createPlan(organizer, event.id, { name: '主席台', kind: 'head-table', convention: 'cn-domestic', rows: [8] });
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
    const plan = (await createPlan(organizer, event.id, { name: '主席台', kind: 'head-table', convention: 'cn-domestic', rows: [5] }))
      .body as Plan;
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
      name: '签约台',
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
    const res = await createPlan(organizer, event.id, { name: '欢迎宴会', kind: 'banquet', convention: 'international', tables: [6, 4] });
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
      const res = await createPlan(organizer, event.id, { name: 'x', kind: 'head-table', convention: 'cn-domestic', rows: [3], ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.details)).toContain(field);
    };
    await bad({ kind: 'round' }, 'kind');
    await bad({ convention: 'signing' }, 'convention');
    await bad({ rows: [] }, 'rows');
    await bad({ rows: [0] }, 'rows');
    await bad({ rows: [61] }, 'rows');
    await bad({ tables: [8] }, 'tables');
    await bad({ hostSide: 'mars' }, 'hostSide');
    const plan = (await createPlan(organizer, event.id, { name: 'x', kind: 'head-table', convention: 'cn-domestic', rows: [3] }))
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

  it('is audited: creation, pins and deletion are entries of the plan', async () => {
    const { event, attendees } = await eventWith(3);
    const plan = (await createPlan(organizer, event.id, { name: '主席台', kind: 'head-table', convention: 'western', rows: [3] }))
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
