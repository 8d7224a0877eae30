import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@app/core';
import { IMPORT_LIMITS } from '../libs/register/src/imports/import-limits.js';
import { xlsxBomb, xlsxManyRows, xlsxOf } from '../libs/register/src/imports/testing/xlsx-fixtures.js';
import { finishedImport } from './support/imports.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

/** The browser console's origin, allowed by CORS for this run. */
const ORIGIN = 'https://console.example.org';
const previousCors = process.env.CORS_ORIGINS;

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let eventId: string;

beforeAll(async () => {
  process.env.CORS_ORIGINS = ORIGIN;
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Hardening office');
  eventId = (await f.event(owner)).id as string;
});
afterAll(async () => {
  await ctx?.close();
  if (previousCors === undefined) delete process.env.CORS_ORIGINS;
  else process.env.CORS_ORIGINS = previousCors;
});

const api = (path: string) => `/api/v1${path}`;
const MiB = 1024 * 1024;
const XLSX = { filename: 'list.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const CSV = { filename: 'list.csv', contentType: 'text/csv' };

/** The API's one error shape, nothing more. */
function expectErrorShape(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: unknown }).code }).toEqual({ status, code });
  const body = res.body as Record<string, unknown>;
  expect(Object.keys(body).filter((k) => !['statusCode', 'code', 'message', 'details', 'requestId'].includes(k))).toEqual([]);
  expect(body.statusCode).toBe(status);
  expect(ERROR_CODES).toContain(body.code);
  expect(typeof body.message).toBe('string');
  expect(typeof body.requestId).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/SELECT|INSERT|QueryFailed|at .*\.(ts|js):\d+|FST_/);
}

async function expectHealthy(): Promise<void> {
  const health = await ctx.http().get('/health').timeout(5000);
  expect(health.status).toBe(200);
}

const deep = (levels: number) => `{"kind":"government","name":{"en":"x"},"region":${'['.repeat(levels)}${']'.repeat(levels)}}`;

interface BadInput {
  name: string;
  send: () => Promise<Response>;
  status: number;
  code: string;
  check?: (res: Response) => void;
}

