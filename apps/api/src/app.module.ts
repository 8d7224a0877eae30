import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { configModule, DatabaseModule, RequestTimeoutInterceptor } from '@app/core';
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
import { apiLogger } from './request-log.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's request id when it is a sane token, else makes one. */
export function requestIdFor(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{8,128}$/.test(header) ? header : randomUUID();
}

@Module({
  imports: [
    configModule(),
    // Nest logs through the logger Fastify logs requests with (see request-log.ts): one line per request
    LoggerModule.forRootAsync({ useFactory: () => ({ pinoHttp: { logger: apiLogger() }, useExisting: true }) }),
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
