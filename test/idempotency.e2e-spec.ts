import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let owner: Session;
let organizer: Session;
let other: Session;
let db: pg.Client;
let baseUrl: string;

const api = (path: string) => `/api/v1${path}`;
const orgBody = (name: string) => ({ kind: 'government', region: 'Shandong', name: { en: name } });

const postWithKey = (s: Session | Record<string, string>, path: string, key: string, body: object) =>
  ctx
    .http()
    .post(api(path))
    .set('auth' in s ? (s as Session).auth : s)
    .set('Idempotency-Key', key)
    .send(body);

/** Organizations of a workspace with this English name, counted in the database. */
const countOrganizations = async (workspaceId: string, name: string) =>
  (
    await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM organizations WHERE workspace_id = $1 AND name->>'en' = $2`, [
      workspaceId,
      name,
    ])
  ).rows[0].n;

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Idempotent office');
  organizer = await ctx.newMember(owner, 'organizer');
  other = await ctx.newWorkspace('Another office');
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  await ctx.app.listen(0, '127.0.0.1');
  baseUrl = await ctx.app.getUrl();
});
afterAll(async () => {
  await db?.end();
  await ctx?.close();
});

describe('Idempotency-Key on POST', () => {
  it('replays the first response (status, body, Idempotent-Replayed) and writes once', async () => {
    const key = randomUUID();
    const first = await postWithKey(owner, '/organizations', key, orgBody('Replayed Org'));
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await postWithKey(owner, '/organizations', key, orgBody('Replayed Org'));
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.body).toEqual(first.body);
    // the same JSON with its keys in another order is the same request
    const reordered = await postWithKey(owner, '/organizations', key, {
      name: { en: 'Replayed Org' },
      region: 'Shandong',
      kind: 'government',
    });
    expect(reordered.status).toBe(201);
    expect(reordered.body.id).toBe(first.body.id);
    expect(await countOrganizations(owner.workspaceId, 'Replayed Org')).toBe(1);
    // and the audit log has one entry for it
    const audit = await ctx.http().get(api('/audit-log')).query({ resourceId: first.body.id }).set(owner.auth);
    expect(audit.body.total).toBe(1);
  });

  it('refuses the same key with another body or path: 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const key = randomUUID();
    await postWithKey(owner, '/organizations', key, orgBody('Reuse One')).expect(201);
    const otherBody = await postWithKey(owner, '/organizations', key, orgBody('Reuse Two'));
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherPath = await postWithKey(owner, '/people', key, { name: { en: 'Reuse One' } });
    expect(otherPath.status).toBe(422);
    expect(otherPath.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countOrganizations(owner.workspaceId, 'Reuse Two')).toBe(0);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_USE while the first request still runs, then replays it', async () => {
    const key = randomUUID();
    const blocker = new pg.Client({ connectionString: inject('databaseUrl') });
    await blocker.connect();
    try {
      // hold the organizations table so the first request waits inside its handler
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE organizations IN EXCLUSIVE MODE');
      const first = postWithKey(owner, '/organizations', key, orgBody('In Flight Org')).then((r) => r);
      await waitFor(async () => (await db.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key])).rowCount === 1);
      const second = await postWithKey(owner, '/organizations', key, orgBody('In Flight Org'));
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
      await blocker.query('COMMIT');
      const done = await first;
      expect(done.status).toBe(201);
      const third = await postWithKey(owner, '/organizations', key, orgBody('In Flight Org'));
      expect(third.status).toBe(201);
      expect(third.headers['idempotent-replayed']).toBe('true');
      expect(third.body.id).toBe(done.body.id);
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
    expect(await countOrganizations(owner.workspaceId, 'In Flight Org')).toBe(1);
  });

  it('200 concurrent requests with one key create exactly one record, with no 5xx', async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 200 }, () =>
        fetch(`${baseUrl}/api/v1/organizations`, {
          method: 'POST',
          headers: { ...owner.auth, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(orgBody('Racing Org')),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id?: string; code?: string } })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'IDEMPOTENCY_KEY_IN_USE')).toBe(true);
    expect(await countOrganizations(owner.workspaceId, 'Racing Org')).toBe(1);
  });

  it('stores and replays a 4xx answer, but not a malformed request (400)', async () => {
    const key = randomUUID();
    const missing = randomUUID();
    const body = { name: { en: 'Nobody' }, positions: [{ title: { en: 'Director' }, organizationId: missing }] };
    const first = await postWithKey(owner, '/people', key, body);
    expect(first.status).toBe(404);
    const again = await postWithKey(owner, '/people', key, body);
    expect(again.status).toBe(404);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);

    const key400 = randomUUID();
    const invalid = await postWithKey(owner, '/organizations', key400, { kind: 'nonsense' });
    expect(invalid.status).toBe(400);
    const fixed = await postWithKey(owner, '/organizations', key400, orgBody('Fixed After 400'));
    expect(fixed.status).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
  });

  it('releases the key when the first request fails with a 5xx, so a retry runs again', async () => {
    await db.query(`CREATE FUNCTION test_explode() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name->>'en' = 'Explode Once' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER test_explode BEFORE INSERT ON organizations FOR EACH ROW EXECUTE FUNCTION test_explode()`);
    const key = randomUUID();
    try {
      const failed = await postWithKey(owner, '/organizations', key, orgBody('Explode Once'));
      expect(failed.status).toBe(500);
      expect((await db.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key])).rowCount).toBe(0);
    } finally {
      await db.query(`DROP TRIGGER test_explode ON organizations`);
      await db.query(`DROP FUNCTION test_explode()`);
    }
    const retried = await postWithKey(owner, '/organizations', key, orgBody('Explode Once'));
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await countOrganizations(owner.workspaceId, 'Explode Once')).toBe(1);
  });

  it('scopes keys to the workspace and credential', async () => {
    const key = randomUUID();
    const apiKey = await ctx.http().post(api('/api-keys')).set(owner.auth).send({ name: 'Idempotent sync', role: 'organizer' }).expect(201);
    const ids = new Set<string>();
    for (const s of [owner, organizer, other, { 'X-API-Key': apiKey.body.key as string }]) {
      const res = await postWithKey(s, '/organizations', key, orgBody('Scoped Org'));
      expect(res.status).toBe(201);
      expect(res.headers['idempotent-replayed']).toBeUndefined();
      ids.add(res.body.id);
    }
    expect(ids.size).toBe(4);
    expect(await countOrganizations(owner.workspaceId, 'Scoped Org')).toBe(3);
    expect(await countOrganizations(other.workspaceId, 'Scoped Org')).toBe(1);
  });

  it('keeps no secret in clear: responses carrying one are stored encrypted, and replayed as they were', async () => {
    const organizerId = (await ctx.http().get(api('/auth/me')).set(organizer.auth)).body.userId as string;
    const endpoint = await postWithKey(owner, '/webhook-endpoints', randomUUID(), {
      url: 'http://127.0.0.1:3129/sealed',
      eventTypes: ['event.created'],
    }).expect(201);
    const cases: { path: string; body: object; secret: (b: Record<string, any>) => string }[] = [
      { path: '/api-keys', body: { name: 'Sealed key', role: 'organizer' }, secret: (b) => b.key },
      { path: '/webhook-endpoints', body: { url: 'http://127.0.0.1:3129/sealed-2', eventTypes: ['mou.signed'] }, secret: (b) => b.secret },
      { path: `/webhook-endpoints/${endpoint.body.id}/rotate-secret`, body: {}, secret: (b) => b.secret },
      { path: '/invitations', body: { email: `invitee-${randomUUID()}@example.test`, role: 'official' }, secret: (b) => b.link },
      { path: `/members/${organizerId}/password-reset`, body: {}, secret: (b) => b.link },
    ];
    for (const { path, body, secret: secretOf } of cases) {
      const key = randomUUID();
      const first = await postWithKey(owner, path, key, body);
      expect(first.status, `${path}: ${JSON.stringify(first.body)}`).toBeLessThan(300);
      const secret = secretOf(first.body);
      expect(secret, path).toEqual(expect.any(String));
      // a link's secret part is its token
      const token = secret.includes('#token=') ? secret.split('#token=')[1] : secret;
      expect(token.length, path).toBeGreaterThan(20);
      const [row] = (
        await db.query<{ response_body: string; response_sealed: boolean }>(
          'SELECT response_body, response_sealed FROM idempotency_keys WHERE workspace_id = $1 AND key = $2',
          [owner.workspaceId, key],
        )
      ).rows;
      expect(row.response_sealed, path).toBe(true);
      expect(row.response_body, path).toMatch(/^v1\./);
      expect(row.response_body, path).not.toContain(token);
      expect(row.response_body, path).not.toContain(first.body.id ?? first.body.expiresAt);
      const again = await postWithKey(owner, path, key, body);
      expect(again.status, path).toBe(first.status);
      expect(again.headers['idempotent-replayed'], path).toBe('true');
      expect(again.body, path).toEqual(first.body);
    }
    const keys = await db.query(`SELECT count(*)::int AS n FROM api_keys WHERE workspace_id = $1 AND name = 'Sealed key'`, [
      owner.workspaceId,
    ]);
    expect(keys.rows[0].n).toBe(1);
  });

  it('replays a response stored in clear before encryption, and refuses (422) one that no longer decrypts', async () => {
    const legacy = randomUUID();
    const first = await postWithKey(owner, '/organizations', legacy, orgBody('Legacy Org')).expect(201);
    await db.query(`UPDATE idempotency_keys SET response_body = $2, response_sealed = false WHERE key = $1`, [
      legacy,
      JSON.stringify(first.body),
    ]);
    const replayed = await postWithKey(owner, '/organizations', legacy, orgBody('Legacy Org'));
    expect(replayed.status).toBe(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body).toEqual(first.body);

    // sealed for another row (as after a change of the key material): not replayed, and not run again
    const donor = randomUUID();
    await postWithKey(owner, '/organizations', donor, orgBody('Donor Org')).expect(201);
    const broken = randomUUID();
    await postWithKey(owner, '/organizations', broken, orgBody('Unreadable Org')).expect(201);
    await db.query(
      `UPDATE idempotency_keys SET response_body = (SELECT response_body FROM idempotency_keys WHERE key = $2) WHERE key = $1`,
      [broken, donor],
    );
    const refused = await postWithKey(owner, '/organizations', broken, orgBody('Unreadable Org'));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countOrganizations(owner.workspaceId, 'Unreadable Org')).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const key = randomUUID();
    await postWithKey(owner, '/organizations', key, orgBody('Expiring One')).expect(201);
    await db.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    const reused = await postWithKey(owner, '/organizations', key, orgBody('Expiring Two'));
    expect(reused.status).toBe(201);
    expect(reused.body.name).toEqual({ en: 'Expiring Two' });
  });

  it('refuses a malformed key, and ignores the header on other methods', async () => {
    const long = await postWithKey(owner, '/organizations', 'k'.repeat(256), orgBody('Long Key Org'));
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'Idempotency-Key' }] });
    expect(await countOrganizations(owner.workspaceId, 'Long Key Org')).toBe(0);
    await postWithKey(owner, '/organizations', 'k'.repeat(255), orgBody('Longest Key Org')).expect(201);

    const list = await ctx.http().get(api('/organizations')).set(owner.auth).set('Idempotency-Key', randomUUID());
    expect(list.status).toBe(200);
    expect(list.headers['idempotent-replayed']).toBeUndefined();
  });

  it('is documented as a header on every POST that takes credentials', async () => {
    const doc = (await ctx.http().get('/docs-json')).body as {
      paths: Record<
        string,
        Record<string, { security?: unknown[]; parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>
      >;
    };
    const create = doc.paths['/api/v1/organizations'].post;
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }));
    expect(create.responses).toHaveProperty('409');
    expect(create.responses).toHaveProperty('422');
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const documented = !!op.parameters?.some((p) => p.name === 'Idempotency-Key');
        if (method !== 'post') expect(documented, `${method} ${path}`).toBe(false);
        else if (!path.endsWith('/import')) expect(documented, `${method} ${path}`).toBe(!!op.security?.length);
      }
    }
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
