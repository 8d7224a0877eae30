import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let organizer: Session;
let official: Session;
let other: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ owner, organizer, official, other } = await registerSessions(ctx, 'Shandong S&T'));
});
afterAll(async () => {
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
const fields = (body: { details: { field: string }[] }) => body.details.map((d) => d.field);

const speech = (s: Session, eventId: string, speakerId: string, over: Record<string, unknown> = {}) =>
  f.post(s, `/events/${eventId}/speeches`, {
    speakerId,
    kind: 'address',
    keyPoints: [{ en: 'Cooperation has a solid foundation.' }],
    ...over,
  });
const mou = (s: Session, eventId: string, orgIds: string[], over: Record<string, unknown> = {}) =>
  f.post(s, `/events/${eventId}/mous`, {
    title: { en: 'MoU on cooperation' },
    parties: orgIds.map((organizationId) => ({ organizationId })),
    ...over,
  });
const project = (s: Session, eventId: string, partyIds: string[], over: Record<string, unknown> = {}) =>
  f.post(s, `/events/${eventId}/projects`, { title: { en: 'Joint laboratory' }, partyIds, ...over });

describe('speeches', () => {
  it('creates, reads, updates and deletes a speech by an attendee', async () => {
    const ev = await f.event(owner);
    const agenda = await f.post(owner, `/events/${ev.id}/agenda`, { kind: 'address' });
    const speaker = await f.person(owner, { name: { zh: '宋军继', en: 'Song Junji' }, protocolRank: 5 });
    const attendance = await f.attend(owner, ev.id, speaker.id);

    const created = await speech(organizer, ev.id, speaker.id, {
      kind: 'keynote',
      agendaItemId: agenda.id,
      language: 'zh',
      keyPoints: [{ zh: '鲁港合作基础扎实。', en: 'Cooperation has a solid foundation.' }],
      quotes: [{ zh: '科技合作是重要引擎。' }],
    });
    expect(created).toMatchObject({
      eventId: ev.id,
      speakerId: speaker.id,
      attendanceId: attendance.id,
      kind: 'keynote',
      agendaItemId: agenda.id,
      order: 0,
      language: 'zh',
      quotes: [{ zh: '科技合作是重要引擎。' }],
    });
    expect(created.speaker).toMatchObject({ id: speaker.id, name: { zh: '宋军继', en: 'Song Junji' }, protocolRank: 5 });

    const got = await ctx
      .http()
      .get(api(`/events/${ev.id}/speeches/${created.id}`))
      .set(official.auth);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created);

    const patched = await ctx
      .http()
      .patch(api(`/events/${ev.id}/speeches/${created.id}`))
      .set(owner.auth)
      .send({ kind: 'remarks', agendaItemId: null, quotes: [] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ kind: 'remarks', agendaItemId: null, quotes: [], language: 'zh', speakerId: speaker.id });

    const blocked = await ctx
      .http()
      .delete(api(`/events/${ev.id}/attendees/${attendance.id}`))
      .set(owner.auth);
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('IN_USE');

    await ctx
      .http()
      .delete(api(`/events/${ev.id}/speeches/${created.id}`))
      .set(owner.auth)
      .expect(204);
    const gone = await ctx
      .http()
      .get(api(`/events/${ev.id}/speeches/${created.id}`))
      .set(owner.auth);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('NOT_FOUND');
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${ev.id}/speeches`))
          .set(owner.auth)
      ).body.total,
    ).toBe(0);
  });

  it('lists in speaking order: order first, then the speakers\u2019 protocol order', async () => {
    const ev = await f.event(owner);
    const junior = await f.person(owner, { protocolRank: 30 });
    const senior = await f.person(owner, { protocolRank: 10 });
    const middle = await f.person(owner, { protocolRank: 20 });
    const moved = await f.person(owner, { protocolRank: 90 });
    for (const p of [junior, senior, middle]) await f.attend(owner, ev.id, p.id);
    await f.attend(owner, ev.id, moved.id, { protocolOrder: 99 });

    const first = await speech(owner, ev.id, junior.id, { order: 0 });
    const b = await speech(owner, ev.id, middle.id, { order: 1 });
    const a = await speech(owner, ev.id, senior.id, { order: 1 });
    const c = await speech(owner, ev.id, moved.id, { order: 1 });
    const appended = await speech(owner, ev.id, senior.id, { kind: 'statement' });
    expect(appended.order).toBe(2);

    const list = await ctx
      .http()
      .get(api(`/events/${ev.id}/speeches`))
      .set(official.auth);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(5);
    // same order: an explicit per-event override comes first, then senior (rank 10) before middle (rank 20)
    expect(ids(list.body)).toEqual([first.id, c.id, a.id, b.id, appended.id]);

    const page = await ctx
      .http()
      .get(api(`/events/${ev.id}/speeches?page=2&pageSize=2`))
      .set(owner.auth);
    expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(ids(page.body)).toEqual([a.id, b.id]);
    const beyond = await ctx
      .http()
      .get(api(`/events/${ev.id}/speeches?page=9&pageSize=2`))
      .set(owner.auth);
    expect(beyond.body).toMatchObject({ total: 5, items: [] });

    await ctx
      .http()
      .patch(api(`/events/${ev.id}/speeches/${first.id}`))
      .set(owner.auth)
      .send({ order: 5 })
      .expect(200);
    const reordered = await ctx
      .http()
      .get(api(`/events/${ev.id}/speeches`))
      .set(owner.auth);
    expect(ids(reordered.body)).toEqual([c.id, a.id, b.id, appended.id, first.id]);
  });

  it('refuses a speaker who does not attend and an agenda item of another event', async () => {
    const ev = await f.event(owner);
    const elsewhere = await f.event(owner);
    const foreignItem = await f.post(owner, `/events/${elsewhere.id}/agenda`, { kind: 'address' });
    const absent = await f.person(owner);
    const present = await f.person(owner);
    await f.attend(owner, ev.id, present.id);
    await f.attend(owner, elsewhere.id, absent.id);

    const notAttending = await ctx
      .http()
      .post(api(`/events/${ev.id}/speeches`))
      .set(owner.auth)
      .send({ speakerId: absent.id, kind: 'address', keyPoints: [] });
    expect(notAttending.status).toBe(400);
    expect(notAttending.body.code).toBe('VALIDATION_FAILED');
    expect(fields(notAttending.body)).toEqual(['speakerId']);

    const wrongItem = await ctx
      .http()
      .post(api(`/events/${ev.id}/speeches`))
      .set(owner.auth)
      .send({ speakerId: present.id, kind: 'address', keyPoints: [], agendaItemId: foreignItem.id });
    expect(wrongItem.status).toBe(400);
    expect(fields(wrongItem.body)).toEqual(['agendaItemId']);

    const s = await speech(owner, ev.id, present.id);
    const patchSpeaker = await ctx
      .http()
      .patch(api(`/events/${ev.id}/speeches/${s.id}`))
      .set(owner.auth)
      .send({ speakerId: absent.id });
    expect(patchSpeaker.status).toBe(400);
    expect(fields(patchSpeaker.body)).toEqual(['speakerId']);
    const nulls = await ctx
      .http()
      .patch(api(`/events/${ev.id}/speeches/${s.id}`))
      .set(owner.auth)
      .send({ speakerId: null, kind: null, keyPoints: null });
    expect(nulls.status).toBe(400);
    expect(fields(nulls.body).sort()).toEqual(['keyPoints', 'kind', 'speakerId']);
    const cleared = await ctx
      .http()
      .patch(api(`/events/${ev.id}/speeches/${s.id}`))
      .set(owner.auth)
      .send({ language: null, agendaItemId: null, order: null, quotes: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ language: null, agendaItemId: null, order: s.order, quotes: [] });

    const bad = await ctx
      .http()
      .post(api(`/events/${ev.id}/speeches`))
      .set(owner.auth)
      .send({
        speakerId: 'nope',
        kind: 'sermon',
        language: 'fr',
        keyPoints: [{ fr: 'x' }],
        quotes: 'not a list',
      });
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['keyPoints', 'kind', 'language', 'quotes', 'speakerId']);

    const tooMany = await ctx
      .http()
      .post(api(`/events/${ev.id}/speeches`))
      .set(owner.auth)
      .send({
        speakerId: present.id,
        kind: 'address',
        keyPoints: Array.from({ length: 21 }, (_, i) => ({ en: `Point ${i}` })),
      });
    expect(tooMany.status).toBe(400);
    expect(fields(tooMany.body)).toEqual(['keyPoints']);
  });
});

describe('MoUs', () => {
  it('creates with parties, signatories and witnesses, reads, replaces parties, and deletes with its parties', async () => {
    const ev = await f.event(owner);
    const sd = await f.organization(owner, {
      kind: 'government',
      region: 'Shandong',
      name: { en: 'Shandong S&T Department' },
      shortName: { en: 'SDST' },
    });
    const hk = await f.organization(owner, { kind: 'university', region: 'Hong Kong', name: { en: 'HKUST' } });
    const third = await f.organization(owner, { kind: 'research_institute', region: 'Qingdao', name: { en: 'Qingdao Institute' } });
    const signer = await f.person(owner, { name: { en: 'Signer One' } });
    const signer2 = await f.person(owner, { name: { en: 'Signer Two' } });
    const witness = await f.person(owner, { name: { en: 'Witness' } });

    const created = await mou(organizer, ev.id, [], {
      title: { zh: '鲁港科技创新合作备忘录', en: 'MoU on Sci-Tech Innovation Cooperation' },
      purpose: { en: 'Joint laboratories' },
      signedOn: '2024-03-25',
      parties: [
        { organizationId: sd.id, signatoryId: signer.id },
        { organizationId: hk.id, signatoryId: signer2.id },
      ],
      witnessIds: [witness.id],
    });
    expect(created).toMatchObject({
      eventId: ev.id,
      order: 0,
      signedOn: '2024-03-25',
      status: 'signed',
      witnessIds: [witness.id],
      purpose: { en: 'Joint laboratories' },
    });
    expect(created.parties).toEqual([
      {
        organizationId: sd.id,
        organization: {
          id: sd.id,
          kind: 'government',
          name: { en: 'Shandong S&T Department' },
          shortName: { en: 'SDST' },
          region: 'Shandong',
        },
        signatoryId: signer.id,
        signatory: expect.objectContaining({ id: signer.id, name: { en: 'Signer One' }, positions: [] }),
      },
      {
        organizationId: hk.id,
        organization: { id: hk.id, kind: 'university', name: { en: 'HKUST' }, shortName: null, region: 'Hong Kong' },
        signatoryId: signer2.id,
        signatory: expect.objectContaining({ id: signer2.id }),
      },
    ]);
    expect(created.witnesses.map((w: { id: string }) => w.id)).toEqual([witness.id]);

    const got = await ctx
      .http()
      .get(api(`/events/${ev.id}/mous/${created.id}`))
      .set(official.auth);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created);

    const patched = await ctx
      .http()
      .patch(api(`/events/${ev.id}/mous/${created.id}`))
      .set(owner.auth)
      .send({
        status: 'in_effect',
        parties: [{ organizationId: hk.id }, { organizationId: third.id, signatoryId: signer.id }, { organizationId: sd.id }],
        witnessIds: [],
      });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      status: 'in_effect',
      witnessIds: [],
      witnesses: [],
      title: created.title,
      signedOn: '2024-03-25',
    });
    expect(patched.body.parties.map((p: { organizationId: string }) => p.organizationId)).toEqual([hk.id, third.id, sd.id]);
    expect(patched.body.parties.map((p: { signatoryId: string | null }) => p.signatoryId)).toEqual([null, signer.id, null]);
    expect(patched.body.parties[0].signatory).toBeNull();

    const keep = await ctx
      .http()
      .patch(api(`/events/${ev.id}/mous/${created.id}`))
      .set(owner.auth)
      .send({ signedOn: null });
    expect(keep.body.parties).toHaveLength(3);
    expect(keep.body.signedOn).toBeNull();

    const second = await mou(owner, ev.id, [sd.id, hk.id]);
    expect(second.order).toBe(1);
    const list = await ctx
      .http()
      .get(api(`/events/${ev.id}/mous`))
      .set(official.auth);
    expect(ids(list.body)).toEqual([created.id, second.id]);

    await ctx
      .http()
      .delete(api(`/events/${ev.id}/mous/${created.id}`))
      .set(owner.auth)
      .expect(204);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${ev.id}/mous/${created.id}`))
          .set(owner.auth)
      ).status,
    ).toBe(404);
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM mou_parties WHERE mou_id = $1', [created.id]);
    await client.end();
    expect(rows[0].n).toBe(0);
    // the organizations are free again once no MoU names them
    await ctx
      .http()
      .delete(api(`/events/${ev.id}/mous/${second.id}`))
      .set(owner.auth)
      .expect(204);
    await ctx
      .http()
      .delete(api(`/organizations/${third.id}`))
      .set(owner.auth)
      .expect(204);
  });

  it('validates parties, dates and status', async () => {
    const ev = await f.event(owner);
    const a = await f.organization(owner);
    const b = await f.organization(owner);

    const one = await ctx
      .http()
      .post(api(`/events/${ev.id}/mous`))
      .set(owner.auth)
      .send({ title: { en: 'MoU' }, parties: [{ organizationId: a.id }] });
    expect(one.status).toBe(400);
    expect(one.body.code).toBe('VALIDATION_FAILED');
    expect(fields(one.body)).toContain('parties');

    const twice = await ctx
      .http()
      .post(api(`/events/${ev.id}/mous`))
      .set(owner.auth)
      .send({ title: { en: 'MoU' }, parties: [{ organizationId: a.id }, { organizationId: a.id }] });
    expect(twice.status).toBe(400);
    expect(fields(twice.body)).toEqual(['parties']);

    const bad = await ctx
      .http()
      .post(api(`/events/${ev.id}/mous`))
      .set(owner.auth)
      .send({
        title: {},
        signedOn: '2024-02-30',
        status: 'draft',
        parties: [{ organizationId: a.id }, { organizationId: 'x' }],
        witnessIds: ['y'],
      });
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['parties.1.organizationId', 'signedOn', 'status', 'title', 'witnessIds']);

    const missing = await ctx
      .http()
      .post(api(`/events/${ev.id}/mous`))
      .set(owner.auth)
      .send({
        title: { en: 'MoU' },
        parties: [{ organizationId: a.id }, { organizationId: b.id, signatoryId: '00000000-0000-4000-8000-000000000000' }],
      });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', details: { resource: 'Person' } });

    const m = await mou(owner, ev.id, [a.id, b.id]);
    const patchOne = await ctx
      .http()
      .patch(api(`/events/${ev.id}/mous/${m.id}`))
      .set(owner.auth)
      .send({ parties: [{ organizationId: b.id }] });
    expect(patchOne.status).toBe(400);
    expect(fields(patchOne.body)).toContain('parties');
    const nulls = await ctx
      .http()
      .patch(api(`/events/${ev.id}/mous/${m.id}`))
      .set(owner.auth)
      .send({ title: null, parties: null });
    expect(nulls.status).toBe(400);
    expect(fields(nulls.body).sort()).toEqual(['parties', 'title']);
    const ignored = await ctx
      .http()
      .patch(api(`/events/${ev.id}/mous/${m.id}`))
      .set(owner.auth)
      .send({ status: null, purpose: null, witnessIds: null });
    expect(ignored.status).toBe(200);
    expect(ignored.body).toMatchObject({ status: 'signed', purpose: null, witnessIds: [] });
  });

  it('lists across events by party, region, date, status, event and title, newest first', async () => {
    const s = await ctx.newWorkspace('MoU filters');
    const hkOrg = await f.organization(s, { region: 'Hong Kong' });
    const sdOrg = await f.organization(s, { region: 'Shandong' });
    const qdOrg = await f.organization(s, { region: 'Qingdao' });
    const march = await f.event(s, { startsAt: '2024-03-25T09:00:00+08:00' });
    const june = await f.event(s, { startsAt: '2024-06-10T09:00:00+08:00' });
    // starts late on 31 December UTC, which is already 1 January in Shanghai
    const newYear = await f.event(s, { startsAt: '2024-12-31T17:00:00Z' });

    const m1 = await mou(s, march.id, [hkOrg.id, sdOrg.id], { title: { en: 'Innovation MoU' } });
    const m2 = await mou(s, june.id, [sdOrg.id, qdOrg.id], { title: { en: 'Port MoU' }, status: 'planned' });
    const m3 = await mou(s, march.id, [qdOrg.id, hkOrg.id], { title: { en: 'Talent MoU' }, signedOn: '2024-09-01' });
    const m4 = await mou(s, newYear.id, [sdOrg.id, qdOrg.id], { title: { en: 'New year MoU' } });

    const get = async (query: string) => {
      const res = await ctx
        .http()
        .get(api(`/mous?${query}`))
        .set(s.auth);
      expect(res.status).toBe(200);
      return res.body;
    };
    expect(ids(await get(''))).toEqual([m4.id, m3.id, m2.id, m1.id]);
    expect(ids(await get('sort=date'))).toEqual([m1.id, m2.id, m3.id, m4.id]);
    expect(ids(await get(`organizationId=${hkOrg.id}`))).toEqual([m3.id, m1.id]);
    expect(ids(await get(`organizationId=${qdOrg.id}`))).toEqual([m4.id, m3.id, m2.id]);
    expect(ids(await get('region=hong%20kong'))).toEqual([m3.id, m1.id]);
    expect(ids(await get('from=2024-06-01&to=2024-09-01'))).toEqual([m3.id, m2.id]);
    expect(ids(await get('from=2025-01-01'))).toEqual([m4.id]);
    expect(ids(await get('to=2024-03-25'))).toEqual([m1.id]);
    expect(ids(await get('status=planned'))).toEqual([m2.id]);
    expect(ids(await get(`eventId=${march.id}`))).toEqual([m3.id, m1.id]);
    expect(ids(await get('q=port'))).toEqual([m2.id]);
    expect(ids(await get(`region=Qingdao&organizationId=${sdOrg.id}&to=2024-12-31`))).toEqual([m2.id]);
    const page = await get('pageSize=3&page=2');
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(ids(page)).toEqual([m1.id]);
    expect(page.items[0].parties[0].organization).toMatchObject({ id: hkOrg.id, region: 'Hong Kong' });

    const bad = await ctx.http().get(api('/mous?from=2024-13-01&status=done&organizationId=x')).set(s.auth);
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['from', 'organizationId', 'status']);
  });
});