const cases = (): BadInput[] => [
  {
    name: 'a lone UTF-16 surrogate in the signup email',
    send: () =>
      ctx
        .http()
        .post(api('/auth/signup'))
        .set('content-type', 'application/json')
        .send('{"email":"a\\ud800@example.test","password":"a-long-password-1","workspaceName":"W"}'),
    status: 400,
    code: 'VALIDATION_FAILED',
    check: (res) => expect(res.body.details).toEqual([{ field: 'email', messages: [expect.stringContaining('surrogate')] }]),
  },
  {
    name: 'a lone low surrogate in a name',
    send: () =>
      ctx.http().post(api('/people')).set(owner.auth).set('content-type', 'application/json').send('{"name":{"en":"\\udc00 Li"}}'),
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a NUL character in a text of the body',
    send: () =>
      ctx
        .http()
        .post(api('/organizations'))
        .set(owner.auth)
        .send({ kind: 'government', name: { en: 'Bureau\u0000' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    check: (res) => expect(res.body.details[0]).toEqual({ field: 'name.en', messages: [expect.stringContaining('NUL')] }),
  },
  {
    name: 'a NUL character in a key of the body',
    send: () =>
      ctx
        .http()
        .post(api('/organizations'))
        .set(owner.auth)
        .send({ kind: 'government', name: { 'e\u0000n': 'x' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a NUL character in a query string',
    send: () => ctx.http().get(api('/people?q=%00')).set(owner.auth),
    status: 400,
    code: 'VALIDATION_FAILED',
    check: (res) => expect(res.body.details[0].field).toBe('q'),
  },
  {
    name: 'JSON nested 2,000 deep',
    send: () => ctx.http().post(api('/organizations')).set(owner.auth).set('content-type', 'application/json').send(deep(2000)),
    status: 400,
    code: 'INVALID_BODY',
    check: (res) => expect(res.body.details).toEqual({ maxDepth: 64 }),
  },
  {
    name: 'JSON nested 65 deep',
    send: () => ctx.http().post(api('/organizations')).set(owner.auth).set('content-type', 'application/json').send(deep(64)),
    status: 400,
    code: 'INVALID_BODY',
  },
  {
    name: 'malformed JSON',
    send: () => ctx.http().post(api('/auth/login')).set('content-type', 'application/json').send('{"email":'),
    status: 400,
    code: 'INVALID_BODY',
  },
  {
    name: 'an empty JSON body',
    send: () => ctx.http().post(api('/events')).set(owner.auth).set('content-type', 'application/json').send(''),
    status: 400,
    code: 'INVALID_BODY',
  },
  {
    name: 'a __proto__ key',
    send: () => ctx.http().post(api('/events')).set(owner.auth).set('content-type', 'application/json').send('{"__proto__":{"x":1}}'),
    status: 400,
    code: 'INVALID_BODY',
  },
  {
    name: 'a content type the API does not read',
    send: () => ctx.http().post(api('/events')).set(owner.auth).set('content-type', 'application/xml').send('<event/>'),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a body over 2 MB',
    send: () =>
      ctx
        .http()
        .post(api('/people'))
        .set(owner.auth)
        .set('content-type', 'application/json')
        .send(JSON.stringify({ name: { en: 'x'.repeat(3 * MiB) } })),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'an unknown route',
    send: () => ctx.http().get(api('/nothing/here')),
    status: 404,
    code: 'ROUTE_NOT_FOUND',
  },
  {
    name: 'a path that is not a valid URL',
    send: () => ctx.http().get(api('/events/%E0%A4%A')).set(owner.auth),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a path parameter over the length limit',
    send: () => ctx.http().get(api(`/downloads/${'a'.repeat(3000)}`)),
    status: 414,
    code: 'URI_TOO_LONG',
  },
  {
    name: 'a known path with a method it does not serve',
    send: () => ctx.http().delete(api('/events')).set(owner.auth),
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    check: (res) => {
      expect(res.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
      expect(res.body.details).toEqual({ allow: ['GET', 'HEAD', 'POST', 'OPTIONS'] });
    },
  },
  {
    name: 'a known path with parameters and a method it does not serve',
    send: () =>
      ctx
        .http()
        .put(api(`/events/${eventId}/reports/attendance`))
        .set(owner.auth),
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    check: (res) => expect(res.headers.allow).toBe('GET, HEAD, OPTIONS'),
  },
  {
    name: 'an XLSX zip bomb (1 GiB unpacked, sizes declared)',
    send: () =>
      ctx
        .http()
        .post(api(`/events/${eventId}/attendees/import`))
        .set(owner.auth)
        .attach('file', xlsxBomb(1024), XLSX),
    status: 413,
    code: 'IMPORT_TOO_LARGE',
  },
  {
    name: 'an XLSX zip bomb with forged sizes',
    send: () =>
      ctx
        .http()
        .post(api(`/events/${eventId}/attendees/import`))
        .set(owner.auth)
        .attach('file', xlsxBomb(1024, { declaredBytes: 31 * MiB }), XLSX),
    status: 413,
    code: 'IMPORT_TOO_LARGE',
  },
  {
    name: 'an XLSX of 201,000 rows',
    send: () =>
      ctx
        .http()
        .post(api(`/events/${eventId}/attendees/import`))
        .set(owner.auth)
        .attach('file', xlsxManyRows(IMPORT_LIMITS.rows + 1000), XLSX),
    status: 413,
    code: 'IMPORT_TOO_LARGE',
    check: (res) => expect(res.body.details).toEqual({ limit: 'rows' }),
  },
  {
    name: 'a CSV of 200,001 rows',
    send: () =>
      ctx
        .http()
        .post(api(`/events/${eventId}/attendees/import`))
        .set(owner.auth)
        .attach('file', Buffer.from(['name_en', ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `P${i}`)].join('\n')), CSV),
    status: 413,
    code: 'IMPORT_TOO_LARGE',
  },
  {
    name: 'a CSV name cell of 100,000 characters',
    send: () =>
      ctx
        .http()
        .post(api(`/events/${eventId}/attendees/import`))
        .set(owner.auth)
        .attach('file', Buffer.from(`name_en,title_en\n${'x'.repeat(100_000)},Director\nLi Ming,Adviser\n`), CSV),
    status: 422,
    code: 'IMPORT_REJECTED',
    check: (res) =>
      expect(res.body.details.rows).toEqual([{ row: 2, field: 'name_en', reason: 'longer than 200 characters (it has 100000)' }]),
  },
  {
    name: 'an XLSX name cell of 100,000 characters',
    send: () =>
      ctx
        .http()
        .post(api(`/events/${eventId}/attendees/import`))
        .set(owner.auth)
        .attach(
          'file',
          xlsxOf(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>name_zh</t></is></c></row>' +
              `<row r="2"><c r="A2" t="inlineStr"><is><t>${'李'.repeat(100_000)}</t></is></c></row>`,
          ),
          XLSX,
        ),
    status: 422,
    code: 'IMPORT_REJECTED',
    check: (res) => expect(res.body.details.rows).toEqual([{ row: 2, field: 'name_zh', reason: expect.stringContaining('200') }]),
  },
  {
    name: 'a NUL character in a CSV cell past the first 8 KB',
    send: () =>
      ctx
        .http()
        .post(api(`/events/${eventId}/attendees/import`))
        .set(owner.auth)
        .attach('file', Buffer.from(`name_en,title_en\n${'Li Ming,Adviser\n'.repeat(600)}Wang\u0000,Director\n`), CSV),
    status: 422,
    code: 'IMPORT_REJECTED',
    check: (res) => expect(res.body.details.rows).toEqual([{ row: 602, field: 'name_en', reason: expect.stringContaining('NUL') }]),
  },
];

describe('every bad input gets a clear 4xx in the error shape, and the service keeps answering', () => {
  for (const c of cases()) {
    it(`${c.name} → ${c.status} ${c.code}`, async () => {
      const res = await c.send();
      expectErrorShape(res, c.status, c.code);
      c.check?.(res);
      await expectHealthy();
    });
  }
});

describe('a request that is not valid HTTP', () => {
  it('answers 400 in the error shape and closes the connection', async () => {
    const server = ctx.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write('GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
      expect(body).toEqual({
        statusCode: 400,
        code: 'BAD_REQUEST',
        message: 'The request is not valid HTTP',
        requestId: expect.any(String),
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await expectHealthy();
  });
});

describe('uploads are read within bounds', () => {
  /** Runs a request while sampling the process's RSS every few milliseconds; returns the growth at the peak. */
  async function rssGrowth(send: () => Promise<Response>): Promise<{ res: Response; growthMiB: number; ms: number }> {
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = performance.now();
    try {
      const res = await send();
      peak = Math.max(peak, process.memoryUsage().rss);
      return { res, growthMiB: (peak - before) / MiB, ms: performance.now() - started };
    } finally {
      clearInterval(timer);
    }
  }

  it('refuses zip bombs and a 100,000-character cell with the process growing by less than 256 MiB', async () => {
    const upload =
      (file: Buffer, options = XLSX) =>
      () =>
        ctx
          .http()
          .post(api(`/events/${eventId}/attendees/import`))
          .set(owner.auth)
          .attach('file', file, options);
    const bomb = xlsxBomb(1024);
    const forged = xlsxBomb(1024, { forged: true });
    const forgedLarge = xlsxBomb(1024, { declaredBytes: 31 * MiB });
    const rows = xlsxManyRows(IMPORT_LIMITS.rows + 1000);
    const longCell = Buffer.from(`name_en\n${'x'.repeat(100_000)}\n`);
    const figures: Record<string, string> = {};
    for (const [name, send, code] of [
      [`bomb ${(bomb.length / 1024).toFixed(0)} KB → 1 GiB, sizes declared`, upload(bomb), 'IMPORT_TOO_LARGE'],
      [`bomb ${(forged.length / 1024).toFixed(0)} KB → 1 GiB, sizes forged small`, upload(forged), 'IMPORT_TOO_LARGE'],
      [`bomb ${(forgedLarge.length / 1024).toFixed(0)} KB → 1 GiB, sizes forged at 31 MiB`, upload(forgedLarge), 'IMPORT_TOO_LARGE'],
      [`XLSX ${(rows.length / 1024).toFixed(0)} KB of 201,000 rows`, upload(rows), 'IMPORT_TOO_LARGE'],
      ['CSV with a 100,000-character cell', upload(longCell, CSV), 'IMPORT_REJECTED'],
    ] as const) {
      const { res, growthMiB, ms } = await rssGrowth(send);
      expect(res.body.code).toBe(code);
      expect(growthMiB).toBeLessThan(256);
      expect(ms).toBeLessThan(10_000);
      figures[name] = `+${growthMiB.toFixed(0)} MiB RSS, ${ms.toFixed(0)} ms`;
    }
    console.info('[hardening] upload figures', figures, `rss now ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB`);
    await expectHealthy();
  });
});

describe('imports that race', () => {
  it('50 concurrent imports of one 20-row list leave each person once; the others are told why', async () => {
    const s = await ctx.newWorkspace('Race office');
    const event = await f.event(s);
    const list = Buffer.from(
      ['name_en,title_en,organization_en', ...Array.from({ length: 20 }, (_, i) => `Guest ${i + 1},Director,Race Institute ${i % 3}`)].join(
        '\n',
      ),
    );
    const accepted = await Promise.all(
      Array.from({ length: 50 }, () =>
        ctx
          .http()
          .post(api(`/events/${event.id}/attendees/import`))
          .set(s.auth)
          .attach('file', list, CSV),
      ),
    );
    expect(accepted.map((r) => r.status)).toEqual(Array.from({ length: 50 }, () => 202));
    // the imports of one workspace run one after another: the first records the list, the others find everyone attending
    const results = await Promise.all(accepted.map((r) => finishedImport(ctx, s.auth, r, 300_000)));
    const byStatus = results.reduce<Record<string, number>>((acc, r) => {
      const key = `${r.status}${r.failure ? ` ${r.failure.code}` : ''}`;
      acc[key] = (acc[key] ?? 0) + 1;
      return acc;
    }, {});
    console.info('[hardening] 50 concurrent imports', byStatus);
    expect(byStatus).toEqual({ succeeded: 1, 'failed IMPORT_REJECTED': 49 });
    for (const r of results.filter((r) => r.status === 'failed')) {
      expect(r.errors).toHaveLength(20);
      expect(r.errors.every((e: { reason: string }) => e.reason === 'this person already attends the event')).toBe(true);
    }
    const attendees = await ctx
      .http()
      .get(api(`/events/${event.id}/attendees?pageSize=200`))
      .set(s.auth)
      .expect(200);
    expect(attendees.body.total).toBe(20);
    const people = await ctx.http().get(api('/people?pageSize=200')).set(s.auth).expect(200);
    expect(people.body.total).toBe(20);
    const orgs = await ctx.http().get(api('/organizations?pageSize=200')).set(s.auth).expect(200);
    expect(orgs.body.total).toBe(3);
    await expectHealthy();
  }, 330_000);
});

describe('links and CORS', () => {
  it('builds signed download links without the Host header', async () => {
    const res = await ctx
      .http()
      .post(api(`/events/${eventId}/reports/links`))
      .set(owner.auth)
      .set('host', 'attacker.example')
      .set('x-forwarded-host', 'attacker.example')
      .set('x-forwarded-proto', 'https')
      .send({ report: 'attendance', format: 'csv' });
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(/^\/api\/v1\/downloads\/[\w-]+\.[\w-]+$/);
    expect(res.body.url).not.toContain('attacker');
    const download = await ctx.http().get(res.body.url as string);
    expect(download.status).toBe(200);
  });

  it('allows in a preflight every method the API serves and the headers its clients send', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await ctx
        .http()
        .options(api(`/events/${eventId}`))
        .set('origin', ORIGIN)
        .set('access-control-request-method', method)
        .set('access-control-request-headers', 'content-type,authorization,x-api-key,x-csrf-token,idempotency-key,x-request-id');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
      const methods = String(res.headers['access-control-allow-methods']).split(/,\s*/);
      expect(methods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']));
      const headers = String(res.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
      expect(headers).toEqual(
        expect.arrayContaining(['content-type', 'authorization', 'x-api-key', 'x-csrf-token', 'idempotency-key', 'x-request-id']),
      );
    }
    const foreign = await ctx
      .http()
      .options(api('/events'))
      .set('origin', 'https://elsewhere.example')
      .set('access-control-request-method', 'DELETE');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});
