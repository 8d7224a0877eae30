import type { OpenAPIObject } from '@nestjs/swagger';
import { ABANDONED_AFTER_MINUTES, KEY_TTL_HOURS } from './idempotency.store.js';
import { MAX_KEY_LENGTH } from './request-fingerprint.js';

const DESCRIPTION =
  `Makes the request safe to retry. The first request with a key runs; a retry with the same key, method, path and body ` +
  `gets the first response again (status and body, with \`Idempotent-Replayed: true\`) for ${KEY_TTL_HOURS} hours; ` +
  `the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still ` +
  `running with 409 IDEMPOTENCY_KEY_IN_USE. Keys belong to the workspace and credential (user or API key). Responses ` +
  `400 (malformed), 429 and 5xx are not kept: a retry runs again. A request still running after ${ABANDONED_AFTER_MINUTES} minutes frees its key.`;

type Operation = {
  parameters?: unknown[];
  security?: unknown[];
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, { description?: string; headers?: Record<string, unknown> }>;
};

/** Documents the `Idempotency-Key` header on every POST that takes credentials (uploads excepted). */
export function addIdempotencyKeyHeader(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    const operation = pathItem.post as Operation | undefined;
    if (!operation?.security?.length || operation.requestBody?.content?.['multipart/form-data']) continue;
    (operation.parameters ??= []).push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: DESCRIPTION,
      schema: { type: 'string', minLength: 1, maxLength: MAX_KEY_LENGTH },
      example: '9b2f6c1e-4a47-4d0e-8a3b-5d1f0c2e7a91',
    });
    for (const [status, response] of Object.entries(operation.responses)) {
      if (status.startsWith('2')) {
        response.headers = {
          ...response.headers,
          'Idempotent-Replayed': {
            description: '`true` when this is the stored response of an earlier request',
            schema: { type: 'string' },
          },
        };
      }
    }
    for (const [status, code] of [
      ['409', 'IDEMPOTENCY_KEY_IN_USE'],
      ['422', 'IDEMPOTENCY_KEY_REUSED'],
    ] as const) {
      const existing = operation.responses[status];
      if (existing) existing.description = `${existing.description ?? 'Error'}, ${code}`;
      else
        operation.responses[status] = {
          description: `Error: ${code}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } },
        } as Operation['responses'][string];
    }
  }
}
