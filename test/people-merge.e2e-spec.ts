import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  ({ owner, organizer, official, other } = await registerSessions(ctx, 'Merging office'));
});
afterAll(async () => {
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;
const merge = (s: Session, keptId: string, body: Record<string, unknown>) =>
  ctx
    .http()
    .post(api(`/people/${keptId}/merge`))
    .set(s.auth)
    .send(body);
const get = (s: Session, path: string) => ctx.http().get(api(path)).set(s.auth);

describe('merging two records of one person', () => {
  it('moves attendances, speeches, signatures, witnessings, headships and positions in one go, and removes the duplicate', async () => {
    const province = await f.organization(owner, { name: { zh: '山东省人民政府', en: 'Shandong Provincial Government' } });
    const office = await f.organization(owner, { name: { en: 'Shandong Office in Hong Kong' } });
    const partner = await f.organization(owner, { name: { en: 'HKPC' } });
    const kept = await f.person(owner, {
      name: { zh: '宋军继' },
      protocolRank: 5,
      positions: [{ title: { zh: '副省长' }, organizationId: province.id }],
    });
    const duplicate = await f.person(owner, {
      name: { zh: '宋军继', en: 'Song Junji' },
      familyName: { en: 'Song' },
      reading: 'そう ぐんけい',
      protocolRank: 40,
      note: 'Entered from the guest list',
      positions: [
        { title: { zh: '副省长', en: 'Vice Governor' }, organizationId: province.id },
        { title: { en: 'Honorary Chair' }, organizationId: office.id },
      ],
    });
    const witness = await f.person(owner, { name: { en: 'A witness' } });

    // an event only the duplicate attended, with a speech and an MoU they signed and witnessed
    const solo = await f.event(owner, { title: { en: 'Solo meeting' }, startsAt: '2024-03-20T09:00:00+08:00' });
    const soloAttendance = await f.attend(owner, solo.id, duplicate.id, { role: 'speaker', side: 'shandong' });
    const soloSpeech = await f.post(owner, `/events/${solo.id}/speeches`, {
      speakerId: duplicate.id,
      kind: 'address',
      keyPoints: [{ en: 'Cooperation has a solid foundation.' }],
    });
    await f.attend(owner, solo.id, witness.id);
    const mou = await f.post(owner, `/events/${solo.id}/mous`, {
      title: { en: 'MoU on cooperation' },
      parties: [{ organizationId: province.id, signatoryId: duplicate.id }, { organizationId: partner.id }],
      witnessIds: [witness.id, duplicate.id],
    });

    // an event both attended: the kept attendance stays, takes the side, the check-in, the speech and the headship
    const shared = await f.event(owner, { title: { en: 'Shared meeting' }, startsAt: '2024-03-25T09:00:00+08:00' });
    const keptAttendance = await f.attend(owner, shared.id, kept.id, { role: 'guest' });
    const dupAttendance = await f.attend(owner, shared.id, duplicate.id, {
      role: 'speaker',
      side: 'shandong',
      protocolOrder: 2,
      status: 'checked_in',
    });
    const sharedSpeech = await f.post(owner, `/events/${shared.id}/speeches`, {
      speakerId: duplicate.id,
      kind: 'remarks',
      keyPoints: [{ en: 'Thanks to the hosts.' }],
    });
    const delegation = await f.post(owner, `/events/${shared.id}/delegations`, { side: 'shandong', headAttendeeId: dupAttendance.id });
    // an MoU both witnessed names the kept person once
    const both = await f.post(owner, `/events/${shared.id}/mous`, {
      title: { en: 'Second MoU' },
      parties: [{ organizationId: province.id }, { organizationId: partner.id }],
      witnessIds: [duplicate.id, kept.id],
    });

    const preview = await merge(organizer, kept.id, { duplicateId: duplicate.id, dryRun: true });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({
      dryRun: true,
      attendancesMoved: [{ eventId: solo.id, title: { en: 'Solo meeting' } }],
      attendancesCombined: [{ eventId: shared.id, title: { en: 'Shared meeting' } }],
      speechesMoved: 2,
      mouSignaturesMoved: 1,
      mouWitnessesMoved: 2,
      delegationHeadsMoved: 1,
      positionsAdded: 1,
      positionsLeftOut: 0,
      namesAdded: ['en'],
    });
    expect(preview.body.duplicate.id).toBe(duplicate.id);
    expect(preview.body.person.positions.map((p: { title: object }) => p.title)).toEqual([
      { zh: '副省长', en: 'Vice Governor' },
      { en: 'Honorary Chair' },
    ]);
    // a dry run writes nothing
    expect((await get(owner, `/people/${duplicate.id}`)).status).toBe(200);
    expect((await get(owner, `/people/${kept.id}`)).body.name).toEqual({ zh: '宋军继' });

    const done = await merge(organizer, kept.id, { duplicateId: duplicate.id });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.dryRun).toBe(false);
    expect(done.body.person).toMatchObject({
      id: kept.id,
      name: { zh: '宋军继', en: 'Song Junji' },
      familyName: { en: 'Song' },
      reading: 'そう ぐんけい',
      protocolRank: 5,
      note: 'Entered from the guest list',
    });
    expect(done.body.person.positions).toHaveLength(2);
    expect(done.body.person.positions[1]).toMatchObject({ title: { en: 'Honorary Chair' }, organizationId: office.id });

    expect((await get(owner, `/people/${duplicate.id}`)).status).toBe(404);
    expect((await get(owner, `/people/${kept.id}`)).body).toEqual(done.body.person);

    // the solo attendance moved as it was, with its speech and the person's rank
    const soloNow = await get(owner, `/events/${solo.id}/attendees/${soloAttendance.id}`);
    expect(soloNow.body).toMatchObject({ personId: kept.id, role: 'speaker', side: 'shandong', person: { id: kept.id, protocolRank: 5 } });
    expect((await get(owner, `/events/${solo.id}/speeches/${soloSpeech.id}`)).body).toMatchObject({
      speakerId: kept.id,
      attendanceId: soloAttendance.id,
    });
    const mouNow = (await get(owner, `/events/${solo.id}/mous/${mou.id}`)).body;
    expect(mouNow.parties[0].signatoryId).toBe(kept.id);
    expect(mouNow.witnessIds).toEqual([witness.id, kept.id]);
    const bothNow = (await get(owner, `/events/${shared.id}/mous/${both.id}`)).body;
    expect(bothNow.witnessIds).toEqual([kept.id]);

    // the shared event keeps one attendance: the kept one, with its role and what it lacked
    const sharedList = await get(owner, `/events/${shared.id}/attendees`);
    expect(sharedList.body.items).toHaveLength(1);
    expect(sharedList.body.items[0]).toMatchObject({
      id: keptAttendance.id,
      personId: kept.id,
      role: 'guest',
      side: 'shandong',
      protocolOrder: 2,
      status: 'checked_in',
    });
    expect(sharedList.body.items[0].checkedInAt).toBeTruthy();
    expect((await get(owner, `/events/${shared.id}/attendees/${dupAttendance.id}`)).status).toBe(404);
    expect((await get(owner, `/events/${shared.id}/speeches/${sharedSpeech.id}`)).body).toMatchObject({
      speakerId: kept.id,
      attendanceId: keptAttendance.id,
    });
    const delegations = (await get(owner, `/events/${shared.id}/delegations`)).body.items as { id: string }[];
    expect(delegations.find((d) => d.id === delegation.id)).toMatchObject({ headAttendeeId: keptAttendance.id, headPersonId: kept.id });

    // audited as a merge: the kept person changed, the duplicate removed
    const entries = (await get(owner, '/audit-log?action=merge&pageSize=100')).body.items as {
      action: string;
      resource: { type: string; id: string };
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
    const keptEntry = entries.find((e) => e.resource.id === kept.id);
    const dupEntry = entries.find((e) => e.resource.id === duplicate.id);
    expect(keptEntry?.after).toMatchObject({ name: { zh: '宋军继', en: 'Song Junji' } });
    expect(dupEntry).toMatchObject({ action: 'merge', resource: { type: 'person' }, after: null });
    expect(dupEntry?.before).toMatchObject({ name: { zh: '宋军继', en: 'Song Junji' } });
    expect(entries.some((e) => e.resource.id === dupAttendance.id && e.after === null)).toBe(true);
    expect(
      entries.some((e) => e.resource.id === soloAttendance.id && e.after?.personId === kept.id && e.before?.personId === duplicate.id),
    ).toBe(true);
  });

  it('refuses a merge with the same record, an unknown or foreign person, a bad id, and an official', async () => {
    const a = await f.person(owner);
    const b = await f.person(owner);
    const foreign = await f.person(other);

    const self = await merge(owner, a.id, { duplicateId: a.id });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('MERGE_SAME_PERSON');

    for (const [kept, dup] of [
      [a.id, foreign.id],
      [foreign.id, a.id],
      [a.id, '00000000-0000-4000-8000-000000000000'],
    ]) {
      const res = await merge(owner, kept, { duplicateId: dup });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    const bad = await merge(owner, a.id, { duplicateId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['duplicateId']);
    expect((await merge(owner, 'nope', { duplicateId: b.id })).status).toBe(400);

    const readOnly = await merge(official, a.id, { duplicateId: b.id });
    expect(readOnly.status).toBe(403);
    // nothing was removed by the refused merges
    expect((await get(owner, `/people/${b.id}`)).status).toBe(200);
    expect((await get(other, `/people/${foreign.id}`)).status).toBe(200);
  });
});
