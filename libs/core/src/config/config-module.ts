import { ConfigModule } from '@nestjs/config';
import { appConfig } from './app.config.js';
import { authConfig } from './auth.config.js';
import { databaseConfig } from './database.config.js';
import { validateEnv } from './env.validation.js';
import { jobsConfig } from './jobs.config.js';
import { mailConfig } from './mail.config.js';
import { rateLimitConfig } from './rate-limit.config.js';
import { timeoutsConfig } from './timeouts.config.js';

/** The validated configuration every process (the API, the worker) reads. */
export function configModule() {
  return ConfigModule.forRoot({
    isGlobal: true,
    cache: true,
    validate: validateEnv,
    load: [appConfig, databaseConfig, authConfig, timeoutsConfig, jobsConfig, rateLimitConfig, mailConfig],
  });
}
