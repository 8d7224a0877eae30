import { startEmbeddedPostgres, type EmbeddedDatabase } from '@app/core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Prepares the environment for a local run: without DATABASE_URL the embedded PostgreSQL is started
 * (migrations then run at start), and without JWT_SECRET a random one is kept under .data/.
 */
export async function prepareLocalEnvironment(log: (line: string) => void): Promise<EmbeddedDatabase | null> {
  const dataDir = resolve(process.env.EMBEDDED_PG_DIR ? resolve(process.env.EMBEDDED_PG_DIR, '..') : '.data');
  if (!process.env.JWT_SECRET && process.env.NODE_ENV !== 'production') {
    const file = resolve(dataDir, 'jwt-secret');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    }
    process.env.JWT_SECRET = readFileSync(file, 'utf8').trim();
    log(`JWT_SECRET not set; using the local one in ${file}`);
  }
  if (process.env.DATABASE_URL) return null;
  const embedded = await startEmbeddedPostgres({
    dir: process.env.EMBEDDED_PG_DIR ?? resolve(dataDir, 'postgres'),
    port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
    log,
  });
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_MIGRATIONS_RUN = 'true';
  log(`DATABASE_URL not set; using the embedded PostgreSQL (${embedded.url.replace(/:[^:@/]+@/, ':***@')})`);
  return embedded;
}
