import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@app/core';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

/**
 * Schema-driven fuzzing: reads the app's own OpenAPI document and, for every operation, sends requests
 * derived from it that are wrong in one way each (types, lengths, text PostgreSQL cannot hold, numbers,
 * ids, missing and unknown fields, nesting, content types, methods). Every answer must be below 500, and
 * every error must be in the API's one error shape. Deterministic: the same seed gives the same requests.
 */

const SEED = 20261201;
const RANDOM_EXTRA_PER_OPERATION = 8;
/** Requests in flight at once. */
const CONCURRENCY = 6;

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
  multipart: boolean;
}

interface FuzzRequest {
  label: string;
  method: string;
  url: string;
  auth: boolean;
  /** a JSON value, or raw text with its content type */
  json?: unknown;
  raw?: { type: string; text: string };
}

/** mulberry32: a small seeded generator, so every run sends the same requests. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let ctx: TestContext;
let owner: Session;
let doc: { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, Schema> } };
/** Real ids of the owner's records, by the collection they are in. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  const f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Fuzz office');
  const org = await f.organization(owner);
  const person = await f.person(owner, { positions: [{ title: { en: 'Director' }, organizationId: org.id }] });
  const event = await f.event(owner);
  const attendance = await f.attend(owner, event.id as string, person.id as string, { role: 'speaker' });
  const agenda = await f.post(owner, `/events/${event.id}/agenda`, { kind: 'opening', title: { en: 'Opening' } });
  const speech = await f.post(owner, `/events/${event.id}/speeches`, {
    speakerId: person.id,
    kind: 'address',
    keyPoints: [{ en: 'Hello' }],
  });
  const group = await f
    .post(owner, `/events/${event.id}/participant-groups`, { name: { en: 'Guests' }, approximateCount: 200 })
    .catch(() => null);
  const draft = await f.post(owner, `/events/${event.id}/writeups`, { lang: 'en' });
  const key = await f.post(owner, '/api-keys', { name: 'fuzz', role: 'official' });
  const member = await f.post(owner, '/members', { email: 'fuzz-member@example.test', role: 'official', password: 'a-long-password-3' });
  const link = await f.post(owner, `/events/${event.id}/reports/links`, { report: 'attendance', format: 'csv' });
  Object.assign(ids, {
    organizations: org.id,
    people: person.id,
    events: event.id,
    attendees: attendance.id,
    agenda: agenda.id,
    speeches: speech.id,
    'participant-groups': group?.id ?? attendance.id,
    writeups: draft.id,
    'api-keys': key.id,
    members: member.userId,
    downloads: String(link.url).split('/').pop(),
    eventId: event.id,
  });
  doc = (await ctx.http().get('/docs-json').expect(200)).body;
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

function resolve(schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 10; i++) s = doc.components.schemas[s.$ref.split('/').pop()!] ?? {};
  if (s.allOf?.length) s = s.allOf.reduce<Schema>((acc, part) => ({ ...acc, ...resolve(part) }), {});
  const alternative = s.oneOf?.[0] ?? s.anyOf?.[0];
  return alternative && !s.type && !s.properties ? resolve(alternative) : s;
}

/** A plausible value for a schema: its example, enum, or a value of its type. */
function sample(schema: Schema | undefined, depth = 0): unknown {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  if (s.properties || s.type === 'object') {
    if (depth > 4) return {};
    return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
  }
  switch (s.type) {
    case 'array':
      return depth > 4 ? [] : [sample(s.items, depth + 1)];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'uuid') return ids.people;
      if (s.format === 'date-time') return '2024-03-25T09:00:00+08:00';
      if (s.format === 'email') return 'someone@example.test';
      return 'text';
    default:
      return 'text';
  }
}

/** Every field of a sample with its schema, as a path of keys and indexes, up to a few levels down. */
function fields(schema: Schema, value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; schema: Schema }[] = []) {
  const s = resolve(schema);
  if (path.length) out.push({ path, schema: s });
  if (path.length >= 4) return out;
  if (s.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, child] of Object.entries(s.properties)) {
      // the languages of a multilingual text share one schema: fuzzing one of them is enough
      if (k === 'zh' || k === 'ja') continue;
      fields(child, (value as Record<string, unknown>)[k], [...path, k], out);
    }
  } else if (s.type === 'array' && Array.isArray(value) && value.length) {
    fields(s.items ?? {}, value[0], [...path, 0], out);
  }
  return out;
}

