// Follow-up benchmark: the period figures (GET /follow-up/figures) over a workspace of 100,000 signed
// projects on 500 events (2021-2025, 10 hosts, counterparts in 20 regions, 3 currencies), two thirds of
// them with one to four stage changes, seeded into a throw-away database; the built service answers
// over HTTP and the bench prints p50 / p99 for a year's figures and for all five years, per grouping, and the
// CPU time a request costs (this process, which serves it, plus the database's server processes of the bench
// database: the figure that depends least on the machine's load).
// Goal: under 300 ms. Run: npm run bench:followup   (100,000 projects)
//                          npm run bench:followup -- --quick   (20,000 projects)
//                          node bench/followup-bench.mjs --projects=50000
import { readFileSync } from 'node:fs';
import { throwAwayDatabase } from './support.mjs';

const sizeArg = process.argv.find((a) => a.startsWith('--projects='));
const PROJECTS = sizeArg ? Number(sizeArg.split('=')[1]) : process.argv.includes('--quick') ? 20_000 : 100_000;
const EVENTS = 500;
const RUNS = Number(process.env.RUNS ?? 15);

const { ds, drop } = await throwAwayDatabase('eventreg_followup');
try {
  const { createApp } = await import(new URL('../dist/apps/api/src/setup.js', import.meta.url).href);
  const app = await createApp({ logger: false });
  await app.listen(0, '127.0.0.1');
  const base = `${await app.getUrl()}/api/v1`;
  const signup = await fetch(`${base}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `followup-${Date.now()}@example.test`, password: 'bench-password-1', workspaceName: 'Follow-up' }),
  });
  const { accessToken: token, workspaceId } = await signup.json();

  const seeded = performance.now();
  await ds.query(
    `INSERT INTO organizations (workspace_id, kind, region, name)
     SELECT $1, CASE WHEN g <= 10 THEN 'government' ELSE 'enterprise' END,
            CASE WHEN g <= 10 THEN 'Shandong' ELSE 'Region ' || (g % 20) END,
            jsonb_build_object('en', 'Organization ' || g, 'zh', '单位' || g)
       FROM generate_series(1, 400) g`,
    [workspaceId],
  );
  await ds.query(
    `INSERT INTO events (workspace_id, title, kind, status, starts_at, time_zone)
     SELECT $1, jsonb_build_object('en', 'Signing ' || g, 'zh', '签约会' || g), 'signing_ceremony', 'held',
            timestamptz '2021-01-05 09:00+08' + (g * 3.6 || ' days')::interval, 'Asia/Shanghai'
       FROM generate_series(1, $2::int) g`,
    [workspaceId, EVENTS],
  );
  await ds.query(
    `INSERT INTO event_organizations (workspace_id, event_id, organization_id, role, ord)
     SELECT $1, e.id, o.id, 'host', 0
       FROM (SELECT id, row_number() OVER (ORDER BY starts_at) n FROM events WHERE workspace_id = $1) e
       JOIN (SELECT id, row_number() OVER (ORDER BY name ->> 'en') n FROM organizations WHERE workspace_id = $1 AND kind = 'government') o
         ON o.n = 1 + e.n % 10`,
    [workspaceId],
  );
  await ds.query(
    `WITH e AS (SELECT id, row_number() OVER (ORDER BY starts_at) - 1 AS n FROM events WHERE workspace_id = $1),
          o AS (SELECT array_agg(id ORDER BY name ->> 'en') ids FROM organizations WHERE workspace_id = $1 AND kind = 'enterprise')
     INSERT INTO signed_projects (workspace_id, event_id, ord, title, sector, amount, currency, party_ids)
     SELECT $1, e.id, g / $3::int, jsonb_build_object('en', 'Project ' || g), (ARRAY['ai', 'biomedicine', 'new_energy', 'marine_economy'])[1 + g % 4],
            CASE WHEN g % 10 = 0 THEN NULL ELSE (1000000 + (g % 97) * 250000)::numeric END,
            CASE WHEN g % 10 = 0 THEN NULL ELSE (ARRAY['CNY', 'HKD', 'JPY'])[1 + g % 3] END,
            ARRAY[o.ids[1 + g % 390], o.ids[1 + (g * 7) % 390]]
       FROM generate_series(0, $2::int - 1) g JOIN e ON e.n = g % $3::int CROSS JOIN o`,
    [workspaceId, PROJECTS, EVENTS],
  );
  // stage changes: a third stay signed; the others move one to four steps, a few stall or are cancelled
  await ds.query(
    `WITH p AS (SELECT id, event_id, event_date, amount, trim(currency) AS cur, row_number() OVER (ORDER BY id) AS n
                  FROM signed_projects WHERE workspace_id = $1),
          steps AS (
            SELECT p.*, s.k, (ARRAY['contract_concluded', 'started', 'funds_partly_in_place', 'in_operation'])[s.k] AS stage
              FROM p CROSS JOIN LATERAL generate_series(1, (p.n % 5)::int) s(k) WHERE p.n % 3 <> 0 AND s.k <= 4)
     INSERT INTO project_stage_changes (workspace_id, project_id, event_id, from_stage, stage, effective_on, amount_in_place, currency, reached_rank)
     SELECT $1, id, event_id,
            CASE k WHEN 1 THEN 'signed' WHEN 2 THEN 'contract_concluded' WHEN 3 THEN 'started' ELSE 'funds_partly_in_place' END,
            CASE WHEN n % 17 = 0 AND k = 2 THEN 'stalled' ELSE stage END,
            event_date + k * 40, CASE WHEN k >= 3 AND amount IS NOT NULL THEN amount / 2 END, CASE WHEN k >= 3 THEN cur END, k + 1
       FROM steps ORDER BY id, k`,
    [workspaceId],
  );
  await ds.query('ANALYZE');
  const [{ changes }] = await ds.query('SELECT count(*)::int AS changes FROM project_stage_changes');
  console.error(
    `seeded ${PROJECTS} projects on ${EVENTS} events, ${changes} stage changes, in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  // CPU ms so far of this process and of the PostgreSQL processes serving the bench database (Linux /proc;
  // a server process that ended meanwhile takes its time with it, so the app's pool keeps its connections)
  const database = new URL(process.env.DATABASE_URL).pathname.slice(1);
  const ticksMs = 1000 / 100; // USER_HZ
  const cpuMs = async () => {
    const pids = await ds.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    let pg = 0;
    for (const { pid } of pids) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        pg += (Number(fields[11]) + Number(fields[12])) * ticksMs;
      } catch {
        // not on this machine, or gone
      }
    }
    const own = process.cpuUsage();
    return { node: (own.user + own.system) / 1000, pg };
  };

  const rows = [];
  for (const [label, from, to] of [
    ['one year (2024)', '2024-01-01', '2024-12-31'],
    ['five years (2021-2025)', '2021-01-01', '2025-12-31'],
  ]) {
    for (const groupBy of ['event', 'host', 'region', 'sector']) {
      const url = `${base}/follow-up/figures?from=${from}&to=${to}&groupBy=${groupBy}`;
      const times = [];
      let signed = 0;
      let cpu;
      for (let i = 0; i < RUNS + 2; i++) {
        if (i === 2) cpu = await cpuMs();
        const t = performance.now();
        const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        const body = await res.json();
        if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body)}`);
        if (i >= 2) times.push(performance.now() - t);
        signed = body.total.projects.signed;
      }
      const after = await cpuMs();
      times.sort((a, b) => a - b);
      const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
      rows.push({
        period: label,
        groupBy,
        projects: signed,
        p50: q(0.5),
        p99: q(0.99),
        nodeCpu: (after.node - cpu.node) / RUNS,
        pgCpu: (after.pg - cpu.pg) / RUNS,
      });
    }
  }
  console.log(`\nPeriod figures, ${PROJECTS.toLocaleString('en')} projects in the workspace (${RUNS} runs each after 2 warm-ups)\n`);
  console.log(
    '| period | groupBy | projects in period | p50 ms | p99 ms | under 300 ms | CPU ms: Node | CPU ms: PostgreSQL | CPU ms: both |',
  );
  console.log('|---|---|---:|---:|---:|---|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.period} | ${r.groupBy} | ${r.projects} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.p99 < 300 ? 'yes' : 'no'} | ` +
        `${r.nodeCpu.toFixed(1)} | ${r.pgCpu.toFixed(1)} | ${(r.nodeCpu + r.pgCpu).toFixed(1)} |`,
    );
  }
  console.log('\nCPU ms: per request, the mean over the runs after the warm-ups.');
  await app.close();
} finally {
  // BENCH_KEEP=1 leaves the database for EXPLAIN
  if (process.env.BENCH_KEEP) console.error(`kept ${process.env.DATABASE_URL}`);
  else await drop();
}
