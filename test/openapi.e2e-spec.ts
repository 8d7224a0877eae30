import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { operationId } from '../apps/api/src/openapi-operation-ids.js';
import type { components, paths } from '../apps/web/src/lib/api-schema.js';
import { ERROR_STATUS, type ErrorCode } from '../libs/core/src/errors/error-code.js';
import { API_SCHEMA_FILE, OPENAPI_FILE, renderApiFiles } from '../scripts/api-types.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
}
interface Parameter {
  name: string;
  in: string;
  schema: Schema;
}
interface Media {
  schema?: Schema;
  examples?: Record<string, { $ref?: string; value?: { statusCode: number; code: ErrorCode } }>;
}
interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description?: string; content?: Record<string, Media> }>;
}

let ctx: TestContext;
let owner: Session;
let doc: {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; examples: Record<string, { value: { statusCode: number; code: ErrorCode } }> };
};

beforeAll(async () => {
  ctx = await createTestContext();
  doc = (await ctx.http().get('/docs-json')).body;
  owner = await ctx.newWorkspace('OpenAPI office');
});
afterAll(async () => {
  await ctx?.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, method, op })),
  );

const refName = (ref: string) => ref.split('/').pop()!;
/** The schema a property stands for: its $ref (also when wrapped in allOf for nullability), else itself. */
const resolve = (schema: Schema): Schema => {
  const ref = schema.$ref ?? schema.allOf?.[0]?.$ref;
  return ref ? doc.components.schemas[refName(ref)] : schema;
};

/** Schemas a client sends: those reachable from request bodies. */
function requestSchemas(): Map<string, Schema> {
  const found = new Map<string, Schema>();
  const visit = (schema: Schema | undefined) => {
    if (!schema) return;
    const ref = schema.$ref;
    if (ref) {
      if (found.has(refName(ref))) return;
      found.set(refName(ref), doc.components.schemas[refName(ref)]);
      return visit(doc.components.schemas[refName(ref)]);
    }
    [...(schema.allOf ?? []), ...(schema.oneOf ?? []), schema.items, ...Object.values(schema.properties ?? {})].forEach(visit);
  };
  for (const { op } of operations()) for (const media of Object.values(op.requestBody?.content ?? {})) visit(media.schema);
  return found;
}

/** A string is bounded by maxLength, or by an enum or an exact format. */
const boundedString = (s: Schema) => s.maxLength !== undefined || s.enum !== undefined || s.format === 'uuid' || s.format === 'binary';

