import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl, waitForDatabase } from './wait-for-database.js';

const LOCAL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('waitForDatabase', () => {
  it('names where it waits without the password', () => {
    expect(describeDatabaseUrl('postgres://app:secret@db.internal:6432/eventreg')).toBe('db.internal:6432/eventreg as app');
  });

  it('keeps waiting, with a log line per attempt, while nothing listens', async () => {
    const port = await closedPort();
    const lines: string[] = [];
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 1_200);
    await expect(
      waitForDatabase(`postgres://postgres@127.0.0.1:${port}/eventreg`, (l) => lines.push(l), { signal: abort.signal }),
    ).rejects.toThrow(/abort/i);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toBe(
      `waiting for PostgreSQL at 127.0.0.1:${port}/eventreg as postgres (connection refused: not running yet?); attempt 1, next in 0.5 s`,
    );
  });

  it('stops at once with the cause and the fix when the database does not exist', async () => {
    const url = new URL(LOCAL);
    url.pathname = '/eventreg_no_such_database';
    await expect(waitForDatabase(url.toString(), () => undefined)).rejects.toMatchObject({
      name: 'StartupError',
      message: expect.stringMatching(/database "eventreg_no_such_database" does not exist on .*: create it \(createdb .*\)/) as unknown,
    });
  });

  it('returns as soon as the database answers', async () => {
    const lines: string[] = [];
    await waitForDatabase(LOCAL, (l) => lines.push(l));
    expect(lines).toEqual([]);
  });
});