function withValue(base: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const LONE_SURROGATE = '\uD83D';
const nested = (levels: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

/** Values that are wrong for a field of the given schema, one kind of wrong each. */
function badValues(s: Schema, rnd: () => number): { label: string; value: unknown }[] {
  const values: { label: string; value: unknown }[] = [
    { label: 'null', value: null },
    { label: 'nested', value: nested(80) },
    { label: 'object', value: { unexpected: true } },
  ];
  if (s.type === 'string' || s.enum) {
    values.push(
      { label: 'number', value: 12345 },
      { label: 'over-long', value: 'x'.repeat((s.maxLength ?? 10_000) + 1) },
      { label: 'huge', value: '長'.repeat(20_000) },
      { label: 'NUL', value: `a\u0000b` },
      { label: 'lone surrogate', value: `a${LONE_SURROGATE}b` },
      { label: 'empty', value: '' },
      { label: 'random', value: String.fromCharCode(...Array.from({ length: 24 }, () => 1 + Math.floor(rnd() * 0xd7ff))) },
    );
    if (s.format === 'uuid')
      values.push({ label: 'bad uuid', value: 'not-a-uuid' }, { label: 'unknown uuid', value: '00000000-0000-4000-8000-000000000000' });
    if (s.format === 'date-time')
      values.push({ label: 'bad date', value: '2024-13-45T99:99:99Z' }, { label: 'far date', value: '+275760-09-13T00:00:00Z' });
  } else if (s.type === 'integer' || s.type === 'number') {
    values.push(
      { label: 'string', value: '12' },
      { label: 'huge', value: 1e308 },
      { label: 'beyond int', value: 2 ** 53 + 2 },
      { label: 'negative', value: -(2 ** 31) - 1 },
      { label: 'fraction', value: 1.5 },
    );
  } else if (s.type === 'boolean') {
    values.push({ label: 'string', value: 'true' }, { label: 'number', value: 1 });
  } else if (s.type === 'array') {
    values.push(
      { label: 'not an array', value: 'x' },
      { label: 'many items', value: Array.from({ length: 1001 }, () => sample(s.items)) },
      { label: 'bad items', value: [null, 1, 'x', {}] },
    );
  } else {
    values.push({ label: 'array', value: [1, 2] }, { label: 'string', value: 'x' }, { label: 'unknown keys', value: { zz: 'x', '': 1 } });
  }
  return values;
}

/** The operations of the document. */
function operations(): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as {
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      };
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: content['application/json']?.schema,
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return ops;
}

/** The path with real ids: `{id}` is the record of the collection named before it. */
function realPath(path: string, override: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name in override) return override[name];
    if (name === 'eventId') return ids.eventId;
    if (name === 'userId') return ids.members;
    if (name === 'token') return ids.downloads;
    const segments = path.split('/');
    const collection = segments[segments.indexOf(`{${name}}`) - 1];
    return ids[collection] ?? ids.events;
  });
}

