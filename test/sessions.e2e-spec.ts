import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionCookieOf, type CookieSession, type Session, type TestContext } from './support/test-app.js';

// X-Forwarded-* are believed in this file, so every request can come from its own client address (and the
// https case can be tested); the throttles are set low here and read when the app starts.
process.env.TRUST_PROXY = 'true';
const PER_ADDRESS = 12;
const SIGNUPS_PER_HOUR = 3;
process.env.AUTH_IP_RATE_LIMIT_PER_MINUTE = String(PER_ADDRESS);
process.env.SIGNUP_RATE_LIMIT_PER_HOUR = String(SIGNUPS_PER_HOUR);

let ctx: TestContext;
let db: DataSource;
let nextAddress = 1;
/** A client address of its own for each call, so throttles never couple tests. */
const newClient = () => ({ 'X-Forwarded-For': `10.${(nextAddress >> 16) & 255}.${(nextAddress >> 8) & 255}.${nextAddress++ & 255}` });

beforeAll(async () => {
  ctx = await createTestContext({ clientHeaders: newClient });
  db = ctx.app.get(DataSource);
});
afterAll(async () => {
  await ctx?.close();
});

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const tokenOf = (s: CookieSession) => s.cookie.slice('eventreg_session='.length);
const me = (headers: Record<string, string>) => ctx.http().get('/api/v1/auth/me').set(headers);
const session = (headers: Record<string, string>) => ctx.http().get('/api/v1/auth/session').set(headers);

