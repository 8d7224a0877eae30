import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DATABASE_DEFAULTS, StartupError, validateEnv, waitForDatabase } from '@app/core';
import { startupFailureLine } from '../../api/src/bootstrap-env.js';

const log = (line: string) => process.stdout.write(`[eventreg-worker] ${line}\n`);

/**
 * Runs background jobs without serving HTTP, against the database of the API (DATABASE_URL): start
 * as many as the load needs, beside API replicas started with JOBS_WORKER=false.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  validateEnv(process.env);
  if (!process.env.DATABASE_URL) {
    throw new StartupError('DATABASE_URL is not set: the worker runs jobs of an API that uses that database (npm start alone runs both)');
  }
  process.env.JOBS_WORKER = 'true';
  await waitForDatabase(process.env.DATABASE_URL, log, {
    connectTimeoutMs: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS || DATABASE_DEFAULTS.connectTimeoutMs),
  });
  const { NestFactory } = await import('@nestjs/core');
  const { Logger } = await import('nestjs-pino');
  const { WorkerModule } = await import('./worker.module.js');
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  log('ready: taking background jobs');
}

main().catch((err: unknown) => {
  const { line, known } = startupFailureLine(err);
  process.stderr.write(`[eventreg-worker] failed to start: ${line}\n`);
  if (!known && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