function queryString(params: Record<string, string | string[]>): string {
  const parts = Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}=${x}`));
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Every request derived from one operation. */
function requestsFor(op: Operation, rnd: () => number): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  const auth = !op.path.includes('/auth/signup') && !op.path.includes('/auth/login') && !op.path.includes('/downloads/');
  const add = (label: string, r: Partial<FuzzRequest>) =>
    requests.push({ label: `${op.method} ${op.path} ${label}`, method: op.method, url: realPath(op.path), auth, ...r });
  const query = Object.fromEntries(
    op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(sample(p.schema) as string)]),
  );
  const url = realPath(op.path) + queryString(query);

  // path parameters: malformed, unknown, too long, text that cannot be stored
  for (const p of op.parameters.filter((p) => p.in === 'path')) {
    for (const [label, value] of [
      ['bad id', 'not-an-id'],
      ['unknown id', '00000000-0000-4000-8000-000000000000'],
      ['NUL', 'a%00b'],
      ['lone surrogate', '%ED%A0%80'],
      ['bad escape', '%E0%A4%A'],
      ['long', 'x'.repeat(2100)],
      ['number', '99999999999999999999'],
    ]) {
      add(`path ${p.name}=${label}`, { url: realPath(op.path, { [p.name]: value }) + queryString(query) });
    }
  }

  // query parameters: each wrong in turn
  for (const p of op.parameters.filter((p) => p.in === 'query')) {
    const s = resolve(p.schema);
    for (const [label, value] of [
      ['NUL', '%00'],
      ['lone surrogate', '%ED%A0%80'],
      ['bad escape', '%E0%A4'],
      ['long', 'q'.repeat((s.maxLength ?? 3000) + 1)],
      ['huge number', '1e308'],
      ['negative', '-1'],
      ['fraction', '1.5'],
      ['bad uuid', 'not-a-uuid'],
      ['empty', ''],
      ['twice', ['a', 'b']],
    ] as [string, string | string[]][]) {
      add(`query ${p.name}=${label}`, { url: realPath(op.path) + queryString({ ...query, [p.name]: value }) });
    }
  }
  add('unknown query parameter', { url: url + (url.includes('?') ? '&' : '?') + 'zzz=1' });

  // methods the path does not serve
  for (const method of ['PUT', 'PATCH', 'DELETE', 'POST', 'GET']) {
    if (!(method.toLowerCase() in doc.paths[op.path])) add(`method ${method}`, { method, url });
  }

  if (op.multipart) {
    add('JSON instead of a file', { url, json: { file: 'x' } });
    add('text instead of a file', { url, raw: { type: 'text/plain', text: 'name_en\nLi' } });
    add('broken multipart', {
      url,
      raw: { type: 'multipart/form-data; boundary=zz', text: '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\nx' },
    });
    add('multipart without boundary', { url, raw: { type: 'multipart/form-data', text: 'x' } });
  }
  if (!op.body) return requests;

  const base = sample(op.body);
  const schema = resolve(op.body);
  // the body as a whole
  add('no body', { url, raw: { type: 'application/json', text: '' } });
  add('invalid JSON', { url, raw: { type: 'application/json', text: '{"a":' } });
  add('JSON array', { url, json: [base] });
  add('JSON string', { url, raw: { type: 'application/json', text: '"x"' } });
  add('JSON null', { url, raw: { type: 'application/json', text: 'null' } });
  add('deep nesting', { url, raw: { type: 'application/json', text: `${'['.repeat(5000)}${']'.repeat(5000)}` } });
  add('text/plain', { url, raw: { type: 'text/plain', text: JSON.stringify(base) } });
  add('form-urlencoded', { url, raw: { type: 'application/x-www-form-urlencoded', text: 'a=1&b=%00' } });
  add('xml', { url, raw: { type: 'application/xml', text: '<a/>' } });
  add('unknown property', { url, json: { ...(base as object), zzzUnknown: 1 } });
  add('proto key', { url, raw: { type: 'application/json', text: '{"__proto__":{"isAdmin":true}}' } });
  add('empty object', { url, json: {} });
  for (const name of schema.required ?? []) add(`missing ${name}`, { url, json: withValue(base, [name], undefined, true) });

  // each field wrong in every way its type allows
  for (const field of fields(schema, base)) {
    for (const bad of badValues(field.schema, rnd)) {
      add(`${field.path.join('.')}=${bad.label}`, { url, json: withValue(base, field.path, bad.value) });
    }
  }
  // and a few random combinations of wrong fields
  const all = fields(schema, base);
  for (let i = 0; i < RANDOM_EXTRA_PER_OPERATION && all.length; i++) {
    let body = base;
    for (let j = 0; j < 3; j++) {
      const field = all[Math.floor(rnd() * all.length)];
      const bads = badValues(field.schema, rnd);
      body = withValue(body, field.path, bads[Math.floor(rnd() * bads.length)].value);
    }
    add(`random combination ${i + 1}`, { url, json: body });
  }
  return requests;
}

function send(r: FuzzRequest): Promise<Response> {
  let req = ctx.http()[r.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](r.url).timeout(30_000);
  if (r.auth) req = req.set(owner.auth);
  if (r.raw) return req.set('content-type', r.raw.type).send(r.raw.text);
  if (r.json !== undefined) return req.send(r.json as object);
  return req;
}

/** Why an answer breaks the rules, if it does. */
function problemOf(res: Response): string | undefined {
  if (res.status >= 500) return `answered ${res.status}`;
  if (res.status < 400) return undefined;
  const body = res.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return `error without a JSON body (${res.status})`;
  const extra = Object.keys(body).filter((k) => !['statusCode', 'code', 'message', 'details', 'requestId'].includes(k));
  if (extra.length) return `error with other keys: ${extra.join(', ')}`;
  if (body.statusCode !== res.status) return `statusCode ${String(body.statusCode)} in a ${res.status} answer`;
  if (!(ERROR_CODES as unknown[]).includes(body.code)) return `unknown code ${String(body.code)}`;
  if (typeof body.message !== 'string' || typeof body.requestId !== 'string') return 'message or requestId missing';
  if (/SELECT |INSERT |UPDATE "|QueryFailed|\.ts:\d+|FST_/.test(JSON.stringify(body))) return 'leaks internals';
  return undefined;
}

describe('schema-driven fuzzing', () => {
  it('answers every request derived from the OpenAPI document below 500, errors in the one shape', async () => {
    const rnd = random(SEED);
    const ops = operations();
    const requests = ops.flatMap((op) => requestsFor(op, rnd));
    expect(ops.length).toBeGreaterThan(60);
    expect(requests.length).toBeGreaterThan(2000);

    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    let reachedHandlers = 0;
    const check = async (r: FuzzRequest) => {
      const res = await send(r);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const code = (res.body as { code?: string } | undefined)?.code;
      if (code && !['ROUTE_NOT_FOUND', 'METHOD_NOT_ALLOWED', 'UNAUTHENTICATED'].includes(code)) reachedHandlers++;
      const problem = problemOf(res);
      if (problem) failures.push(`${r.label}: ${problem} ${JSON.stringify(res.body).slice(0, 200)}`);
    };
    // a few at a time, deletes after everything else so the records stay for the other requests
    for (const batch of [requests.filter((r) => r.method !== 'DELETE'), requests.filter((r) => r.method === 'DELETE')]) {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < batch.length) await check(batch[next++]);
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.info(
      `[fuzz] ${requests.length} requests over ${ops.length} operations in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU, service and client); statuses`,
      statuses,
      `; ${failures.length} failures`,
    );
    expect(failures.slice(0, 25)).toEqual([]);
    expect(Object.keys(statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    // the requests get past routing and authentication to validation and the handlers
    expect(reachedHandlers).toBeGreaterThan(requests.length / 2);
    expect((await ctx.http().get('/health')).status).toBe(200);
  }, 180_000);
});
