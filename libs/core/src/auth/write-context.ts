import { SetMetadata } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

/**
 * Who is writing, for the audit log: set per request (after authentication) and read by the tenant
 * transaction, which hands it to the database as transaction-local settings the audit triggers read.
 */
export interface WriteContext {
  /** the workspace the credentials are for; the settings apply only to transactions in it */
  workspaceId: string | null;
  userId: string | null;
  apiKeyId: string | null;
  requestId?: string | null;
  /** what the request does when it is more than create/update/delete, e.g. `import` */
  action?: string | null;
}

const storage = new AsyncLocalStorage<WriteContext>();

export const writeContext = {
  run: <T>(context: WriteContext, work: () => T): T => storage.run(context, work),
  current: (): WriteContext | undefined => storage.getStore(),
};

/** Names the audit action of every write a route makes (instead of create/update/delete), e.g. `import`. */
export const AUDIT_ACTION = 'eventreg:audit-action';
export const AuditAction = (action: string) => SetMetadata(AUDIT_ACTION, action);

/**
 * `set_config` calls for the writer `context` (e.g. `writeContext.current()`), numbered from parameter `$first`,
 * with their values: the actor's user or API key, the request id and the named action (empty strings when
 * unknown, or without a writer).
 */
export function writeContextSettings(
  workspaceId: string | null,
  first: number,
  context: WriteContext | null | undefined,
): { sql: string; params: string[] } {
  const applies = !!context && (workspaceId === null || context.workspaceId === workspaceId);
  const settings = ['app.actor_user_id', 'app.actor_api_key_id', 'app.request_id', 'app.audit_action'];
  const values = applies ? [context.userId, context.apiKeyId, context.requestId, context.action] : [];
  return {
    sql: settings.map((name, i) => `set_config('${name}', $${first + i}, true)`).join(', '),
    params: settings.map((_, i) => values[i] ?? ''),
  };
}

/** Sets the writer for the open transaction when it runs outside a tenant transaction (signup). */
export async function applyWriteContext(manager: EntityManager, context: WriteContext): Promise<void> {
  const { sql, params } = writeContextSettings(null, 1, context);
  await manager.query(`SELECT ${sql}`, params);
}
