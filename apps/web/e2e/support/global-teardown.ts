import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

const FILE = resolve(import.meta.dirname, '../../../../test-results/e2e-database.json');

/** Drops the run's throw-away database (the e2e server also tries when it is stopped). */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(FILE)) return;
  const { serverUrl, database } = JSON.parse(readFileSync(FILE, 'utf8')) as { serverUrl: string; database: string };
  if (!/^eventreg_e2e_\w+$/.test(database)) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    await client.end();
    rmSync(FILE, { force: true });
  }
}
