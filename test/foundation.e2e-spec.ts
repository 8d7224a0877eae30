import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestContext, type TestContext } from './support/test-app.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

describe('operations', () => {
  it('answers /health with a database ping and a request id', async () => {
    const res = await ctx.http().get('/health').set('x-request-id', 'probe-12345678');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(typeof res.body.databaseMs).toBe('number');
    expect(res.headers['x-request-id']).toBe('probe-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the OpenAPI document with both security schemes and typed responses', async () => {
    const res = await ctx.http().get('/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['api-key', 'bearer', 'session-cookie']);
    const signup = doc.paths['/api/v1/auth/signup'].post;
    expect(signup.responses['201'].content['application/json'].schema.$ref).toContain('TokenResponseDto');
    expect(signup.responses['409'].description).toContain('EMAIL_TAKEN');
    expect(signup.responses['400'].content['application/json'].schema.$ref).toContain('ErrorResponseDto');
    const me = doc.paths['/api/v1/auth/me'].get;
    expect(me.responses['401']).toBeDefined();
    expect(me.responses['403']).toBeDefined();
    expect(doc.components.schemas.LocalizedTextDto.properties).toHaveProperty('zh');
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await ctx.http().get('/docs').redirects(2);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });

  it('answers unknown routes with the error shape', async () => {
    const res = await ctx.http().get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });
});

describe('signup, login and tokens', () => {
  it('signs up, returns a token that works, and stores an argon2id hash', async () => {
    const owner = await ctx.newWorkspace('Provincial S&T Department');
    const me = await ctx.http().get('/api/v1/auth/me').set(owner.auth);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ workspaceId: owner.workspaceId, role: 'owner', email: owner.email, apiKeyId: null });

    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    const { rows } = await client.query('SELECT password_hash FROM users WHERE email = $1', [owner.email]);
    await client.end();
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(owner.password);
  });

  it('refuses a second signup with the same email (case-insensitive)', async () => {
    const owner = await ctx.newWorkspace();
    const res = await ctx
      .http()
      .post('/api/v1/auth/signup')
      .send({ email: owner.email.toUpperCase(), password: 'another-password', workspaceName: 'x' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
  });

  it('rejects a wrong password and an unknown email alike', async () => {
    const owner = await ctx.newWorkspace();
    const wrong = await ctx.http().post('/api/v1/auth/login').send({ email: owner.email, password: 'not-the-password' });
    const unknown = await ctx.http().post('/api/v1/auth/login').send({ email: 'nobody@example.test', password: 'not-the-password' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('lists every bad field and rejects unknown properties', async () => {
    const res = await ctx.http().post('/api/v1/auth/signup').send({ email: 'not-an-email', password: 'short', admin: true });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = res.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['admin', 'email', 'password', 'workspaceName']);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|at .*\.js/);
  });

  it('answers malformed JSON with a 400 in the error shape', async () => {
    const res = await ctx.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email":');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_BODY');
  });

  it('rejects missing, malformed and forged tokens', async () => {
    expect((await ctx.http().get('/api/v1/auth/me')).body.code).toBe('UNAUTHENTICATED');
    const garbage = await ctx.http().get('/api/v1/auth/me').set('Authorization', 'Bearer not.a.jwt');
    expect(garbage.status).toBe(401);
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJ3aWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.c2lnbmF0dXJl';
    expect((await ctx.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`)).status).toBe(401);
  });

  it('refuses a token once it expires, though it was accepted before', async () => {
    const owner = await ctx.newWorkspace('Expiring token office');
    const jwt = ctx.app.get(JwtService);
    const claims = jwt.decode<{ sub: string; wid: string; ver: number }>(owner.token);
    const shortLived = await jwt.signAsync({ sub: claims.sub, wid: claims.wid, ver: claims.ver }, { expiresIn: 1 });
    const me = () => ctx.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${shortLived}`);
    expect((await me()).status).toBe(200);
    expect((await me()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await me()).body.code).toBe('UNAUTHENTICATED');
    // the owner's own token still works
    expect((await ctx.http().get('/api/v1/auth/me').set(owner.auth)).status).toBe(200);
  });

  it('lets a user in several workspaces choose one at login', async () => {
    const a = await ctx.newWorkspace('Office A');
    const b = await ctx.newWorkspace('Office B');
    const add = await ctx.http().post('/api/v1/members').set(b.auth).send({ email: a.email, role: 'official' });
    expect(add.status).toBe(201);

    const first = await ctx.http().post('/api/v1/auth/login').send({ email: a.email, password: a.password });
    expect(first.body.workspaceId).toBe(a.workspaceId);
    expect(first.body.workspaces.map((w: { id: string }) => w.id)).toEqual([a.workspaceId, b.workspaceId]);

    const chosen = await ctx.http().post('/api/v1/auth/login').send({ email: a.email, password: a.password, workspaceId: b.workspaceId });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ workspaceId: b.workspaceId, role: 'official' });
    const me = await ctx.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${chosen.body.accessToken}`);
    expect(me.body).toMatchObject({ workspaceId: b.workspaceId, role: 'official' });

    const stranger = await ctx.newWorkspace('Office C');
    const refused = await ctx
      .http()
      .post('/api/v1/auth/login')
      .send({ email: a.email, password: a.password, workspaceId: stranger.workspaceId });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_A_MEMBER');
  });
});

describe('changing a password', () => {
  it('needs the current password, and then only the new one works', async () => {
    const owner = await ctx.newWorkspace();
    const wrong = await ctx
      .http()
      .post('/api/v1/auth/password')
      .set(owner.auth)
      .send({ currentPassword: 'not-it-at-all', newPassword: 'a-brand-new-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    await ctx
      .http()
      .post('/api/v1/auth/password')
      .set(owner.auth)
      .send({ currentPassword: owner.password, newPassword: 'a-brand-new-password' })
      .expect(204);
    expect((await ctx.http().post('/api/v1/auth/login').send({ email: owner.email, password: owner.password })).status).toBe(401);
    expect((await ctx.http().post('/api/v1/auth/login').send({ email: owner.email, password: 'a-brand-new-password' })).status).toBe(200);
  });
});

describe('members and roles', () => {
  it('lets an owner add members; officials and organizers cannot manage members', async () => {
    const owner = await ctx.newWorkspace();
    const organizer = await ctx.newMember(owner, 'organizer');
    const official = await ctx.newMember(owner, 'official');
    const list = await ctx.http().get('/api/v1/members').set(owner.auth);
    expect(list.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(list.body.items.map((m: { role: string }) => m.role)).toEqual(['owner', 'organizer', 'official']);
    // in pages, in the order members joined
    const second = await ctx.http().get('/api/v1/members').query({ page: 2, pageSize: 2 }).set(owner.auth);
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.body.items.map((m: { email: string }) => m.email)).toEqual([official.email]);
    const bad = await ctx.http().get('/api/v1/members').query({ pageSize: 0 }).set(owner.auth);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');

    for (const who of [organizer, official]) {
      const res = await ctx
        .http()
        .post('/api/v1/members')
        .set(who.auth)
        .send({ email: 'x@example.test', role: 'owner', password: 'a-long-password' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('INSUFFICIENT_ROLE');
    }
  });

  it('takes a role change into effect at once and keeps the last owner', async () => {
    const owner = await ctx.newWorkspace();
    const member = await ctx.newMember(owner, 'organizer');
    const meBefore = await ctx.http().get('/api/v1/auth/me').set(member.auth);
    const userId = meBefore.body.userId;
    await ctx.http().patch(`/api/v1/members/${userId}`).set(owner.auth).send({ role: 'official' }).expect(200);
    expect((await ctx.http().get('/api/v1/auth/me').set(member.auth)).body.role).toBe('official');

    const self = (await ctx.http().get('/api/v1/auth/me').set(owner.auth)).body.userId;
    const demote = await ctx.http().patch(`/api/v1/members/${self}`).set(owner.auth).send({ role: 'official' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_OWNER');

    await ctx.http().delete(`/api/v1/members/${userId}`).set(owner.auth).expect(204);
    expect((await ctx.http().get('/api/v1/auth/me').set(member.auth)).status).toBe(401);
  });

  it('refuses an unknown email without an initial password', async () => {
    const owner = await ctx.newWorkspace();
    const res = await ctx.http().post('/api/v1/members').set(owner.auth).send({ email: 'unknown@example.test', role: 'official' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('API keys', () => {
  it('shows the secret once, stores a hash, works in both headers with its role, and can be revoked', async () => {
    const owner = await ctx.newWorkspace();
    const created = await ctx.http().post('/api/v1/api-keys').set(owner.auth).send({ name: 'sync', role: 'official' });
    expect(created.status).toBe(201);
    const { key, id } = created.body;
    expect(key).toMatch(/^evk_[a-f0-9]{16}_/);

    const listed = await ctx.http().get('/api/v1/api-keys').set(owner.auth);
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    const { rows } = await client.query('SELECT secret_hash FROM api_keys WHERE id = $1', [id]);
    await client.end();
    expect(rows[0].secret_hash).toMatch(/^[a-f0-9]{64}$/);
    // the secret is what follows the prefix (it may itself hold an underscore)
    const secret = key.replace(/^evk_[a-f0-9]{16}_/, '');
    expect(secret.length).toBeGreaterThan(20);
    expect(rows[0].secret_hash).not.toContain(secret);

    const viaHeader = await ctx.http().get('/api/v1/auth/me').set('X-API-Key', key);
    expect(viaHeader.body).toMatchObject({ workspaceId: owner.workspaceId, role: 'official', apiKeyId: id });
    const viaBearer = await ctx.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${key}`);
    expect(viaBearer.status).toBe(200);

    const write = await ctx.http().post('/api/v1/api-keys').set('X-API-Key', key).send({ name: 'x', role: 'owner' });
    expect(write.status).toBe(403);

    await ctx.http().delete(`/api/v1/api-keys/${id}`).set(owner.auth).expect(200);
    expect((await ctx.http().get('/api/v1/auth/me').set('X-API-Key', key)).status).toBe(401);
    const tampered = `${key.slice(0, -2)}xx`;
    expect((await ctx.http().get('/api/v1/auth/me').set('X-API-Key', tampered)).status).toBe(401);
  });
});

describe('tenant isolation in the database', () => {
  it('shows no rows to the tenant role without a workspace, and only its own with one', async () => {
    const a = await ctx.newWorkspace('A');
    const b = await ctx.newWorkspace('B');
    await ctx.http().post('/api/v1/api-keys').set(a.auth).send({ name: 'a', role: 'official' }).expect(201);
    await ctx.http().post('/api/v1/api-keys').set(b.auth).send({ name: 'b', role: 'official' }).expect(201);

    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE eventreg_tenant');
      const none = await client.query('SELECT count(*)::int AS n FROM api_keys');
      expect(none.rows[0].n).toBe(0);
      const noMembers = await client.query('SELECT count(*)::int AS n FROM memberships');
      expect(noMembers.rows[0].n).toBe(0);
      await client.query(`SELECT set_config('app.workspace_id', $1, true)`, [a.workspaceId]);
      const own = await client.query('SELECT DISTINCT workspace_id FROM api_keys');
      expect(own.rows).toEqual([{ workspace_id: a.workspaceId }]);
      const users = await client.query('SELECT email FROM users');
      expect(users.rows.map((r) => r.email)).toEqual([a.email]);
      await expect(
        client.query(
          `INSERT INTO api_keys (workspace_id, name, role, prefix, secret_hash) VALUES ($1, 'x', 'owner', 'ffffffffffffffff', 'x')`,
          [b.workspaceId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');

      const role = await client.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'eventreg_tenant'`);
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      const forbidden = client.query('BEGIN; SET LOCAL ROLE eventreg_tenant; SELECT password_hash FROM users;');
      await expect(forbidden).rejects.toThrow(/permission denied/);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
  });

  it("gives workspace B a 404 for workspace A's records", async () => {
    const a = await ctx.newWorkspace('A');
    const b = await ctx.newWorkspace('B');
    const key = await ctx.http().post('/api/v1/api-keys').set(a.auth).send({ name: 'a', role: 'official' });
    const aUser = (await ctx.http().get('/api/v1/auth/me').set(a.auth)).body.userId;

    const revoke = await ctx.http().delete(`/api/v1/api-keys/${key.body.id}`).set(b.auth);
    expect(revoke.status).toBe(404);
    expect(revoke.body.code).toBe('NOT_FOUND');
    expect((await ctx.http().patch(`/api/v1/members/${aUser}`).set(b.auth).send({ role: 'official' })).status).toBe(404);
    expect((await ctx.http().delete(`/api/v1/members/${aUser}`).set(b.auth)).status).toBe(404);
    const bKeys = await ctx.http().get('/api/v1/api-keys').set(b.auth);
    expect(bKeys.body).toEqual([]);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 RATE_LIMITED after too many attempts for one email, in the error shape', async () => {
    const owner = await ctx.newWorkspace();
    const limit = Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE ?? 20);
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++) {
      statuses.push((await ctx.http().post('/api/v1/auth/login').send({ email: owner.email, password: 'wrong-password' })).status);
    }
    expect(statuses.slice(0, limit).every((s) => s === 401)).toBe(true);
    const blocked = await ctx.http().post('/api/v1/auth/login').send({ email: owner.email, password: owner.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    const other = await ctx.newWorkspace();
    expect((await ctx.http().post('/api/v1/auth/login').send({ email: other.email, password: other.password })).status).toBe(200);
  });
});
