import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

// Low limits, read when each app starts; X-Forwarded-For is believed so each test has client addresses
// of its own (counters live in the run's database, shared with every other file).
const PER_MINUTE = 5;
const LOGIN_PER_EMAIL = 4;
process.env.TRUST_PROXY = 'true';
process.env.RATE_LIMIT_PER_MINUTE = String(PER_MINUTE);
process.env.AUTH_RATE_LIMIT_PER_MINUTE = String(LOGIN_PER_EMAIL);
process.env.CORS_ORIGINS = 'https://console.example';

const run = randomBytes(2).readUInt16BE();
let nextAddress = 1;
/** A client address no other test (nor an earlier run, for Redis) has used. */
const newAddress = () => `172.${16 + (run % 16)}.${(run >> 4) & 255}.${nextAddress++}`;
const client = () => ({ 'X-Forwarded-For': newAddress() });

let a: TestContext;
let b: TestContext;

beforeAll(async () => {
  // two replicas of the API on one database
  a = await createTestContext({ clientHeaders: client });
  b = await createTestContext({ clientHeaders: client });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const policy = `"api";q=${PER_MINUTE};w=60`;
const remainingOf = (res: { headers: Record<string, string> }) => Number(/;r=(\d+)/.exec(res.headers['ratelimit'] ?? '')?.[1]);
const resetOf = (res: { headers: Record<string, string> }) => Number(/;t=(\d+)/.exec(res.headers['ratelimit'] ?? '')?.[1]);

/** Wrong passwords for one email from one address, alternating between the two replicas. */
async function failedLogins(email: string, address: string, count: number, apps: TestContext[]) {
  const statuses: number[] = [];
  let last: Awaited<ReturnType<ReturnType<TestContext['http']>['post']>> | null = null;
  for (let i = 0; i < count; i++) {
    last = await apps[i % apps.length]
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email, password: 'not-the-password' });
    statuses.push(last.status);
  }
  return { statuses, last: last! };
}

describe('sign-in throttle shared by replicas', () => {
  it('counts attempts on either replica against one counter in PostgreSQL', async () => {
    const owner = await a.newWorkspace('Throttled office');
    const address = newAddress();
    const { statuses, last } = await failedLogins(owner.email, address, LOGIN_PER_EMAIL + 1, [a, b]);
    // each replica saw at most 3 attempts, under the limit of 4 on its own: only a shared counter blocks the 5th
    expect(statuses).toEqual([...Array<number>(LOGIN_PER_EMAIL).fill(401), 429]);
    expect(last.body).toMatchObject({
      statusCode: 429,
      code: 'RATE_LIMITED',
      details: { scope: 'address-and-email', limit: LOGIN_PER_EMAIL },
    });
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(last.headers['retry-after'])).toBeLessThanOrEqual(60);
    // the right password is refused as well until the window passes
    const right = await b
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email: owner.email, password: owner.password });
    expect(right.status).toBe(429);
    const rows: { hits: number }[] = await a.app
      .get(DataSource)
      .query(`SELECT hits FROM rate_limits WHERE key = $1`, [`auth:address-and-email:sign-in:${address}|${owner.email}`]);
    // the sixth request from the address was stopped by the general limit (5 a minute) before this counter
    expect(rows).toEqual([{ hits: LOGIN_PER_EMAIL + 1 }]);
    expect(right.body.details).toMatchObject({ scope: 'api' });
  });
});

