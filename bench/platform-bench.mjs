// Added latency of the audit log and of idempotency keys on a write (POST /api/v1/organizations),
// measured over HTTP against the built service on a throw-away database:
//   baseline     audit triggers of the table disabled, no Idempotency-Key
//   audit        audit triggers enabled (as in production), no key
//   idempotency  audit triggers disabled, a new Idempotency-Key on each request
//   both         audit triggers enabled and a new key on each request
// Modes alternate in short rounds so drift (caches, autovacuum, other load on the machine) spreads
// evenly over them; after each switch one untimed request absorbs the re-planning the switch causes.
// Then the trigger's own cost per row, timed inside PostgreSQL (2,000 inserts in one statement).
// Run: npm run bench:platform   (ROUNDS=50 PER_ROUND=20 by default)
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { throwAwayDatabase } from './support.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 50);
const PER_ROUND = Number(process.env.PER_ROUND ?? 20);
const MODES = ['baseline', 'audit', 'idempotency', 'both'];

process.env.LOG_LEVEL = 'silent';
const { ds, drop } = await throwAwayDatabase();

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (v) => v.toFixed(2).padStart(7);

let app;
const bench = new pg.Client({ connectionString: process.env.DATABASE_URL });
try {
  await ds.destroy();
  await bench.connect();
  const setAudit = async (on) => {
    for (const trigger of ['audit', 'audit_change']) {
      await bench.query(`ALTER TABLE organizations ${on ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`);
    }
  };

  const { createApp } = await import('../dist/apps/api/src/setup.js');
  app = await createApp({ logger: false });
  await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const base = `${await app.getUrl()}/api/v1`;
  const signup = await fetch(`${base}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `bench-${Date.now()}@example.test`, password: 'bench-password-1', workspaceName: 'Bench' }),
  });
  const { accessToken } = await signup.json();
  let n = 0;
  const write = async (withKey) => {
    const started = performance.now();
    const res = await fetch(`${base}/organizations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accessToken}`,
        ...(withKey ? { 'idempotency-key': randomUUID() } : {}),
      },
      body: JSON.stringify({ kind: 'government', region: 'Shandong', name: { zh: `单位${++n}`, en: `Organization ${n}` } }),
    });
    await res.arrayBuffer();
    const elapsed = performance.now() - started;
    if (res.status !== 201) throw new Error(`POST /organizations → ${res.status}`);
    return elapsed;
  };

  // warm up every path once (JIT, pool connections, plans)
  for (const mode of MODES) {
    await setAudit(mode === 'audit' || mode === 'both');
    for (let i = 0; i < 50; i++) await write(mode === 'idempotency' || mode === 'both');
  }
  const samples = Object.fromEntries(MODES.map((m) => [m, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of round % 2 ? [...MODES].reverse() : MODES) {
      await setAudit(mode === 'audit' || mode === 'both');
      await write(mode === 'idempotency' || mode === 'both');
      for (let i = 0; i < PER_ROUND; i++) samples[mode].push(await write(mode === 'idempotency' || mode === 'both'));
    }
  }
  await setAudit(true);

  const stats = Object.fromEntries(
    MODES.map((m) => {
      const sorted = [...samples[m]].sort((a, b) => a - b);
      return [m, { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: sorted.reduce((s, v) => s + v, 0) / sorted.length }];
    }),
  );
  console.log(
    `POST /api/v1/organizations, ${ROUNDS * PER_ROUND} sequential requests per mode, latency in ms (client and service in one process)\n`,
  );
  console.log('mode          p50      p99     mean   added p50  added p99');
  for (const m of MODES) {
    const s = stats[m];
    const added = m === 'baseline' ? '' : `  ${ms(s.p50 - stats.baseline.p50)}    ${ms(s.p99 - stats.baseline.p99)}`;
    console.log(`${m.padEnd(11)} ${ms(s.p50)}  ${ms(s.p99)}  ${ms(s.mean)}${added}`);
  }

  // the trigger alone, inside the database: 2,000 rows inserted by one statement, rolled back
  const { rows } = await bench.query(`SELECT id FROM workspaces LIMIT 1`);
  const timeInsert = async (on) => {
    await setAudit(on);
    await bench.query('BEGIN');
    const started = performance.now();
    await bench.query(
      `INSERT INTO organizations (workspace_id, kind, name)
       SELECT $1, 'government', jsonb_build_object('en', 'Row ' || g) FROM generate_series(1, 2000) g`,
      [rows[0].id],
    );
    const elapsed = performance.now() - started;
    await bench.query('ROLLBACK');
    return elapsed;
  };
  const runs = { off: [], on: [] };
  for (let i = 0; i < 5; i++) {
    runs.off.push(await timeInsert(false));
    runs.on.push(await timeInsert(true));
  }
  await setAudit(true);
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const perRow = ((median(runs.on) - median(runs.off)) / 2000) * 1000;
  console.log(
    `\nin PostgreSQL: 2,000-row INSERT ${median(runs.off).toFixed(1)} ms without the audit trigger, ${median(runs.on).toFixed(1)} ms with it ` +
      `(${perRow.toFixed(1)} µs per audited row)`,
  );
} finally {
  await app?.close();
  await bench.end().catch(() => undefined);
  await drop();
}
