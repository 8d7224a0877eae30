import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import pg from 'pg';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from './tenant-role.js';
import { writeContext, writeContextSettings, type WriteContext } from '../auth/write-context.js';
import { SendGroups, type Grouped } from './send-groups.js';
import { databaseTrouble } from '../errors/database-errors.js';

interface Scope {
  workspaceId: string;
  manager: EntityManager;
}

/** A statement with its parameters (`$1`, `$2`, …). */
export interface Statement {
  sql: string;
  params?: unknown[];
  /**
   * For a statement sent on most requests of its kind: prepared once per connection under this name (the
   * parameters' types inferred as for a prepared statement), then only executed, so the database neither
   * parses nor plans it again. A name stands for one statement text.
   */
  name?: string;
}

/** The rows each statement of a batch returned, in order. */
export type BatchRows = unknown[][];

/** A batch of statements and the writer it runs for (the audit log's actor and request). */
interface Part {
  statements: Statement[];
  writer: WriteContext | undefined;
}

/** pg's own conversion of a parameter to its text form (dates, arrays, JSON), as when it binds one. */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue: (value: unknown) => string | Buffer | null };

/** A parameter as an SQL literal: NULL, a number as written, anything else as pg would send it, quoted and escaped. */
function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = prepareValue(value);
  if (text === null) return 'NULL';
  if (Buffer.isBuffer(text)) return `'\\x${text.toString('hex')}'::bytea`;
  return pg.escapeLiteral(text);
}

/** A statement with its parameters written in as literals (several statements in one call take no parameters). */
export function inlineParams({ sql, params = [] }: Statement): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

/**
 * Runs work inside one transaction scoped to a workspace: the session switches to the tenant role
 * and sets the workspace, so PostgreSQL row-level security filters every row. Nested calls for the
 * same workspace join the outer transaction.
 */
@Injectable()
export class TenantDb {
  private readonly scope = new AsyncLocalStorage<Scope>();
  /** Grouped batches by workspace: each group one transaction (see `groupedBatch`). */
  private readonly groups = new SendGroups<Part, BatchRows>((workspaceId, group) => this.commitGroup(workspaceId, group));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(workspaceId: string, work: (manager: EntityManager) => Promise<T>, isolation?: 'REPEATABLE READ'): Promise<T> {
    const current = this.scope.getStore();
    if (current?.workspaceId === workspaceId) return work(current.manager);
    return this.transaction(workspaceId, isolation, work);
  }

