import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES_EXTENSION, type ErrorCode } from '@app/core';
import { SESSION_COOKIE } from './session-cookie.js';

export const SESSION_SCHEME = 'session-cookie';

/** The security scheme for the session cookie, for DocumentBuilder.addCookieAuth. */
export const SESSION_SECURITY = {
  type: 'apiKey' as const,
  in: 'cookie' as const,
  name: SESSION_COOKIE,
  description:
    'Browser session from `POST /api/v1/auth/session`. With it, POST, PUT, PATCH and DELETE also need the header `X-CSRF-Token` ' +
    "set to the session's `csrfToken`; without it they answer 403 `CSRF_FAILED`.",
};

const CSRF_PARAMETER = {
  name: 'X-CSRF-Token',
  in: 'header',
  required: false,
  description: "Required when signed in by the session cookie: the session's `csrfToken`. Not used with a bearer token or API key.",
  schema: { type: 'string' },
};

type Operation = {
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string }[];
  [ERROR_CODES_EXTENSION]?: ErrorCode[];
};

/**
 * Every state-changing operation the session cookie can authenticate documents the CSRF header and its
 * 403 `CSRF_FAILED`. Run before the error responses are derived from the declared codes.
 */
export function documentSessionCsrf(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const operation = pathItem[method] as Operation | undefined;
      if (!operation?.security?.some((s) => SESSION_SCHEME in s)) continue;
      const parameters = (operation.parameters ??= []);
      if (!parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'x-csrf-token')) parameters.push(CSRF_PARAMETER);
      const codes = (operation[ERROR_CODES_EXTENSION] ??= []);
      if (!codes.includes('CSRF_FAILED')) codes.push('CSRF_FAILED');
    }
  }
}
