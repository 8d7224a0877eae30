import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorResponseDto, FieldErrorDto, LocalizedTextDto, localizedTextInputNames } from '@app/core';
import {
  API_KEY_SCHEME,
  BEARER_SCHEME,
  documentRateLimits,
  documentSessionCsrf,
  SESSION_COOKIE,
  SESSION_SCHEME,
  SESSION_SECURITY,
} from '@app/identity';
import { addIdempotencyKeyHeader } from '@app/platform';
import metadata from './metadata.js';
import { addErrorResponses, completeErrorExamples } from './openapi-errors.js';
import { operationId } from './openapi-operation-ids.js';

export const DOCS_PATH = 'docs';

/** Builds the OpenAPI document of the application (served at /docs-json, written for the web console by `npm run api:types`). */
export async function createOpenApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(metadata);
  const config = new DocumentBuilder()
    .setTitle('Exchange Event Register API')
    .setDescription(
      [
        'Record official exchange and cooperation events (officials, attendance, speeches, MoUs, signed projects) and turn them into news writeups and attendance reports.',
        '',
        '**Authentication.** `POST /api/v1/auth/signup` or `/auth/login` returns a JWT bound to one workspace; send it as `Authorization: Bearer <token>`. ' +
          'A user in several workspaces chooses one with `workspaceId` in the login body; the login response lists them all. ' +
          'Machine clients use a workspace API key (`POST /api/v1/api-keys`) as `X-API-Key: <key>` or `Authorization: Bearer <key>`. ' +
          'Browsers sign in with `POST /api/v1/auth/session`: an httpOnly `eventreg_session` cookie, and a `csrfToken` to send as ' +
          '`X-CSRF-Token` on every POST, PUT, PATCH and DELETE made with the cookie (else 403 `CSRF_FAILED`).',
        '',
        '**Roles.** `official` reads and downloads; `organizer` also writes; `owner` also manages members and API keys.',
        '',
        '**Errors** always have the shape `{ statusCode, code, message, details?, requestId }`; `code` is stable and machine-readable.',
        '',
        '**Lists** take `page` (from 1) and `pageSize` (1–200, default 50) and return `{ items, page, pageSize, total }`.',
        '',
        '**Multilingual text** fields take `{ "zh": "…", "ja": "…", "en": "…" }` with at least one language.',
        '',
        '**Limits.** Every text field has a `maxLength` (for multilingual text, per language) and every list a `maxItems`; longer input is refused with `400 VALIDATION_FAILED` naming the field.',
        '',
        '**Rate limits.** Each API key, user, or client address when anonymous may send RATE_LIMIT_PER_MINUTE requests a minute (600 by default); ' +
          'answers carry `RateLimit-Policy` and `RateLimit` (IETF draft-ietf-httpapi-ratelimit-headers), and past the limit `429 RATE_LIMITED` ' +
          'comes with `Retry-After`. Sign-in, signup, password and link endpoints have tighter limits of their own.',
      ].join('\n'),
    )
    .setVersion('1')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT or API key' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SCHEME)
    .addCookieAuth(SESSION_COOKIE, SESSION_SECURITY, SESSION_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorResponseDto, FieldErrorDto, LocalizedTextDto],
    operationIdFactory: operationId,
  });
  closeLocalizedInputs(document);
  describeSuccessResponses(document);
  documentSessionCsrf(document);
  addErrorResponses(document);
  addIdempotencyKeyHeader(document);
  documentRateLimits(document);
  completeErrorExamples(document);
  markPublicOperations(document);
  return document;
}

export async function setupOpenApi(app: INestApplication): Promise<void> {
  const document = await createOpenApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
    customSiteTitle: 'Exchange Event Register API',
  });
}

/** Operations that need no credentials say so (`security: []`), rather than leaving it unstated. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as { responses?: unknown; security?: unknown[] }[]) {
      if (operation && typeof operation === 'object' && 'responses' in operation) operation.security ??= [];
    }
  }
}

/** Multilingual input takes at least one language and no other keys. */
function closeLocalizedInputs(document: OpenAPIObject): void {
  for (const name of localizedTextInputNames()) {
    const schema = document.components?.schemas?.[name];
    if (schema && !('$ref' in schema)) Object.assign(schema, { minProperties: 1, additionalProperties: false });
  }
}

type Response = {
  description?: string;
  content?: Record<string, { schema?: { $ref?: string; type?: string; items?: { $ref?: string } } }>;
};

/** `EventDto` → `event`, `CheckInResultDto` → `check-in result`. */
const humanize = (ref: string) =>
  ref
    .split('/')
    .pop()!
    .replace(/Dto$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** Every success response says what it is (the plugin leaves the description of inferred ones empty). */
function describeSuccessResponses(document: OpenAPIObject): void {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as { responses?: Record<string, Response> }[]) {
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        if (!status.startsWith('2') || response.description) continue;
        const schema = Object.values(response.content ?? {})[0]?.schema;
        if (status === '204' || !schema) response.description = 'Done; nothing to return';
        else if (schema.$ref) response.description = `${status === '201' ? 'Created: the' : 'The'} ${humanize(schema.$ref)}`;
        else if (schema.type === 'array' && schema.items?.$ref) response.description = `The list of ${humanize(schema.items.$ref)} items`;
        else response.description = 'The result';
      }
    }
  }
}
