import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { existsSync } from 'node:fs';
import { DATABASE_DEFAULTS, validateEnv, waitForDatabase, type AppConfig, type DatabaseConfig, type EmbeddedDatabase } from '@app/core';
import { listenFailure, prepareLocalEnvironment, startupFailureLine } from './bootstrap-env.js';

const log = (line: string) => process.stdout.write(`[eventreg] ${line}\n`);
let embedded: EmbeddedDatabase | null = null;

async function main(): Promise<void> {
  const started = performance.now();
  // .env first (never over what the environment sets), then every variable checked before anything starts
  if (existsSync('.env')) process.loadEnvFile('.env');
  validateEnv(process.env);
  embedded = await prepareLocalEnvironment(log);
  await waitForDatabase(process.env.DATABASE_URL ?? '', log, {
    connectTimeoutMs: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS || DATABASE_DEFAULTS.connectTimeoutMs),
  });

  // the application (and its configuration module) is loaded only once the environment is complete
  const { createApp } = await import('./setup.js');
  const { webConsoleRoot } = await import('./web-console.js');
  const { DOCS_PATH } = await import('./openapi.js');
  const app = await createApp();
  const stopEmbedded = embedded ? () => void embedded?.stop() : undefined;
  if (stopEmbedded) app.getHttpServer().on('close', stopEmbedded);
  const { port, host } = app.get(ConfigService).getOrThrow<AppConfig>('app');
  await app.listen(port, host).catch((err: unknown) => {
    throw listenFailure(err, host, port);
  });
  const db = app.get(ConfigService).getOrThrow<DatabaseConfig>('database');
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  log(`ready in ${Math.round(performance.now() - started)} ms, rss ${Math.round(process.memoryUsage().rss / 1048576)} MiB`);
  log(webConsoleRoot() ? `console  ${base}/` : 'console  not built (npm run build:web)');
  log(`API      ${base}/api/v1`);
  log(`API docs ${base}/${DOCS_PATH}  (OpenAPI JSON: ${base}/${DOCS_PATH}-json)`);
  log(`health   ${base}/health  (liveness ${base}/health/live, readiness ${base}/health/ready)`);
  log(
    `database timeouts: connect ${db.connectTimeoutMs} ms, statement ${db.statementTimeoutMs} ms, idle in transaction ${db.idleInTransactionTimeoutMs} ms`,
  );
}

main().catch(async (err: unknown) => {
  const { line, known } = startupFailureLine(err);
  process.stderr.write(`[eventreg] failed to start: ${line}\n`);
  if (!known && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