describe('signed projects', () => {
  it('creates, reads, updates and deletes, with parties and an amount in a currency', async () => {
    const ev = await f.event(owner);
    const a = await f.organization(owner, { kind: 'state_owned_enterprise', region: 'Qingdao', name: { en: 'Qingdao Port Group' } });
    const b = await f.organization(owner, { kind: 'enterprise', region: 'Hong Kong', name: { en: 'HK Logistics' } });

    const created = await project(organizer, ev.id, [a.id, b.id], { sector: 'logistics', amount: '12500000.5', currency: 'hkd' });
    expect(created).toMatchObject({
      eventId: ev.id,
      order: 0,
      sector: 'logistics',
      amount: '12500000.50',
      currency: 'HKD',
      status: 'signed',
      partyIds: [a.id, b.id],
    });
    expect(created.parties).toEqual([
      { id: a.id, kind: 'state_owned_enterprise', name: { en: 'Qingdao Port Group' }, shortName: null, region: 'Qingdao' },
      { id: b.id, kind: 'enterprise', name: { en: 'HK Logistics' }, shortName: null, region: 'Hong Kong' },
    ]);

    const got = await ctx
      .http()
      .get(api(`/events/${ev.id}/projects/${created.id}`))
      .set(official.auth);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created);

    const patched = await ctx
      .http()
      .patch(api(`/events/${ev.id}/projects/${created.id}`))
      .set(owner.auth)
      .send({ partyIds: [b.id], status: 'in_progress', amount: null, currency: null });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ partyIds: [b.id], status: 'in_progress', amount: null, currency: null, sector: 'logistics' });
    expect(patched.body.parties.map((p: { id: string }) => p.id)).toEqual([b.id]);

    const second = await project(owner, ev.id, [a.id], { title: { en: 'No amount' } });
    expect(second).toMatchObject({ order: 1, amount: null, currency: null, sector: null });
    const list = await ctx
      .http()
      .get(api(`/events/${ev.id}/projects`))
      .set(official.auth);
    expect(ids(list.body)).toEqual([created.id, second.id]);

    await ctx
      .http()
      .delete(api(`/events/${ev.id}/projects/${created.id}`))
      .set(owner.auth)
      .expect(204);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${ev.id}/projects/${created.id}`))
          .set(owner.auth)
      ).status,
    ).toBe(404);
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${ev.id}/projects`))
          .set(owner.auth)
      ).body.total,
    ).toBe(1);
  });

  it('validates amount, currency, sector and parties', async () => {
    const ev = await f.event(owner);
    const org = await f.organization(owner);
    const send = (body: object) =>
      ctx
        .http()
        .post(api(`/events/${ev.id}/projects`))
        .set(owner.auth)
        .send({ title: { en: 'P' }, partyIds: [org.id], ...body });

    const noCurrency = await send({ amount: '1000' });
    expect(noCurrency.status).toBe(400);
    expect(noCurrency.body.code).toBe('VALIDATION_FAILED');
    expect(fields(noCurrency.body)).toEqual(['currency']);

    const noAmount = await send({ currency: 'CNY' });
    expect(noAmount.status).toBe(400);
    expect(fields(noAmount.body)).toEqual(['amount']);

    const badCurrency = await send({ amount: '1000', currency: 'XYZ' });
    expect(badCurrency.status).toBe(400);
    expect(fields(badCurrency.body)).toEqual(['currency']);

    for (const amount of ['-5', '0', '0.00', '1.234', '1e6', 'abc', '12345678901234567', 1000]) {
      const res = await send({ amount, currency: 'CNY' });
      expect(res.status, `amount ${amount}`).toBe(400);
      expect(fields(res.body)).toEqual(['amount']);
    }
    expect((await send({ amount: '0.01', currency: 'cny' })).body).toMatchObject({ amount: '0.01', currency: 'CNY' });

    const bad = await send({ sector: 'mining', status: 'signed_off', partyIds: [] });
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['partyIds', 'sector', 'status']);

    const dup = await send({ partyIds: [org.id, org.id] });
    expect(dup.status).toBe(400);
    expect(fields(dup.body)).toEqual(['partyIds']);

    const unknown = await send({ partyIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', details: { resource: 'Organization' } });

    const p = await project(owner, ev.id, [org.id], { amount: '500', currency: 'USD' });
    const dropCurrency = await ctx
      .http()
      .patch(api(`/events/${ev.id}/projects/${p.id}`))
      .set(owner.auth)
      .send({ currency: null });
    expect(dropCurrency.status).toBe(400);
    expect(fields(dropCurrency.body)).toEqual(['currency']);
    const nulls = await ctx
      .http()
      .patch(api(`/events/${ev.id}/projects/${p.id}`))
      .set(owner.auth)
      .send({ title: null, partyIds: null });
    expect(nulls.status).toBe(400);
    expect(fields(nulls.body).sort()).toEqual(['partyIds', 'title']);
    const changeAmount = await ctx
      .http()
      .patch(api(`/events/${ev.id}/projects/${p.id}`))
      .set(owner.auth)
      .send({ amount: '750.25' });
    expect(changeAmount.body).toMatchObject({ amount: '750.25', currency: 'USD' });
  });

  it('lists across events by sector, region, date, party, status, event and title', async () => {
    const s = await ctx.newWorkspace('Project filters');
    const hk = await f.organization(s, { region: 'Hong Kong' });
    const hk2 = await f.organization(s, { region: 'HONG KONG' });
    const sd = await f.organization(s, { region: 'Shandong' });
    const march = await f.event(s, { startsAt: '2024-03-25T09:00:00+08:00' });
    const june = await f.event(s, { startsAt: '2024-06-10T09:00:00+08:00' });
    const later = await f.event(s, { startsAt: '2025-02-01T09:00:00+08:00' });

    const p1 = await project(s, march.id, [sd.id, hk.id], { sector: 'ai', title: { en: 'AI computing centre' } });
    const p2 = await project(s, june.id, [hk2.id], { sector: 'ai', title: { en: 'AI chips' } });
    const p3 = await project(s, june.id, [sd.id], { sector: 'ai', title: { en: 'AI in Shandong only' } });
    const p4 = await project(s, march.id, [hk.id], { sector: 'biomedicine', title: { en: 'Vaccines' }, status: 'completed' });
    const p5 = await project(s, later.id, [hk.id], { sector: 'ai', title: { en: 'AI next year' } });

    const get = async (query: string) => {
      const res = await ctx
        .http()
        .get(api(`/projects?${query}`))
        .set(s.auth);
      expect(res.status).toBe(200);
      return res.body;
    };
    expect(ids(await get('sector=ai&region=Hong%20Kong&from=2024-01-01&to=2024-12-31'))).toEqual([p2.id, p1.id]);
    expect(ids(await get('sector=ai&region=Hong%20Kong'))).toEqual([p5.id, p2.id, p1.id]);
    expect(ids(await get(''))).toEqual([p5.id, p2.id, p3.id, p1.id, p4.id]);
    expect(ids(await get(`organizationId=${hk.id}&sort=date`))).toEqual([p1.id, p4.id, p5.id]);
    expect(ids(await get('status=completed'))).toEqual([p4.id]);
    expect(ids(await get(`eventId=${june.id}`))).toEqual([p2.id, p3.id]);
    expect(ids(await get('q=chips'))).toEqual([p2.id]);
    expect(ids(await get('from=2024-06-10&to=2024-06-10'))).toEqual([p2.id, p3.id]);
    const page = await get('sector=ai&pageSize=2');
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 2 });

    const bad = await ctx.http().get(api('/projects?sector=mining&to=yesterday')).set(s.auth);
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['sector', 'to']);
  });
});

