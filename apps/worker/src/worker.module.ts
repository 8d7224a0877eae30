import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { configModule, DatabaseModule, logBase, type AppConfig } from '@app/core';
import { JobsModule, WebhookDeliveryModule } from '@app/platform';
import { RegisterModule } from '@app/register';
import { MIGRATIONS } from '../../../migrations/index.js';

/** The background worker alone: the job queue and the modules whose jobs it runs (imports, webhook deliveries), without HTTP. */
@Module({
  imports: [
    configModule(),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        pinoHttp: { level: config.getOrThrow<AppConfig>('app').logLevel, base: logBase('eventreg-worker') },
      }),
    }),
    DatabaseModule.forRoot(MIGRATIONS),
    JobsModule,
    RegisterModule,
    WebhookDeliveryModule,
  ],
})
export class WorkerModule {}
