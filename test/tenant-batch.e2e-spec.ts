import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { GROUP_LIMITS, TenantDb, checkOut, inlineParams, writeContext } from '@app/core';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let organizer: Session;
let other: Session;
let db: TenantDb;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ organizer } = await registerSessions(ctx, 'Batch office'));
  ({ organizer: other } = await registerSessions(ctx, 'Other office'));
  db = ctx.app.get(TenantDb);
});
afterAll(async () => {
  await ctx?.close();
});

describe('statements sent in one round trip', () => {
  it('writes parameters as literals that come back unchanged: quotes, backslashes, CJK, null, numbers, dates, arrays', async () => {
    const text = `O'Brien \\ "quoted" 欧阳 ; DROP TABLE people; --`;
    const at = new Date('2026-03-04T05:06:07.089Z');
    const ids = ['6f1c8f53-9f5c-4f55-9d5c-2b8a0d6f7a11', '0b8f5a1e-2d3c-4b5a-8f9e-1a2b3c4d5e6f'];
    const [[row]] = await db.batch(organizer.workspaceId, [
      {
        sql: 'SELECT $1::text AS text, $2::text AS missing, $3::int AS n, $4::timestamptz AS at, $5::uuid[] AS ids, $6::jsonb AS doc',
        params: [text, null, 42, at, ids, JSON.stringify({ zh: '张三', en: "it's" })],
      },
    ]);
    expect(row).toEqual({ text, missing: null, n: 42, at, ids, doc: { zh: '张三', en: "it's" } });
    expect(inlineParams({ sql: 'SELECT $1, $10', params: ['a', 2, 3, 4, 5, 6, 7, 8, 9, 'j'] })).toBe(`SELECT 'a', 'j'`);
  });

  it('reads under the workspace of the transaction only, as row-level security filters every statement', async () => {
    const mine = await f.person(organizer, { name: { en: 'Batch reader' } });
    const [[own], [everyone]] = await db.batch(organizer.workspaceId, [
      { sql: 'SELECT count(*)::int AS n FROM people WHERE id = $1', params: [mine.id] },
      { sql: 'SELECT count(DISTINCT workspace_id)::int AS n FROM people' },
    ]);
    expect(own).toEqual({ n: 1 });
    expect(everyone).toEqual({ n: 1 });
    const [[seenByOther]] = await db.batch(other.workspaceId, [
      { sql: 'SELECT count(*)::int AS n FROM people WHERE id = $1', params: [mine.id] },
    ]);
    expect(seenByOther).toEqual({ n: 0 });
  });

  it('leaves nothing written when a statement fails, and the connection goes back usable', async () => {
    const person = await f.person(organizer, { name: { en: 'Before' } });
    await expect(
      db.batch(organizer.workspaceId, [
        { sql: `UPDATE people SET name = '{"en":"After"}' WHERE id = $1`, params: [person.id] },
        { sql: 'SELECT 1 / 0' },
      ]),
    ).rejects.toThrow(/division by zero/);
    // a refusal after a write of the transaction rolls it back too
    await expect(
      db.run(organizer.workspaceId, async (em) => {
        await em.query(`UPDATE people SET name = '{"en":"After"}' WHERE id = $1`, [person.id]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    // every connection of the pool is asked in turn: none is left inside a transaction
    const reads = await Promise.all(
      Array.from({ length: 20 }, () =>
        db.batch(organizer.workspaceId, [{ sql: 'SELECT name FROM people WHERE id = $1', params: [person.id] }]),
      ),
    );
    for (const [[row]] of reads) expect(row).toEqual({ name: { en: 'Before' } });
  });

  it('joins the outer transaction when called inside one, seeing its uncommitted writes', async () => {
    const person = await f.person(organizer, { name: { en: 'Outer' } });
    const seen = await db.run(organizer.workspaceId, async (em) => {
      await em.query(`UPDATE people SET note = 'inside' WHERE id = $1`, [person.id]);
      const [[row]] = await db.batch(organizer.workspaceId, [{ sql: 'SELECT note FROM people WHERE id = $1', params: [person.id] }]);
      return row;
    });
    expect(seen).toEqual({ note: 'inside' });
  });

  it('prepares a named statement once per connection and executes it under each workspace with its own rows', async () => {
    const mine = await f.person(organizer, { name: { en: 'Prepared reader' } });
    const theirs = await f.person(other, { name: { en: 'Prepared other' } });
    const read = (workspaceId: string, id: string) =>
      db.batch(workspaceId, [{ sql: 'SELECT name FROM people WHERE id = $1', params: [id], name: 'test_person_name' }]);
    // more calls than the pool has connections, in both workspaces at once: every connection prepares it, then reuses it
    const reads = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? read(other.workspaceId, mine.id) : read(organizer.workspaceId, mine.id))),
    );
    reads.forEach(([rows], i) => expect(rows).toEqual(i % 2 ? [] : [{ name: { en: 'Prepared reader' } }]));
    expect(await read(other.workspaceId, theirs.id)).toEqual([[{ name: { en: 'Prepared other' } }]]);
    const [[prepared]] = await db.batch(organizer.workspaceId, [
      { sql: `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'test_person_name'` },
    ]);
    expect(prepared).toEqual({ n: 1 });
  });

  it('recovers when the call that would prepare a statement fails, and when a prepared statement fails', async () => {
    const person = await f.person(organizer, { name: { en: 'Recovering' } });
    const named = (sql: string) => ({ sql, params: [person.id], name: 'test_failing_once' });
    // the first call fails after the PREPARE: later calls on every connection still work
    await expect(
      db.batch(organizer.workspaceId, [named('SELECT name FROM people WHERE id = $1'), { sql: 'SELECT 1 / 0' }]),
    ).rejects.toThrow(/division by zero/);
    // a failing PREPARE (no such column) leaves nothing prepared under the name on that connection
    await expect(
      db.batch(organizer.workspaceId, [{ sql: 'SELECT no_such_column FROM people WHERE id = $1', params: [person.id], name: 'test_bad' }]),
    ).rejects.toThrow(/no_such_column/);
    const reads = await Promise.all(
      Array.from({ length: 20 }, () => db.batch(organizer.workspaceId, [named('SELECT name FROM people WHERE id = $1')])),
    );
    for (const [[row]] of reads) expect(row).toEqual({ name: { en: 'Recovering' } });
    // a named write in a call that fails is rolled back, and the statement stays usable
    const write = { sql: `UPDATE people SET note = 'written' WHERE id = $1 RETURNING note`, params: [person.id], name: 'test_note_write' };
    await expect(db.batch(organizer.workspaceId, [write, { sql: 'SELECT 1 / 0' }])).rejects.toThrow(/division by zero/);
    const [[after]] = await db.batch(organizer.workspaceId, [{ sql: 'SELECT note FROM people WHERE id = $1', params: [person.id] }]);
    expect(after).toEqual({ note: null });
    expect(await db.batch(organizer.workspaceId, [write])).toEqual([[{ note: 'written' }]]);
  });

  it('commits grouped batches sent at the same time together, each with its own writer, and a failing one alone', async () => {
    const { min } = GROUP_LIMITS;
    const people = await Promise.all(Array.from({ length: min + 8 }, (_, i) => f.person(organizer, { name: { en: `Grouped ${i}` } })));
    const failing = await f.person(organizer, { name: { en: 'Grouped failing' } });
    const ids = [...people.map((p) => p.id), failing.id];
    const as = <T>(requestId: string, work: () => Promise<T>) =>
      writeContext.run({ workspaceId: organizer.workspaceId, userId: null, apiKeyId: null, requestId }, work);
    const write = (id: string, i: number) =>
      as(`grouped-${String(i).padStart(2, '0')}`, () =>
        db.groupedBatch(organizer.workspaceId, [
          { sql: `UPDATE people SET note = 'grouped' WHERE id = $1`, params: [id], name: 'test_grouped_note' },
          { sql: 'SELECT txid_current()::text AS tx' },
        ]),
      );
    // the first goes alone; the next `min` gather and go beside it; a failing batch and the rest wait for one of
    // the two to end, go together, fail, and go again each alone
    const first = write(people[0].id, 0);
    // under way once the turn it was sent in ends
    await new Promise((resolve) => setImmediate(resolve));
    const gathered = people.slice(1, min + 1).map((p, i) => write(p.id, i + 1));
    const refused = as('grouped-x', () =>
      db.groupedBatch(organizer.workspaceId, [
        { sql: `UPDATE people SET note = 'grouped' WHERE id = $1`, params: [failing.id] },
        { sql: 'SELECT 1 / 0' },
      ]),
    );
    const rest = people.slice(min + 1).map((p, i) => write(p.id, i + min + 1));
    await expect(refused).rejects.toThrow(/division by zero/);
    const txOf = async (sent: Promise<unknown[][]>) => ((await sent)[1][0] as { tx: string }).tx;
    const [firstTx, gatheredTxs, restTxs] = await Promise.all([txOf(first), Promise.all(gathered.map(txOf)), Promise.all(rest.map(txOf))]);
    expect(new Set(gatheredTxs).size).toBe(1);
    expect(new Set([firstTx, gatheredTxs[0], ...restTxs]).size).toBe(2 + restTxs.length);
    const [notes, entries] = await db.batch(organizer.workspaceId, [
      { sql: 'SELECT id, note FROM people WHERE id = ANY($1)', params: [ids] },
      { sql: `SELECT resource_id AS id, request_id FROM audit_log WHERE resource_id = ANY($1) AND action = 'update'`, params: [ids] },
    ]);
    expect(notes).toHaveLength(ids.length);
    for (const row of notes as { id: string; note: string | null }[]) expect(row.note).toBe(row.id === failing.id ? null : 'grouped');
    // one entry per person, with the request of its own batch (a batch sent again after its group failed is written once)
    const byRequest = (a: { request_id: string }, b: { request_id: string }) => a.request_id.localeCompare(b.request_id);
    expect((entries as { id: string; request_id: string }[]).sort(byRequest)).toEqual(
      people.map((p, i) => ({ id: p.id, request_id: `grouped-${String(i).padStart(2, '0')}` })),
    );
  });
});

describe('a pooled connection the server drops while it is checked out', () => {
  it('is given back as broken, without an error that nothing handles', async () => {
    const dataSource = ctx.app.get(DataSource);
    const pool = (dataSource.driver as unknown as { master: { totalCount: number } }).master;
    const { client, release } = await checkOut(dataSource);
    const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const before = pool.totalCount;
    // ended by another session between two statements of its holder, as a restart or an administrator does
    // (its end, not its error, is waited for: a listener of the error here would hide one nothing else handles)
    const dropped = new Promise((resolve) => client.once('end', resolve));
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await dropped;
    release();
    expect(pool.totalCount).toBe(before - 1);
    // the next statements get a working connection
    const [[row]] = await db.batch(organizer.workspaceId, [{ sql: 'SELECT 1 AS one' }]);
    expect(row).toEqual({ one: 1 });
  });
});
