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
  ({ owner, organizer, official, other } = await registerSessions(ctx, 'Drafting office'));
});
afterAll(async () => {
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;
const get = (s: Session, path: string) => ctx.http().get(api(path)).set(s.auth);
const emailOf = async (s: Session) => (await get(s, '/auth/me')).body.email as string;

describe('writeup draft versions and what changed since the generated text', () => {
  it('lists who saved each version and what it was based on, and tells the record changes since the last generation', async () => {
    const org = await f.organization(owner, { name: { en: 'Shandong Provincial Government' } });
    const host = await f.person(owner, {
      name: { en: 'Song Junji' },
      protocolRank: 1,
      positions: [{ title: { en: 'Vice Governor' }, organizationId: org.id }],
    });
    const ev = await f.event(owner, { hostIds: [org.id] });
    await f.attend(owner, ev.id, host.id, { role: 'presider', side: 'shandong' });
    const draft = await f.post(owner, `/events/${ev.id}/writeups`, { lang: 'en' });
    const base = `/events/${ev.id}/writeups/${draft.id}`;

    const none = await get(organizer, `${base}/changes`);
    expect(none.status, JSON.stringify(none.body)).toBe(200);
    expect(none.body).toMatchObject({ sinceVersion: 1, records: [] });
    expect(none.body.current).toEqual(none.body.previous);

    const edited = await ctx
      .http()
      .put(api(base))
      .set(organizer.auth)
      .send({ headline: draft.version.headline, body: `${draft.version.body}\n\nA line added by hand.`, baseVersion: 1 });
    expect(edited.status).toBe(200);

    // a guest arrives in the records, and the host's title changes
    const guest = await f.person(owner, { name: { en: 'Wong Ka-ming' }, protocolRank: 5 });
    await f.attend(owner, ev.id, guest.id, { role: 'guest', side: 'hongkong' });
    const patched = await ctx
      .http()
      .patch(api(`/people/${host.id}`))
      .set(owner.auth)
      .send({ positions: [{ title: { en: 'Governor' }, organizationId: org.id }] });
    expect(patched.status).toBe(200);

    const changes = await get(organizer, `${base}/changes`);
    expect(changes.body.sinceVersion).toBe(1);
    expect(changes.body.records).toEqual([
      { resourceType: 'attendance', action: 'create', count: 1 },
      // the guest recorded since, now an attendee, and the host's new title
      { resourceType: 'person', action: 'create', count: 1 },
      { resourceType: 'person', action: 'update', count: 1 },
    ]);
    expect(changes.body.previous.body).toBe(draft.version.body);
    expect(changes.body.current.body).toContain('Wong Ka-ming');
    expect(changes.body.previous.body).not.toContain('Wong Ka-ming');

    const regenerated = await ctx
      .http()
      .post(api(`${base}/regenerate`))
      .set(owner.auth)
      .send({ overwriteEdits: true });
    expect(regenerated.status).toBe(200);
    const after = await get(organizer, `${base}/changes`);
    expect(after.body).toMatchObject({ sinceVersion: 3, records: [] });

    const versions = await get(organizer, `${base}/versions`);
    expect(versions.status).toBe(200);
    const [ownerEmail, organizerEmail] = [await emailOf(owner), await emailOf(organizer)];
    expect(versions.body.map((v: Record<string, unknown>) => [v.version, v.source, v.basedOn, v.createdByEmail])).toEqual([
      [3, 'generated', null, ownerEmail],
      [2, 'edited', 1, organizerEmail],
      [1, 'generated', null, ownerEmail],
    ]);
  });

  it('answers the changes to organizers of the workspace only', async () => {
    const ev = await f.event(owner);
    const draft = await f.post(owner, `/events/${ev.id}/writeups`, { lang: 'zh' });
    expect((await get(official, `/events/${ev.id}/writeups/${draft.id}/changes`)).status).toBe(403);
    const foreign = await get(other, `/events/${ev.id}/writeups/${draft.id}/changes`);
    expect(foreign.status).toBe(404);
    expect((await get(owner, `/events/${ev.id}/writeups/00000000-0000-4000-8000-000000000000/changes`)).status).toBe(404);
  });
});
