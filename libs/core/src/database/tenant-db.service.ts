import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
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
    const scoped = (manager: EntityManager) => this.enter(workspaceId, manager, work);
    return isolation ? this.dataSource.transaction(isolation, scoped) : this.dataSource.transaction(scoped);
  }

  /** Scopes an already open transaction (e.g. a streaming query runner) to a workspace. */
  async enter<T>(workspaceId: string, manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // the writer (user or API key, request) for the audit triggers, in the same round trip
    const writer = writeContextSettings(workspaceId, 4);
    await manager.query(`SELECT set_config('role', $1, true), set_config($2, $3, true), ${writer.sql}`, [
      TENANT_ROLE,
      WORKSPACE_SETTING,
      workspaceId,
      ...writer.params,
    ]);
    return this.scope.run({ workspaceId, manager }, () => work(manager));
  }
}
