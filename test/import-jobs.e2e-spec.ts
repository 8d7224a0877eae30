import iconv from 'iconv-lite';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTENDEE_IMPORT_JOB } from '../libs/register/src/imports/attendee-import.job.js';
import { xlsxBomb } from '../libs/register/src/imports/testing/xlsx-fixtures.js';
import { JobQueue } from '@app/platform';
import { finishedImport } from './support/imports.js';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let other: Session;
let dataSource: DataSource;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ owner, other } = await registerSessions(ctx, 'Import jobs office'));
  dataSource = ctx.app.get(DataSource);
});
afterAll(async () => {
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;
const CSV = { filename: 'list.csv', contentType: 'text/csv' };
const XLSX = { filename: 'list.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

const upload = (s: Session, eventId: string, file: Buffer, options = CSV, query = '') =>
  ctx
    .http()
    .post(api(`/events/${eventId}/attendees/import${query}`))
    .set(s.auth)
    .attach('file', file, options);

const count = async (sql: string, params: unknown[]) => (await dataSource.query<{ n: number }[]>(sql, params))[0].n;
const peopleOf = (workspaceId: string) => count('SELECT count(*)::int AS n FROM people WHERE workspace_id = $1', [workspaceId]);
const importsOf = (workspaceId: string) => count('SELECT count(*)::int AS n FROM attendee_imports WHERE workspace_id = $1', [workspaceId]);

describe('imports of any size, as background jobs', () => {
  it('imports a 100,000-row CSV completely, reporting progress', async () => {
    const s = await ctx.newWorkspace('Large list office');
    const event = await f.event(s);
    const lines = ['name_zh,name_en,title_en,organization_en,organization_kind,role'];
    for (let i = 1; i <= 100_000; i++) {
      lines.push(`张${i},Guest ${i},Director,Institute ${i % 1000},enterprise,${i % 10 === 0 ? 'guest' : 'participant'}`);
    }
    const file = Buffer.from(lines.join('\n'));
    const started = performance.now();
    const accepted = await upload(s, event.id, file);
    const acceptedMs = performance.now() - started;
    expect(accepted.body).toMatchObject({ status: 'queued', totalRows: 100_000, rowsDone: 0 });
    // progress is visible while the job runs
    const seen = new Set<number>();
    let current = accepted.body as { status: string; rowsDone: number };
    while ((current.status === 'queued' || current.status === 'running') && performance.now() - started < 900_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      current = (await ctx.http().get(accepted.headers.location).set(s.auth).expect(200)).body;
      seen.add(current.rowsDone);
    }
    const done = await finishedImport(ctx, s.auth, accepted, 10_000);
    console.info(
      `[import] 100,000 rows (${(file.length / 1048576).toFixed(1)} MiB): accepted in ${acceptedMs.toFixed(0)} ms, done in ${((performance.now() - started) / 1000).toFixed(1)} s; rowsDone seen: ${[...seen].sort((a, b) => a - b).join(', ')}`,
    );
    expect(done, JSON.stringify(done.failure)).toMatchObject({
      status: 'succeeded',
      totalRows: 100_000,
      rowsDone: 100_000,
      result: { peopleCreated: 100_000, organizationsCreated: 1000, attendancesAdded: 100_000 },
    });
    expect([...seen].some((n) => n > 0 && n < 100_000)).toBe(true);
    expect(await count('SELECT count(*)::int AS n FROM attendances WHERE event_id = $1', [event.id])).toBe(100_000);
    expect(await peopleOf(s.workspaceId)).toBe(100_000);
  }, 1_000_000);

  it('imports GBK, GB18030 and Shift_JIS lists completely, detected or named', async () => {
    const event = await f.event(owner);
    const zh = [
      'name_zh,title_zh,organization_zh,region',
      '王伟,主任,青岛市科学技术局,青岛',
      '李娜,处长,山东省商务厅,山东',
      '赵磊,副院长,中国海洋大学,青岛',
    ].join('\r\n');
    const gbk = await finishedImport(ctx, owner.auth, await upload(owner, event.id, iconv.encode(zh, 'gbk')));
    expect(gbk).toMatchObject({ status: 'succeeded', encoding: 'gb18030', result: { peopleCreated: 3, organizationsCreated: 3 } });

    const ja = [
      'name_ja,name_en,title_ja,organization_ja',
      '山田太郎,Yamada Taro,部長,東京都産業労働局',
      'さとう はなこ,Sato Hanako,課長,大阪府商工労働部',
      '鈴木一郎,Suzuki Ichiro,理事長,日本貿易振興機構',
    ].join('\r\n');
    const jaEvent = await f.event(owner);
    const sjis = await finishedImport(ctx, owner.auth, await upload(owner, jaEvent.id, iconv.encode(ja, 'shift_jis')));
    expect(sjis).toMatchObject({ status: 'succeeded', encoding: 'shift_jis', result: { peopleCreated: 3, attendancesAdded: 3 } });
    const list = await ctx
      .http()
      .get(api(`/events/${jaEvent.id}/attendees`))
      .set(owner.auth)
      .expect(200);
    expect(list.body.items.map((a: { person: { name: { ja: string } } }) => a.person.name.ja).sort()).toEqual(
      ['山田太郎', 'さとう はなこ', '鈴木一郎'].sort(),
    );
    expect(
      list.body.items.find((a: { person: { name: { en: string } } }) => a.person.name.en === 'Sato Hanako').person.positions[0],
    ).toMatchObject({
      title: { ja: '課長' },
      organization: { name: { ja: '大阪府商工労働部' } },
    });

    // named: a GB18030 list with a character outside GBK
    const named = await finishedImport(
      ctx,
      owner.auth,
      await upload(owner, (await f.event(owner)).id, iconv.encode('name_zh\r\n𠀀明\r\n', 'gb18030'), CSV, '?encoding=gb18030'),
    );
    expect(named).toMatchObject({ status: 'succeeded', encoding: 'gb18030' });
    const badName = await upload(owner, event.id, iconv.encode(zh, 'gbk'), CSV, '?encoding=latin1');
    expect(badName.status).toBe(400);
  });

  it('creates each new organization once when two imports naming it run at once', async () => {
    const s = await ctx.newWorkspace('Two imports office');
    const [first, second] = [await f.event(s), await f.event(s)];
    const orgs = Array.from({ length: 5 }, (_, i) => `Shared New Org ${i}`);
    const list = (who: string) =>
      Buffer.from(
        ['name_en,title_en,organization_en', ...Array.from({ length: 200 }, (_, i) => `${who} ${i},Officer,${orgs[i % 5]}`)].join('\n'),
      );
    const [a, b] = await Promise.all([upload(s, first.id, list('Alpha')), upload(s, second.id, list('Beta'))]);
    const [doneA, doneB] = await Promise.all([finishedImport(ctx, s.auth, a), finishedImport(ctx, s.auth, b)]);
    expect([doneA.status, doneB.status]).toEqual(['succeeded', 'succeeded']);
    // one of them created the organizations, the other matched them
    expect([doneA.result.organizationsCreated, doneB.result.organizationsCreated].sort()).toEqual([0, 5]);
    const rows = await dataSource.query<{ name: string; n: number }[]>(
      `SELECT name->>'en' AS name, count(*)::int AS n FROM organizations WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1`,
      [s.workspaceId],
    );
    expect(rows).toEqual(orgs.map((name) => ({ name, n: 1 })));
    expect(await peopleOf(s.workspaceId)).toBe(400);
  });

  it('refuses a zip bomb, binary garbage and a file over the size limit with a clear code, recording nothing', async () => {
    const s = await ctx.newWorkspace('Bad files office');
    const event = await f.event(s);
    const bomb = await upload(s, event.id, xlsxBomb(1024), XLSX);
    expect([bomb.status, bomb.body.code, bomb.body.details]).toEqual([413, 'IMPORT_TOO_LARGE', { limit: 'xlsxPartBytes' }]);
    const disguised = await upload(s, event.id, xlsxBomb(1024, { forged: true }), { filename: 'list.csv', contentType: 'text/csv' });
    expect([disguised.status, disguised.body.code]).toEqual([413, 'IMPORT_TOO_LARGE']);
    const garbage = randomBytes(64 * 1024);
    garbage[100] = 0;
    const binary = await upload(s, event.id, garbage, { filename: 'list.csv', contentType: 'text/csv' });
    expect([binary.status, binary.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const noNul = Buffer.from(randomBytes(64 * 1024).map((b) => (b === 0 ? 0xff : b)));
    const undecodable = await upload(s, event.id, Buffer.concat([Buffer.from('name_en\n'), noNul]), CSV);
    expect(undecodable.status).toBe(400);
    expect(undecodable.body.code).toBe('VALIDATION_FAILED');
    const big = await upload(s, event.id, Buffer.alloc(21 * 1024 * 1024, 'a'), CSV);
    expect([big.status, big.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await importsOf(s.workspaceId)).toBe(0);
    expect(await peopleOf(s.workspaceId)).toBe(0);
    const list = await ctx
      .http()
      .get(api(`/events/${event.id}/imports`))
      .set(s.auth)
      .expect(200);
    expect(list.body).toMatchObject({ total: 0, items: [] });
  });

  it('retries an import whose job throws, then shows it failed with its reason and nothing written', async () => {
    const s = await ctx.newWorkspace('Failing import office');
    const event = await f.event(s);
    // a fault on our side for this event's attendances only, and retries a second apart
    await dataSource.query(`CREATE OR REPLACE FUNCTION test_refuse_attendance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the disk is on fire'; END $$`);
    await dataSource.query(
      `CREATE TRIGGER test_refuse_attendance BEFORE INSERT ON attendances FOR EACH ROW
         WHEN (NEW.event_id = '${event.id}'::uuid) EXECUTE FUNCTION test_refuse_attendance()`,
    );
    const [queue] = await dataSource.query<{ retry_delay: number; retry_backoff: boolean }[]>(
      `SELECT retry_delay, retry_backoff FROM pgboss.queue WHERE name = $1`,
      [ATTENDEE_IMPORT_JOB.name],
    );
    await dataSource.query(`UPDATE pgboss.queue SET retry_delay = 1, retry_backoff = false WHERE name = $1`, [ATTENDEE_IMPORT_JOB.name]);
    try {
      const accepted = await upload(s, event.id, Buffer.from('name_en,title_en,organization_en\nFaulty Guest,Adviser,Faulty Institute\n'));
      const done = await finishedImport(ctx, s.auth, accepted);
      expect(done).toMatchObject({ status: 'failed', attempts: 3, failure: { code: 'IMPORT_FAILED' }, result: null, errors: [] });
      expect(done.failure.message).toContain('3 times');
      expect(done.failure.message).not.toMatch(/disk|INSERT|attendances/);
      // the queue keeps the error itself for operators, and the payload in the dead-letter queue
      const [row] = await dataSource.query<{ job_id: string }[]>('SELECT job_id FROM attendee_imports WHERE id = $1', [done.id]);
      // the import is marked failed by the job's last attempt, just before the queue records the job itself as failed
      let job = await ctx.app.get(JobQueue).find(ATTENDEE_IMPORT_JOB, row.job_id);
      for (let waited = 0; job?.state === 'active' && waited < 10_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await ctx.app.get(JobQueue).find(ATTENDEE_IMPORT_JOB, row.job_id);
      }
      expect(job).toMatchObject({ state: 'failed', retries: 2, error: expect.stringContaining('the disk is on fire') });
      const dead = await ctx.app.get(JobQueue).deadLetters(ATTENDEE_IMPORT_JOB);
      expect(dead.map((d) => d.payload)).toContainEqual({ importId: done.id, workspaceId: s.workspaceId });
      expect(await peopleOf(s.workspaceId)).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM organizations WHERE workspace_id = $1', [s.workspaceId])).toBe(0);
    } finally {
      await dataSource.query('DROP TRIGGER test_refuse_attendance ON attendances');
      await dataSource.query(`UPDATE pgboss.queue SET retry_delay = $2, retry_backoff = $3 WHERE name = $1`, [
        ATTENDEE_IMPORT_JOB.name,
        queue.retry_delay,
        queue.retry_backoff,
      ]);
    }
  }, 60_000);

  it("shows an import only in its own workspace, and lists an event's imports page by page", async () => {
    const event = await f.event(owner);
    const accepted = await upload(owner, event.id, Buffer.from('name_en\nScoped Guest\n'));
    const done = await finishedImport(ctx, owner.auth, accepted);
    expect(done.status).toBe('succeeded');
    const foreign = await ctx.http().get(accepted.headers.location).set(other.auth);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    const foreignList = await ctx
      .http()
      .get(api(`/events/${event.id}/imports`))
      .set(other.auth);
    expect(foreignList.status).toBe(404);
    const otherEvent = await f.event(other);
    const wrongEvent = await ctx
      .http()
      .get(api(`/events/${otherEvent.id}/imports/${done.id}`))
      .set(other.auth);
    expect(wrongEvent.status).toBe(404);

    const second = await finishedImport(ctx, owner.auth, await upload(owner, event.id, Buffer.from('name_en\nScoped Guest Two\n')));
    const page1 = await ctx
      .http()
      .get(api(`/events/${event.id}/imports?pageSize=1`))
      .set(owner.auth)
      .expect(200);
    expect(page1.body).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ id: second.id, status: 'succeeded' }] });
    expect(page1.body.items[0].errors).toBeUndefined();
    const page2 = await ctx
      .http()
      .get(api(`/events/${event.id}/imports?pageSize=1&page=2`))
      .set(owner.auth)
      .expect(200);
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([done.id]);
  });
});
