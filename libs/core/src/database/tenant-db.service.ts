import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from './tenant-role.js';
import { writeContextSettings } from '../auth/write-context.js';

interface Scope {
  workspaceId: string;
  manager: EntityManager;
}

/**
 * Runs work inside one transaction scoped to a workspace: the session switches to the tenant role
 * and sets the workspace, so PostgreSQL row-level security filters every row. Nested calls for the
 * same workspace join the outer transaction.
 */
@Injectable()
export class TenantDb {
  private readonly scope = new AsyncLocalStorage<Scope>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(workspaceId: string, work: (manager: EntityManager) => Promise<T>, isolation?: 'REPEATABLE READ'): Promise<T> {
    const current = this.scope.getStore();
    if (current?.workspaceId === workspaceId) return work(current.manager);
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      // the transaction opens with its settings in one round trip (values as literals: several statements
      // in one call take no parameters); then the runner is told it is in a transaction, as its own
      // startTransaction would have
      await runner.query(
        `START TRANSACTION${isolation ? ` ISOLATION LEVEL ${isolation}` : ''}; SELECT ${scopeSettings(workspaceId).literal}`,
      );
      (runner as { isTransactionActive: boolean }).isTransactionActive = true;
      (runner as unknown as { transactionDepth: number }).transactionDepth = 1;
      const result = await this.scope.run({ workspaceId, manager: runner.manager }, () => work(runner.manager));
      await runner.commitTransaction();
      return result;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
  }

  /** Scopes an already open transaction (e.g. a streaming query runner) to a workspace. */
  async enter<T>(workspaceId: string, manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const { sql, params } = scopeSettings(workspaceId);
    await manager.query(`SELECT ${sql}`, params);
    return this.scope.run({ workspaceId, manager }, () => work(manager));
  }
}

/**
 * The transaction-local settings of a workspace's transaction: the tenant role, the workspace, and the
 * writer (user or API key, request) for the audit triggers; as parameters and as escaped literals.
 */
function scopeSettings(workspaceId: string): { sql: string; params: string[]; literal: string } {
  const writer = writeContextSettings(workspaceId, 4);
  const sql = `set_config('role', $1, true), set_config($2, $3, true), ${writer.sql}`;
  const params = [TENANT_ROLE, WORKSPACE_SETTING, workspaceId, ...writer.params];
  return { sql, params, literal: sql.replace(/\$(\d+)/g, (_, n: string) => pg.escapeLiteral(params[Number(n) - 1])) };
}
