import pg from 'pg';
import { get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';
import { registerFixtures } from './support/register-fixtures.js';

/**
 * Liveness and readiness probes, reports that leave the event loop free for other requests and bound
 * pathological text, and the report time limit.
 */

const ATTENDEES = 3_000;
const LONG_NAME = 'x'.repeat(100_000);

let ctx: TestContext;
let owner: Session;
let eventId: string;
let base: string;

/** Records an event with `attendees` attendees, the first of them with a 100,000-character name, in one statement. */
async function seedLargeEvent(session: Session, attendees = ATTENDEES): Promise<string> {
  const event = (await registerFixtures(ctx).event(session)) as { id: string };
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    await client.query(
      `WITH ppl AS (
         INSERT INTO people (workspace_id, name, protocol_rank)
         SELECT $1, jsonb_build_object('en', CASE WHEN g = 1 THEN $4 ELSE 'Attendee ' || g END), g
           FROM generate_series(1, $3::int) g RETURNING id, protocol_rank)
       INSERT INTO attendances (workspace_id, event_id, person_id, role, side, status)
       SELECT $1, $2, id, 'participant', 'shandong', 'registered' FROM ppl`,
      [session.workspaceId, event.id, attendees, LONG_NAME],
    );
  } finally {
    await client.end();
  }
  return event.id;
}

/** Downloads `path` over a real socket, reading nothing for `pauseMs` first; resolves with what arrived and how it ended. */
function download(path: string, token: string, pauseMs = 0): Promise<{ status: number; body: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const req = get(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.pause();
      setTimeout(() => res.resume(), pauseMs);
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), complete: res.complete }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), complete: false }));
      res.on('aborted', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), complete: false }));
    });
    req.on('error', reject);
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app.listen(0, '127.0.0.1');
  base = await ctx.app.getUrl();
  owner = await ctx.newWorkspace();
  eventId = await seedLargeEvent(owner);
});
afterAll(async () => {
  await ctx?.close();
});

describe('liveness and readiness', () => {
  it('answers /health/live and /health/ready with 200 while the database is up, and /health as before', async () => {
    const live = await ctx.http().get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    const ready = await ctx.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    const health = await ctx.http().get('/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
  });
});

describe('reports and the event loop', () => {
  it('renders a PDF with a 100,000-character name while /health keeps answering within 1 s', async () => {
    let probing = true;
    let slowest = 0;
    let probes = 0;
    const probe = (async () => {
      while (probing) {
        const asked = performance.now();
        const res = await fetch(`${base}/health`);
        expect(res.status).toBe(200);
        await res.arrayBuffer();
        slowest = Math.max(slowest, performance.now() - asked);
        probes++;
        await sleep(100);
      }
    })();
    const rssBefore = process.memoryUsage().rss;
    const report = await download(`/api/v1/events/${eventId}/reports/attendance?format=pdf&lang=en`, owner.token);
    probing = false;
    await probe;

    expect(report.status).toBe(200);
    expect(report.complete).toBe(true);
    expect(report.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(report.body.subarray(-6).toString()).toContain('%%EOF');
    expect(probes).toBeGreaterThan(3);
    expect(slowest).toBeLessThan(1_000);
    // the name is cut to a bounded length: the file stays the size of an ordinary one
    expect(report.body.length).toBeLessThan(2 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('writes the 100,000-character name into the XLSX cut to what Excel accepts', async () => {
    const report = await download(`/api/v1/events/${eventId}/reports/attendance?format=xlsx&lang=en`, owner.token);
    expect(report.status).toBe(200);
    expect(report.complete).toBe(true);
    expect(report.body.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('the report time limit', () => {
  let limited: TestContext;
  let limitedBase: string;
  /** large enough that laying it out takes longer than the 1 s limit on any machine */
  let largeEventId: string;

  beforeAll(async () => {
    process.env.REPORT_TIMEOUT_MS = '1000';
    try {
      limited = await createTestContext();
    } finally {
      delete process.env.REPORT_TIMEOUT_MS;
    }
    await limited.app.listen(0, '127.0.0.1');
    limitedBase = await limited.app.getUrl();
    largeEventId = await seedLargeEvent(owner, 30_000);
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('cuts off a download that outlasts REPORT_TIMEOUT_MS and ends its transaction', async () => {
    const previous = base;
    base = limitedBase;
    try {
      // the client reads nothing for 3 s: the report waits on it and runs out of time
      const report = await download(`/api/v1/events/${largeEventId}/reports/sign-in-sheet?format=pdf&lang=en`, owner.token, 3_000);
      if (report.status === 200) {
        // cut off after its first bytes: an incomplete response, never a truncated file passed off as whole
        expect(report.complete).toBe(false);
        expect(report.body.subarray(-6).toString()).not.toContain('%%EOF');
      } else {
        // still laying the pages out when the time ran out: nothing was sent, so the answer is the error
        expect(report.status).toBe(503);
        expect(JSON.parse(report.body.toString())).toMatchObject({ code: 'SERVER_TIMEOUT' });
      }
    } finally {
      base = previous;
    }
    // the report's transaction ended and its connection went back to the pool; the service still answers
    const pool = (limited.app.get(DataSource).driver as unknown as { master: { totalCount: number; idleCount: number } }).master;
    for (let i = 0; i < 40 && pool.totalCount > pool.idleCount; i++) await sleep(100);
    expect(pool.totalCount - pool.idleCount).toBe(0);
    expect((await limited.http().get('/health')).status).toBe(200);
  });
});