  /**
   * A workspace transaction on a query runner: it opens with its settings in one round trip (values as
   * literals), the runner is told it is in a transaction, as its own startTransaction would have, then
   * `work` runs and the transaction commits. A write whose rules its statements decide needs no decision
   * between them, and goes in one `batch` with its COMMIT instead (e.g. a check-in).
   */
  private async transaction<T>(
    workspaceId: string,
    isolation: 'REPEATABLE READ' | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    let sent = false;
    try {
      const client = (await runner.connect()) as pg.PoolClient;
      const { sql } = transactionSql(client, workspaceId, [{ statements: [], writer: writeContext.current() }], { isolation });
      sent = true;
      // a failed statement leaves the transaction open and aborted
      await sendOn(client, sql, () => runner.query('ROLLBACK').then(() => (sent = false)));
      (runner as { isTransactionActive: boolean }).isTransactionActive = true;
      (runner as unknown as { transactionDepth: number }).transactionDepth = 1;
      const result = await this.scope.run({ workspaceId, manager: runner.manager }, () => work(runner.manager));
      await runner.commitTransaction();
      return result;
    } catch (err) {
      // a failed statement leaves the transaction open and aborted, whether or not the runner was told of it
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      else if (sent) await runner.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
  }

  /**
   * Statements run in one transaction of the workspace, in one round trip: START TRANSACTION, the settings,
   * the statements and COMMIT sent together; returns each statement's rows. For reads that need no
   * decision between statements (a page and its total).
   */
  async batch(workspaceId: string, statements: Statement[]): Promise<BatchRows> {
    const current = this.scope.getStore();
    if (current?.workspaceId === workspaceId) return each(current.manager, statements);
    const [rows] = await this.commit(workspaceId, [{ statements, writer: writeContext.current() }]);
    return rows;
  }

  /**
   * A batch (as `batch`) that may share its transaction, and so its round trip and commit, with the grouped
   * batches of the same workspace sent at about the same time: for short statements that many clients send at
   * once (desks checking attendees in and reading the counts, the event page). A batch that finds no such
   * transaction under way goes at once, alone; batches that come while one is under way go together in the
   * next (see SendGroups). Each batch keeps its own writer for the audit log. Its statements see the writes of
   * the batches before it in the transaction, and hold their locks until the transaction ends, so they should be
   * short and touch few rows. When the transaction fails on a statement, each of its batches is sent again
   * alone: a batch's failure is its own, and nothing of a failed batch is written.
   */
  groupedBatch(workspaceId: string, statements: Statement[]): Promise<BatchRows> {
    const current = this.scope.getStore();
    if (current?.workspaceId === workspaceId) return each(current.manager, statements);
    return this.groups.add(workspaceId, { statements, writer: writeContext.current() });
  }

  /**
   * Commits a group of batches in one transaction; when a statement fails, each batch alone. When the database
   * is in trouble (down, frozen, out of connections), the group and the batches waiting behind it are refused
   * at once (see SendGroups): sent again, each would wait out the same deadline.
   */
  private async commitGroup(workspaceId: string, group: Grouped<Part, BatchRows>[]): Promise<void> {
    try {
      const results = await this.commit(
        workspaceId,
        group.map(({ item }) => item),
      );
      group.forEach((grouped, i) => grouped.resolve(results[i]));
    } catch (err) {
      if (databaseTrouble(err)) throw err;
      if (group.length === 1) return group[0].reject(err);
      await Promise.all(group.map(({ item, resolve, reject }) => this.commit(workspaceId, [item]).then(([rows]) => resolve(rows), reject)));
    }
  }

  /**
   * Batches in one transaction of the workspace, in one round trip, each after its writer's settings; then
   * COMMIT. Returns each batch's rows.
   */
  private async commit(workspaceId: string, parts: Part[]): Promise<BatchRows[]> {
    // straight on a pooled connection: nothing here needs an entity manager
    const { client, release } = await checkOut(this.dataSource);
    const { sql, skip } = transactionSql(client, workspaceId, parts, { commit: true });
    let broken: Error | undefined;
    try {
      const results = await sendOn(client, sql, async () => {
        // a failed statement leaves the transaction open and aborted
        await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
      });
      let at = skip;
      return parts.map(({ statements }) => {
        // past the batch's settings
        const from = at + 1;
        at = from + statements.length;
        return results.slice(from, at).map((r) => r.rows as unknown[]);
      });
    } finally {
      release(broken);
    }
  }

  /** Scopes an already open transaction (e.g. a streaming query runner) to a workspace. */
  async enter<T>(workspaceId: string, manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const { sql, params } = scopeSettings(workspaceId, writeContext.current());
    await manager.query(`SELECT ${sql}`, params);
    return this.scope.run({ workspaceId, manager }, () => work(manager));
  }
}

/** The pg pool under a TypeORM data source (for statements that need no entity manager). */
const poolOf = (dataSource: DataSource): pg.Pool => (dataSource.driver as unknown as { master: pg.Pool }).master;

/**
 * A connection of the data source's pool, listened to while it is checked out. The pool listens to its idle
 * connections only: a checked-out connection that the server drops between two statements (a restart, a
 * failover, an administrator ending it) would raise an 'error' nobody handles, which ends the process. Here the
 * error is kept, and `release` gives the connection back as broken (the pool then closes it).
 */
export async function checkOut(dataSource: DataSource): Promise<{ client: pg.PoolClient; release: (err?: Error) => void }> {
  const client = await poolOf(dataSource).connect();
  let dropped: Error | undefined;
  const onError = (err: Error) => (dropped ??= err);
  client.on('error', onError);
  return {
    client,
    release: (err) => {
      client.removeListener('error', onError);
      client.release(err ?? dropped);
    },
  };
}

/**
 * One statement on a connection of the data source's pool, without TypeORM's query runner (for a statement
 * every request sends). The client's own query, so a statement past its deadline closes the connection.
 * With `name`, the statement is prepared once per connection under that name and then only executed: the
 * database neither parses nor plans it again (a name stands for one statement text).
 */
export async function poolQuery<R extends pg.QueryResultRow>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  name?: string,
): Promise<R[]> {
  const { client, release } = await checkOut(dataSource);
  let failed: Error | undefined;
  try {
    return (await client.query<R>(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows;
  } catch (err) {
    failed = err as Error;
    throw new QueryFailedError(sql, params, failed);
  } finally {
    release(failed);
  }
}

/** The names of the statements prepared on each connection (see `Statement.name`). */
const preparedOn = new WeakMap<pg.ClientBase, Set<string>>();

/** A statement name as an SQL identifier: letters, digits and underscores. */
const NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A workspace transaction as one multi-statement call: the named statements this connection has not prepared
 * yet (PREPARE outlives the transaction, whatever becomes of it), its start, and each part's settings and
 * statements (the first part's settings open the transaction), and COMMIT if asked. `skip` is the number of
 * results before the first part's settings.
 */
function transactionSql(
  client: pg.ClientBase,
  workspaceId: string,
  parts: Part[],
  { isolation, commit = false }: { isolation?: 'REPEATABLE READ'; commit?: boolean },
): { sql: string; skip: number } {
  let prepared = preparedOn.get(client);
  if (!prepared) preparedOn.set(client, (prepared = new Set()));
  const preparing = new Map<string, string>();
  for (const { name, sql } of parts.flatMap((part) => part.statements)) {
    if (!name || prepared.has(name)) continue;
    if (!NAME.test(name)) throw new Error(`Statement name ${name} is not an identifier`);
    preparing.set(name, `PREPARE ${name} AS ${sql}`);
    prepared.add(name);
  }
  const sql = [
    ...preparing.values(),
    `START TRANSACTION${isolation ? ` ISOLATION LEVEL ${isolation}` : ''}`,
    ...parts.flatMap(({ statements, writer }) => [
      `SELECT ${scopeSettings(workspaceId, writer).literal}`,
      ...statements.map((s) => (s.name ? executeSql(s) : inlineParams(s))),
    ]),
    ...(commit ? ['COMMIT'] : []),
  ].join(';\n');
  return { sql, skip: preparing.size + 1 };
}

/** EXECUTE of a named statement with its parameters as literals. */
function executeSql({ name, params = [] }: Statement): string {
  return params.length ? `EXECUTE ${name}(${params.map(literal).join(', ')})` : `EXECUTE ${name}`;
}

/**
 * Sends a multi-statement call. When it fails, `failed` runs (e.g. the rollback) and the connection's prepared
 * statements are read again: a PREPARE of the call may or may not have run.
 */
async function sendOn(client: pg.ClientBase, sql: string, failed: () => Promise<unknown>): Promise<pg.QueryResult[]> {
  try {
    return (await client.query(sql)) as unknown as pg.QueryResult[];
  } catch (err) {
    await failed().catch(() => undefined);
    await client
      .query<{ name: string }>('SELECT name FROM pg_prepared_statements')
      .then(({ rows }) => preparedOn.set(client, new Set(rows.map((r) => r.name))))
      .catch(() => preparedOn.delete(client));
    throw new QueryFailedError(sql, [], err as Error);
  }
}

/** Statements one after another inside an open transaction (a batch joining an outer transaction). */
async function each(manager: EntityManager, statements: Statement[]): Promise<BatchRows> {
  const rows: BatchRows = [];
  for (const { sql, params } of statements) rows.push(rowsOf(await manager.query(sql, params)));
  return rows;
}

/** The rows of a TypeORM raw result: pg's `[rows, count]` for UPDATE and DELETE, else the rows. */
export function rowsOf<T = unknown>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * The transaction-local settings of a workspace's transaction: the tenant role, the workspace, and the
 * writer (user or API key, request) for the audit triggers; as parameters and as escaped literals.
 */
function scopeSettings(workspaceId: string, context: WriteContext | undefined): { sql: string; params: string[]; literal: string } {
  const writer = writeContextSettings(workspaceId, 4, context);
  const sql = `set_config('role', $1, true), set_config($2, $3, true), ${writer.sql}`;
  const params = [TENANT_ROLE, WORKSPACE_SETTING, workspaceId, ...writer.params];
  return { sql, params, literal: sql.replace(/\$(\d+)/g, (_, n: string) => pg.escapeLiteral(params[Number(n) - 1])) };
}
