import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../libs/core/src/database/embedded-postgres.js';
import { MIGRATIONS } from '../migrations/index.js';

/**
 * The service against a PostgreSQL of its own that is stopped, restarted, frozen (SIGSTOP) and resumed
 * under a write load: every answer comes within 5 s, a database in trouble answers 503 DATABASE_UNAVAILABLE
 * with Retry-After, the probes answer within 2 s, the service recovers, and no acknowledged write is lost.
 */

interface Write {
  name: string;
  start: number;
  end: number;
  status: number;
  code?: string;
  retryAfter: string | null;
}

const ANSWER_WITHIN_MS = 5_000;
const PROBE_WITHIN_MS = 2_000;

/** the temporary directory of this test (removed at the end) and the data directory in it */
let root: string | undefined;
let dir: string;
let port: number;
let db: EmbeddedDatabase | null = null;
let app: NestFastifyApplication;
let base: string;
let token: string;
let workspaceId: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: found } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return found;
}

/** The postmaster (first line of postmaster.pid) and every process it started. */
async function serverProcesses(): Promise<number[]> {
  const postmaster = Number((await readFile(join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  // never signal anything but this test's own server
  const command = await readFile(`/proc/${postmaster}/cmdline`, 'utf8').catch(() => '');
  if (!(postmaster > 1) || !command.includes('postgres') || !command.includes(dir)) throw new Error(`no postmaster of ${dir} to freeze`);
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid …; comm may hold spaces, so read after the last ')'
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === postmaster) children.push(Number(entry));
  }
  return [postmaster, ...children];
}

/**
 * Stops the server and every process of it (SIGSTOP), scanning again until none is left running: a backend
 * the postmaster forked while the first scan read /proc (the pool opening a connection) is found by the next.
 */
async function freezeServer(): Promise<number[]> {
  const frozen = new Set<number>();
  for (;;) {
    const running = (await serverProcesses()).filter((pid) => !frozen.has(pid));
    if (!running.length) return [...frozen];
    for (const pid of running) {
      process.kill(pid, 'SIGSTOP');
      frozen.add(pid);
    }
  }
}

async function timed(path: string): Promise<{ status: number; ms: number; code?: string }> {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(15_000) });
  const body = (await res.json()) as { code?: string };
  return { status: res.status, ms: performance.now() - started, code: body.code };
}

