import {
  databaseTrouble,
  describeDatabaseUrl,
  InvalidConfigurationError,
  startEmbeddedPostgres,
  StartupError,
  type EmbeddedDatabase,
} from '@app/core';
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

/** The HTTP server could not listen: which address, why, and what to do. */
export function listenFailure(err: unknown, host: string, port: number): unknown {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') {
    return new StartupError(
      `port ${port} on ${host} is already in use by another process: stop it, or start on another port (e.g. PORT=${port + 1} npm start)`,
      { cause: err },
    );
  }
  if (code === 'EACCES') {
    return new StartupError(`no permission to listen on port ${port}: use a port above 1023 (PORT=3000)`, { cause: err });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new StartupError(`HOST=${host} is not an address of this machine: use 0.0.0.0 (all) or 127.0.0.1 (local only)`, { cause: err });
  }
  return err;
}

/**
 * One line for a start-up failure: the cause and the fix for the failures we know, the error's own message
 * otherwise (never "undefined"). `known` is false when the stack is worth printing too.
 */
export function startupFailureLine(err: unknown): { line: string; known: boolean } {
  if (err instanceof StartupError || err instanceof InvalidConfigurationError) return { line: err.message, known: true };
  if (databaseTrouble(err)) {
    const where = process.env.DATABASE_URL ? describeDatabaseUrl(process.env.DATABASE_URL) : 'the database';
    const message = err instanceof Error ? err.message : String(err);
    return {
      line: `PostgreSQL at ${where} stopped answering while the service started (${message}): check that it runs, then start again`,
      known: true,
    };
  }
  if (err instanceof Error) {
    const what = err.message || (err as { code?: string }).code || err.name;
    return { line: `${what} (${err.name}): see the stack below; LOG_LEVEL=debug shows more`, known: false };
  }
  if (err === undefined || err === null) return { line: 'an unexpected failure without a reason: see the lines above', known: false };
  return { line: `an unexpected value was thrown: ${JSON.stringify(err)}`, known: false };
}
