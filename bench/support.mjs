// What every benchmark needs: a throw-away database with every migration applied, and synthetic attendees.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { DataSource } from 'typeorm';

const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Creates a database on BENCH_DATABASE_URL / DATABASE_URL (else the local server), points DATABASE_URL at it,
 * applies every migration of the build (`dist`, by default this checkout's) and returns its data source;
 * `drop()` removes it all again.
 */
export async function throwAwayDatabase(prefix = 'eventreg_bench', dist = new URL('../dist/', import.meta.url).href) {
  const database = `${prefix}_${Date.now()}_${randomBytes(2).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  process.env.JWT_SECRET ??= randomBytes(32).toString('hex');
  process.env.LOG_LEVEL ??= 'silent';
  // the general request limit stays on (its cost is part of each figure) but far above what one benchmark client sends
  process.env.RATE_LIMIT_PER_MINUTE ??= '1000000';
  const { MIGRATIONS } = await import(new URL('migrations/index.js', dist).href);
  const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, migrations: MIGRATIONS });
  const drop = async () => {
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  };
  try {
    await ds.initialize();
    await ds.runMigrations();
  } catch (err) {
    await drop();
    throw err;
  }
  return { ds, drop };
}

/**
 * `count` people, each with one position in one of `organizations` organizations, attending the event.
 * `attendance` is the SELECT list after workspace, event and person (role, side, status, checked_in_at), over
 * `p.n`, the person's number from 1.
 */
export async function seedAttendees(ds, { workspaceId, eventId, count, organizations, kinds = ['enterprise'], attendance }) {
  await ds.query(
    `WITH org AS (
       INSERT INTO organizations (workspace_id, kind, region, name)
       SELECT $1, ($4::text[])[1 + g % cardinality($4::text[])], 'Shandong',
              jsonb_build_object('zh', '单位' || g, 'en', 'Organization ' || g)
         FROM generate_series(1, $5::int) g RETURNING id),
     orgs AS (SELECT id, row_number() OVER () AS n FROM org),
     ppl AS (
       INSERT INTO people (workspace_id, name, protocol_rank)
       SELECT $1, jsonb_build_object('zh', '参会者' || g, 'ja', '参加者' || g, 'en', 'Attendee ' || g), 100 + g % 500
         FROM generate_series(1, $3::int) g RETURNING id),
     numbered AS (SELECT id, row_number() OVER () AS n FROM ppl),
     pos AS (
       INSERT INTO positions (workspace_id, person_id, ord, title, organization_id)
       SELECT $1, p.id, 0, jsonb_build_object('zh', '代表', 'en', 'Delegate'), o.id
         FROM numbered p JOIN orgs o ON o.n = 1 + p.n % $5::int)
     INSERT INTO attendances (workspace_id, event_id, person_id, role, side, status, checked_in_at)
     SELECT $1, $2, p.id, ${attendance}
       FROM numbered p`,
    [workspaceId, eventId, count, kinds, organizations],
  );
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * One HTTP request on kept-alive connections (node:http), answered like fetch's Response with the body read
 * (`ok`, `status`, `headers.get`, `arrayBuffer()`, `json()`, `text()`). A load generator in the same process
 * as the server it measures takes CPU from it: fetch costs about as much per request as the bare server's
 * whole answer, this client a fraction of it.
 */
export function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, agent, headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode,
            ok: res.statusCode >= 200 && res.statusCode < 300,
            headers: { get: (name) => res.headers[name.toLowerCase()] ?? null },
            arrayBuffer: async () => bytes,
            text: async () => bytes.toString('utf8'),
            json: async () => JSON.parse(bytes.toString('utf8')),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends requests 0 … n-1, `concurrency` at a time (`request(i)` returns a Response); `answered(res, ms)` after each. */
export async function drive(n, concurrency, request, answered = () => undefined) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        const res = await request(i);
        await res.arrayBuffer();
        answered(res, performance.now() - t);
      }
    }),
  );
}
