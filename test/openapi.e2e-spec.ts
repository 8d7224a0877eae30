import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/test-app.js';

interface Operation {
  security?: unknown[];
  requestBody?: { content: Record<string, { schema?: { $ref?: string } }> };
  responses: Record<string, { content?: unknown }>;
}

let ctx: TestContext;
let doc: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }> };
};

beforeAll(async () => {
  ctx = await createTestContext();
  doc = (await ctx.http().get('/docs-json')).body;
});
afterAll(async () => {
  await ctx?.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method, op })),
  );

describe('the OpenAPI document', () => {
  it('documents a typed success response for every operation', () => {
    for (const { key, op } of operations()) {
      const success = Object.keys(op.responses).filter((code) => code.startsWith('2'));
      expect(success, key).toHaveLength(1);
      if (success[0] !== '204') expect(op.responses[success[0]].content, key).toBeDefined();
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
      const schema = doc.components.schemas[ref.split('/').pop()!];
      const props = Object.values(schema.properties ?? {});
      expect(
        props.some((p) => 'example' in p || 'default' in p || '$ref' in p),
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
      '/api/v1/events/{eventId}/reports/attendance',
      '/api/v1/events/{eventId}/reports/sign-in-sheet',
      '/health',
    ]) {
      expect(paths).toContain(expected);
    }
  });
});
