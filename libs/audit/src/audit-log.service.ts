import { Injectable } from '@nestjs/common';
import { TenantDb, cursorPageIds, inIdOrder, toCursorPage, wantsTotal, type Actor, type Page } from '@app/core';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditEntryDto, AuditLogQueryDto } from './dto/audit-log.dto.js';

@Injectable()
export class AuditLogService {
  constructor(private readonly db: TenantDb) {}

  /** The workspace's entries, newest first (after the cursor's entry, or at an offset); row-level security limits them to the caller's workspace. */
  list(actor: Actor, query: AuditLogQueryDto): Promise<Page<AuditEntryDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const qb = em.getRepository(AuditEntry).createQueryBuilder('a').where('a.workspace_id = :ws', { ws: actor.workspaceId });
      if (query.resourceType) qb.andWhere('a.resource_type = :type', { type: query.resourceType });
      if (query.resourceId) qb.andWhere('a.resource_id = :rid', { rid: query.resourceId });
      if (query.eventId) qb.andWhere('a.event_id = :eid', { eid: query.eventId });
      if (query.actorId) qb.andWhere('(a.actor_user_id = :actor OR a.actor_api_key_id = :actor)', { actor: query.actorId });
      if (query.actorType) qb.andWhere('a.actor_type = :actorType', { actorType: query.actorType });
      if (query.action) qb.andWhere('a.action = :action', { action: query.action });
      if (query.from) qb.andWhere('a.occurred_at >= :from', { from: new Date(query.from) });
      if (query.to) qb.andWhere('a.occurred_at < :to', { to: new Date(query.to) });
      const total = wantsTotal(query) ? await qb.clone().getCount() : null;
      const { ids, nextCursor } = await cursorPageIds(
        qb.clone(),
        'audit-log',
        [
          { sql: 'a.occurred_at', part: 'timestamp', desc: true },
          { sql: 'a.id', part: 'int', desc: true },
        ],
        query,
      );
      const rows = ids.length ? await qb.andWhere('a.id IN (:...ids)', { ids }).getMany() : [];
      return toCursorPage(inIdOrder(ids, rows).map(toDto), total, query, nextCursor);
    });
  }
}

/** Column names (snake_case) as the API names fields (camelCase), in fields and in lists of child rows. */
export function camelFields(fields: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!fields) return null;
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [camel(key), childRows(value)]));
}

function childRows(value: unknown): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map((item) => (isRecord(item) ? camelKeys(item) : item));
  return value;
}

const camelKeys = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v]));
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function toDto(e: AuditEntry): AuditEntryDto {
  const version = e.after?.version;
  const versionBefore = e.before?.version;
  const before = camelFields(e.before);
  const after = camelFields(e.after);
  // a writeup version is one child row, not a list
  if (after && isRecord(version)) after.version = camelKeys(version);
  if (before && isRecord(versionBefore)) before.version = camelKeys(versionBefore);
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actor: { type: e.actorType, userId: e.actorUserId, apiKeyId: e.actorApiKeyId },
    action: e.action,
    resource: { type: e.resourceType, id: e.resourceId, eventId: e.eventId },
    requestId: e.requestId,
    before,
    after,
  };
}
