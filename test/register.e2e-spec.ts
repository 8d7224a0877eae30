import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let official: Session;
let other: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Shandong S&T');
  official = await ctx.newMember(owner, 'official');
  other = await ctx.newWorkspace('Another office');
});
afterAll(async () => {
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;

describe('organizations', () => {
  it('creates, reads, lists with filters, updates and deletes', async () => {
    const org = await f.organization(owner, {
      kind: 'enterprise',
      region: 'Hong Kong',
      name: { zh: '香港科技园公司', en: 'Hong Kong Science and Technology Parks Corporation' },
      shortName: { en: 'HKSTP' },
    });
    expect(org).toMatchObject({ kind: 'enterprise', region: 'Hong Kong', shortName: { en: 'HKSTP' } });

    const got = await ctx
      .http()
      .get(api(`/organizations/${org.id}`))
      .set(official.auth);
    expect(got.status).toBe(200);
    expect(got.body.name.zh).toBe('香港科技园公司');

    const byText = await ctx.http().get(api('/organizations?q=科技园')).set(owner.auth);
    expect(byText.body.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    const byRegion = await ctx.http().get(api('/organizations?region=hong%20kong&kind=enterprise&pageSize=1')).set(owner.auth);
    expect(byRegion.body).toMatchObject({ total: 1, page: 1, pageSize: 1 });

    const patched = await ctx
      .http()
      .patch(api(`/organizations/${org.id}`))
      .set(owner.auth)
      .send({ region: 'HK' });
    expect(patched.body.region).toBe('HK');

    await ctx
      .http()
      .delete(api(`/organizations/${org.id}`))
      .set(owner.auth)
      .expect(204);
    expect(
      (
        await ctx
          .http()
          .get(api(`/organizations/${org.id}`))
          .set(owner.auth)
      ).status,
    ).toBe(404);
  });

  it('finds an organization by its full name when it also has a short name', async () => {
    const org = await f.organization(owner, { name: { en: 'Qingdao Port Group Company' }, shortName: { en: 'QPG' } });
    for (const q of ['Port Group', 'QPG']) {
      const res = await ctx
        .http()
        .get(api(`/organizations?q=${encodeURIComponent(q)}`))
        .set(owner.auth);
      expect(
        res.body.items.map((o: { id: string }) => o.id),
        q,
      ).toContain(org.id);
    }
  });

  it('lists every bad field of a create', async () => {
    const res = await ctx
      .http()
      .post(api('/organizations'))
      .set(owner.auth)
      .send({ kind: 'club', name: { fr: 'x' }, extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['extra', 'kind', 'name']);
  });

  it('refuses to delete an organization people hold positions in', async () => {
    const org = await f.organization(owner);
    await f.person(owner, { positions: [{ title: { en: 'Director' }, organizationId: org.id }] });
    const res = await ctx
      .http()
      .delete(api(`/organizations/${org.id}`))
      .set(owner.auth);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'IN_USE', details: { usedBy: { positions: 1 } } });
  });
});

describe('people', () => {
  it('keeps ordered positions with their organizations and replaces them on update', async () => {
    const party = await f.organization(owner, { kind: 'party_committee', name: { en: 'Qingdao Municipal Party Committee' } });
    const zone = await f.organization(owner, { kind: 'development_zone', name: { en: 'SCO Demonstration Zone' } });
    const person = await f.person(owner, {
      name: { zh: '张新竹', en: 'Zhang Xinzhu' },
      protocolRank: 20,
      positions: [
        { title: { en: 'Member of the Standing Committee of the Qingdao Municipal Party Committee' }, organizationId: party.id },
        { title: { en: 'Secretary of the Party Working Committee of the SCO Demonstration Zone' }, organizationId: zone.id },
      ],
    });
    expect(person.positions.map((p: { organizationId: string }) => p.organizationId)).toEqual([party.id, zone.id]);
    expect(person.positions[1].organization.name.en).toBe('SCO Demonstration Zone');

    const list = await ctx
      .http()
      .get(api(`/people?organizationId=${zone.id}`))
      .set(official.auth);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([person.id]);

    const updated = await ctx
      .http()
      .patch(api(`/people/${person.id}`))
      .set(owner.auth)
      .send({ positions: [{ title: { en: 'Secretary' }, organizationId: zone.id }] });
    expect(updated.status).toBe(200);
    expect(updated.body.positions).toHaveLength(1);
    expect(updated.body.protocolRank).toBe(20);

    await ctx
      .http()
      .delete(api(`/people/${person.id}`))
      .set(owner.auth)
      .expect(204);
  });

  it('rejects a position in an organization of another workspace as not found', async () => {
    const foreign = await f.organization(other);
    const res = await ctx
      .http()
      .post(api('/people'))
      .set(owner.auth)
      .send({ name: { en: 'X' }, positions: [{ title: { en: 'Chair' }, organizationId: foreign.id }] });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('events', () => {
  it('creates with hosts and sides, reads with counts, lists with filters, and follows the lifecycle', async () => {
    const host = await f.organization(owner, { name: { en: 'Provincial S&T Department' } });
    const coHost = await f.organization(owner, { name: { en: 'HKTDC' } });
    const event = await f.event(owner, {
      hostIds: [host.id],
      coHostIds: [coHost.id],
      venue: { en: 'SCO Demonstration Zone' },
      city: { en: 'Qingdao' },
    });
    expect(event.status).toBe('draft');
    expect(event.hosts.map((h: { id: string }) => h.id)).toEqual([host.id]);
    expect(event.coHosts.map((h: { id: string }) => h.id)).toEqual([coHost.id]);

    const got = await ctx
      .http()
      .get(api(`/events/${event.id}`))
      .set(official.auth);
    expect(got.body.counts).toEqual({ attendees: 0, checkedIn: 0, speeches: 0, mous: 0, projects: 0 });

    const list = await ctx
      .http()
      .get(api(`/events?organizationId=${coHost.id}&from=2024-03-01T00:00:00Z&to=2024-04-01T00:00:00Z`))
      .set(owner.auth);
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([event.id]);

    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(owner.auth)
      .send({ status: 'scheduled' })
      .expect(200);
    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(owner.auth)
      .send({ status: 'held' })
      .expect(200);
    const back = await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(owner.auth)
      .send({ status: 'draft' });
    expect(back.status).toBe(409);
    expect(back.body).toMatchObject({ code: 'INVALID_STATE_TRANSITION', details: { from: 'held', to: 'draft' } });
  });

  it('refuses null for a required field on update instead of storing it', async () => {
    const event = await f.event(owner);
    for (const body of [{ startsAt: null }, { title: null }, { sides: null }, { kind: null }]) {
      const res = await ctx
        .http()
        .patch(api(`/events/${event.id}`))
        .set(owner.auth)
        .send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const person = await f.person(owner);
    expect(
      (
        await ctx
          .http()
          .patch(api(`/people/${person.id}`))
          .set(owner.auth)
          .send({ protocolRank: null })
      ).status,
    ).toBe(400);
    const org = await f.organization(owner);
    expect(
      (
        await ctx
          .http()
          .patch(api(`/organizations/${org.id}`))
          .set(owner.auth)
          .send({ kind: null })
      ).status,
    ).toBe(400);
    expect(
      (
        await ctx
          .http()
          .patch(api(`/organizations/${org.id}`))
          .set(owner.auth)
          .send({ region: null })
      ).body.region,
    ).toBeNull();
    const unchanged = await ctx
      .http()
      .get(api(`/events/${event.id}`))
      .set(owner.auth);
    expect(unchanged.body.startsAt).toBe(event.startsAt);
  });

  it('validates times, zones and side codes', async () => {
    const res = await ctx
      .http()
      .post(api('/events'))
      .set(owner.auth)
      .send({
        title: {},
        kind: 'exchange_meeting',
        startsAt: 'tomorrow',
        timeZone: 'Mars/Olympus',
        sides: [{ code: 'Bad Code', name: { en: 'x' } }],
      });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['sides.0.code', 'startsAt', 'timeZone', 'title']);

    const backwards = await ctx
      .http()
      .post(api('/events'))
      .set(owner.auth)
      .send({
        title: { en: 'x' },
        kind: 'forum',
        startsAt: '2024-03-25T12:00:00+08:00',
        endsAt: '2024-03-25T09:00:00+08:00',
        timeZone: 'Asia/Shanghai',
      });
    expect(backwards.status).toBe(400);
    expect(backwards.body.details[0].field).toBe('endsAt');
  });

  it('cascades a delete to everything recorded for the event', async () => {
    const event = await f.event(owner);
    const person = await f.person(owner);
    await f.attend(owner, event.id, person.id);
    await f.post(owner, `/events/${event.id}/agenda`, { kind: 'opening' });
    await ctx
      .http()
      .delete(api(`/events/${event.id}`))
      .set(owner.auth)
      .expect(204);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${event.id}/attendees`))
          .set(owner.auth)
      ).status,
    ).toBe(404);
    expect(
      (
        await ctx
          .http()
          .get(api(`/people/${person.id}`))
          .set(owner.auth)
      ).status,
    ).toBe(200);
  });
});

describe('agenda and participant groups', () => {
  it('keeps agenda items in order and groups with their qualifiers', async () => {
    const event = await f.event(owner);
    const zone = await f.organization(owner);
    await f.post(owner, `/events/${event.id}/agenda`, { kind: 'site_visit', subject: { en: 'the innovation centre' }, order: 5 });
    const unveiling = await f.post(owner, `/events/${event.id}/agenda`, {
      kind: 'unveiling',
      subject: { en: 'the cooperation centre' },
      order: 1,
    });
    await f.post(owner, `/events/${event.id}/agenda`, { kind: 'policy_presentation', organizationId: zone.id, order: 2 });
    const agenda = await ctx
      .http()
      .get(api(`/events/${event.id}/agenda`))
      .set(official.auth);
    expect(agenda.body.items.map((i: { kind: string }) => i.kind)).toEqual(['unveiling', 'policy_presentation', 'site_visit']);
    expect(agenda.body.items[1].organization.id).toBe(zone.id);

    const moved = await ctx
      .http()
      .patch(api(`/events/${event.id}/agenda/${unveiling.id}`))
      .set(owner.auth)
      .send({ order: 9 });
    expect(moved.body.order).toBe(9);
    await ctx
      .http()
      .delete(api(`/events/${event.id}/agenda/${unveiling.id}`))
      .set(owner.auth)
      .expect(204);

    const group = await f.post(owner, `/events/${event.id}/participant-groups`, {
      category: { en: 'enterprises' },
      count: 200,
      qualifier: 'over',
    });
    expect(group).toMatchObject({ count: 200, qualifier: 'over' });
    const groups = await ctx
      .http()
      .get(api(`/events/${event.id}/participant-groups`))
      .set(official.auth);
    expect(groups.body).toMatchObject({ total: 1, items: [{ id: group.id }] });
    const bad = await ctx
      .http()
      .post(api(`/events/${event.id}/participant-groups`))
      .set(owner.auth)
      .send({ category: { en: 'x' }, count: -1, qualifier: 'some' });
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['count', 'qualifier']);
  });
});

describe('attendance, protocol order and check-in', () => {
  it('orders attendees by override, then rank, then when added, and shows the effective order', async () => {
    const event = await f.event(owner);
    const junior = await f.person(owner, { name: { en: 'Junior' }, protocolRank: 50 });
    const senior = await f.person(owner, { name: { en: 'Senior' }, protocolRank: 10 });
    const sameRankFirst = await f.person(owner, { name: { en: 'Peer A' }, protocolRank: 30 });
    const sameRankSecond = await f.person(owner, { name: { en: 'Peer B' }, protocolRank: 30 });
    const guestOfHonour = await f.person(owner, { name: { en: 'Guest of honour' }, protocolRank: 900 });

    await f.attend(owner, event.id, junior.id, { role: 'participant' });
    await f.attend(owner, event.id, sameRankFirst.id);
    await f.attend(owner, event.id, sameRankSecond.id);
    await f.attend(owner, event.id, senior.id, { role: 'presider', side: 'shandong' });
    const override = await f.attend(owner, event.id, guestOfHonour.id, { role: 'speaker', protocolOrder: 1, side: 'hongkong' });
    expect(override.effectiveOrder).toBe(1);

    const list = await ctx
      .http()
      .get(api(`/events/${event.id}/attendees`))
      .set(official.auth);
    expect(list.body.items.map((a: { person: { name: { en: string } } }) => a.person.name.en)).toEqual([
      'Guest of honour',
      'Senior',
      'Peer A',
      'Peer B',
      'Junior',
    ]);
    expect(list.body.items.map((a: { effectiveOrder: number }) => a.effectiveOrder)).toEqual([1, 2, 3, 4, 5]);

    const guests = await ctx
      .http()
      .get(api(`/events/${event.id}/attendees?role=guest`))
      .set(official.auth);
    expect(guests.body.items.map((a: { effectiveOrder: number }) => a.effectiveOrder)).toEqual([3, 4]);
    const page2 = await ctx
      .http()
      .get(api(`/events/${event.id}/attendees?page=2&pageSize=2`))
      .set(official.auth);
    expect(page2.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.body.items.map((a: { effectiveOrder: number }) => a.effectiveOrder)).toEqual([3, 4]);
  });

  it('adds many at once or none, and rejects unknown sides, duplicates and people of other workspaces', async () => {
    const event = await f.event(owner);
    const a = await f.person(owner);
    const b = await f.person(owner);
    const foreign = await f.person(other);

    const bad = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/bulk`))
      .set(owner.auth)
      .send({
        items: [
          { personId: a.id, role: 'guest' },
          { personId: foreign.id, role: 'guest' },
        ],
      });
    expect(bad.status).toBe(404);
    const side = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees`))
      .set(owner.auth)
      .send({ personId: a.id, role: 'guest', side: 'beijing' });
    expect(side.status).toBe(400);
    expect(side.body.details[0].field).toBe('side');
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${event.id}/attendees`))
          .set(owner.auth)
      ).body.total,
    ).toBe(0);

    const ok = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/bulk`))
      .set(owner.auth)
      .send({
        items: [
          { personId: a.id, role: 'guest' },
          { personId: b.id, role: 'participant' },
        ],
      });
    expect(ok.status).toBe(201);
    expect(ok.body.items).toHaveLength(2);
    const again = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees`))
      .set(owner.auth)
      .send({ personId: a.id, role: 'guest' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_EXISTS');
  });

  it('checks in once under many concurrent calls and keeps the first time', async () => {
    const now = Date.now();
    const event = await f.event(owner, {
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 7_200_000).toISOString(),
    });
    const person = await f.person(owner);
    const attendee = await f.attend(owner, event.id, person.id);

    const calls = await Promise.all(
      Array.from({ length: 25 }, () =>
        ctx
          .http()
          .post(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
          .set(owner.auth),
      ),
    );
    expect(calls.map((c) => c.status)).toEqual(Array(25).fill(200));
    expect(calls.filter((c) => c.body.checkedInNow)).toHaveLength(1);
    const times = new Set(calls.map((c) => c.body.checkedInAt));
    expect(times.size).toBe(1);
    expect(calls[0].body.status).toBe('checked_in');

    const later = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
      .set(owner.auth);
    expect(later.body).toMatchObject({ checkedInNow: false, checkedInAt: [...times][0] });
    const counts = await ctx
      .http()
      .get(api(`/events/${event.id}`))
      .set(owner.auth);
    expect(counts.body.counts.checkedIn).toBe(1);
  });

  it('corrects the order with an override and updates the status', async () => {
    const event = await f.event(owner);
    const first = await f.person(owner, { protocolRank: 1 });
    const second = await f.person(owner, { protocolRank: 2 });
    await f.attend(owner, event.id, first.id);
    const moved = await f.attend(owner, event.id, second.id);
    const patched = await ctx
      .http()
      .patch(api(`/events/${event.id}/attendees/${moved.id}`))
      .set(owner.auth)
      .send({ protocolOrder: 1, status: 'absent' });
    expect(patched.body).toMatchObject({ effectiveOrder: 1, protocolOrder: 1, status: 'absent', checkedInAt: null });
    await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${moved.id}`))
      .set(owner.auth)
      .expect(204);
  });

  it('keeps both of two changes of one attendee made at the same time', async () => {
    const event = await f.event(owner, { sides: [{ code: 'hongkong', name: { en: 'Hong Kong' } }] });
    for (let round = 0; round < 40; round++) {
      const person = await f.person(owner);
      const attendee = await f.attend(owner, event.id, person.id);
      const path = api(`/events/${event.id}/attendees/${attendee.id}`);
      const [side, role] = await Promise.all([
        ctx.http().patch(path).set(owner.auth).send({ side: 'hongkong' }),
        ctx.http().patch(path).set(owner.auth).send({ role: 'presider' }),
      ]);
      expect([side.status, role.status]).toEqual([200, 200]);
      const now = await ctx.http().get(path).set(owner.auth);
      expect(now.body).toMatchObject({ side: 'hongkong', role: 'presider' });
    }
  });

  it('refuses changes to a cancelled event', async () => {
    const event = await f.event(owner);
    const person = await f.person(owner);
    const attendee = await f.attend(owner, event.id, person.id);
    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(owner.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    const checkIn = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
      .set(owner.auth);
    expect(checkIn.status).toBe(409);
    expect(checkIn.body.code).toBe('EVENT_CANCELLED');
    const add = await ctx
      .http()
      .post(api(`/events/${event.id}/agenda`))
      .set(owner.auth)
      .send({ kind: 'opening' });
    expect(add.body.code).toBe('EVENT_CANCELLED');
    const removal = await ctx
      .http()
      .delete(api(`/events/${event.id}/attendees/${attendee.id}`))
      .set(owner.auth);
    expect(removal.status).toBe(409);
    expect(removal.body.code).toBe('EVENT_CANCELLED');
  });
});

describe('roles and workspaces', () => {
  it('lets an official read but not write', async () => {
    const event = await f.event(owner);
    expect((await ctx.http().get(api('/events')).set(official.auth)).status).toBe(200);
    for (const [method, path] of [
      ['post', '/organizations'],
      ['post', '/people'],
      ['post', '/events'],
      ['patch', `/events/${event.id}`],
      ['delete', `/events/${event.id}`],
      ['post', `/events/${event.id}/agenda`],
      ['post', `/events/${event.id}/participant-groups`],
    ] as const) {
      const res = await ctx.http()[method](api(path)).set(official.auth).send({});
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('INSUFFICIENT_ROLE');
    }
  });

  it('answers 404 for every record of another workspace', async () => {
    const org = await f.organization(owner);
    const person = await f.person(owner);
    const event = await f.event(owner);
    const attendee = await f.attend(owner, event.id, person.id);
    const item = await f.post(owner, `/events/${event.id}/agenda`, { kind: 'opening' });
    const group = await f.post(owner, `/events/${event.id}/participant-groups`, { category: { en: 'x' }, count: 1 });
    for (const path of [
      `/organizations/${org.id}`,
      `/people/${person.id}`,
      `/events/${event.id}`,
      `/events/${event.id}/attendees`,
      `/events/${event.id}/attendees/${attendee.id}`,
      `/events/${event.id}/agenda`,
      `/events/${event.id}/participant-groups`,
    ]) {
      const res = await ctx.http().get(api(path)).set(other.auth);
      expect(res.status, path).toBe(404);
    }
    expect(
      (
        await ctx
          .http()
          .patch(api(`/events/${event.id}/agenda/${item.id}`))
          .set(other.auth)
          .send({ order: 1 })
      ).status,
    ).toBe(404);
    expect(
      (
        await ctx
          .http()
          .delete(api(`/events/${event.id}/participant-groups/${group.id}`))
          .set(other.auth)
      ).status,
    ).toBe(404);
    expect(
      (
        await ctx
          .http()
          .post(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
          .set(other.auth)
      ).status,
    ).toBe(404);
    const otherEvent = await f.event(other);
    expect(
      (
        await ctx
          .http()
          .post(api(`/events/${otherEvent.id}/attendees`))
          .set(other.auth)
          .send({ personId: person.id, role: 'guest' })
      ).status,
    ).toBe(404);
    const lists = await ctx.http().get(api('/people')).set(other.auth);
    expect(lists.body.items.map((p: { id: string }) => p.id)).not.toContain(person.id);
  });

  it('rejects a malformed id with VALIDATION_FAILED', async () => {
    const res = await ctx.http().get(api('/events/not-a-uuid')).set(owner.auth);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'id' }] });
  });
});
