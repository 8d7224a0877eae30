import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { type Type, VersioningType } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import {
  AllExceptionsFilter,
  clientErrorHandler,
  createValidationPipe,
  frameworkErrorHandler,
  registerRequestGuards,
  type AppConfig,
} from '@app/core';
import { RateLimitStore } from '@app/identity';
import { IMPORT_LIMITS } from '@app/register';
import { AppModule, REQUEST_ID_HEADER, requestIdFor } from './app.module.js';
import { setupOpenApi } from './openapi.js';
import { RequestLog, useApiLogger } from './request-log.js';
import { registerSecurityHeaders } from './security-headers.js';
import { serveWebConsole } from './web-console.js';

/** Every method the API serves, and the request headers a browser client sends it. */
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
export const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'x-csrf-token', 'idempotency-key', REQUEST_ID_HEADER];

/** TRUST_PROXY: unset/false (default), true, or a comma-separated list of proxy addresses/CIDRs. */
export function trustProxySetting(value: string | undefined): boolean | string[] {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Builds the HTTP application exactly as production runs it; tests use the same function. */
export async function createApp(
  options: { logger?: boolean; module?: Type<unknown>; logDestination?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: useApiLogger(options.logDestination),
    logController: new RequestLog(),
    genReqId: (req: { headers: Record<string, unknown> }) => requestIdFor(req.headers[REQUEST_ID_HEADER]),
    bodyLimit: 2 * 1024 * 1024,
    // signed download tokens travel in the path
    routerOptions: { maxParamLength: 2048 },
    // X-Forwarded-* are believed only from the proxies named in TRUST_PROXY
    trustProxy: trustProxySetting(process.env.TRUST_PROXY),
    // Fastify's own answers (undecodable path, malformed HTTP) in the API's error shape
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(options.module ?? AppModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
    ...(options.logger === false && { logger: false }),
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  await configureApp(app);
  return app;
}

export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  registerRequestGuards(fastify);
  registerSecurityHeaders(app);
  // parses and sets the browser session cookie (an opaque random token, so no signing secret)
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: IMPORT_LIMITS.fileBytes, files: 1 } });
  // counters shared by every replica: PostgreSQL, or Redis when REDIS_URL is set
  await app.register(rateLimit, app.get(RateLimitStore).pluginOptions());
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      methods: CORS_METHODS,
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: ['Content-Disposition', REQUEST_ID_HEADER, 'Retry-After', 'RateLimit', 'RateLimit-Policy'],
      maxAge: 600,
    });
  }
  app.setGlobalPrefix('api', { exclude: ['health', 'health/live', 'health/ready'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  await setupOpenApi(app);
  await serveWebConsole(app);
}
