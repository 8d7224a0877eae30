import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type SelectQueryBuilder } from 'typeorm';
import { cursorPageIds, inIdOrder, toCursorPage, wantsTotal, type CursorListQueryDto, type Page } from '@app/core';
import type { EventScopedEntity } from '../common/event-scoped-entity.js';
import { requireWritableEvent } from '../common/event-writes.js';
import { assertFound, findOr404 } from '../common/references.js';
import { whereTextContains } from '../common/text-search.js';
import { Event } from '../events/event.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import type { AgreementQueryDto } from './dto/mou.dto.js';
import type { PartyOrganizationDto } from './dto/party-organization.dto.js';

/** What MoUs and signed projects have in common: an event and a place in its order. */
type Agreement = EventScopedEntity & { ord: number };

/** Organizations by id, for the parties of MoUs and signed projects. */
export async function loadPartyOrganizations(em: EntityManager, ids: string[]): Promise<Map<string, PartyOrganizationDto>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await em.getRepository(Organization).find({ where: { id: In(unique) } }) : [];
  return new Map(rows.map((o) => [o.id, { id: o.id, kind: o.kind, name: o.name, shortName: o.shortName, region: o.region }]));
}

/** A `?region=` match (exact, case-insensitive) on an organization alias. */
export const REGION_MATCH = (orgAlias: string) => `lower(${orgAlias}.region) = lower(:region)`;

/** `YYYY-MM-DD` that is a real calendar date. */
export const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** How one kind of agreement answers the cross-event filters, as SQL over its query builder's alias. */
export interface AgreementSql {
  /** The record's date (compared with `from`/`to` and sorted on). */
  date: string;
  /** True when organization `:org` is a party. */
  hasParty: string;
  /** True when a party's organization is in `:region` (see {@link REGION_MATCH}). */
  partyInRegion: string;
}

/** Applies the filters MoUs and signed projects share: title text, event, status, party, party region, date range. */
export function whereAgreementFilters<T extends Agreement>(
  qb: SelectQueryBuilder<T>,
  query: AgreementQueryDto & { status?: string },
  sql: AgreementSql,
): SelectQueryBuilder<T> {
  const a = qb.alias;
  whereTextContains(qb, query.q);
  if (query.eventId) qb.andWhere(`${a}.event_id = :eventId`, { eventId: query.eventId });
  if (query.status) qb.andWhere(`${a}.status = :status`, { status: query.status });
  if (query.organizationId) qb.andWhere(sql.hasParty, { org: query.organizationId });
  if (query.region) qb.andWhere(sql.partyInRegion, { region: query.region.trim() });
  if (query.from) qb.andWhere(`${sql.date} >= CAST(:from AS date)`, { from: query.from });
  if (query.to) qb.andWhere(`${sql.date} <= CAST(:to AS date)`, { to: query.to });
  return qb;
}

/** One page of a cross-event list: newest date first unless `sort=date`, then by event and the event's order. */
export async function agreementsPage<T extends Agreement, D>(
  em: EntityManager,
  qb: SelectQueryBuilder<T>,
  query: AgreementQueryDto,
  sql: AgreementSql,
  toDtos: (rows: T[]) => Promise<D[]>,
): Promise<Page<D>> {
  const a = qb.alias;
  const total = wantsTotal(query) ? await qb.clone().getCount() : null;
  const sort = query.sort ?? '-date';
  const { ids, nextCursor } = await cursorPageIds(
    qb.clone(),
    `${a}:${sort}`,
    [
      { sql: sql.date, part: 'date', desc: sort === '-date' },
      { sql: `${a}.event_id`, part: 'uuid' },
      { sql: `${a}.ord`, part: 'int' },
      { sql: `${a}.id`, part: 'uuid' },
    ],
    query,
  );
  return toCursorPage(await toDtos(await byIds(em, qb.expressionMap.mainAlias!.target as EntityTarget<T>, ids)), total, query, nextCursor);
}

/** One page of an event's MoUs or signed projects, in the event's order (NOT_FOUND for an event the caller cannot see). */
export async function eventAgreementsPage<T extends Agreement, D>(
  em: EntityManager,
  entity: EntityTarget<T>,
  eventId: string,
  query: CursorListQueryDto,
  toDtos: (rows: T[]) => Promise<D[]>,
): Promise<Page<D>> {
  await assertFound(em, Event, eventId, 'Event');
  const qb = em.getRepository(entity).createQueryBuilder('x').where('x.event_id = :eventId', { eventId });
  const total = wantsTotal(query) ? await qb.clone().getCount() : null;
  const { ids, nextCursor } = await cursorPageIds(
    qb,
    `event-${em.getRepository(entity).metadata.tableName}`,
    [
      { sql: 'x.ord', part: 'int' },
      { sql: 'x.created_at', part: 'timestamp' },
      { sql: 'x.id', part: 'uuid' },
    ],
    query,
  );
  return toCursorPage(await toDtos(await byIds(em, entity, ids)), total, query, nextCursor);
}

async function byIds<T extends Agreement>(em: EntityManager, entity: EntityTarget<T>, ids: string[]): Promise<T[]> {
  if (!ids.length) return [];
  return inIdOrder(ids, await em.getRepository(entity).find({ where: { id: In(ids) } as FindOptionsWhere<T> }));
}

/** Opens a change to an event's MoU or signed project: the event must be writable, the record one of the event's. */
export async function writableAgreement<T extends Agreement>(
  em: EntityManager,
  entity: EntityTarget<T>,
  eventId: string,
  id: string,
  resource: string,
): Promise<T> {
  await requireWritableEvent(em, eventId);
  return findOr404(em, entity, { id, eventId }, resource);
}

/** Deletes an event's MoU or signed project; like any change, refused on a cancelled event. */
export async function removeAgreement<T extends Agreement>(
  em: EntityManager,
  entity: EntityTarget<T>,
  eventId: string,
  id: string,
  resource: string,
): Promise<void> {
  await writableAgreement(em, entity, eventId, id, resource);
  await em.getRepository(entity).delete({ id } as FindOptionsWhere<T>);
}
