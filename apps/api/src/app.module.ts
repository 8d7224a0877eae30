import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { configModule, DatabaseModule, logBase, RequestTimeoutInterceptor, type AppConfig } from '@app/core';
import { IdentityModule } from '@app/identity';
import { RegisterModule } from '@app/register';
import { WriteupModule } from '@app/writeup';
import { ReportsModule } from '@app/reports';
import { AuditModule } from '@app/audit';
import { ProtocolModule } from '@app/protocol';
import { FollowUpModule } from '@app/followup';
import { IdempotencyModule, JobsModule, WebhooksModule } from '@app/platform';
import { MIGRATIONS } from '../../../migrations/index.js';
import { HealthController } from './health/health.controller.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's request id when it is a sane token, else makes one. */
export function requestIdFor(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{8,128}$/.test(header) ? header : randomUUID();
}

@Module({
  imports: [
    configModule(),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        pinoHttp: {
          level: config.getOrThrow<AppConfig>('app').logLevel,
          genReqId: (req) => (req as { id?: string }).id ?? requestIdFor(req.headers[REQUEST_ID_HEADER]),
          // credentials never reach the logs: tokens, keys, the session cookie both ways, the CSRF token
          redact: [
            'req.headers.authorization',
            'req.headers["x-api-key"]',
            'req.headers.cookie',
            'req.headers["x-csrf-token"]',
            'res.headers["set-cookie"]',
          ],
          // signed download links are credentials: keep the token out of the logs
          serializers: {
            req: (req: { url?: string }) => ({ ...req, url: req.url?.replace(/\/downloads\/[^/?]+/, '/downloads/[token]') }),
          },
          base: logBase('eventreg-api'),
        },
      }),
    }),
    DatabaseModule.forRoot(MIGRATIONS),
    TerminusModule.forRoot({ errorLogStyle: 'json' }),
    IdentityModule,
    RegisterModule,
    WriteupModule,
    ReportsModule,
    ProtocolModule,
    FollowUpModule,
    AuditModule,
    IdempotencyModule,
    JobsModule,
    WebhooksModule,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: RequestTimeoutInterceptor }],
})
export class AppModule {}