describe('signing in from a browser', () => {
  it('sets an httpOnly SameSite=Lax cookie on Path=/ and puts no token in the body', async () => {
    const owner = await ctx.newWorkspace('Session office');
    const res = await ctx.http().post('/api/v1/auth/session').set(newClient()).send({ email: owner.email, password: owner.password });
    expect(res.status).toBe(200);
    const cookie = sessionCookieOf(res)!;
    expect(cookie.header).toMatch(/; HttpOnly/i);
    expect(cookie.header).toMatch(/; SameSite=Lax/i);
    expect(cookie.header).toMatch(/; Path=\//i);
    expect(cookie.header).not.toMatch(/; Secure/i);
    const token = cookie.pair.split('=')[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(Object.keys(res.body as object).sort()).toEqual(['csrfToken', 'user', 'workspace', 'workspaces']);
    expect(res.body.user).toEqual({ id: expect.any(String), email: owner.email });
    expect(res.body.workspace).toEqual({ id: owner.workspaceId, name: 'Session office', role: 'owner' });
    expect(res.body.workspaces).toEqual([res.body.workspace]);
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(res.body)).not.toContain(token);
    expect(res.body).not.toHaveProperty('accessToken');

    // only the token's SHA-256 is stored
    const rows: { id: string; csrf_token: string }[] = await db.query('SELECT id, csrf_token FROM sessions WHERE user_id = $1', [
      res.body.user.id,
    ]);
    expect(rows).toEqual([{ id: sha256(token), csrf_token: res.body.csrfToken }]);
  });

  it('marks the cookie Secure when the request came over https through a trusted proxy', async () => {
    const owner = await ctx.newWorkspace();
    const res = await ctx
      .http()
      .post('/api/v1/auth/session')
      .set({ ...newClient(), 'X-Forwarded-Proto': 'https' })
      .send({ email: owner.email, password: owner.password });
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res)!.header).toMatch(/; Secure/i);
  });

  it('refuses wrong credentials with the code /auth/login uses, and sets no cookie', async () => {
    const owner = await ctx.newWorkspace();
    const res = await ctx.http().post('/api/v1/auth/session').set(newClient()).send({ email: owner.email, password: 'not-the-password' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect(sessionCookieOf(res)).toBeNull();
  });

  it('refuses a workspace the user is not a member of', async () => {
    const owner = await ctx.newWorkspace();
    const stranger = await ctx.newWorkspace();
    const res = await ctx
      .http()
      .post('/api/v1/auth/session')
      .set(newClient())
      .send({ email: owner.email, password: owner.password, workspaceId: stranger.workspaceId });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('NOT_A_MEMBER');
  });
});

describe('the session cookie', () => {
  it('answers GET /auth/session with the same CSRF token for the life of the session, and 401 without it', async () => {
    const owner = await ctx.newWorkspace();
    const s = await ctx.signIn(owner, newClient());
    const first = await session({ Cookie: s.cookie });
    expect(first.status).toBe(200);
    expect(first.body).toEqual(s.body);
    expect((await session({ Cookie: s.cookie })).body.csrfToken).toBe(s.csrfToken);

    const none = await session({});
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('UNAUTHENTICATED');
    expect((await session({ Cookie: 'eventreg_session=not-a-session' })).status).toBe(401);
    expect((await session({ Cookie: `eventreg_session=${'A'.repeat(43)}` })).status).toBe(401);
  });

  it('authenticates every endpoint with the same role as a bearer token', async () => {
    const owner = await ctx.newWorkspace();
    const official = await ctx.newMember(owner, 'official');
    const ownerSession = await ctx.signIn(owner, newClient());
    const officialSession = await ctx.signIn(official, newClient());

    const who = await me({ Cookie: ownerSession.cookie });
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({ workspaceId: owner.workspaceId, role: 'owner', email: owner.email, apiKeyId: null });
    expect((await ctx.http().get('/api/v1/events').set({ Cookie: officialSession.cookie })).status).toBe(200);

    const asOfficial = await ctx.http().post('/api/v1/api-keys').set(officialSession.headers).send({ name: 'desk', role: 'official' });
    expect(asOfficial.status).toBe(403);
    expect(asOfficial.body.code).toBe('INSUFFICIENT_ROLE');
    expect((await ctx.http().get('/api/v1/members').set({ Cookie: officialSession.cookie })).body.code).toBe('INSUFFICIENT_ROLE');
  });

  it('needs the CSRF header on state-changing requests: missing or wrong is 403 CSRF_FAILED, right passes', async () => {
    const owner = await ctx.newWorkspace();
    const s = await ctx.signIn(owner, newClient());
    const create = (headers: Record<string, string>) =>
      ctx.http().post('/api/v1/api-keys').set(headers).send({ name: 'desk', role: 'official' });

    const missing = await create({ Cookie: s.cookie });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ statusCode: 403, code: 'CSRF_FAILED' });
    const wrong = await create({ Cookie: s.cookie, 'X-CSRF-Token': s.csrfToken.slice(0, -1) + (s.csrfToken.endsWith('A') ? 'B' : 'A') });
    expect(wrong.body.code).toBe('CSRF_FAILED');
    const otherSessions = await ctx.signIn(owner, newClient());
    expect((await create({ Cookie: s.cookie, 'X-CSRF-Token': otherSessions.csrfToken })).body.code).toBe('CSRF_FAILED');
    const keys = await ctx.http().get('/api/v1/api-keys').set({ Cookie: s.cookie });
    expect(keys.body).toEqual([]);

    const right = await create(s.headers);
    expect(right.status).toBe(201);
    for (const method of ['patch', 'delete'] as const) {
      const res = await ctx.http()[method](`/api/v1/members/${s.body.user.id}`).set({ Cookie: s.cookie }).send({ role: 'owner' });
      expect(res.body.code).toBe('CSRF_FAILED');
    }

    // bearer tokens and API keys need no CSRF token
    expect((await create(owner.auth)).status).toBe(201);
    expect(
      (await ctx.http().post('/api/v1/api-keys').set('X-API-Key', String(right.body.key)).send({ name: 'x', role: 'official' })).status,
    ).toBe(403);
  });

  it('signs out: the server ends the session, the cookie is cleared, the old cookie is refused', async () => {
    const owner = await ctx.newWorkspace();
    const s = await ctx.signIn(owner, newClient());

    const withoutCsrf = await ctx.http().delete('/api/v1/auth/session').set({ Cookie: s.cookie });
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.body.code).toBe('CSRF_FAILED');
    expect((await session({ Cookie: s.cookie })).status).toBe(200);

    const out = await ctx.http().delete('/api/v1/auth/session').set(s.headers);
    expect(out.status).toBe(204);
    const cleared = sessionCookieOf(out)!;
    expect(cleared.pair).toBe('eventreg_session=');
    expect(cleared.header).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);

    expect((await session({ Cookie: s.cookie })).status).toBe(401);
    expect((await me({ Cookie: s.cookie })).status).toBe(401);
    const [row] = await db.query('SELECT revoked_at FROM sessions WHERE id = $1', [sha256(tokenOf(s))]);
    expect(row.revoked_at).toBeInstanceOf(Date);
    // signing out again is harmless
    expect((await ctx.http().delete('/api/v1/auth/session').set(s.headers)).status).toBe(204);
  });

  it("keeps the token hash and CSRF token from the tenant role, which sees only its workspace's sessions", async () => {
    const owner = await ctx.newWorkspace();
    const other = await ctx.newWorkspace();
    await ctx.signIn(owner, newClient());
    await ctx.signIn(other, newClient());
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('role', 'eventreg_tenant', true), set_config('app.workspace_id', $1, true)`, [
        owner.workspaceId,
      ]);
      const visible: { workspace_id: string }[] = await runner.query('SELECT workspace_id FROM sessions');
      expect(visible.length).toBeGreaterThan(0);
      expect(new Set(visible.map((r) => r.workspace_id))).toEqual(new Set([owner.workspaceId]));
      await expect(runner.query('SELECT csrf_token FROM sessions')).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  });

  it('ends the session after the idle timeout and at its absolute end', async () => {
    const owner = await ctx.newWorkspace();
    const idle = await ctx.signIn(owner, newClient());
    const old = await ctx.signIn(owner, newClient());
    expect((await me({ Cookie: idle.cookie })).status).toBe(200);
    await db.query(`UPDATE sessions SET last_seen_at = now() - interval '3 hours' WHERE id = $1`, [sha256(tokenOf(idle))]);
    expect((await me({ Cookie: idle.cookie })).status).toBe(401);
    await db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [sha256(tokenOf(old))]);
    expect((await me({ Cookie: old.cookie })).status).toBe(401);
  });

  it('starts a new session id at every sign-in and ends the one the browser held', async () => {
    const owner = await ctx.newWorkspace();
    const first = await ctx.signIn(owner, newClient());
    const second = await ctx.signIn(owner, { ...newClient(), Cookie: first.cookie });
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.csrfToken).not.toBe(first.csrfToken);
    expect((await me({ Cookie: first.cookie })).status).toBe(401);
    expect((await me({ Cookie: second.cookie })).status).toBe(200);
  });
});

describe('switching workspace', () => {
  let a: Session;
  let b: Session;

  beforeAll(async () => {
    a = await ctx.newWorkspace('Office A');
    b = await ctx.newWorkspace('Office B');
    const added = await ctx.http().post('/api/v1/members').set(b.auth).send({ email: a.email, role: 'official' });
    expect(added.status).toBe(201);
  });

  it('moves the session to another workspace of the user, keeping cookie and CSRF token', async () => {
    const s = await ctx.signIn(a, newClient());
    expect(s.body.workspace).toMatchObject({ id: a.workspaceId, role: 'owner' });
    expect(s.body.workspaces.map((w: { id: string }) => w.id)).toEqual([a.workspaceId, b.workspaceId]);

    const switched = await ctx.http().put('/api/v1/auth/session/workspace').set(s.headers).send({ workspaceId: b.workspaceId });
    expect(switched.status).toBe(200);
    expect(switched.body.workspace).toEqual({ id: b.workspaceId, name: 'Office B', role: 'official' });
    expect(switched.body.csrfToken).toBe(s.csrfToken);
    expect(sessionCookieOf(switched)).toBeNull();
    expect((await me({ Cookie: s.cookie })).body).toMatchObject({ workspaceId: b.workspaceId, role: 'official' });
    expect((await ctx.http().get('/api/v1/members').set({ Cookie: s.cookie })).body.code).toBe('INSUFFICIENT_ROLE');

    const back = await ctx.http().put('/api/v1/auth/session/workspace').set(s.headers).send({ workspaceId: a.workspaceId });
    expect(back.body.workspace.role).toBe('owner');
  });

  it('refuses a workspace the user is not in, a request without the CSRF token, and a bearer token', async () => {
    const stranger = await ctx.newWorkspace();
    const s = await ctx.signIn(a, newClient());
    const notMember = await ctx.http().put('/api/v1/auth/session/workspace').set(s.headers).send({ workspaceId: stranger.workspaceId });
    expect(notMember.status).toBe(403);
    expect(notMember.body).toMatchObject({ code: 'NOT_A_MEMBER', details: { workspaceId: stranger.workspaceId } });
    const noCsrf = await ctx.http().put('/api/v1/auth/session/workspace').set({ Cookie: s.cookie }).send({ workspaceId: b.workspaceId });
    expect(noCsrf.body.code).toBe('CSRF_FAILED');
    const bearer = await ctx.http().put('/api/v1/auth/session/workspace').set(a.auth).send({ workspaceId: b.workspaceId });
    expect(bearer.status).toBe(401);
    const badId = await ctx.http().put('/api/v1/auth/session/workspace').set(s.headers).send({ workspaceId: 'nope' });
    expect(badId.status).toBe(400);
    expect((await me({ Cookie: s.cookie })).body.workspaceId).toBe(a.workspaceId);
  });
});

describe('a password change', () => {
  it('ends every other session and every older access token at once; the session making it continues under a new cookie', async () => {
    const owner = await ctx.newWorkspace();
    const current = await ctx.signIn(owner, newClient());
    const other = await ctx.signIn(owner, newClient());
    const oldBearer = owner.auth;
    expect((await me(oldBearer)).status).toBe(200);

    const changed = await ctx
      .http()
      .post('/api/v1/auth/password')
      .set(newClient())
      .set(current.headers)
      .send({ currentPassword: owner.password, newPassword: 'violet-harbour-lantern-42' });
    expect(changed.status).toBe(204);
    const renewed = sessionCookieOf(changed)!;
    expect(renewed.header).toMatch(/; HttpOnly/i);
    expect(renewed.pair).not.toBe(current.cookie);

    // the other browser and the old token are out at once
    expect((await me({ Cookie: other.cookie })).status).toBe(401);
    const stale = await me(oldBearer);
    expect(stale.status).toBe(401);
    expect(stale.body.code).toBe('UNAUTHENTICATED');
    // the old cookie value of the current session too: only the renewed one works, with the same CSRF token
    expect((await me({ Cookie: current.cookie })).status).toBe(401);
    const after = await session({ Cookie: renewed.pair });
    expect(after.status).toBe(200);
    expect(after.body.csrfToken).toBe(current.csrfToken);
    expect(
      (
        await ctx
          .http()
          .post('/api/v1/api-keys')
          .set({ Cookie: renewed.pair, 'X-CSRF-Token': current.csrfToken })
          .send({ name: 'k', role: 'official' })
      ).status,
    ).toBe(201);

    // a token issued after the change works
    const fresh = await ctx
      .http()
      .post('/api/v1/auth/login')
      .set(newClient())
      .send({ email: owner.email, password: 'violet-harbour-lantern-42' });
    expect((await me({ Authorization: `Bearer ${fresh.body.accessToken}` })).status).toBe(200);
    const revoked: { n: number }[] = await db.query(
      'SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 AND s.revoked_at IS NOT NULL',
      [owner.email],
    );
    expect(revoked[0].n).toBe(1);
  });

  it('made with a bearer token ends that token as well, and every session', async () => {
    const owner = await ctx.newWorkspace();
    const browser = await ctx.signIn(owner, newClient());
    const changed = await ctx
      .http()
      .post('/api/v1/auth/password')
      .set(newClient())
      .set(owner.auth)
      .send({ currentPassword: owner.password, newPassword: 'copper-meadow-falcon-17' });
    expect(changed.status).toBe(204);
    expect(sessionCookieOf(changed)).toBeNull();
    expect((await me(owner.auth)).status).toBe(401);
    expect((await me({ Cookie: browser.cookie })).status).toBe(401);
  });
});

describe('removing a membership', () => {
  it("ends the member's sessions and tokens in that workspace at once, and only there", async () => {
    const owner = await ctx.newWorkspace('Office A');
    const elsewhere = await ctx.newWorkspace('Office B');
    const member = await ctx.newMember(owner, 'organizer');
    expect((await ctx.http().post('/api/v1/members').set(elsewhere.auth).send({ email: member.email, role: 'official' })).status).toBe(201);
    const inA = await ctx.signIn({ ...member, workspaceId: owner.workspaceId }, newClient());
    const inB = await ctx.signIn({ ...member, workspaceId: elsewhere.workspaceId }, newClient());

    const removed = await ctx.http().delete(`/api/v1/members/${inA.body.user.id}`).set(owner.auth);
    expect(removed.status).toBe(204);

    expect((await me({ Cookie: inA.cookie })).status).toBe(401);
    expect((await me(member.auth)).status).toBe(401);
    const [row] = await db.query('SELECT revoked_at FROM sessions WHERE id = $1', [sha256(tokenOf(inA))]);
    expect(row.revoked_at).toBeInstanceOf(Date);
    // adding the member back does not revive the ended session
    expect((await ctx.http().post('/api/v1/members').set(owner.auth).send({ email: member.email, role: 'organizer' })).status).toBe(201);
    expect((await me({ Cookie: inA.cookie })).status).toBe(401);
    // the session in the other workspace is untouched
    expect((await me({ Cookie: inB.cookie })).body).toMatchObject({ workspaceId: elsewhere.workspaceId, role: 'official' });
  });
});

describe('password strength', () => {
  const weakOnes = ['password123', 'qwerty123456', 'iloveyou2024', 'aaaaaaaaaaaa'];

  it('refuses common and pattern passwords at signup with WEAK_PASSWORD and the feedback', async () => {
    for (const password of weakOnes) {
      const res = await ctx
        .http()
        .post('/api/v1/auth/signup')
        .set(newClient())
        .send({ email: `weak-${nextAddress}@example.test`, password, workspaceName: 'Weak office' });
      expect(res.status, password).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'WEAK_PASSWORD', details: { field: 'password', minimumScore: 3 } });
      expect(res.body.details.score).toBeLessThan(3);
      expect(Array.isArray(res.body.details.suggestions)).toBe(true);
    }
    const res = await ctx
      .http()
      .post('/api/v1/auth/signup')
      .set(newClient())
      .send({ email: 'weak-1@example.test', password: 'password123', workspaceName: 'x' });
    expect(res.body.details.warning).toBe('This is a commonly used password.');
    const email = `own-${Date.now()}@example.test`;
    const own = await ctx.http().post('/api/v1/auth/signup').set(newClient()).send({ email, password: email, workspaceName: 'x' });
    expect(own.body.code).toBe('WEAK_PASSWORD');
    expect((await db.query('SELECT 1 FROM users WHERE email = $1', ['weak-1@example.test'])).length).toBe(0);
  });

  it('refuses them for a new member and on a password change, and keeps the old password', async () => {
    const owner = await ctx.newWorkspace();
    const member = await ctx
      .http()
      .post('/api/v1/members')
      .set(owner.auth)
      .send({ email: `m-${nextAddress}@example.test`, role: 'official', password: 'password123' });
    expect(member.status).toBe(400);
    expect(member.body.code).toBe('WEAK_PASSWORD');

    const change = await ctx
      .http()
      .post('/api/v1/auth/password')
      .set(newClient())
      .set(owner.auth)
      .send({ currentPassword: owner.password, newPassword: 'password123' });
    expect(change.status).toBe(400);
    expect(change.body).toMatchObject({ code: 'WEAK_PASSWORD', details: { field: 'newPassword' } });
    expect((await me(owner.auth)).status).toBe(200);
    const login = await ctx.http().post('/api/v1/auth/login').set(newClient()).send({ email: owner.email, password: owner.password });
    expect(login.status).toBe(200);
  });
});

describe('throttles', () => {
  const signInAs = (address: Record<string, string>, email: string, password: string, path = '/api/v1/auth/login') =>
    ctx.http().post(path).set(address).send({ email, password });

  it('limits sign-in attempts per client address across emails, with Retry-After', async () => {
    const owner = await ctx.newWorkspace();
    const address = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < PER_ADDRESS; i++) {
      const path = i % 2 === 0 ? '/api/v1/auth/login' : '/api/v1/auth/session';
      statuses.push((await signInAs(address, `guess-${i}-${nextAddress}@example.test`, 'wrong-password-1', path)).status);
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    const blocked = await signInAs(address, owner.email, owner.password, '/api/v1/auth/session');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', details: { scope: 'address', limit: PER_ADDRESS } });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(sessionCookieOf(blocked)).toBeNull();
    // another address is not affected
    expect((await signInAs(newClient(), owner.email, owner.password)).status).toBe(200);
  });

  it('still limits attempts per address and email below that', async () => {
    const owner = await ctx.newWorkspace();
    const address = newClient();
    const limit = Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE);
    for (let i = 0; i < limit; i++) expect((await signInAs(address, owner.email, 'wrong-password-2')).status).toBe(401);
    const blocked = await signInAs(address, owner.email, owner.password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.details).toMatchObject({ scope: 'address-and-email', limit });
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await signInAs(address, `someone-${nextAddress}@example.test`, 'wrong-password-2')).status).toBe(401);
  });

  it('limits signups per client address per hour', async () => {
    const address = newClient();
    const signup = (i: number) =>
      ctx
        .http()
        .post('/api/v1/auth/signup')
        .set(address)
        .send({ email: `burst-${i}-${nextAddress}@example.test`, password: 'amber-quill-orchard-9', workspaceName: 'Burst' });
    for (let i = 0; i < SIGNUPS_PER_HOUR; i++) expect((await signup(i)).status).toBe(201);
    const blocked = await signup(SIGNUPS_PER_HOUR);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'RATE_LIMITED', details: { scope: 'signups-from-address', limit: SIGNUPS_PER_HOUR } });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(60);
    expect(
      (
        await ctx
          .http()
          .post('/api/v1/auth/signup')
          .set(newClient())
          .send({ email: `calm-${nextAddress}@example.test`, password: 'amber-quill-orchard-9', workspaceName: 'Calm' })
      ).status,
    ).toBe(201);
  });
});

describe('the OpenAPI document', () => {
  it('describes the session endpoints, the cookie scheme and the CSRF header', async () => {
    const doc = (await ctx.http().get('/docs-json')).body;
    expect(doc.components.securitySchemes['session-cookie']).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'eventreg_session' });
    const start = doc.paths['/api/v1/auth/session'].post;
    expect(start.responses['200'].content['application/json'].schema.$ref).toContain('SessionDto');
    expect(start.responses['401'].description).toContain('INVALID_CREDENTIALS');
    expect(start.responses['429'].description).toContain('RATE_LIMITED');
    expect(doc.components.schemas.SessionDto.required.sort()).toEqual(['csrfToken', 'user', 'workspace', 'workspaces']);
    const createKey = doc.paths['/api/v1/api-keys'].post;
    expect(createKey.security).toContainEqual({ 'session-cookie': [] });
    expect(createKey.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'X-CSRF-Token', required: false }));
    expect(createKey.responses['403'].description).toContain('CSRF_FAILED');
    const listKeys = doc.paths['/api/v1/api-keys'].get;
    expect(listKeys.security).toContainEqual({ 'session-cookie': [] });
    expect(listKeys.parameters ?? []).not.toContainEqual(expect.objectContaining({ name: 'X-CSRF-Token' }));
    expect(doc.paths['/api/v1/auth/session/workspace'].put.parameters).toContainEqual(expect.objectContaining({ name: 'X-CSRF-Token' }));
    expect(doc.paths['/api/v1/auth/signup'].post.responses['400'].description).toContain('WEAK_PASSWORD');
  });
});
