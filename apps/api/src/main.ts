import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@app/core';
import { prepareLocalEnvironment } from './bootstrap-env.js';
import { createApp } from './setup.js';
import { DOCS_PATH } from './openapi.js';

const log = (line: string) => process.stdout.write(`[eventreg] ${line}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  const embedded = await prepareLocalEnvironment(log);
  const app = await createApp();
  if (embedded) app.getHttpServer().on('close', () => void embedded.stop());
  const { port, host } = app.get(ConfigService).getOrThrow<AppConfig>('app');
  await app.listen(port, host);
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  log(`ready in ${Math.round(performance.now() - started)} ms, rss ${Math.round(process.memoryUsage().rss / 1048576)} MiB`);
  log(`API      ${base}/api/v1`);
  log(`API docs ${base}/${DOCS_PATH}  (OpenAPI JSON: ${base}/${DOCS_PATH}-json)`);
  log(`health   ${base}/health`);
}

main().catch((err: unknown) => {
  process.stderr.write(`[eventreg] failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
