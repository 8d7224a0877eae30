import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDb } from '@app/core';
import { FOLLOW_UP_ALERTS_PERIOD_SECONDS, RAISE_FOLLOW_UP_ALERTS } from '@app/followup';
import { defineJob, JobQueue, type JobAttempt } from '@app/platform';
import { createTestContext, type TestContext } from './support/test-app.js';

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('background jobs (pg-boss in the application database)', () => {
  let ctx: TestContext;
  let jobs: JobQueue;
  let dataSource: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext();
    jobs = ctx.app.get(JobQueue);
    dataSource = ctx.app.get(DataSource);
  });
  afterAll(() => ctx?.close());

  it('keeps its queue tables in the test database, under their own schema', async () => {
    const [{ tables }] = await dataSource.query<{ tables: number }[]>(
      `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'pgboss' AND table_name IN ('job', 'queue', 'version')`,
    );
    expect(tables).toBe(3);
  });

  it('runs a committed job once and never one whose transaction rolled back', async () => {
    const seen: string[] = [];
    const echo = defineJob<{ tag: string }>('test.echo', { retryLimit: 0 });
    await jobs.handle(echo, ({ tag }) => {
      seen.push(tag);
      return Promise.resolve();
    });
    const owner = await ctx.newWorkspace();
    const tenant = ctx.app.get(TenantDb);
    // from a tenant transaction (the role every request runs as), committed
    const committed = await tenant.run(owner.workspaceId, (em) => jobs.enqueue(echo, { tag: 'committed' }, { manager: em }));
    // rolled back after the enqueue
    await expect(
      tenant.run(owner.workspaceId, async (em) => {
        await jobs.enqueue(echo, { tag: 'rolled-back' }, { manager: em });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const done = await until(
      () => jobs.find(echo, committed),
      (j) => j?.state === 'completed',
    );
    expect(done?.state).toBe('completed');
    // a later job runs too, so the rolled-back one had every chance to run before it
    const later = await jobs.enqueue(echo, { tag: 'later' });
    await until(
      () => jobs.find(echo, later),
      (j) => j?.state === 'completed',
    );
    expect(seen.sort()).toEqual(['committed', 'later']);
    const [{ n }] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.echo' AND data->>'tag' = 'rolled-back'`,
    );
    expect(n).toBe(0);
  });

  it('retries a job that throws, then records it as failed with its reason and dead-letters it', async () => {
    const attempts: JobAttempt[] = [];
    const failures: { payload: { n: number }; message: string }[] = [];
    const flaky = defineJob<{ n: number }>('test.always-fails', { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false });
    await jobs.handle(
      flaky,
      (_payload, attempt) => {
        attempts.push(attempt);
        return Promise.reject(new Error(`the remote side said no (attempt ${attempt.attempt})`));
      },
      {
        onFailed: (payload, error) => {
          failures.push({ payload, message: error.message });
          return Promise.resolve();
        },
      },
    );
    const id = await jobs.enqueue(flaky, { n: 7 });
    const job = await until(
      () => jobs.find(flaky, id),
      (j) => j?.state === 'failed',
      30_000,
    );
    expect(job?.state).toBe('failed');
    expect(job?.retries).toBe(2);
    expect(job?.error).toBe('the remote side said no (attempt 3)');
    expect(attempts.map((a) => [a.attempt, a.last])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(failures).toEqual([{ payload: { n: 7 }, message: 'the remote side said no (attempt 3)' }]);
    const dead = await until(
      () => jobs.deadLetters(flaky),
      (d) => d.length > 0,
    );
    expect(dead.map((d) => d.payload)).toEqual([{ n: 7 }]);
  });

  it('queues a periodic job once per period however many workers ask, the follow-up alerts included', async () => {
    // a second worker process on the same database
    const second = await createTestContext();
    try {
      const other = second.app.get(JobQueue);
      const tick = defineJob<{ n: number }>('test.tick', { retryLimit: 0 });
      await jobs.declare(tick);
      await other.declare(tick);
      const ids = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => (n % 2 ? other : jobs).enqueueOncePer(tick, { n }, 3600)));
      expect(ids.filter((id) => id !== null)).toHaveLength(1);
      expect(
        await jobs.find(
          tick,
          ids.find((id) => id !== null)!,
        ),
      ).toMatchObject({ name: 'test.tick' });
      const [{ queued }] = await dataSource.query<{ queued: number }[]>(
        `SELECT count(*)::int AS queued FROM pgboss.job WHERE name = 'test.tick'`,
      );
      expect(queued).toBe(1);

      // every worker (both apps here, and those of the other test files on this database) asked for the alerts
      // job at start: one job per hour
      const periods = await dataSource.query<{ on_period: boolean | null; jobs: number }[]>(
        `SELECT extract(epoch FROM singleton_on)::bigint % $2 = 0 AS on_period, count(*)::int AS jobs
           FROM (SELECT singleton_on FROM pgboss.job WHERE name = $1 UNION ALL SELECT singleton_on FROM pgboss.archive WHERE name = $1) j
          GROUP BY singleton_on`,
        [RAISE_FOLLOW_UP_ALERTS.name, FOLLOW_UP_ALERTS_PERIOD_SECONDS],
      );
      expect(periods.length).toBeGreaterThan(0);
      expect(periods).toEqual(periods.map(() => ({ on_period: true, jobs: 1 })));
    } finally {
      await second.close();
    }
  });
});