describe('the OpenAPI document', () => {
  it('documents a typed success response for every operation', () => {
    for (const { key, op } of operations()) {
      const success = Object.keys(op.responses).filter((code) => code.startsWith('2'));
      // one success status, or several with a body each (an import: 202 queued, 200 for a dry run)
      expect(success.length, key).toBeGreaterThanOrEqual(1);
      if (success.length > 1) expect(success, key).not.toContain('204');
      for (const code of success) if (code !== '204') expect(op.responses[code].content, `${key} ${code}`).toBeDefined();
    }
  });

  it('documents the error shape: 401/403 on every secured operation and 400 wherever input is taken', () => {
    for (const { key, op } of operations()) {
      if (op.security?.length) {
        expect(op.responses['401'], key).toBeDefined();
        expect(op.responses['403'], key).toBeDefined();
      }
      if (op.requestBody) expect(op.responses['400'], key).toBeDefined();
      expect(op.responses['500'], key).toBeDefined();
    }
  });

  it('gives an example for every write body', () => {
    for (const { key, method, op } of operations()) {
      if (!['post', 'put', 'patch'].includes(method) || !op.requestBody) continue;
      const [media] = Object.values(op.requestBody.content);
      const ref = media.schema?.$ref;
      if (!ref) continue; // multipart upload
      const schema = doc.components.schemas[refName(ref)];
      const props = Object.values(schema.properties ?? {});
      expect(
        props.some((p) => 'example' in p || 'default' in p || '$ref' in p || 'allOf' in p),
        key,
      ).toBe(true);
    }
  });

  it('covers every resource of the product', () => {
    const paths = Object.keys(doc.paths);
    for (const expected of [
      '/api/v1/auth/signup',
      '/api/v1/auth/login',
      '/api/v1/api-keys',
      '/api/v1/members',
      '/api/v1/organizations',
      '/api/v1/people',
      '/api/v1/events',
      '/api/v1/events/{eventId}/agenda',
      '/api/v1/events/{eventId}/attendees',
      '/api/v1/events/{eventId}/attendees/{id}/check-in',
      '/api/v1/events/{eventId}/attendees/import',
      '/api/v1/events/{eventId}/participant-groups',
      '/api/v1/events/{eventId}/speeches',
      '/api/v1/events/{eventId}/mous',
      '/api/v1/events/{eventId}/projects',
      '/api/v1/mous',
      '/api/v1/projects',
      '/api/v1/events/{eventId}/writeup',
      '/api/v1/events/{eventId}/writeup/document',
      '/api/v1/events/{eventId}/writeup/file',
      '/api/v1/events/{eventId}/reports/attendance',
      '/api/v1/events/{eventId}/reports/sign-in-sheet',
      '/health',
    ]) {
      expect(paths).toContain(expected);
    }
  });

  it('names a server, and every operation with a unique readable operationId and a described success', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    const ids = operations().map(({ key, op }) => {
      expect(op.operationId, key).toMatch(/^[a-z][a-zA-Z]+$/);
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith('2')) expect(response.description, `${key} ${status}`).toBeTruthy();
      }
      return op.operationId;
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/events'].get.operationId).toBe('listEvents');
    expect(doc.paths['/api/v1/events/{eventId}/writeup/document'].get.operationId).toBe('getEventWriteup');
  });

  it('gives every error response examples whose code is sent with that status', () => {
    for (const { key, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const media = response.content?.['application/json'];
        expect(media?.schema?.$ref, `${key} ${status}`).toBe('#/components/schemas/ErrorResponseDto');
        const examples = Object.values(media?.examples ?? {});
        expect(examples.length, `${key} ${status}`).toBeGreaterThan(0);
        for (const example of examples) {
          const value = example.$ref ? doc.components.examples[refName(example.$ref)].value : example.value!;
          expect(value.statusCode, `${key} ${status} ${value.code}`).toBe(Number(status));
          expect(ERROR_STATUS[value.code], `${key} ${status} ${value.code}`).toBe(Number(status));
        }
      }
    }
  });

  it('declares the writeup as JSON in one operation and as files in another', () => {
    const document = doc.paths['/api/v1/events/{eventId}/writeup/document'].get.responses['200'].content!;
    expect(Object.keys(document)).toEqual(['application/json']);
    const file = doc.paths['/api/v1/events/{eventId}/writeup/file'].get.responses['200'].content!;
    expect(Object.keys(file)).not.toContain('application/json');
    expect(Object.keys(file)).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('limits every string and list a client sends (maxLength, maxItems)', () => {
    const unbounded: string[] = [];
    for (const [name, schema] of requestSchemas()) {
      for (const [prop, raw] of Object.entries(schema.properties ?? {})) {
        const s = resolve(raw);
        if (s.type === 'string' && !boundedString(s)) unbounded.push(`${name}.${prop}: maxLength`);
        if (s.type === 'array' && s.maxItems === undefined) unbounded.push(`${name}.${prop}: maxItems`);
        if (s.type === 'array' && s.items?.type === 'string' && !boundedString(s.items)) unbounded.push(`${name}.${prop}[]: maxLength`);
      }
    }
    for (const { key, op } of operations()) {
      for (const p of op.parameters ?? []) {
        if (p.in === 'query' && p.schema.type === 'string' && !boundedString(p.schema)) unbounded.push(`${key} ?${p.name}: maxLength`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('types multilingual text as { zh?, ja?, en? }, ids as uuid and counts as integers', () => {
    const schemas = doc.components.schemas;
    for (const name of ['LocalizedTextDto', 'LocalizedNameInput', 'LocalizedTitleInput', 'LocalizedPassageInput', 'LocalizedTextInput']) {
      expect(Object.keys(schemas[name].properties ?? {}), name).toEqual(['zh', 'ja', 'en']);
    }
    for (const lang of ['zh', 'ja', 'en']) expect(schemas.LocalizedTitleInput.properties![lang].maxLength).toBe(500);
    expect(resolve(schemas.CreateEventDto.properties!.venue)).toBe(schemas.LocalizedTitleInput);

    const loose: string[] = [];
    const numbers: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      if (name === 'HealthDto') continue;
      for (const [prop, s] of Object.entries(schema.properties ?? {})) {
        if (s.type === 'object' && !s.properties && !s.allOf && !s.$ref && !s.additionalProperties) loose.push(`${name}.${prop}`);
        if (s.type === 'number') numbers.push(`${name}.${prop}`);
      }
    }
    for (const { key, op } of operations()) {
      for (const p of op.parameters ?? []) {
        if (p.in === 'path' && (p.name === 'id' || p.name.endsWith('Id'))) expect(p.schema.format, `${key} ${p.name}`).toBe('uuid');
        if (p.schema.type === 'number') numbers.push(`${key} ?${p.name}`);
      }
    }
    expect(loose, 'objects without a shape').toEqual([]);
    expect(numbers, 'numbers that are counts, orders or pages: integer').toEqual([]);
  });

  it('documents every query parameter the server accepts', () => {
    const missing: string[] = [];
    const byId = new Map(operations().map(({ op }) => [op.operationId, op]));
    for (const module of ctx.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        if (!metatype) continue;
        const controller = metatype as unknown as { name: string; prototype: Record<string, unknown> };
        for (const method of Object.getOwnPropertyNames(controller.prototype)) {
          const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
            string,
            { index: number; data?: unknown }
          >;
          const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as (new () => unknown)[];
          for (const [key, arg] of Object.entries(args)) {
            if (key.split(':')[0] !== String(RouteParamtypes.QUERY) || arg.data) continue;
            const accepted = getMetadataStorage()
              .getTargetValidationMetadatas(types[arg.index], '', true, false)
              .map((m) => m.propertyName);
            const op = byId.get(operationId(controller.name, method));
            const documented = new Set((op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
            for (const name of new Set(accepted)) if (!documented.has(name)) missing.push(`${controller.name}.${method} ?${name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the writeup operations', () => {
  it('serve the writeup as JSON and as files, and keep the one-URL form working', async () => {
    const created = await ctx
      .http()
      .post('/api/v1/events')
      .set(owner.auth)
      .send({
        title: { en: 'Split writeup meeting', zh: '拆分会议' },
        kind: 'forum',
        startsAt: '2025-03-25T09:00:00+08:00',
        timeZone: 'Asia/Shanghai',
        status: 'held',
      });
    expect(created.status).toBe(201);
    const get = (url: string) => ctx.http().get(`/api/v1/events/${created.body.id}${url}`).set(owner.auth);

    const document = await get('/writeup/document?lang=en');
    expect(document.status).toBe(200);
    expect(document.headers['content-type']).toMatch(/^application\/json/);
    expect(document.body.lang).toBe('en');
    expect((await get('/writeup?lang=en&format=json')).body).toEqual(document.body);

    const md = await get('/writeup/file?lang=en&format=md');
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.headers['content-disposition']).toBe('attachment; filename="writeup-en.md"');
    expect(md.text).toBe((await get('/writeup?lang=en').buffer(true)).text);

    const docx = await get('/writeup/file?lang=en&format=docx').responseType('blob');
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const json = await get('/writeup/file?format=json');
    expect(json.status).toBe(400);
    expect(json.body.details).toEqual([expect.objectContaining({ field: 'format' })]);
  });
});

describe('published input limits', () => {
  interface Case {
    body: unknown;
    field: string;
  }

  /** One over-the-limit value for each limited property of a body schema, and the field the error names. */
  function overLimitCases(schema: Schema, path = ''): Case[] {
    const cases: Case[] = [];
    for (const [prop, raw] of Object.entries(schema.properties ?? {})) {
      const field = path ? `${path}.${prop}` : prop;
      const s = resolve(raw);
      const localized = s.properties?.en?.maxLength;
      const over = (n: number) => 'x'.repeat(n + 1);
      if (s.type === 'string' && s.maxLength !== undefined) cases.push({ body: { [prop]: over(s.maxLength) }, field });
      if (localized !== undefined) cases.push({ body: { [prop]: { en: over(localized) } }, field });
      if (s.type !== 'array') continue;
      const items = s.items ? resolve(s.items) : {};
      if (s.maxItems !== undefined) {
        const item = items.type === 'string' ? randomUUID() : {};
        cases.push({ body: { [prop]: Array.from({ length: s.maxItems + 1 }, () => item) }, field });
      }
      if (items.properties?.en?.maxLength !== undefined)
        cases.push({ body: { [prop]: [{ en: 'x'.repeat(items.properties.en.maxLength + 1) }] }, field });
      else if (items.properties) {
        for (const nested of overLimitCases(items, `${field}.0`)) cases.push({ body: { [prop]: [nested.body] }, field: nested.field });
      }
    }
    return cases;
  }

  it('answers 400 VALIDATION_FAILED naming the field for every over-long text and over-full list of every body and query', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { key, path, method, op } of operations()) {
      if (!op.security?.length) continue; // sign-up and sign-in are throttled; their limits are checked below
      const url = path.replace(/\{[^}]+\}/g, () => randomUUID());
      const ref = op.requestBody?.content['application/json']?.schema?.$ref;
      const cases = ref ? overLimitCases(doc.components.schemas[refName(ref)]) : [];
      for (const p of op.parameters ?? []) {
        if (p.in === 'query' && p.schema.maxLength !== undefined) cases.push({ body: undefined, field: p.name });
      }
      for (const { body, field } of cases) {
        const req = ctx.http()[method as 'get'](url).set(owner.auth);
        const res = body === undefined ? await req.query({ [field]: 'x'.repeat(2000) }) : await req.send(body as object);
        checked++;
        const fields = ((res.body?.details ?? []) as { field: string }[]).map((d) => d.field);
        if (res.status !== 400 || res.body.code !== 'VALIDATION_FAILED' || !fields.includes(field)) {
          failures.push(`${key} ${field}: ${res.status} ${res.body?.code} [${fields.join(', ')}]`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });

  it('refuses an over-long sign-up field', async () => {
    const res = await ctx
      .http()
      .post('/api/v1/auth/signup')
      .send({ email: `limits-${randomUUID()}@example.test`, password: 'a-long-password-1', workspaceName: 'x'.repeat(201) });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'workspaceName' })]);
  });
});

describe('the typed client', () => {
  it('is generated from this document (else run `npm run api:types`)', async () => {
    const { types, json } = await renderApiFiles(doc);
    const stale = 'is stale: run `npm run api:types` and commit the result';
    expect(await readFile(API_SCHEMA_FILE, 'utf8').catch(() => ''), `${API_SCHEMA_FILE} ${stale}`).toBe(types);
    expect(await readFile(OPENAPI_FILE, 'utf8').catch(() => ''), `${OPENAPI_FILE} ${stale}`).toBe(json);
  });

  it('reads and writes through openapi-fetch with the generated types, no casts', async () => {
    expectTypeOf<components['schemas']['EventDto']['title']>().toEqualTypeOf<components['schemas']['LocalizedTextDto']>();
    expectTypeOf<components['schemas']['LocalizedTextDto']>().toEqualTypeOf<{ zh?: string; ja?: string; en?: string }>();
    expectTypeOf<paths['/api/v1/events']['get']['parameters']['query']>().toExtend<{ page?: number; q?: string } | undefined>();

    await ctx.app.listen(0, '127.0.0.1');
    const client = createClient<paths>({ baseUrl: await ctx.app.getUrl(), headers: owner.auth });
    const created = await client.POST('/api/v1/events', {
      body: { title: { en: 'Typed client meeting' }, kind: 'forum', startsAt: '2026-03-25T09:00:00+08:00', timeZone: 'Asia/Shanghai' },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    const listed = await client.GET('/api/v1/events', { params: { query: { q: 'Typed client', pageSize: 10 } } });
    expect(listed.data?.items.map((e) => e.title.en)).toEqual(['Typed client meeting']);
    const writeup = await client.GET('/api/v1/events/{eventId}/writeup/document', {
      params: { path: { eventId: id }, query: { lang: 'en' } },
    });
    expect(writeup.data?.lang).toBe('en');
    const refused = await client.POST('/api/v1/events', {
      body: { title: { en: 'x'.repeat(501) }, kind: 'forum', startsAt: '2026-03-25T09:00:00+08:00', timeZone: 'Asia/Shanghai' },
    });
    expect(refused.error?.code).toBe('VALIDATION_FAILED');
  });
});
