import { DataSource } from 'typeorm';
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
  ({ owner, organizer, official, other } = await registerSessions(ctx, 'Check-in desk office'));
});
afterAll(async () => {
  await ctx?.close();
});

/** An event that is on right now: started an hour ago, ends in two. */
const ongoingEvent = () =>
  f.event(organizer, {
    status: 'scheduled',
    startsAt: new Date(Date.now() - HOUR).toISOString(),
    endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
  });

const checkIn = (s: Session, eventId: string, id: string, body: object = {}) =>
  ctx
    .http()
    .post(api(`/events/${eventId}/attendees/${id}/check-in`))
    .set(s.auth)
    .send(body);
const summary = (s: Session, eventId: string) =>
  ctx
    .http()
    .get(api(`/events/${eventId}/attendees/summary`))
    .set(s.auth);

describe('check-in desk', () => {
  it('checks in at the time of the tap while the event is on, counts it, undoes it', async () => {
    const event = await ongoingEvent();
    const [a, b, c] = await Promise.all([f.person(organizer), f.person(organizer), f.person(organizer)]);
    const first = await f.attend(organizer, event.id, a.id);
    await f.attend(organizer, event.id, b.id);
    await f.attend(organizer, event.id, c.id, { status: 'absent' });

    const before = await summary(official, event.id);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ total: 3, invited: 0, registered: 2, checkedIn: 0, absent: 1, lastCheckInAt: null });

    const tapped = Date.now();
    const done = await checkIn(organizer, event.id, first.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'checked_in', checkedInNow: true });
    expect(Math.abs(new Date(done.body.checkedInAt).getTime() - tapped)).toBeLessThan(60_000);

    const twice = await checkIn(organizer, event.id, first.id);
    expect(twice.body).toMatchObject({ checkedInNow: false, checkedInAt: done.body.checkedInAt });

    const during = await summary(official, event.id);
    expect(during.body).toMatchObject({ total: 3, registered: 1, checkedIn: 1, absent: 1, lastCheckInAt: done.body.checkedInAt });

    const undone = await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${first.id}/check-in`))
      .set(organizer.auth);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ id: first.id, status: 'registered', checkedInAt: null, undoneNow: true });
    const again = await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${first.id}/check-in`))
      .set(organizer.auth);
    expect(again.body).toMatchObject({ status: 'registered', undoneNow: false });
    expect((await summary(official, event.id)).body).toMatchObject({ registered: 2, checkedIn: 0, lastCheckInAt: null });

    // checked in again after the undo: a fresh time
    expect((await checkIn(organizer, event.id, first.id)).body.checkedInNow).toBe(true);
  });

  it('keeps the latest check-in through check-ins out of order, an undo, a deputy and a deletion', async () => {
    const event = await ongoingEvent();
    const people = await Promise.all([0, 1, 2, 3].map(() => f.person(organizer)));
    const [a, b, c, d] = await Promise.all(people.map((p) => f.attend(organizer, event.id, p.id)));
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const last = async () => (await summary(official, event.id)).body.lastCheckInAt as string | null;
    const [t10, t30, t40, t20] = [at(10), at(30), at(40), at(20)];
    expect((await checkIn(organizer, event.id, b.id, { checkedInAt: t10 })).status).toBe(200);
    // an earlier arrival entered later does not move the latest back
    expect((await checkIn(organizer, event.id, a.id, { checkedInAt: t30 })).status).toBe(200);
    expect(await last()).toBe(t10);
    // undoing the latest: the one before is the latest again
    await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${b.id}/check-in`))
      .set(organizer.auth)
      .expect(200);
    expect(await last()).toBe(t30);
    // several at once, through the paper sheet, then a deputy replacing the latest (its check-in undone)
    await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/check-ins`))
      .set(organizer.auth)
      .send({
        items: [
          { attendeeId: c.id, checkedInAt: t40 },
          { attendeeId: d.id, checkedInAt: t20 },
        ],
      })
      .expect(200);
    expect(await last()).toBe(t20);
    const deputy = await f.person(organizer);
    await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/${d.id}/replace`))
      .set(organizer.auth)
      .send({ personId: deputy.id })
      .expect(200);
    expect(await last()).toBe(t30);
    // deleting attendances that were checked in
    for (const gone of [a, c]) {
      await ctx
        .http()
        .delete(api(`/events/${event.id}/attendees/${gone.id}`))
        .set(organizer.auth)
        .expect(204);
    }
    expect(await last()).toBeNull();
    expect((await summary(official, event.id)).body).toMatchObject({ checkedIn: 0, absent: 1, registered: 2 });
  });

  it('updates an attendance in place on check-in: no index holds a column a check-in changes', async () => {
    // an index on status, checked_in_at or updated_at would make every check-in write a new entry into each of the
    // table's indexes instead of a HOT update beside the old version
    const db = ctx.app.get(DataSource);
    const indexed: { column: string }[] = await db.query(
      `SELECT DISTINCT a.attname AS column
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = 'attendances'::regclass`,
    );
    const columns = indexed.map((r) => r.column);
    expect(columns).toEqual(expect.arrayContaining(['event_id', 'person_id', 'order_key']));
    expect(columns.filter((c) => ['status', 'checked_in_at', 'updated_at'].includes(c))).toEqual([]);
    const [{ options }] = await db.query(`SELECT reloptions AS options FROM pg_class WHERE oid = 'attendances'::regclass`);
    expect(options).toContain('fillfactor=85');
  });

  it('requires the arrival time once the event is over, and the report shows that time, not today', async () => {
    const event = await f.event(organizer, { status: 'held', startsAt: '2024-03-25T09:00:00+08:00', endsAt: '2024-03-25T12:00:00+08:00' });
    const person = await f.person(organizer, { name: { zh: '宋军继', en: 'Song Junji' } });
    const attendee = await f.attend(organizer, event.id, person.id);

    const missing = await checkIn(organizer, event.id, attendee.id);
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.details).toEqual([{ field: 'checkedInAt', messages: [expect.stringContaining('required')] }]);

    const farOff = await checkIn(organizer, event.id, attendee.id, { checkedInAt: '2024-04-02T09:00:00+08:00' });
    expect(farOff.status).toBe(400);
    expect(farOff.body.details[0].field).toBe('checkedInAt');
    const notADate = await checkIn(organizer, event.id, attendee.id, { checkedInAt: 'yesterday' });
    expect(notADate.status).toBe(400);

    const given = await checkIn(organizer, event.id, attendee.id, { checkedInAt: '2024-03-25T08:47:00+08:00' });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ checkedInNow: true, checkedInAt: '2024-03-25T00:47:00.000Z' });

    const csv = await ctx
      .http()
      .get(api(`/events/${event.id}/reports/attendance?format=csv&lang=zh`))
      .set(official.auth);
    expect(csv.status).toBe(200);
    const row = csv.text.trim().split('\r\n')[1];
    expect(row).toContain('宋军继');
    expect(row).toMatch(/,2024-03-25 08:47,$/);
    const today = new Date().toISOString().slice(0, 10);
    expect(csv.text).not.toContain(today);
  });

  it('dates attendance recorded as checked in for a past event at its start, never today', async () => {
    const event = await f.event(organizer, { status: 'held', startsAt: '2024-03-25T09:00:00+08:00', endsAt: '2024-03-25T12:00:00+08:00' });
    const added = await f.attend(organizer, event.id, (await f.person(organizer)).id, { status: 'checked_in' });
    expect(added.checkedInAt).toBe('2024-03-25T01:00:00.000Z');
    const later = await f.attend(organizer, event.id, (await f.person(organizer)).id);
    const patched = await ctx
      .http()
      .patch(api(`/events/${event.id}/attendees/${later.id}`))
      .set(organizer.auth)
      .send({ status: 'checked_in' });
    expect(patched.body).toMatchObject({ status: 'checked_in', checkedInAt: '2024-03-25T01:00:00.000Z' });
    // while an event is on, the time is the moment it is recorded
    const ongoing = await ongoingEvent();
    const now = await f.attend(organizer, ongoing.id, (await f.person(organizer)).id, { status: 'checked_in' });
    expect(Math.abs(new Date(now.checkedInAt).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('treats a scheduled event past the end of its start day (no end given) as over', async () => {
    const event = await f.event(organizer, { status: 'scheduled', startsAt: new Date(Date.now() - 3 * 24 * HOUR).toISOString() });
    const attendee = await f.attend(organizer, event.id, (await f.person(organizer)).id);
    expect((await checkIn(organizer, event.id, attendee.id)).body.details[0].field).toBe('checkedInAt');
    const at = new Date(Date.now() - 3 * 24 * HOUR + 10 * 60_000).toISOString();
    const ok = await checkIn(organizer, event.id, attendee.id, { checkedInAt: at });
    expect(ok.status).toBe(200);
    expect(ok.body.checkedInAt).toBe(at);
  });

  it('refuses a check-in time in the future', async () => {
    const event = await ongoingEvent();
    const attendee = await f.attend(organizer, event.id, (await f.person(organizer)).id);
    const future = await checkIn(organizer, event.id, attendee.id, { checkedInAt: new Date(Date.now() + HOUR).toISOString() });
    expect(future.status).toBe(400);
    expect(future.body.details[0]).toEqual({ field: 'checkedInAt', messages: ['checkedInAt is in the future'] });
  });

  it('refuses a time more than a day from the event, and an unknown attendee or event, writing nothing', async () => {
    const event = await ongoingEvent();
    const attendee = await f.attend(organizer, event.id, (await f.person(organizer)).id);
    const early = await checkIn(organizer, event.id, attendee.id, { checkedInAt: new Date(Date.now() - 26 * HOUR).toISOString() });
    expect(early.status).toBe(400);
    expect(early.body.details[0]).toEqual({ field: 'checkedInAt', messages: ['checkedInAt must be within a day of the event'] });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await checkIn(organizer, event.id, unknown)).body).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Attendee'),
    });
    expect((await checkIn(organizer, unknown, attendee.id)).body).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Event'),
    });
    expect((await summary(organizer, event.id)).body).toMatchObject({ checkedIn: 0, registered: 1 });
    // the time a day before the start is still allowed
    const dayBefore = new Date(Date.now() - HOUR - 23 * HOUR).toISOString();
    const ok = await checkIn(organizer, event.id, attendee.id, { checkedInAt: dayBefore });
    expect(ok.body).toMatchObject({ status: 'checked_in', checkedInAt: dayBefore, checkedInNow: true });
    // a second tap reports the first check-in
    expect((await checkIn(organizer, event.id, attendee.id)).body).toMatchObject({ checkedInAt: dayBefore, checkedInNow: false });
  });

  it('checks in many attendees tapped at once (several desks), each once, each audited with its own request', async () => {
    const event = await ongoingEvent();
    const people = await Promise.all(Array.from({ length: 40 }, (_, i) => f.person(organizer, { name: { en: `Desk rush ${i}` } })));
    const attendees = await Promise.all(people.map((p) => f.attend(organizer, event.id, p.id)));
    // every attendee tapped once, and the first five tapped twice, all at the same time
    const taps = [...attendees, ...attendees.slice(0, 5)].map((a) => checkIn(organizer, event.id, a.id).then((res) => ({ a, res })));
    const answers = await Promise.all(taps);
    for (const { a, res } of answers) {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: a.id, status: 'checked_in', person: { id: a.personId } });
    }
    for (const a of attendees) {
      const both = answers.filter((answer) => answer.a.id === a.id);
      // one tap checked the attendee in; a second reports that check-in's time
      expect(both.filter(({ res }) => res.body.checkedInNow)).toHaveLength(1);
      expect(new Set(both.map(({ res }) => res.body.checkedInAt)).size).toBe(1);
    }
    expect((await summary(organizer, event.id)).body).toMatchObject({ total: 40, checkedIn: 40, registered: 0 });
    const log = await ctx.http().get(api('/audit-log')).query({ eventId: event.id, action: 'check_in', pageSize: 100 }).set(owner.auth);
    expect(log.status).toBe(200);
    const entries = log.body.items as { resource: { id: string }; requestId: string }[];
    const checkedInBy = answers
      .filter(({ res }) => res.body.checkedInNow)
      .map(({ a, res }) => ({ id: a.id, requestId: res.headers['x-request-id'] }));
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    expect(entries.map((e) => ({ id: e.resource.id, requestId: e.requestId })).sort(byId)).toEqual(checkedInBy.sort(byId));
  });

  it('lets officials read the counts but not check in or undo; other workspaces see nothing', async () => {
    const event = await ongoingEvent();
    const attendee = await f.attend(organizer, event.id, (await f.person(organizer)).id);
    expect((await checkIn(official, event.id, attendee.id)).status).toBe(403);
    const undo = await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
      .set(official.auth);
    expect(undo.status).toBe(403);
    expect((await summary(other, event.id)).status).toBe(404);
    expect((await checkIn(other, event.id, attendee.id)).status).toBe(404);
    const missing = await checkIn(organizer, event.id, '00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('refuses to undo a check-in of a cancelled event', async () => {
    const event = await ongoingEvent();
    const attendee = await f.attend(organizer, event.id, (await f.person(organizer)).id);
    await checkIn(organizer, event.id, attendee.id).expect(200);
    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(organizer.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    const undo = await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
      .set(organizer.auth);
    expect(undo.status).toBe(409);
    expect(undo.body.code).toBe('EVENT_CANCELLED');
  });

  it('finds attendees by name in any language, ignoring spaces, with the other filters', async () => {
    const event = await ongoingEvent();
    const li = await f.person(organizer, { name: { zh: '李 明', ja: '李明', en: 'Li Ming' } });
    const tanaka = await f.person(organizer, { name: { ja: '田中 一郎', en: 'Ichiro Tanaka' } });
    const pct = await f.person(organizer, { name: { en: '100% Ltd' } });
    await f.attend(organizer, event.id, li.id, { side: 'shandong' });
    await f.attend(organizer, event.id, tanaka.id, { side: 'hongkong' });
    await f.attend(organizer, event.id, pct.id);
    const search = async (query: string) => {
      const res = await ctx
        .http()
        .get(api(`/events/${event.id}/attendees?${query}`))
        .set(official.auth);
      expect(res.status).toBe(200);
      return res.body.items.map((i: { person: { id: string } }) => i.person.id);
    };
    expect(await search(`q=${encodeURIComponent('李明')}`)).toEqual([li.id]);
    expect(await search('q=ming')).toEqual([li.id]);
    expect(await search(`q=${encodeURIComponent('田中一')}`)).toEqual([tanaka.id]);
    expect(await search('q=TANAKA')).toEqual([tanaka.id]);
    expect(await search('q=%25')).toEqual([pct.id]);
    expect(await search('q=tanaka&side=shandong')).toEqual([]);
    const res = await ctx
      .http()
      .get(api(`/events/${event.id}/attendees?q=ming`))
      .set(official.auth);
    expect(res.body.items[0].effectiveOrder).toBeGreaterThan(0);
    expect(res.body.total).toBe(1);
  });
});