/** A write load: `workers` clients creating organizations one after another until stopped. */
function writeLoad(workers: number) {
  const writes: Write[] = [];
  let running = true;
  let n = 0;
  const worker = async () => {
    while (running) {
      const name = `Outage org ${++n}`;
      const start = performance.now();
      try {
        const res = await fetch(`${base}/api/v1/organizations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ kind: 'government', name: { en: name } }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await res.json()) as { code?: string };
        writes.push({
          name,
          start,
          end: performance.now(),
          status: res.status,
          code: body.code,
          retryAfter: res.headers.get('retry-after'),
        });
      } catch {
        writes.push({ name, start, end: performance.now(), status: 0, retryAfter: null });
      }
      await sleep(20);
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return {
    writes,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function until(what: string, check: () => boolean, withinMs: number): Promise<void> {
  const deadline = performance.now() + withinMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await sleep(25);
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'eventreg-outage-'));
  // run as root, the server runs as the postgres user, who must reach its data directory
  await chmod(root, 0o755);
  dir = join(root, 'pg');
  port = await freePort();
  db = await startEmbeddedPostgres({ dir, port });
  const migrations = new DataSource({ type: 'postgres', url: db.url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await migrations.initialize();
  await migrations.runMigrations();
  await migrations.destroy();

  process.env.DATABASE_URL = db.url;
  const { createApp } = await import('../apps/api/src/setup.js');
  app = await createApp({ logger: false });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  const res = await fetch(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'outage@example.test', password: 'a-long-password-1', workspaceName: 'Outage' }),
  });
  ({ accessToken: token, workspaceId } = (await res.json()) as { accessToken: string; workspaceId: string });
}, 90_000);

afterAll(async () => {
  await app?.close();
  await db?.stop();
  if (root?.startsWith(join(tmpdir(), 'eventreg-outage-'))) await rm(root, { recursive: true, force: true });
});

describe('a database outage under write load', () => {
  it('answers 503 DATABASE_UNAVAILABLE within 5 s while stopped or frozen, recovers, and loses no acknowledged write', async () => {
    const load = writeLoad(4);
    const { writes } = load;
    const figures: Record<string, number> = {};
    try {
      await until('writes succeed', () => writes.filter((w) => w.status === 201).length >= 20, 20_000);

      // 1. stopped (fast shutdown: sessions end with 57P01, new connections are refused)
      const stopAt = performance.now();
      await db!.stop();
      await until('a 503 after the stop', () => writes.some((w) => w.end > stopAt && w.status === 503), ANSWER_WITHIN_MS);
      figures.stoppedFirst503Ms = Math.min(...writes.filter((w) => w.end > stopAt && w.status === 503).map((w) => w.end - stopAt));
      const stoppedLive = await timed('/health/live');
      const stoppedReady = await timed('/health/ready');
      expect(stoppedLive).toMatchObject({ status: 200 });
      expect(stoppedReady).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(stoppedReady.ms).toBeLessThan(PROBE_WITHIN_MS);
      await sleep(1_000);

      // 2. restarted: writes succeed again
      const restartAt = performance.now();
      db = await startEmbeddedPostgres({ dir, port });
      await until('a write after the restart', () => writes.some((w) => w.start > restartAt && w.status === 201), 10_000);
      figures.restartRecoveryMs = Math.min(...writes.filter((w) => w.start > restartAt && w.status === 201).map((w) => w.end - restartAt));

      // 3. frozen: the server and its sessions stop answering without closing anything
      const freezeAt = performance.now();
      const frozen = await freezeServer();
      try {
        // the writes in flight when it froze are the first to answer 503; every later one does too, each within 5 s (checked below)
        await until('a 503 after the freeze', () => writes.some((w) => w.end > freezeAt && w.status === 503), ANSWER_WITHIN_MS);
        figures.frozenFirst503Ms = Math.min(...writes.filter((w) => w.end > freezeAt && w.status === 503).map((w) => w.end - freezeAt));
        const probes = await Promise.all([timed('/health/live'), timed('/health/ready'), timed('/health')]);
        const [live, ready, health] = probes;
        expect(live).toMatchObject({ status: 200 });
        expect(ready).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
        expect(health).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
        for (const probe of probes) expect(probe.ms).toBeLessThan(PROBE_WITHIN_MS);
        figures.frozenProbeMaxMs = Math.max(...probes.map((p) => p.ms));
        await sleep(2_000);
      } finally {
        for (const pid of frozen) process.kill(pid, 'SIGCONT');
      }

      // 4. resumed
      const resumeAt = performance.now();
      await until('a write after the resume', () => writes.some((w) => w.start > resumeAt && w.status === 201), 10_000);
      figures.resumeRecoveryMs = Math.min(...writes.filter((w) => w.start > resumeAt && w.status === 201).map((w) => w.end - resumeAt));
      await sleep(500);
    } finally {
      await load.stop();
    }

    // every answer came in time, and every failure was an honest 503 with Retry-After
    const slowest = Math.max(...writes.map((w) => w.end - w.start));
    expect(slowest).toBeLessThan(ANSWER_WITHIN_MS);
    const failures = writes.filter((w) => w.status !== 201);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: '5' });

    // every acknowledged write is in the database
    const acknowledged = writes.filter((w) => w.status === 201).map((w) => w.name);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(`SELECT name->>'en' AS name FROM organizations WHERE workspace_id = $1`, [
      workspaceId,
    ]);
    await client.end();
    const stored = new Set(rows.map((r) => r.name));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);

    const round = (ms: number) => Math.round(ms);
    console.log(
      `outage figures: ${writes.length} writes, ${acknowledged.length} acknowledged, ${acknowledged.filter((n) => stored.has(n)).length} of them found, ` +
        `${failures.length} answered 503; slowest answer ${round(slowest)} ms; ` +
        Object.entries(figures)
          .map(([k, v]) => `${k} ${round(v)} ms`)
          .join(', '),
    );
  }, 90_000);
});
