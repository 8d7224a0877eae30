import type { OpenAPIObject } from '@nestjs/swagger';

type Response = { description?: string; headers?: Record<string, unknown>; content?: Record<string, unknown> };
type Operation = { tags?: string[]; responses: Record<string, Response> };

const HEADERS = {
  'RateLimit-Policy': {
    description:
      'The general request limit (IETF draft-ietf-httpapi-ratelimit-headers): `"api";q=<requests>;w=<seconds>`, per API key, user, ' +
      'or client address when anonymous',
    schema: { type: 'string', example: '"api";q=600;w=60' },
  },
  RateLimit: {
    description: 'What is left of it: `"api";r=<remaining requests>;t=<seconds until the window resets>`',
    schema: { type: 'string', example: '"api";r=598;t=42' },
  },
};

const RETRY_AFTER = { description: 'Seconds to wait before trying again', schema: { type: 'integer', example: 42 } };

/**
 * Documents the general request limit on every operation but the health probes: the RateLimit headers on
 * success, and 429 RATE_LIMITED with Retry-After.
 */
export function documentRateLimits(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Operation[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation) || operation.tags?.includes('health')) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith('2')) response.headers = { ...response.headers, ...HEADERS };
      }
      const limited = (operation.responses['429'] ??= {
        description: 'Error: RATE_LIMITED',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } },
      });
      limited.headers = { ...limited.headers, 'Retry-After': RETRY_AFTER };
    }
  }
}
