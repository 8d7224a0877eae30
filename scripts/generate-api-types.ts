import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import pg from 'pg';
import { postgresAnswers, startEmbeddedPostgres, type EmbeddedDatabase } from '@app/core';
import { API_SCHEMA_FILE, OPENAPI_FILE, renderApiFiles } from './api-types.js';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (line: string) => process.stdout.write(`[api-types] ${line}\n`);

/**
 * Boots the application as the tests do (on DATABASE_URL, else a throw-away database on the local
 * PostgreSQL or the embedded one), takes its OpenAPI document and writes the web console's typed
 * client schema and the document.
 */
async function main(): Promise<void> {
  process.env.JWT_SECRET ??= randomBytes(32).toString('hex');
  process.env.LOG_LEVEL ??= 'silent';
  let embedded: EmbeddedDatabase | null = null;
  let scratch: { server: string; name: string } | null = null;
  if (!process.env.DATABASE_URL) {
    let server = LOCAL_SERVER;
    if (!(await postgresAnswers(server))) {
      embedded = await startEmbeddedPostgres({ dir: '.data/test-postgres', port: 54330 });
      server = embedded.url;
    }
    scratch = { server, name: `eventreg_api_types_${Date.now()}_${randomBytes(3).toString('hex')}` };
    await admin(server, `CREATE DATABASE ${scratch.name}`);
    const url = new URL(server);
    url.pathname = `/${scratch.name}`;
    process.env.DATABASE_URL = url.toString();
  }
  try {
    const { createApp } = await import('../apps/api/src/setup.js');
    const app = await createApp({ logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
    await app.close();
    if (response.statusCode !== 200) throw new Error(`GET /docs-json answered ${response.statusCode}`);
    const { types, json } = await renderApiFiles(JSON.parse(response.body) as object);
    for (const [file, text] of [
      [API_SCHEMA_FILE, types],
      [OPENAPI_FILE, json],
    ] as const) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      log(`wrote ${file} (${text.split('\n').length} lines)`);
    }
  } finally {
    if (scratch) await admin(scratch.server, `DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    await embedded?.stop();
  }
}

async function admin(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`[api-types] failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
