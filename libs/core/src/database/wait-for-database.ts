import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from './startup-error.js';

/** host:port/database as user, without the password: where the service is waiting. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname || decodeURIComponent(u.searchParams.get('host') ?? '') || 'localhost';
    return `${host}:${u.port || 5432}${u.pathname || '/'}${u.username ? ` as ${decodeURIComponent(u.username)}` : ''}`;
  } catch {
    return 'the DATABASE_URL server';
  }
}

/** Errors that waiting does not cure: the server answers and says no. */
function permanentProblem(err: unknown, url: string): StartupError | undefined {
  const code = (err as { code?: string } | null)?.code;
  const where = describeDatabaseUrl(url);
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.slice(1)) || 'postgres';
  const user = decodeURIComponent(u.username) || 'the default user';
  if (code === '28P01' || code === '28000') {
    return new StartupError(`PostgreSQL at ${where} refused the login of ${user} (${code}): fix the user or password in DATABASE_URL`, {
      cause: err,
    });
  }
  if (code === '3D000') {
    return new StartupError(
      `database "${database}" does not exist on ${where.replace(/\/.*$/, '')}: create it (createdb -h ${u.hostname} -p ${u.port || 5432} -U ${decodeURIComponent(u.username) || 'postgres'} ${database}) and run npm run migration:run, or fix DATABASE_URL`,
      { cause: err },
    );
  }
  if (code === '42501') {
    return new StartupError(`${user} may not connect to "${database}" at ${where} (42501): grant it CONNECT, or fix DATABASE_URL`, {
      cause: err,
    });
  }
  if (err instanceof Error && /SSL|certificate/i.test(err.message)) {
    return new StartupError(
      `TLS to PostgreSQL at ${where} failed (${err.message}): fix sslmode in DATABASE_URL or the server's certificate`,
      {
        cause: err,
      },
    );
  }
  return undefined;
}

function reason(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: { code?: string }[] } | null;
  const code = e?.code ?? e?.errors?.[0]?.code;
  if (code === 'ECONNREFUSED') return 'connection refused: not running yet?';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === '57P03') return 'it is starting up';
  if (e?.message && /timeout/i.test(e.message)) return 'no answer in time';
  return e?.message || code || 'no answer';
}

/**
 * Waits until PostgreSQL at `url` accepts a connection and answers a query, logging where it waits and why,
 * retrying with a growing pause (0.5 s, doubling, at most `maxDelayMs`). A server that answers with a
 * refusal waiting cannot cure (bad password, missing database) ends the wait with a StartupError at once.
 */
export async function waitForDatabase(
  url: string,
  log: (line: string) => void,
  options: { connectTimeoutMs?: number; maxDelayMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const where = describeDatabaseUrl(url);
  const started = Date.now();
  let delay = 500;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) log(`PostgreSQL at ${where} answers (after ${Math.round((Date.now() - started) / 100) / 10} s)`);
      return;
    } catch (err) {
      const permanent = permanentProblem(err, url);
      if (permanent) throw permanent;
      log(`waiting for PostgreSQL at ${where} (${reason(err)}); attempt ${attempt}, next in ${delay / 1000} s`);
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(delay, undefined, { signal: options.signal });
    delay = Math.min(delay * 2, options.maxDelayMs ?? 10_000);
  }
}
