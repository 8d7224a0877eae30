// Scale benchmark: one workspace with a 5,000- and a 50,000-attendee event, 100,000 people (names in
// zh, ja and en), 100,000 signed projects and 10,000 MoUs over 500 events, seeded into a throw-away
// database; the built service answers over HTTP and the bench prints p50 / p99 and req/s for each
// row, with the Node CPU time per request and the peak RSS of the process (service and load generator
// together; the CPU time is the one figure that does not depend much on what else the machine runs). The
// load generator is node:http on kept-alive connections (`request` in support.mjs), not fetch, whose own
// CPU per request was as large as the bare server's.
// The attendee list and the event detail run beside a bare Fastify + pg server replaying the SQL the
// service sent for the same request, with the ratio of their req/s.
// Run: npm run bench            (the whole data set)
//      npm run bench -- --quick (5,000 attendees, 20,000 people, 10,000 projects, 1,000 MoUs)
// BENCH_DIST=/path/to/other/dist runs the same rows against another build (e.g. an older one) for a
// before/after comparison; rows whose endpoint that build lacks print "n/a". BENCH_PORT picks the port,
// CHECK_INS how many attendees are checked in per event (default 3,000; 1,000 with --quick).
// --bare seeds the events alone and runs the rows beside the bare server alone; --exports the report
// downloads and COPY alone (FORMATS=csv,xlsx,pdf picks the formats).
// --check-in seeds the events alone and runs the check-in rows alone (SIZES=50000 for the big event only),
// e.g. to profile a check-in: node --cpu-prof bench/scale-bench.mjs --quick --check-in
// --writeup seeds the events alone and runs the writeup rows alone (zh, ja and en of the 5,000 event with 200 speeches,
// en of the 50,000 event).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { drive, request, seedAttendees, throwAwayDatabase } from './support.mjs';

// Every statement the service sends, recorded while `capturing` holds a list (before the service is
// loaded: its pg client keeps the prototype's query at load time). The bare server replays them.
// Statements the service prepares by name (PREPARE … in its multi-statement calls, once per connection) are
// kept by name whenever they are sent, so the bare server prepares them on its own connections as well.
let capturing = null;
const preparedText = new Map();
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (query, values, ...rest) {
  const text = typeof query === 'string' ? query : query?.text;
  if (typeof text === 'string' && text.startsWith('PREPARE ')) {
    for (const part of text.split(';\n')) {
      const named = /^PREPARE (\w+) AS /.exec(part);
      if (named) preparedText.set(named[1], part);
    }
  }
  if (capturing && typeof query !== 'function') {
    capturing.push({
      text,
      values: Array.isArray(values) ? values : query?.values,
      name: typeof query === 'object' ? query?.name : undefined,
    });
  }
  return clientQuery.call(this, query, values, ...rest);
};

/** A captured multi-statement call for one of the bare server's connections: PREPARE what it has not prepared yet. */
const preparedBy = new WeakMap();
function onConnection(client, text) {
  const parts = text.split(';\n').filter((part) => !/^PREPARE \w+ AS /.test(part));
  const done = preparedBy.get(client) ?? new Set();
  preparedBy.set(client, done);
  const needed = [...new Set([...text.matchAll(/EXECUTE (\w+)/g)].map((m) => m[1]))].filter((name) => !done.has(name));
  for (const name of needed) {
    if (!preparedText.has(name)) throw new Error(`the service's PREPARE of ${name} was not seen`);
    done.add(name);
  }
  return [...needed.map((name) => preparedText.get(name)), ...parts].join(';\n');
}

const QUICK = process.argv.includes('--quick');
const DIST = process.env.BENCH_DIST ? new URL(`file://${process.env.BENCH_DIST.replace(/\/?$/, '/')}`).href : undefined;
const CHECK_IN_ONLY = process.argv.includes('--check-in');
const BARE_ONLY = process.argv.includes('--bare');
const EXPORTS_ONLY = process.argv.includes('--exports');
const WRITEUP_ONLY = process.argv.includes('--writeup');
const ONLY = CHECK_IN_ONLY || BARE_ONLY || EXPORTS_ONLY || WRITEUP_ONLY;
const SIZES = process.env.SIZES ? process.env.SIZES.split(',').map(Number) : QUICK ? [5_000] : [5_000, 50_000];
const PEOPLE = QUICK ? 20_000 : 100_000;
const PROJECTS = QUICK ? 10_000 : 100_000;
const MOUS = QUICK ? 1_000 : 10_000;
const CHECK_INS = Number(process.env.CHECK_INS ?? (QUICK ? 1_000 : 3_000));
const PORT = Number(process.env.BENCH_PORT ?? 0);

