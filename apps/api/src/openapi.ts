import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponseDto, FieldErrorDto, LocalizedTextDto } from '@app/core';
import { API_KEY_SCHEME, BEARER_SCHEME, documentSessionCsrf, SESSION_COOKIE, SESSION_SCHEME, SESSION_SECURITY } from '@app/identity';
import { addIdempotencyKeyHeader } from '@app/platform';
import metadata from './metadata.js';
import { addErrorResponses } from './openapi-errors.js';

export const DOCS_PATH = 'docs';

export async function setupOpenApi(app: INestApplication): Promise<void> {
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
      ].join('\n'),
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT or API key' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SCHEME)
    .addCookieAuth(SESSION_COOKIE, SESSION_SECURITY, SESSION_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseDto, FieldErrorDto, LocalizedTextDto] });
  documentSessionCsrf(document);
  addErrorResponses(document);
  addIdempotencyKeyHeader(document);
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
    customSiteTitle: 'Exchange Event Register API',
  });
}
