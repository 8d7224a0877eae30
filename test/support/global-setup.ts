import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { postgresAnswers, startEmbeddedPostgres, type EmbeddedDatabase } from '../../libs/core/src/database/embedded-postgres.js';
import { MIGRATIONS } from '../../migrations/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Makes a fresh database for this run on TEST_DATABASE_URL / DATABASE_URL, else on the local server,
 * else on an embedded PostgreSQL; applies every migration; drops the database afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = given ?? LOCAL_SERVER;
  if (!given && !(await postgresAnswers(serverUrl))) {
    embedded = await startEmbeddedPostgres({ dir: '.data/test-postgres', port: 54330 });
    serverUrl = embedded.url;
  }
  const database = `eventreg_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();

  const url = withDatabase(serverUrl, database);
  const dataSource = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  project.provide('databaseUrl', url);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
    await embedded?.stop();
  };
}