describe('workspace isolation', () => {
  it("hides another workspace's speeches, MoUs and projects and refuses its organizations and people", async () => {
    const ev = await f.event(owner);
    const orgA = await f.organization(owner);
    const orgA2 = await f.organization(owner);
    const personA = await f.person(owner);
    await f.attend(owner, ev.id, personA.id);
    const s = await speech(owner, ev.id, personA.id);
    const m = await mou(owner, ev.id, [orgA.id, orgA2.id]);
    const p = await project(owner, ev.id, [orgA.id]);

    for (const path of [`/events/${ev.id}/speeches/${s.id}`, `/events/${ev.id}/mous/${m.id}`, `/events/${ev.id}/projects/${p.id}`]) {
      for (const res of [
        await ctx.http().get(api(path)).set(other.auth),
        await ctx.http().patch(api(path)).set(other.auth).send({ order: 3 }),
        await ctx.http().delete(api(path)).set(other.auth),
      ]) {
        expect(res.status, path).toBe(404);
        expect(res.body.code).toBe('NOT_FOUND');
      }
    }
    for (const path of [`/events/${ev.id}/speeches`, `/events/${ev.id}/mous`, `/events/${ev.id}/projects`]) {
      expect((await ctx.http().get(api(path)).set(other.auth)).status).toBe(404);
    }
    expect(
      (
        await ctx
          .http()
          .get(api(`/mous?organizationId=${orgA.id}`))
          .set(other.auth)
      ).body.total,
    ).toBe(0);
    expect(
      (
        await ctx
          .http()
          .get(api(`/projects?eventId=${ev.id}`))
          .set(other.auth)
      ).body.total,
    ).toBe(0);
    // the records are intact for their owner
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${ev.id}/speeches/${s.id}`))
          .set(owner.auth)
      ).body.order,
    ).toBe(0);

    const evB = await f.event(other);
    const orgB = await f.organization(other);
    const orgB2 = await f.organization(other);
    const personB = await f.person(other);
    await f.attend(other, evB.id, personB.id);
    const refused = [
      await ctx
        .http()
        .post(api(`/events/${evB.id}/speeches`))
        .set(other.auth)
        .send({ speakerId: personA.id, kind: 'address', keyPoints: [] }),
      await ctx
        .http()
        .post(api(`/events/${evB.id}/mous`))
        .set(other.auth)
        .send({ title: { en: 'M' }, parties: [{ organizationId: orgB.id }, { organizationId: orgA.id }] }),
      await ctx
        .http()
        .post(api(`/events/${evB.id}/mous`))
        .set(other.auth)
        .send({ title: { en: 'M' }, parties: [{ organizationId: orgB.id, signatoryId: personA.id }, { organizationId: orgB2.id }] }),
      await ctx
        .http()
        .post(api(`/events/${evB.id}/mous`))
        .set(other.auth)
        .send({ title: { en: 'M' }, parties: [{ organizationId: orgB.id }, { organizationId: orgB2.id }], witnessIds: [personA.id] }),
      await ctx
        .http()
        .post(api(`/events/${evB.id}/projects`))
        .set(other.auth)
        .send({ title: { en: 'P' }, partyIds: [orgB.id, orgA.id] }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    const agendaA = await f.post(owner, `/events/${ev.id}/agenda`, { kind: 'address' });
    const foreignItem = await ctx
      .http()
      .post(api(`/events/${evB.id}/speeches`))
      .set(other.auth)
      .send({ speakerId: personB.id, kind: 'address', keyPoints: [], agendaItemId: agendaA.id });
    expect(foreignItem.status).toBe(404);
    expect(foreignItem.body.code).toBe('NOT_FOUND');
  });
});

describe('roles', () => {
  it('lets an official read but not write speeches, MoUs and projects', async () => {
    const ev = await f.event(owner);
    const org = await f.organization(owner);
    const org2 = await f.organization(owner);
    const p = await f.person(owner);
    await f.attend(owner, ev.id, p.id);
    const records = {
      speeches: { item: await speech(owner, ev.id, p.id), body: { speakerId: p.id, kind: 'address', keyPoints: [] } },
      mous: {
        item: await mou(owner, ev.id, [org.id, org2.id]),
        body: { title: { en: 'M' }, parties: [{ organizationId: org.id }, { organizationId: org2.id }] },
      },
      projects: { item: await project(owner, ev.id, [org.id]), body: { title: { en: 'P' }, partyIds: [org.id] } },
    };
    for (const [name, { item, body }] of Object.entries(records)) {
      const base = `/events/${ev.id}/${name}`;
      for (const res of [
        await ctx.http().post(api(base)).set(official.auth).send(body),
        await ctx
          .http()
          .patch(api(`${base}/${item.id}`))
          .set(official.auth)
          .send({ order: 4 }),
        await ctx
          .http()
          .delete(api(`${base}/${item.id}`))
          .set(official.auth),
      ]) {
        expect(res.status, name).toBe(403);
        expect(res.body.code).toBe('INSUFFICIENT_ROLE');
      }
      expect((await ctx.http().get(api(base)).set(official.auth)).status).toBe(200);
      expect(
        (
          await ctx
            .http()
            .get(api(`${base}/${item.id}`))
            .set(official.auth)
        ).status,
      ).toBe(200);
    }
    expect((await ctx.http().get(api('/mous')).set(official.auth)).status).toBe(200);
    expect((await ctx.http().get(api('/projects')).set(official.auth)).status).toBe(200);
    expect((await ctx.http().get(api('/mous'))).status).toBe(401);
  });
});

describe('cancelled events', () => {
  it('refuses new, changed and deleted speeches, MoUs and projects with EVENT_CANCELLED', async () => {
    const ev = await f.event(owner);
    const org = await f.organization(owner);
    const org2 = await f.organization(owner);
    const p = await f.person(owner);
    await f.attend(owner, ev.id, p.id);
    const s = await speech(owner, ev.id, p.id);
    const m = await mou(owner, ev.id, [org.id, org2.id]);
    const pr = await project(owner, ev.id, [org.id]);
    await ctx
      .http()
      .patch(api(`/events/${ev.id}`))
      .set(owner.auth)
      .send({ status: 'cancelled' })
      .expect(200);

    const refused = [
      await ctx
        .http()
        .post(api(`/events/${ev.id}/speeches`))
        .set(owner.auth)
        .send({ speakerId: p.id, kind: 'address', keyPoints: [] }),
      await ctx
        .http()
        .patch(api(`/events/${ev.id}/speeches/${s.id}`))
        .set(owner.auth)
        .send({ kind: 'remarks' }),
      await ctx
        .http()
        .post(api(`/events/${ev.id}/mous`))
        .set(owner.auth)
        .send({ title: { en: 'M' }, parties: [{ organizationId: org.id }, { organizationId: org2.id }] }),
      await ctx
        .http()
        .patch(api(`/events/${ev.id}/mous/${m.id}`))
        .set(owner.auth)
        .send({ status: 'terminated' }),
      await ctx
        .http()
        .post(api(`/events/${ev.id}/projects`))
        .set(owner.auth)
        .send({ title: { en: 'P' }, partyIds: [org.id] }),
      await ctx
        .http()
        .patch(api(`/events/${ev.id}/projects/${pr.id}`))
        .set(owner.auth)
        .send({ status: 'cancelled' }),
      await ctx
        .http()
        .delete(api(`/events/${ev.id}/speeches/${s.id}`))
        .set(owner.auth),
      await ctx
        .http()
        .delete(api(`/events/${ev.id}/mous/${m.id}`))
        .set(owner.auth),
      await ctx
        .http()
        .delete(api(`/events/${ev.id}/projects/${pr.id}`))
        .set(owner.auth),
    ];
    for (const res of refused) {
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('EVENT_CANCELLED');
    }
    // the refused deletes left the records in place
    expect(
      (
        await ctx
          .http()
          .get(api(`/events/${ev.id}`))
          .set(owner.auth)
      ).body.counts,
    ).toMatchObject({ speeches: 1, mous: 1, projects: 1 });
  });
});

describe('OpenAPI', () => {
  it('documents the endpoints with typed responses and an example for every write body', async () => {
    const doc = (await ctx.http().get('/docs-json')).body;
    for (const path of ['/api/v1/events/{eventId}/speeches', '/api/v1/events/{eventId}/mous', '/api/v1/events/{eventId}/projects']) {
      expect(Object.keys(doc.paths[path]).sort(), path).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths[`${path}/{id}`]).sort(), path).toEqual(['delete', 'get', 'patch']);
      expect(doc.paths[path].post.responses['409'].description).toContain('EVENT_CANCELLED');
    }
    expect(doc.paths['/api/v1/mous'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['organizationId', 'region', 'from', 'to', 'status', 'eventId', 'q']),
    );
    expect(doc.paths['/api/v1/projects'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['sector', 'region', 'from', 'to']),
    );
    expect(doc.paths['/api/v1/events/{eventId}/mous/{id}'].get.responses['200'].content['application/json'].schema.$ref).toContain(
      'MouDto',
    );
    const schemas = doc.components.schemas;
    expect(schemas.CreateSpeechDto.properties.keyPoints.example).toBeDefined();
    expect(schemas.CreateMouDto.properties.title.example).toBeDefined();
    expect(schemas.CreateSignedProjectDto.properties.title.example).toBeDefined();
    expect(schemas.CreateMouDto.required).toEqual(expect.arrayContaining(['title', 'parties']));
    expect(schemas.MouPartyDto.properties.organization.$ref ?? schemas.MouPartyDto.properties.organization.allOf?.[0]?.$ref).toContain(
      'PartyOrganizationDto',
    );
    expect(schemas.PartyOrganizationDto.properties).toHaveProperty('region');
    expect(schemas.SpeechDto.properties).toHaveProperty('speaker');
  });
});
