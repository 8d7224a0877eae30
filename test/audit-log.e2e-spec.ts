import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { finishedImport } from './support/imports.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let organizer: Session;
let official: Session;
let other: Session;
let ownerId: string;

const api = (path: string) => `/api/v1${path}`;

interface Entry {
  id: string;
  occurredAt: string;
  actor: { type: string; userId: string | null; apiKeyId: string | null };
  action: string;
  resource: { type: string; id: string; eventId: string | null };
  requestId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const log = async (s: Session, query: Record<string, string | number> = {}) => {
  const res = await ctx.http().get(api('/audit-log')).query(query).set(s.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Entry[]; page: number; pageSize: number; total: number };
};
/** Every entry of one resource, oldest first. */
const entriesOf = async (resourceId: string, s = owner) => (await log(s, { resourceId, pageSize: 200 })).items.reverse();
const userIdOf = async (s: Session) => (await ctx.http().get(api('/auth/me')).set(s.auth)).body.userId as string;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Audited office');
  organizer = await ctx.newMember(owner, 'organizer');
  official = await ctx.newMember(owner, 'official');
  other = await ctx.newWorkspace('Another office');
  ownerId = await userIdOf(owner);
});
afterAll(async () => {
  await ctx?.close();
});

describe('audit log: one entry per write with the changed fields', () => {
  it('records a create with every field, by the user, with the request id', async () => {
    const res = await ctx
      .http()
      .post(api('/organizations'))
      .set(owner.auth)
      .send({ kind: 'government', region: 'Shandong', name: { zh: '山东省科技厅', en: 'Shandong S&T Department' } })
      .expect(201);
    const [entry, ...rest] = await entriesOf(res.body.id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({
      action: 'create',
      actor: { type: 'user', userId: ownerId, apiKeyId: null },
      resource: { type: 'organization', id: res.body.id, eventId: null },
      requestId: res.headers['x-request-id'],
      before: null,
      after: { kind: 'government', region: 'Shandong', name: { zh: '山东省科技厅', en: 'Shandong S&T Department' }, shortName: null },
    });
    // bookkeeping columns are not part of the record's fields
    expect(Object.keys(entry.after!)).not.toEqual(expect.arrayContaining(['id']));
    expect(entry.after).not.toHaveProperty('workspaceId');
    expect(entry.after).not.toHaveProperty('updatedAt');
  });

  it('records an update with only the changed fields, and a delete with the fields it had', async () => {
    const org = await f.organization(organizer, { region: 'Shandong', name: { en: 'Qingdao Port' } });
    await ctx
      .http()
      .patch(api(`/organizations/${org.id}`))
      .set(organizer.auth)
      .send({ region: 'Qingdao', name: { en: 'Qingdao Port' } })
      .expect(200);
    // a change that changes nothing records nothing
    await ctx
      .http()
      .patch(api(`/organizations/${org.id}`))
      .set(organizer.auth)
      .send({ region: 'Qingdao' })
      .expect(200);
    await ctx
      .http()
      .delete(api(`/organizations/${org.id}`))
      .set(organizer.auth)
      .expect(204);
    const entries = await entriesOf(org.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(entries[1]).toMatchObject({ before: { region: 'Shandong' }, after: { region: 'Qingdao' } });
    expect(Object.keys(entries[1].before!)).toEqual(['region']);
    expect(Object.keys(entries[1].after!)).toEqual(['region']);
    expect(entries[2]).toMatchObject({
      after: null,
      before: { kind: 'government', region: 'Qingdao', name: { en: 'Qingdao Port' }, shortName: null },
      actor: { type: 'user', userId: await userIdOf(organizer) },
    });
  });

  it("folds a person's positions into the person's entry, before and after", async () => {
    const org = await f.organization(owner, { name: { en: 'Invest Hong Kong' } });
    const person = await f.person(owner, {
      name: { en: 'Chan Ming' },
      positions: [{ title: { en: 'Director-General' }, organizationId: org.id }],
    });
    await ctx
      .http()
      .patch(api(`/people/${person.id}`))
      .set(owner.auth)
      .send({ positions: [{ title: { en: 'Commissioner' }, organizationId: org.id }, { title: { en: 'Professor' } }] })
      .expect(200);
    const [created, updated, ...rest] = await entriesOf(person.id);
    expect(rest).toHaveLength(0);
    expect(created).toMatchObject({
      action: 'create',
      after: { name: { en: 'Chan Ming' }, positions: [{ title: { en: 'Director-General' }, organizationId: org.id }] },
    });
    expect(updated).toEqual(
      expect.objectContaining({
        action: 'update',
        before: { positions: [{ title: { en: 'Director-General' }, organizationId: org.id }] },
        after: {
          positions: [
            { title: { en: 'Commissioner' }, organizationId: org.id },
            { title: { en: 'Professor' }, organizationId: null },
          ],
        },
      }),
    );
  });

  it('records a check-in once, and deleting an event records one entry, not one per record deleted with it', async () => {
    const event = await f.event(owner);
    const person = await f.person(owner);
    const attendee = await f.attend(owner, event.id, person.id, { status: 'registered' });
    for (let i = 0; i < 2; i++) {
      await ctx
        .http()
        .post(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
        .set(owner.auth)
        // the fixture event is over, so the desk gives the arrival time
        .send({ checkedInAt: '2024-03-25T08:50:00+08:00' })
        .expect((r) => expect(r.status).toBeLessThan(300));
    }
    const entries = await entriesOf(attendee.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'check_in']);
    expect(entries[0].resource).toEqual({ type: 'attendance', id: attendee.id, eventId: event.id });
    expect(entries[1].before).toEqual({ status: 'registered', checkedInAt: null });
    expect(entries[1].after).toMatchObject({ status: 'checked_in' });
    expect(Object.keys(entries[1].after!).sort()).toEqual(['checkedInAt', 'status']);

    await ctx
      .http()
      .delete(api(`/events/${event.id}`))
      .set(owner.auth)
      .expect(204);
    const deletes = await log(owner, { eventId: event.id, action: 'delete' });
    expect(deletes.items.map((e) => [e.resource.type, e.resource.id])).toEqual([['event', event.id]]);
    expect(deletes.items[0].before).toMatchObject({ title: event.title, status: 'draft' });
  });

  it('records an import as one `import` entry per record written by its job, under the request that sent it', async () => {
    const event = await f.event(owner);
    const csv = [
      'name_en,title_en,organization_en,organization_kind,role,side',
      'Audit Importee One,Director,Audit Import Bureau,government,guest,shandong',
      'Audit Importee Two,Deputy Director,Audit Import Bureau,government,participant,hongkong',
    ].join('\n');
    const res = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/import`))
      .set(owner.auth)
      .attach('file', Buffer.from(csv), { filename: 'list.csv', contentType: 'text/csv' });
    expect((await finishedImport(ctx, owner.auth, res)).status).toBe('succeeded');
    const entries = (await log(owner, { action: 'import', pageSize: 200 })).items.filter(
      (e) => e.requestId === res.headers['x-request-id'],
    );
    const byType = (type: string) => entries.filter((e) => e.resource.type === type);
    expect(byType('attendance')).toHaveLength(2);
    expect(byType('person')).toHaveLength(2);
    expect(byType('organization')).toHaveLength(1);
    expect(entries).toHaveLength(5);
    expect(new Set(entries.map((e) => e.resource.id)).size).toBe(5);
    expect(entries.every((e) => e.actor.type === 'user' && e.actor.userId === ownerId)).toBe(true);
    expect(byType('attendance').every((e) => e.resource.eventId === event.id && e.before === null)).toBe(true);
    expect(
      byType('person')
        .map((e) => (e.after!.name as { en: string }).en)
        .sort(),
    ).toEqual(['Audit Importee One', 'Audit Importee Two']);
    expect(byType('person')[0].after!.positions).toHaveLength(1);
    expect(byType('organization')[0].after).toMatchObject({ name: { en: 'Audit Import Bureau' }, kind: 'government' });
  });

  it('records a writeup draft, its new versions and its publication', async () => {
    const event = await f.event(owner);
    const draft = await f.post(owner, `/events/${event.id}/writeups`, { lang: 'en' });
    await ctx
      .http()
      .put(api(`/events/${event.id}/writeups/${draft.id}`))
      .set(owner.auth)
      .send({ headline: 'An edited headline', body: 'An edited body.', baseVersion: 1 })
      .expect(200);
    await ctx
      .http()
      .post(api(`/events/${event.id}/writeups/${draft.id}/publish`))
      .set(owner.auth)
      .send({})
      .expect((r) => expect(r.status).toBeLessThan(300));
    const [created, edited, published, ...rest] = await entriesOf(draft.id);
    expect(rest).toHaveLength(0);
    expect(created).toMatchObject({ action: 'create', resource: { type: 'writeup_draft', eventId: event.id } });
    expect(created.after).toMatchObject({ lang: 'en', status: 'draft', currentVersion: 1, version: { version: 1, source: 'generated' } });
    expect(edited.before).toMatchObject({ currentVersion: 1, version: { version: 1 } });
    expect(edited.after).toMatchObject({
      currentVersion: 2,
      version: { version: 2, headline: 'An edited headline', body: 'An edited body.' },
    });
    expect(published).toMatchObject({
      action: 'publish',
      before: { status: 'draft', publishedVersion: null, publishedAt: null },
      after: { status: 'published', publishedVersion: 2 },
    });
  });

  it('records members added and removed, and the signup that created the workspace', async () => {
    const email = `audited-${Date.now()}@example.test`;
    const added = await ctx
      .http()
      .post(api('/members'))
      .set(owner.auth)
      .send({ email, role: 'official', password: 'a-long-password-3' })
      .expect(201);
    await ctx
      .http()
      .delete(api(`/members/${added.body.userId}`))
      .set(owner.auth)
      .expect(204);
    const entries = await entriesOf(added.body.userId);
    expect(entries.map((e) => [e.action, e.resource.type])).toEqual([
      ['create', 'member'],
      ['delete', 'member'],
    ]);
    expect(entries[0].after).toEqual({ userId: added.body.userId, role: 'official' });
    expect(entries[1].before).toEqual({ userId: added.body.userId, role: 'official' });

    const signup = await entriesOf(owner.workspaceId);
    expect(signup).toHaveLength(1);
    expect(signup[0]).toMatchObject({
      action: 'create',
      resource: { type: 'workspace' },
      actor: { type: 'user', userId: ownerId },
      after: { name: 'Audited office' },
    });
    const [ownership] = await entriesOf(ownerId);
    expect(ownership).toMatchObject({
      action: 'create',
      resource: { type: 'member' },
      after: { role: 'owner' },
      actor: { userId: ownerId },
    });
  });

  it('records API keys created and revoked without their secret, and writes made with a key', async () => {
    const created = await ctx.http().post(api('/api-keys')).set(owner.auth).send({ name: 'Sync', role: 'organizer' }).expect(201);
    const org = await ctx
      .http()
      .post(api('/organizations'))
      .set({ 'X-API-Key': created.body.key })
      .send({ kind: 'enterprise', name: { en: 'Written with a key' } })
      .expect(201);
    await ctx
      .http()
      .delete(api(`/api-keys/${created.body.id}`))
      .set(owner.auth)
      .expect(200);
    const entries = await entriesOf(created.body.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'revoke']);
    expect(entries[0].after).toMatchObject({ name: 'Sync', role: 'organizer', prefix: created.body.prefix.slice(4), revokedAt: null });
    const recorded = JSON.stringify(entries);
    expect(recorded).not.toContain(created.body.key);
    expect(recorded).not.toMatch(/secret|hash|lastUsed/i);
    expect(entries[1]).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });
    expect(Object.keys(entries[1].after!)).toEqual(['revokedAt']);

    const [byKey] = await entriesOf(org.body.id);
    expect(byKey.actor).toEqual({ type: 'api_key', userId: null, apiKeyId: created.body.id });
    expect((await log(owner, { actorId: created.body.id })).items.map((e) => e.resource.id)).toEqual([org.body.id]);
  });
});

describe('audit log: reading it', () => {
  it('is for owners only', async () => {
    for (const s of [organizer, official]) {
      const res = await ctx.http().get(api('/audit-log')).set(s.auth);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('INSUFFICIENT_ROLE');
    }
    expect((await ctx.http().get(api('/audit-log'))).status).toBe(401);
  });

  it('shows a workspace only its own entries', async () => {
    const org = await f.organization(owner);
    expect(await entriesOf(org.id)).toHaveLength(1);
    expect((await log(other, { resourceId: org.id })).total).toBe(0);
    const all = await log(other, { pageSize: 200 });
    // the other workspace's own signup: its workspace and its owner's membership
    expect(all.items.map((e) => e.resource.type).sort()).toEqual(['member', 'workspace']);
  });

  it('filters by resource type, actor, action and time, and pages like the other lists', async () => {
    // entries carry their transaction's start time, taken after this (same clock: the database is local)
    const before = new Date().toISOString();
    await f.organization(organizer, { name: { en: 'Filtered one' } });
    await f.organization(organizer, { name: { en: 'Filtered two' } });
    const organizerId = await userIdOf(organizer);
    const page = await log(owner, { resourceType: 'organization', actorId: organizerId, action: 'create', from: before, pageSize: 1 });
    expect(page).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(page.items[0].after!.name).toEqual({ en: 'Filtered two' });
    const second = await log(owner, {
      resourceType: 'organization',
      actorId: organizerId,
      action: 'create',
      from: before,
      pageSize: 1,
      page: 2,
    });
    expect(second.items[0].after!.name).toEqual({ en: 'Filtered one' });
    expect((await log(owner, { resourceType: 'organization', to: before, from: before })).total).toBe(0);
    expect((await log(owner, { actorType: 'api_key' })).total).toBeGreaterThan(0);

    const bad = await ctx.http().get(api('/audit-log')).query({ resourceType: 'nonsense', from: 'yesterday' }).set(owner.auth);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('cannot be changed or deleted: no route, no grant for the tenant role, and committed entries are immutable', async () => {
    const [entry] = (await log(owner, { pageSize: 1 })).items;
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      for (const path of ['/audit-log', `/audit-log/${entry.id}`]) {
        const res = await ctx.http()[method](api(path)).set(owner.auth).send({});
        expect([404, 405], `${method} ${path}`).toContain(res.status);
      }
    }
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      for (const statement of [
        `UPDATE audit_log SET action = 'x'`,
        `DELETE FROM audit_log`,
        `INSERT INTO audit_log (workspace_id, actor_type, action, resource_type, resource_id) VALUES ($1, 'system', 'x', 'x', $1)`,
      ]) {
        await db.query('BEGIN');
        await db.query(`SELECT set_config('role', 'eventreg_tenant', true), set_config('app.workspace_id', $1, true)`, [owner.workspaceId]);
        const params = statement.includes('$1') ? [owner.workspaceId] : [];
        await expect(db.query(statement, params), statement).rejects.toMatchObject({ code: '42501' });
        await db.query('ROLLBACK');
      }
      // not even the service's own role changes an entry of an earlier transaction
      await expect(db.query(`UPDATE audit_log SET action = 'x' WHERE id = $1`, [entry.id])).rejects.toMatchObject({ code: '42501' });
      await expect(db.query(`DELETE FROM audit_log WHERE id = $1`, [entry.id])).rejects.toMatchObject({ code: '42501' });
      // the tenant role reads only its workspace's entries
      await db.query('BEGIN');
      await db.query(`SELECT set_config('role', 'eventreg_tenant', true), set_config('app.workspace_id', $1, true)`, [other.workspaceId]);
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE workspace_id = $1', [
        owner.workspaceId,
      ]);
      expect(rows[0].n).toBe(0);
      await db.query('ROLLBACK');
    } finally {
      await db.end();
    }
    expect((await log(owner, { pageSize: 1 })).items[0]).toEqual(entry);
  });

  it('records nothing for a write that fails', async () => {
    const event = await f.event(owner);
    const person = await f.person(owner);
    await f.attend(owner, event.id, person.id);
    const before = (await log(owner)).total;
    // deleting a person who attends an event is refused: the transaction rolls back
    await ctx
      .http()
      .delete(api(`/people/${person.id}`))
      .set(owner.auth)
      .expect(409);
    expect((await log(owner)).total).toBe(before);
  });
});
