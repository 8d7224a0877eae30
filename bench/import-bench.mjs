// An attendee list of 50,000 rows imported through the API (upload, background job, until it has
// succeeded) against COPY of the same rows into the same tables (organizations, people, positions,
// attendances) on the same database, both with the audit triggers on. Prints the times and the ratio.
// Run: npm run bench:import   (ROWS=50000 ORGANIZATIONS=500 by default)
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { throwAwayDatabase } from './support.mjs';

const ROWS = Number(process.env.ROWS ?? 50_000);
const ORGANIZATIONS = Number(process.env.ORGANIZATIONS ?? 500);

process.env.LOG_LEVEL = 'silent';
process.env.JOBS_POLL_INTERVAL_SECONDS ??= '0.5';
const { ds, drop } = await throwAwayDatabase('eventreg_bench_import');

/** The list, as rows of the tables and as the CSV an organizer uploads. */
const rows = Array.from({ length: ROWS }, (_, i) => ({
  name: { zh: `参会者${i + 1}`, en: `Attendee ${i + 1}` },
  title: { en: 'Delegate' },
  org: i % ORGANIZATIONS,
  role: i % 10 === 0 ? 'guest' : 'participant',
}));
const orgName = (n) => ({ zh: `单位${n + 1}`, en: `Organization ${n + 1}` });
const csv = Buffer.from(
  [
    'name_zh,name_en,title_en,organization_zh,organization_en,organization_kind,role',
    ...rows.map((r) => [r.name.zh, r.name.en, r.title.en, orgName(r.org).zh, orgName(r.org).en, 'enterprise', r.role].join(',')),
  ].join('\n'),
);

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
let app;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
try {
  await ds.destroy();
  await client.connect();
  const { createApp } = await import('../dist/apps/api/src/setup.js');
  app = await createApp({ logger: false });
  await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const origin = await app.getUrl();
  const base = `${origin}/api/v1`;
  const json = async (res, status) => {
    const body = await res.json();
    if (res.status !== status) throw new Error(`${res.url} → ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
  const signup = async (name) =>
    json(
      await fetch(`${base}/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `bench-${randomUUID()}@example.test`, password: 'bench-password-1', workspaceName: name }),
      }),
      201,
    );
  const newEvent = async (token) =>
    json(
      await fetch(`${base}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          title: { en: 'Import bench' },
          kind: 'exchange_meeting',
          startsAt: '2026-03-25T09:00:00+08:00',
          timeZone: 'Asia/Shanghai',
        }),
      }),
      201,
    );

  // the API: upload, then follow the import until it has succeeded
  const api = await signup('Import bench (API)');
  const apiEvent = await newEvent(api.accessToken);
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'list.csv');
  const started = performance.now();
  const accepted = await fetch(`${base}/events/${apiEvent.id}/attendees/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.accessToken}` },
    body: form,
  });
  const queued = await json(accepted, 202);
  const acceptedMs = performance.now() - started;
  let current = queued;
  while (current.status === 'queued' || current.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await fetch(`${origin}${accepted.headers.get('location')}`, { headers: { authorization: `Bearer ${api.accessToken}` } });
    // a busy machine may answer a poll with 503 (pool or statement timeout): ask again
    if (res.status === 503) await res.arrayBuffer();
    else current = await json(res, 200);
  }
  const apiMs = performance.now() - started;
  if (current.status !== 'succeeded') {
    const { rows: jobs } = await client.query(
      `SELECT j.output->>'message' AS error FROM pgboss.job j JOIN attendee_imports i ON i.job_id = j.id WHERE i.id = $1`,
      [current.id],
    );
    throw new Error(`the import ${current.status}: ${JSON.stringify(current.failure)}; the job's error: ${jobs[0]?.error}`);
  }

  // COPY: the same rows into the same tables, in one transaction, ids made beforehand
  const copy = await signup('Import bench (COPY)');
  const copyEvent = await newEvent(copy.accessToken);
  const ws = copy.workspaceId;
  const orgIds = Array.from({ length: ORGANIZATIONS }, () => randomUUID());
  const personIds = rows.map(() => randomUUID());
  const field = (v) => (v === null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));
  const copyRows = async (table, columns, lines) =>
    pipeline(
      Readable.from(
        (function* () {
          for (const line of lines()) yield `${line.map(field).join('\t')}\n`;
        })(),
      ),
      client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)),
    );
  const copyStarted = performance.now();
  await client.query('BEGIN');
  await copyRows('organizations', 'id, workspace_id, kind, region, name', function* () {
    for (let o = 0; o < ORGANIZATIONS; o++) yield [orgIds[o], ws, 'enterprise', null, JSON.stringify(orgName(o))];
  });
  await copyRows('people', 'id, workspace_id, name, protocol_rank', function* () {
    for (let i = 0; i < ROWS; i++) yield [personIds[i], ws, JSON.stringify(rows[i].name), 1000];
  });
  await copyRows('positions', 'workspace_id, person_id, ord, title, organization_id', function* () {
    for (let i = 0; i < ROWS; i++) yield [ws, personIds[i], 0, JSON.stringify(rows[i].title), orgIds[rows[i].org]];
  });
  await copyRows('attendances', 'workspace_id, event_id, person_id, role, status', function* () {
    for (let i = 0; i < ROWS; i++) yield [ws, copyEvent.id, personIds[i], rows[i].role, 'registered'];
  });
  await client.query('COMMIT');
  const copyMs = performance.now() - copyStarted;

  const [check] = (
    await client.query(
      `SELECT (SELECT count(*) FROM attendances WHERE event_id = $1)::int AS api, (SELECT count(*) FROM attendances WHERE event_id = $2)::int AS copy`,
      [apiEvent.id, copyEvent.id],
    )
  ).rows;
  if (check.api !== ROWS || check.copy !== ROWS) throw new Error(`attendances written: API ${check.api}, COPY ${check.copy}`);

  console.log(
    `attendee import of ${ROWS.toLocaleString('en')} rows (${(csv.length / 1048576).toFixed(1)} MiB CSV, ${ORGANIZATIONS} organizations), audit triggers on`,
  );
  console.log(`  API   ${seconds(apiMs).padStart(9)}  (202 after ${seconds(acceptedMs)}: upload, parse, store; then the job)`);
  console.log(`  COPY  ${seconds(copyMs).padStart(9)}  (organizations, people, positions, attendances in one transaction)`);
  console.log(`  ratio ${(apiMs / copyMs).toFixed(2)}× (goal ≤ 2×)`);
} finally {
  await client.end().catch(() => undefined);
  await app?.close();
  await drop();
}