describe('general limit per credential', () => {
  let owner: Session;
  beforeAll(async () => {
    owner = await a.newWorkspace('Busy office');
  });

  it('sends RateLimit-Policy and a RateLimit that counts down across replicas, then 429 with Retry-After', async () => {
    const seen: number[] = [];
    for (let i = 0; i < PER_MINUTE; i++) {
      const res = await (i % 2 ? b : a).http().get('/api/v1/auth/me').set(owner.auth);
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit-policy']).toBe(policy);
      expect(res.headers['ratelimit']).toMatch(/^"api";r=\d+;t=\d+$/);
      expect(resetOf(res)).toBeGreaterThan(0);
      expect(resetOf(res)).toBeLessThanOrEqual(60);
      seen.push(remainingOf(res));
    }
    // the signup's own answer came from the address, not the user: the user's count starts here
    expect(seen).toEqual([4, 3, 2, 1, 0]);
    const blocked = await b.http().get('/api/v1/auth/me').set(owner.auth);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', details: { scope: 'api', limit: PER_MINUTE } });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.headers['ratelimit']).toBe(`"api";r=0;t=${blocked.headers['retry-after']}`);
  });

  it('counts each of many requests one token sends at once, on either replica', async () => {
    const busy = await a.newWorkspace('Rushed office');
    // the token's checks that come together are made together: each request is still counted in its turn
    const answers = await Promise.all(
      Array.from({ length: 2 * PER_MINUTE }, (_, i) => (i % 2 ? b : a).http().get('/api/v1/auth/me').set(busy.auth)),
    );
    const passed = answers.filter((res) => res.status === 200);
    expect(passed).toHaveLength(PER_MINUTE);
    expect(passed.map(remainingOf).sort()).toEqual([0, 1, 2, 3, 4]);
    for (const res of answers.filter((r) => r.status !== 200)) expect(res.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
  });

  it('counts an API key apart from the user who made it', async () => {
    const other = await a.newWorkspace('Keyed office');
    const created = await a.http().post('/api/v1/api-keys').set(other.auth).send({ name: 'sync', role: 'official' });
    expect(created.status).toBe(201);
    const first = await a.http().get('/api/v1/auth/me').set('X-API-Key', created.body.key);
    expect(first.status).toBe(200);
    expect(remainingOf(first)).toBe(PER_MINUTE - 1);
    const byUser = await a.http().get('/api/v1/auth/me').set(other.auth);
    // the user has made two requests (the key's creation and this one)
    expect(remainingOf(byUser)).toBe(PER_MINUTE - 2);
  });

  it('counts anonymous requests and failed authentication by client address', async () => {
    const address = newAddress();
    const remaining: number[] = [];
    for (let i = 0; i < PER_MINUTE; i++) {
      const res = await (i % 2 ? b : a)
        .http()
        .get('/api/v1/events')
        .set('X-Forwarded-For', address)
        .set('Authorization', 'Bearer not-a-token');
      expect(res.status).toBe(401);
      remaining.push(remainingOf(res));
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    // an endpoint without authentication shares the address's count
    const blocked = await a.http().get('/api/v1/auth/session').set('X-Forwarded-For', address);
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('leaves the health probes alone', async () => {
    for (let i = 0; i < PER_MINUTE + 2; i++) {
      const res = await a.http().get('/health/live');
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit']).toBeUndefined();
    }
  });

  it('lets a browser client of another origin read the headers', async () => {
    const other = await a.newWorkspace('Cross-origin office');
    const res = await a.http().get('/api/v1/auth/me').set(other.auth).set('Origin', 'https://console.example');
    expect(res.status).toBe(200);
    const exposed = String(res.headers['access-control-expose-headers'])
      .toLowerCase()
      .split(/\s*,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['ratelimit', 'ratelimit-policy', 'retry-after']));
  });
});

describe('counters in Redis when REDIS_URL is set', () => {
  let r1: TestContext;
  let r2: TestContext;
  let redis: Redis;
  beforeAll(async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    r1 = await createTestContext({ clientHeaders: client });
    r2 = await createTestContext({ clientHeaders: client });
    redis = new Redis(process.env.REDIS_URL);
  });
  afterAll(async () => {
    delete process.env.REDIS_URL;
    await r1?.close();
    await r2?.close();
    await redis?.quit();
  });

  it('shares the sign-in counter between replicas through Redis, not the database', async () => {
    const email = `nobody-${randomUUID()}@example.test`;
    const address = newAddress();
    const { statuses, last } = await failedLogins(email, address, LOGIN_PER_EMAIL + 1, [r1, r2]);
    expect(statuses).toEqual([...Array<number>(LOGIN_PER_EMAIL).fill(401), 429]);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    const key = `auth:address-and-email:sign-in:${address}|${email}`;
    expect(await redis.get(`eventreg:rate-limit:${key}`)).toBe(String(LOGIN_PER_EMAIL + 1));
    const rows: unknown[] = await r1.app.get(DataSource).query(`SELECT 1 FROM rate_limits WHERE key = $1`, [key]);
    expect(rows).toEqual([]);
  });
});