// the service runs as an API replica (jobs run by apps/worker): a background job's statements would mix
// into the ones captured for the bare server, and its CPU into the figures
process.env.JOBS_WORKER ??= 'false';
const { ds, drop } = await throwAwayDatabase('eventreg_scale', DIST);
const rows = [];
let peakRss = process.memoryUsage().rss;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

/** CPU seconds used so far by each backend of this database (when the server runs on this machine). */
async function databaseCpu() {
  const pids = (await ds.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()')).map((r) => r.pid);
  const byPid = new Map();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      byPid.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // not on this machine, or gone meanwhile
    }
  }
  return byPid;
}

/**
 * Database CPU between two readings, over the backends alive at the second (one that ended meanwhile, an
 * idle connection the pool closed, took its CPU time with it); unknown when the server is elsewhere.
 */
function databaseCpuBetween(before, after) {
  if (after.size === 0) return undefined;
  return [...after].reduce((sum, [pid, seconds]) => sum + seconds - (before.get(pid) ?? 0), 0);
}

/** Node CPU milliseconds (user and system) since `since`, a process.cpuUsage() reading. */
function cpuMsSince(since) {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/** Database CPU milliseconds between two readings of databaseCpu(); undefined when unknown. */
function databaseCpuMs(before, after) {
  const seconds = databaseCpuBetween(before, after);
  return seconds === undefined ? undefined : seconds * 1000;
}

/** Runs `n` requests, `concurrency` at a time; `request(i)` returns a Response. */
async function measure(name, n, concurrency, request) {
  const times = [];
  let failed = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const dbBefore = await databaseCpu();
  await drive(n, concurrency, request, (res, ms) => {
    times.push(ms);
    if (!res.ok) failed++;
  });
  const seconds = (performance.now() - started) / 1000;
  return record(name, {
    times,
    failed,
    seconds,
    concurrency,
    cpuMs: cpuMsSince(cpu),
    dbTotalMs: databaseCpuMs(dbBefore, await databaseCpu()),
  });
}

/** The load generator in a process of its own (bench/load.mjs), started when first needed. */
let loader;

/**
 * Runs the requests ({ url, method, headers, body }), `concurrency` at a time, from the load generator's own
 * process: the Node CPU of this process is then the service's alone. Returns the generator's answer with this
 * process's and the database's CPU milliseconds meanwhile.
 */
async function runApart(requests, concurrency) {
  loader ??= fork(new URL('./load.mjs', import.meta.url));
  const cpu = process.cpuUsage();
  const dbBefore = await databaseCpu();
  loader.send({ requests, concurrency });
  const answer = await new Promise((resolve) => loader.once('message', resolve));
  return { ...answer, cpuMs: cpuMsSince(cpu), dbTotalMs: databaseCpuMs(dbBefore, await databaseCpu()) };
}

/** As runApart, a row of the table, with the load generator's CPU per request beside the service's. */
async function measureApart(name, requests, concurrency) {
  return record(name, { ...(await runApart(requests, concurrency)), concurrency });
}

/** A row of the table from a run's times and CPU readings (totals; shown per request). */
function record(name, { times, failed, seconds, concurrency, cpuMs: cpuTotal, dbTotalMs, loadCpuMs: loadTotal }) {
  const n = times.length;
  const cpuMs = cpuTotal / n;
  const dbCpuMs = dbTotalMs === undefined ? undefined : dbTotalMs / n;
  const loadCpuMs = loadTotal === undefined ? undefined : loadTotal / n;
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const row =
    failed === n
      ? { name, na: true }
      : { name, p50: q(0.5), p99: q(0.99), rps: n / seconds, cpuMs, dbCpuMs, loadCpuMs, n, concurrency, failed };
  rows.push(row);
  console.error(
    `  ${name}: ${row.na ? 'n/a' : `p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ${row.rps.toFixed(0)}/s, ${row.cpuMs.toFixed(2)} ms Node CPU/req${loadCpuMs === undefined ? '' : ` (+ ${loadCpuMs.toFixed(2)} ms in the load generator)`}, ${row.dbCpuMs?.toFixed(2) ?? '?'} ms database CPU/req${failed ? `, ${failed} failed` : ''}`}`,
  );
  return row;
}

try {
  const root = DIST ?? new URL('../dist/', import.meta.url).href;
  const { createApp } = await import(new URL('apps/api/src/setup.js', root).href);
  const app = await createApp({ logger: false });
  await app.listen(PORT, '127.0.0.1');
  const base = `${await app.getUrl()}/api/v1`;
  const call = (method, path, body, token) =>
    request(`${base}${path}`, {
      method,
      headers: { ...(body && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
      body: body && JSON.stringify(body),
    });
  const { accessToken: token, workspaceId } = await (
    await call('POST', '/auth/signup', { email: `scale-${Date.now()}@example.test`, password: 'bench-password-1', workspaceName: 'Scale' })
  ).json();
  const get = (path) => call('GET', path, undefined, token);

  // ---- seed
  const seedStarted = performance.now();
  const events = {};
  for (const size of SIZES) {
    const event = await (
      await call(
        'POST',
        '/events',
        {
          title: { zh: `博览会 ${size}`, en: `Expo ${size}` },
          kind: 'conference',
          status: 'scheduled',
          startsAt: new Date(Date.now() - 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 36_000_000).toISOString(),
          timeZone: 'Asia/Shanghai',
        },
        token,
      )
    ).json();
    await seedAttendees(ds, {
      workspaceId,
      eventId: event.id,
      count: size,
      organizations: 200,
      attendance: `'participant', NULL, 'registered', NULL`,
    });
    events[size] = event.id;
  }
  const attendees = SIZES.reduce((a, b) => a + b, 0);
  if (!ONLY) await seedTheRest(attendees);
  await ds.query('VACUUM ANALYZE');
  console.error(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  // ---- rows
  const SEQ = QUICK ? 20 : 40;
  for (const size of BARE_ONLY || EXPORTS_ONLY || WRITEUP_ONLY ? [] : SIZES) {
    const id = events[size];
    if (!CHECK_IN_ONLY) await attendeeRows(id, size, SEQ);
    // from the load generator's own process, after as many check-ins again as a warm-up (a service that has run a
    // while has its code compiled)
    const ids = (
      await ds.query(`SELECT id FROM attendances WHERE event_id = $1 AND status = 'registered' ORDER BY random() LIMIT $2`, [
        id,
        2 * CHECK_INS,
      ])
    ).map((r) => r.id);
    const checkIns = ids.map((attendee) => ({
      url: `${base}/events/${id}/attendees/${attendee}/check-in`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    }));
    await runApart(checkIns.slice(CHECK_INS), 50);
    await measureApart(`check-in, 50 concurrent (${size / 1000}k), load from another process`, checkIns.slice(0, CHECK_INS), 50);
    if (!CHECK_IN_ONLY) await measure(`desk counts (${size / 1000}k)`, SEQ, 1, () => get(`/events/${id}/attendees/summary`));
  }
  if (!ONLY) await otherRows(SEQ);
  if (!ONLY || BARE_ONLY) await bareRows();
  if (!ONLY || EXPORTS_ONLY) await exportRows();
  if (!ONLY || WRITEUP_ONLY) await writeupRows(SEQ); // last: it turns attendees of the 5,000 event into speakers
  await app.close();

  /**
   * The attendance report of the big event as CSV, XLSX and PDF, each downloaded once unmeasured (so it is
   * measured with its code compiled, as the other rows are) and then EXPORT_RUNS times (3): p50 and the slowest,
   * the CPU per download and the peak RSS while they ran; and the rows of the CSV read by PostgreSQL's
   * `COPY … TO STDOUT` (what `\\copy` does), from the statement the service declared its cursor with, in a
   * session like the service's (tenant role, workspace, no JIT), the same number of times after one unmeasured:
   * the ratio is CSV p50 over COPY p50.
   */
  async function exportRows() {
    /** the report's cursor declaration: its statement is what COPY reads */
    const DECLARE_CURSOR = /^\s*DECLARE\s+\w+\s+NO SCROLL CURSOR FOR/i;
    const big = events[SIZES.at(-1)];
    const label = `(${SIZES.at(-1) / 1000}k)`;
    const runs = Number(process.env.EXPORT_RUNS ?? 3);
    /** the warm-up and then `runs` measured calls of `once`, which answers its byte count (or null: failed) */
    const measureExport = async (once) => {
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      try {
        if ((await once()) === null) return null;
        const times = [];
        let bytes = 0;
        const dbBefore = await databaseCpu();
        const cpu = process.cpuUsage();
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          bytes = await once();
          if (bytes === null) return null;
          times.push(performance.now() - started);
        }
        const cpuMs = cpuMsSince(cpu) / runs;
        const dbCpuMs = databaseCpuMs(dbBefore, await databaseCpu());
        times.sort((a, b) => a - b);
        const p50 = times[Math.floor(times.length / 2)];
        return {
          p50,
          p99: times.at(-1),
          rps: 1000 / p50,
          cpuMs,
          dbCpuMs: dbCpuMs === undefined ? undefined : dbCpuMs / runs,
          peakRss: peak,
          bytes,
        };
      } finally {
        clearInterval(sampler);
      }
    };
    let csvP50;
    for (const format of (process.env.FORMATS ?? 'csv,xlsx,pdf').split(',')) {
      let declared;
      const download = async () => {
        if (format === 'csv' && !declared) capturing = [];
        const res = await get(`/events/${big}/reports/attendance?format=${format}&lang=zh`);
        const bytes = (await res.arrayBuffer()).byteLength;
        if (format === 'csv' && !declared) {
          declared = capturing.find((q) => DECLARE_CURSOR.test(q.text));
          capturing = null;
        }
        return res.ok ? bytes : null;
      };
      const name = `attendance report ${format.toUpperCase()} ${label}`;
      const measured = await measureExport(download);
      const row = measured ? { name, ...measured } : { name, na: true };
      rows.push(row);
      if (format === 'csv') csvP50 = measured?.p50;
      console.error(
        measured
          ? `  ${name}: p50 ${measured.p50.toFixed(0)} ms, slowest ${measured.p99.toFixed(0)} ms (CPU ${measured.cpuMs.toFixed(0)} ms Node, ${measured.dbCpuMs?.toFixed(0) ?? '?'} ms database per download), ${(measured.bytes / 1048576).toFixed(1)} MiB, peak RSS ${Math.round(measured.peakRss / 1048576)} MiB`
          : `  ${name}: failed`,
      );
      if (format === 'csv' && declared) {
        const select = declared.text.replace(DECLARE_CURSOR, '');
        const literal = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : pg.escapeLiteral(String(v)));
        const sql = select.replace(/\$(\d+)/g, (_, n) => literal(declared.values[Number(n) - 1]));
        const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
        try {
          // in the session the service reads the rows in: its tenant role under row-level security (the planner picks
          // the same plan), the workspace, no JIT
          await client.query(
            `SELECT set_config('role', 'eventreg_tenant', false), set_config('app.workspace_id', $1, false), set_config('jit', 'off', false)`,
            [workspaceId],
          );
          const copy = await measureExport(async () => {
            let copied = 0;
            for await (const chunk of client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`))) copied += chunk.length;
            return copied;
          });
          rows.push({
            name: `COPY … TO STDOUT of the same rows ${label}`,
            ...copy,
            peakRss: undefined,
            ratio: csvP50 / copy.p50,
            ratioLabel: 'CSV / COPY',
          });
          console.error(
            `  COPY: p50 ${copy.p50.toFixed(0)} ms, slowest ${copy.p99.toFixed(0)} ms (CPU ${copy.cpuMs.toFixed(0)} ms Node, ${copy.dbCpuMs?.toFixed(0) ?? '?'} ms database), ${(copy.bytes / 1048576).toFixed(1)} MiB; CSV / COPY ${(csvP50 / copy.p50).toFixed(2)}×`,
          );
        } finally {
          await client.end();
        }
      }
    }
  }

  /**
   * The attendee list, the event detail and the check-in beside a bare Fastify + pg server that replays the
   * SQL the service sent for the same request (authentication, rate limit, transaction and reads), on a
   * pool of the same size, answering with the rows of the statement that returned the most: the ratio is
   * the share of the framework's own work. A check-in's statements are replayed with another attendee's id
   * each time (the captured one written over), so each replay checks a new attendee in.
   */
  async function bareRows() {
    const big = events[SIZES.at(-1)];
    const label = `(${SIZES.at(-1) / 1000}k), 50 concurrent`;
    const n = QUICK ? 500 : 1000;
    // each server answers `warm` requests of a row before it is measured: both are measured with their code
    // compiled, as a server that has run for a while is (the service's code is the larger and the slower to warm)
    const warm = QUICK ? 200 : 500;
    const [sample, ...toCheckIn] = (
      await ds.query(`SELECT id FROM attendances WHERE event_id = $1 AND status = 'registered' ORDER BY random() LIMIT $2`, [
        big,
        1 + 2 * (warm + n),
      ])
    ).map((r) => r.id);
    const cases = {
      attendees: { what: `attendee list page 1 ${label}`, request: () => get(`/events/${big}/attendees?pageSize=50`) },
      event: { what: `event detail ${label}`, request: () => get(`/events/${big}`) },
      'check-in': {
        what: `check-in ${label}`,
        request: (i) => call('POST', `/events/${big}/attendees/${toCheckIn[i]}/check-in`, {}, token),
        sample: (id) => call('POST', `/events/${big}/attendees/${id}/check-in`, {}, token),
      },
    };
    const replays = {};
    for (const [name, c] of Object.entries(cases)) {
      if (!c.sample) await (await c.request(0)).arrayBuffer(); // warm
      capturing = [];
      const res = c.sample ? await c.sample(sample) : await c.request(0);
      await res.arrayBuffer();
      replays[name] = capturing;
      capturing = null;
      console.error(
        `  ${name}: ${replays[name].length} round trips: ${replays[name].map((q) => q.text.replace(/\s+/g, ' ').slice(0, 40)).join(' | ')}`,
      );
    }
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    const bare = Fastify();
    const swap = (v, id) => (typeof v === 'string' ? v.replaceAll(sample, id) : v);
    bare.get('/replay/:name/:i', async (request) => {
      const { name, i } = request.params;
      const id = toCheckIn[warm + n + Number(i)];
      const client = await pool.connect();
      try {
        let answer = [];
        for (const q of replays[name]) {
          const text = swap(q.text, id);
          const values = q.values?.map((v) => swap(v, id));
          const result = await client.query(
            q.name ? { name: q.name, text, values } : { text: values ? text : onConnection(client, text), values },
          );
          for (const r of Array.isArray(result) ? result : [result]) if (r.rows.length > answer.length) answer = r.rows;
        }
        return answer;
      } finally {
        client.release();
      }
    });
    const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
    for (const [name, c] of Object.entries(cases)) {
      await drive(warm, 50, (i) => c.request(i));
      const service = await measure(c.what, n, 50, (i) => c.request(warm + i));
      await drive(warm, 50, (i) => request(`${bareBase}/replay/${name}/${i}`));
      const bareRow = await measure(`${c.what}: bare Fastify + pg, same SQL`, n, 50, (i) =>
        request(`${bareBase}/replay/${name}/${warm + i}`),
      );
      bareRow.ratio = service.rps / bareRow.rps;
      console.error(`  service / bare: ${(100 * bareRow.ratio).toFixed(0)} %`);
    }
    await bare.close();
    await pool.end();
  }

  async function seedTheRest(attendees) {
    // the rest of the people: names from common zh, ja and en name parts, so fragments match a few, not all
    await ds.query(
      `INSERT INTO people (workspace_id, name, protocol_rank)
     SELECT $1, jsonb_build_object(
              'zh', (string_to_array('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳司马', NULL))[1 + (g * 7) % 24]
                    || (string_to_array('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华', NULL))[1 + (g * 13) % 24]
                    || (string_to_array('国建文华志明德海云晓玉春金荣', NULL))[1 + (g * 31) % 14],
              'ja', (ARRAY['佐藤','鈴木','高橋','田中','伊藤','渡辺','山本','中村','小林','加藤','吉田','山田'])[1 + (g * 5) % 12]
                    || ' ' || (ARRAY['太郎','花子','健一','美咲','翔太','陽菜','大輔','さくら','拓也','結衣'])[1 + (g * 11) % 10],
              'en', (ARRAY['Wang','Li','Zhang','Smith','Johnson','Brown','Taylor','Wilson','Thompson','Garcia'])[1 + (g * 3) % 10]
                    || ' ' || (ARRAY['Wei','Fang','James','Mary','Robert','Linda','Michael','Sarah','David','Emma'])[1 + (g * 17) % 10]
                    || ' ' || g::text),
            1 + g % 900
       FROM generate_series(1, $2::int) g`,
      [workspaceId, Math.max(0, PEOPLE - attendees)],
    );
    await ds.query(
      `INSERT INTO events (workspace_id, title, kind, status, starts_at, time_zone)
     SELECT $1, jsonb_build_object('en', 'Signing ' || g), 'signing_ceremony', 'held',
            timestamptz '2019-01-01 09:00+08' + (g * interval '4 days'), 'Asia/Shanghai'
       FROM generate_series(1, 500) g`,
      [workspaceId],
    );
    await ds.query(
      `WITH ev AS (SELECT id, row_number() OVER (ORDER BY starts_at) AS n FROM events WHERE workspace_id = $1 AND kind = 'signing_ceremony'),
          org AS (SELECT array_agg(id ORDER BY created_at, id) AS ids FROM organizations WHERE workspace_id = $1)
     INSERT INTO signed_projects (workspace_id, event_id, ord, title, sector, amount, currency, party_ids)
     SELECT $1, ev.id, g / 500, jsonb_build_object('en', 'Project ' || g, 'zh', '项目' || g),
            (ARRAY['ai','biomedicine','new_energy','advanced_manufacturing'])[1 + g % 4], (g % 1000) * 10000, 'CNY',
            ARRAY[org.ids[1 + g % cardinality(org.ids)], org.ids[1 + (g * 7 + 3) % cardinality(org.ids)]]
       FROM generate_series(1, $2::int) g JOIN ev ON ev.n = 1 + g % 500 CROSS JOIN org`,
      [workspaceId, PROJECTS],
    );
    await ds.query(
      `WITH ev AS (SELECT id, row_number() OVER (ORDER BY starts_at) AS n FROM events WHERE workspace_id = $1 AND kind = 'signing_ceremony'),
          m AS (
            INSERT INTO mous (workspace_id, event_id, ord, title)
            SELECT $1, ev.id, g / 500, jsonb_build_object('en', 'MoU ' || g)
              FROM generate_series(1, $2::int) g JOIN ev ON ev.n = 1 + g % 500 RETURNING id),
          mn AS (SELECT id, row_number() OVER () AS n FROM m),
          org AS (SELECT array_agg(id ORDER BY created_at, id) AS ids FROM organizations WHERE workspace_id = $1)
     INSERT INTO mou_parties (workspace_id, mou_id, ord, organization_id)
     SELECT $1, mn.id, k, org.ids[1 + (mn.n + k * (1 + mn.n % 7)) % cardinality(org.ids)]
       FROM mn CROSS JOIN org CROSS JOIN generate_series(0, 1) k`,
      [workspaceId, MOUS],
    );
  }

  async function attendeeRows(id, size, SEQ) {
    await measure(`attendee list page 1 (${size / 1000}k)`, SEQ, 1, () => get(`/events/${id}/attendees?pageSize=50`));
    const lastPage = Math.min(1000, size / 50);
    await measure(`attendee list page ${lastPage} (${size / 1000}k)`, SEQ, 1, () =>
      get(`/events/${id}/attendees?pageSize=50&page=${lastPage}`),
    );
    // the page farthest from both ends (an offset page is read from the nearer end)
    await measure(`attendee list page ${lastPage / 2} (${size / 1000}k)`, SEQ, 1, () =>
      get(`/events/${id}/attendees?pageSize=50&page=${lastPage / 2}`),
    );
    // the cursor of a page near the end, reached by walking the list
    let cursor = null;
    for (let seen = 0; seen < size - 200; seen += 200) {
      const page = await (await get(`/events/${id}/attendees?pageSize=200${cursor ? `&cursor=${cursor}` : ''}`)).json();
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    const byCursor = `attendee list by cursor, last pages (${size / 1000}k)`;
    if (cursor) await measure(byCursor, SEQ, 1, () => get(`/events/${id}/attendees?pageSize=50&cursor=${cursor}`));
    else rows.push({ name: byCursor, na: true });
    await measure(`attendee search "参会者12" (${size / 1000}k)`, SEQ, 1, () =>
      get(`/events/${id}/attendees?pageSize=50&q=${encodeURIComponent('参会者12')}`),
    );
  }

  async function otherRows(SEQ) {
    const anOrg = (await ds.query('SELECT id FROM organizations WHERE workspace_id = $1 ORDER BY created_at, id LIMIT 1', [workspaceId]))[0]
      .id;
    const people = `${PEOPLE / 1000}k people`;
    for (const [label, q] of [
      ['zh 3 chars', '欧阳明'],
      ['zh 2 chars', '阳明'],
      ['zh 1 char', '欧'],
      ['ja', '山田 太郎'],
      ['en', 'thompson d'],
    ]) {
      await measure(`people search ${label} (${people})`, SEQ, 1, () => get(`/people?q=${encodeURIComponent(q)}`));
    }
    const projects = `${PROJECTS / 1000}k projects`;
    await measure(`/projects one year (${projects})`, SEQ, 1, () => get('/projects?from=2021-01-01&to=2021-12-31'));
    await measure(`/projects by party (${projects})`, SEQ, 1, () => get(`/projects?organizationId=${anOrg}`));
    await measure(`/projects by region + sector + year (${projects})`, SEQ, 1, () =>
      get('/projects?region=Shandong&sector=ai&from=2020-01-01&to=2020-12-31'),
    );
    await measure(`/projects, oldest first, page 1 (${projects})`, SEQ, 1, () => get('/projects?sort=date'));
    await measure(`/mous one year (${MOUS / 1000}k MoUs)`, SEQ, 1, () => get('/mous?from=2021-01-01&to=2021-12-31'));
    await measure(`/mous by party (${MOUS / 1000}k MoUs)`, SEQ, 1, () => get(`/mous?organizationId=${anOrg}`));
    await measure('event list, 50 concurrent', QUICK ? 500 : 1000, 50, () => get('/events'));
  }

  /**
   * The writeup of the 5,000 event (the smallest seeded) in zh, ja and en, as the console reads it
   * (`writeup/document`): 200 attendees turned speakers (a few presiders and guests besides) with a speech
   * each, 5 MoUs with signatories and witnesses and 10 signed projects, seeded by SQL.
   */
  async function writeupRows(SEQ) {
    const size = SIZES[0];
    const id = events[size];
    // the most senior attendees by protocol order preside (3), speak (200) and attend as guests (20)
    await ds.query(
      `WITH r AS (SELECT id, row_number() OVER (ORDER BY order_key, person_rank, created_at, id) AS n FROM attendances WHERE event_id = $1)
       UPDATE attendances a SET role = CASE WHEN r.n <= 3 THEN 'presider' WHEN r.n <= 203 THEN 'speaker' ELSE 'guest' END
         FROM r WHERE r.id = a.id AND r.n <= 223`,
      [id],
    );
    await ds.query(
      `INSERT INTO speeches (workspace_id, event_id, attendance_id, kind, ord, key_points, quotes)
       SELECT $1, $2, a.id,
              (ARRAY['welcome_address','address','keynote','remarks','statement'])[1 + n % 5], n / 50,
              jsonb_build_array(jsonb_build_object('zh', '推动合作第' || n || '点', 'ja', '協力の推進 その' || n, 'en', 'Deepen cooperation, point ' || n)),
              CASE WHEN n % 4 = 0 THEN jsonb_build_array(jsonb_build_object('zh', '携手共赢' || n, 'en', 'Win together ' || n)) ELSE '[]' END
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM attendances WHERE event_id = $2 AND role = 'speaker') a`,
      [workspaceId, id],
    );
    const signers = (
      await ds.query(`SELECT person_id FROM attendances WHERE event_id = $1 AND role = 'guest' ORDER BY id LIMIT 12`, [id])
    ).map((r) => r.person_id);
    const orgs = (
      await ds.query('SELECT id FROM organizations WHERE workspace_id = $1 ORDER BY created_at, id LIMIT 20', [workspaceId])
    ).map((r) => r.id);
    for (let m = 0; m < 5; m++) {
      await ds.query(
        `WITH m AS (
           INSERT INTO mous (workspace_id, event_id, ord, title, signed_on, witness_ids)
           VALUES ($1, $2, $3::int, jsonb_build_object('zh', '合作备忘录' || $3::int, 'en', 'Memorandum ' || $3::int), current_date, ARRAY[$6::uuid]) RETURNING id)
         INSERT INTO mou_parties (workspace_id, mou_id, ord, organization_id, signatory_id)
         SELECT $1, m.id, k, ($4::uuid[])[k + 1], ($5::uuid[])[k + 1] FROM m CROSS JOIN generate_series(0, 1) k`,
        [workspaceId, id, m, [orgs[2 * m], orgs[2 * m + 1]], [signers[2 * m], signers[2 * m + 1]], signers[10 + (m % 2)]],
      );
    }
    await ds.query(
      `INSERT INTO signed_projects (workspace_id, event_id, ord, title, sector, amount, currency, party_ids)
       SELECT $1, $2, g, jsonb_build_object('zh', '签约项目' || g, 'en', 'Signed project ' || g), 'ai', g * 1000000, 'CNY',
              ARRAY[($3::uuid[])[1 + g % 20], ($3::uuid[])[1 + (g + 7) % 20]]
         FROM generate_series(1, 10) g`,
      [workspaceId, id, orgs],
    );
    await ds.query('ANALYZE');
    for (const lang of ['zh', 'ja', 'en']) {
      await measure(`writeup ${lang}, 200 speeches (${size / 1000}k)`, SEQ, 1, () => get(`/events/${id}/writeup/document?lang=${lang}`));
    }
    // the biggest event as seeded (its attendees all participants), fewer times: what reading the crowd costs
    const biggest = SIZES.at(-1);
    if (biggest !== size) {
      await measure(`writeup en, participants only (${biggest / 1000}k)`, 10, 1, () =>
        get(`/events/${events[biggest]}/writeup/document?lang=en`),
      );
    }
  }
} finally {
  clearInterval(rssTimer);
  loader?.disconnect();
  await drop();
}

const f = (n) => (n === undefined ? 'n/a' : n < 10 ? n.toFixed(1) : n.toFixed(0));
console.log(
  `\n| what | p50 ms | p99 ms | req/s | Node CPU ms/req | database CPU ms/req | service / bare, CSV / COPY, peak RSS |\n|---|---:|---:|---:|---:|---:|---:|`,
);
for (const r of rows)
  console.log(
    `| ${r.name} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.rps)} | ${r.cpuMs === undefined ? 'n/a' : r.cpuMs.toFixed(2)} | ${r.dbCpuMs === undefined ? 'n/a' : r.dbCpuMs.toFixed(2)} | ${r.ratio === undefined ? '' : r.ratioLabel ? `${r.ratioLabel} ${r.ratio.toFixed(2)}×` : `${(100 * r.ratio).toFixed(0)} %`}${r.peakRss ? `peak RSS ${Math.round(r.peakRss / 1048576)} MiB` : ''}${r.loadCpuMs === undefined ? '' : `load generator ${r.loadCpuMs.toFixed(2)} ms CPU/req`} |`,
  );
console.log(
  `\npeak RSS ${Math.round(peakRss / 1048576)} MiB (service and load generator in one process, but for the rows whose load came from another); load average ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
