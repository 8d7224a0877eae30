import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AppException, TenantDb, cursorPageIds, inIdOrder, toCursorPage, wantsTotal, type Actor, type Page } from '@app/core';
import { countsOf, eventCountsStatement, type EventCountsRow } from '../attendance/event-counts.js';
import { organizationRefJson } from '../organizations/organization-ref.sql.js';
import { assertReferences, assertFound, findOr404 } from '../common/references.js';
import { whereTextContains } from '../common/text-search.js';
import { Organization } from '../organizations/organization.entity.js';
import type { CreateEventDto, EventDto, EventQueryDto, SigningTotalDto, UpdateEventDto } from './dto/event.dto.js';
import { EventOrganization, type EventOrganizationRole } from './event-organization.entity.js';
import { assertTransition } from './event-lifecycle.js';
import { Event } from './event.entity.js';

/** The organizations of an event in one role, in their order, as JSON. */
const refsOf = (role: EventOrganizationRole) =>
  `coalesce((SELECT json_agg(${organizationRefJson('o')} ORDER BY eo.ord)
               FROM event_organizations eo JOIN organizations o ON o.id = eo.organization_id
              WHERE eo.event_id = e.id AND eo.role = '${role}'), '[]')`;

/**
 * Events in the shape of `EventDto` (a WHERE on `e` follows), hosts and the other organizations built as
 * JSON by PostgreSQL: a fixed statement instead of an entity query with two joins built on every call.
 */
const EVENT_SELECT = `
  SELECT e.id, e.title, e.kind, e.status, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone",
         e.venue, e.city, e.theme, e.sides,
         ${refsOf('host')} AS hosts, ${refsOf('co_host')} AS "coHosts", ${refsOf('organizer')} AS organizers,
         ${refsOf('supporting_organizer')} AS "supportingOrganizers",
         e.parent_event_id AS "parentEventId", e.sectors, e.facts, e.signing_totals AS "signingTotals",
         e.created_at AS "createdAt", e.updated_at AS "updatedAt"
    FROM events e`;

@Injectable()
export class EventsService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, dto: CreateEventDto): Promise<EventDto> {
    return this.db.run(actor.workspaceId, (em) => this.createIn(em, actor, dto));
  }

  async createIn(em: EntityManager, actor: Actor, dto: CreateEventDto): Promise<EventDto> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = dto.endsAt ? new Date(dto.endsAt) : null;
    assertTimes(startsAt, endsAt);
    assertSides(dto.sides ?? []);
    await assertReferences(em, Organization, organizationIds(dto), 'Organization');
    await assertParent(em, undefined, dto.parentEventId);
    assertSigningTotals(dto.signingTotals ?? []);
    const event = await em.getRepository(Event).save({
      workspaceId: actor.workspaceId,
      title: dto.title,
      kind: dto.kind,
      status: dto.status ?? 'draft',
      startsAt,
      endsAt,
      timeZone: dto.timeZone,
      venue: dto.venue ?? null,
      city: dto.city ?? null,
      theme: dto.theme ?? null,
      sides: dto.sides ?? [],
      parentEventId: dto.parentEventId ?? null,
      sectors: dto.sectors ?? [],
      facts: dto.facts ?? [],
      signingTotals: normalizeTotals(dto.signingTotals ?? []),
    });
    for (const [role, ids] of roleLists(dto)) await this.writeHosts(em, actor, event.id, role, ids ?? []);
    return this.load(em, event.id);
  }

  /** Events by start (newest first unless asked) or by when recorded: a page after the cursor's event, or at an offset. */
  list(actor: Actor, query: EventQueryDto): Promise<Page<EventDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const qb = em.getRepository(Event).createQueryBuilder('e');
      whereTextContains(qb, query.q);
      if (query.status) qb.andWhere('e.status = :status', { status: query.status });
      if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
      if (query.from) qb.andWhere('e.starts_at >= :from', { from: new Date(query.from) });
      if (query.to) qb.andWhere('e.starts_at < :to', { to: new Date(query.to) });
      if (query.organizationId) {
        qb.andWhere('EXISTS (SELECT 1 FROM event_organizations x WHERE x.event_id = e.id AND x.organization_id = :org)', {
          org: query.organizationId,
        });
      }
      const sort = query.sort ?? '-startsAt';
      const total = wantsTotal(query) ? await qb.clone().getCount() : null;
      const column = sort.replace('-', '') === 'createdAt' ? 'e.created_at' : 'e.starts_at';
      const { ids, nextCursor } = await cursorPageIds(
        qb,
        `events:${sort}`,
        [
          { sql: column, part: 'timestamp', desc: sort.startsWith('-') },
          { sql: 'e.id', part: 'uuid' },
        ],
        query,
      );
      const rows = ids.length ? await em.query<EventDto[]>(`${EVENT_SELECT} WHERE e.id = ANY ($1::uuid[])`, [ids]) : [];
      return toCursorPage(inIdOrder(ids, rows), total, query, nextCursor);
    });
  }

  /**
   * The event with its counts, in one round trip (shared with the other requests for the workspace's events at the
   * same time); attendees from the event's counters, so a 50,000-attendee event costs what a small one costs.
   */
  async get(actor: Actor, id: string): Promise<EventDto> {
    const [[event], [attendance], [records]] = await this.db.groupedBatch(actor.workspaceId, [
      { sql: `${EVENT_SELECT} WHERE e.id = $1`, params: [id], name: 'event_detail' },
      eventCountsStatement(id),
      {
        sql: `SELECT (SELECT count(*) FROM speeches WHERE event_id = $1)::int AS speeches,
                     (SELECT count(*) FROM mous WHERE event_id = $1)::int AS mous,
                     (SELECT count(*) FROM signed_projects WHERE event_id = $1)::int AS projects`,
        params: [id],
        name: 'event_record_counts',
      },
    ]);
    if (!event) throw AppException.notFound('Event', id);
    const { total, checkedIn } = countsOf(attendance as EventCountsRow);
    return {
      ...(event as EventDto),
      counts: { attendees: total, checkedIn, ...(records as { speeches: number; mous: number; projects: number }) },
    };
  }

  update(actor: Actor, id: string, dto: UpdateEventDto): Promise<EventDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      // locked: attendee writes hold the event row shared, so sides and status cannot change under them
      const event = await em.getRepository(Event).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!event) throw AppException.notFound('Event', id);
      if (dto.status !== undefined) assertTransition(event.status, dto.status);
      if (event.status === 'cancelled' && Object.keys(dto).some((k) => k !== 'status')) {
        throw new AppException('EVENT_CANCELLED', 'The event is cancelled; its records can no longer change');
      }
      const startsAt = dto.startsAt !== undefined ? new Date(dto.startsAt) : event.startsAt;
      const endsAt = dto.endsAt !== undefined ? (dto.endsAt ? new Date(dto.endsAt) : null) : event.endsAt;
      assertTimes(startsAt, endsAt);
      if (dto.parentEventId !== undefined) await assertParent(em, id, dto.parentEventId);
      if (dto.signingTotals !== undefined) assertSigningTotals(dto.signingTotals);
      if (dto.sides !== undefined)
        await assertSidesStillUsed(
          em,
          id,
          dto.sides.map((s) => s.code),
        );
      Object.assign(event, {
        ...(dto.title !== undefined && { title: dto.title }),
        ...(dto.kind !== undefined && { kind: dto.kind }),
        ...(dto.status !== undefined && { status: dto.status }),
        ...(dto.timeZone !== undefined && { timeZone: dto.timeZone }),
        ...(dto.venue !== undefined && { venue: dto.venue ?? null }),
        ...(dto.city !== undefined && { city: dto.city ?? null }),
        ...(dto.theme !== undefined && { theme: dto.theme ?? null }),
        ...(dto.sides !== undefined && { sides: assertSides(dto.sides) }),
        ...(dto.parentEventId !== undefined && { parentEventId: dto.parentEventId ?? null }),
        ...(dto.sectors !== undefined && { sectors: dto.sectors }),
        ...(dto.facts !== undefined && { facts: dto.facts }),
        ...(dto.signingTotals !== undefined && { signingTotals: normalizeTotals(dto.signingTotals) }),
        startsAt,
        endsAt,
      });
      delete event.organizations;
      await em.getRepository(Event).save(event);
      for (const [role, ids] of roleLists(dto)) {
        if (ids === undefined) continue;
        await assertReferences(em, Organization, ids, 'Organization');
        await em.getRepository(EventOrganization).delete({ eventId: id, role });
        await this.writeHosts(em, actor, id, role, ids);
      }
      return this.load(em, id);
    });
  }

  /** Deleting an event deletes everything recorded for it (agenda, attendance, speeches, MoUs, projects, groups, writeups). */
  remove(actor: Actor, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Event, id, 'Event');
      await em.query('DELETE FROM writeup_drafts WHERE event_id = $1', [id]);
      await em.query('DELETE FROM speeches WHERE event_id = $1', [id]);
      await em.getRepository(Event).delete({ id });
    });
  }

  /** Loads an event of the caller's workspace inside an open transaction, or NOT_FOUND. */
  async require(em: EntityManager, id: string): Promise<Event> {
    return findOr404(em, Event, { id }, 'Event');
  }

  private async writeHosts(em: EntityManager, actor: Actor, eventId: string, role: EventOrganizationRole, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await em
      .getRepository(EventOrganization)
      .insert(ids.map((organizationId, ord) => ({ workspaceId: actor.workspaceId, eventId, organizationId, role, ord })));
  }

  private async load(em: EntityManager, id: string): Promise<EventDto> {
    const [event] = await em.query<EventDto[]>(`${EVENT_SELECT} WHERE e.id = $1`, [id]);
    if (!event) throw AppException.notFound('Event', id);
    return event;
  }
}

type RoleIds = Pick<Partial<CreateEventDto>, 'hostIds' | 'coHostIds' | 'organizerIds' | 'supportingOrganizerIds'>;

/** The organization lists of a create or update, by role. */
function roleLists(dto: RoleIds): [EventOrganizationRole, string[] | undefined][] {
  return [
    ['host', dto.hostIds],
    ['co_host', dto.coHostIds],
    ['organizer', dto.organizerIds],
    ['supporting_organizer', dto.supportingOrganizerIds],
  ];
}

function organizationIds(dto: RoleIds): string[] {
  return roleLists(dto).flatMap(([, ids]) => ids ?? []);
}

/** The parent must be another event of the workspace that is not itself a session of one. */
async function assertParent(em: EntityManager, id: string | undefined, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  const invalid = (message: string) => new AppException('VALIDATION_FAILED', message, [{ field: 'parentEventId', messages: [message] }]);
  if (parentId === id) throw invalid('an event cannot be a session of itself');
  const parent = await findOr404(em, Event, { id: parentId }, 'Event');
  if (parent.parentEventId) throw invalid('the parent event is itself a session of another event');
  if (id) {
    const children = await em.query<unknown[]>('SELECT 1 FROM events WHERE parent_event_id = $1 LIMIT 1', [id]);
    if (children.length > 0) throw invalid('this event has sessions of its own, so it cannot be a session');
  }
}

/** An amount needs its currency and the other way round; a document type only fits agreements. */
function assertSigningTotals(totals: SigningTotalDto[]): void {
  totals.forEach((t, i) => {
    const fail = (message: string) =>
      new AppException('VALIDATION_FAILED', message, [{ field: `signingTotals[${i}]`, messages: [message] }]);
    if (!t.amount !== !t.currency) throw fail('amount and currency go together');
    if (t.documentType && t.kind !== 'agreements') throw fail('documentType is for agreements only');
  });
}

function normalizeTotals(totals: SigningTotalDto[]): Event['signingTotals'] {
  return totals.map((t) => ({
    kind: t.kind,
    count: t.count,
    qualifier: t.qualifier ?? 'exact',
    category: t.category ?? null,
    documentType: t.documentType ?? null,
    amount: t.amount ?? null,
    currency: t.currency ? t.currency.toUpperCase() : null,
    sectorCount: t.sectorCount ?? null,
    cumulative: t.cumulative ?? false,
  }));
}

function assertTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt < startsAt) {
    throw new AppException('VALIDATION_FAILED', 'endsAt must not be before startsAt', [
      { field: 'endsAt', messages: ['endsAt must not be before startsAt'] },
    ]);
  }
}

function assertSides<T extends { code: string }>(sides: T[]): T[] {
  const codes = sides.map((s) => s.code);
  if (new Set(codes).size !== codes.length) {
    throw new AppException('VALIDATION_FAILED', 'side codes must be unique', [{ field: 'sides', messages: ['side codes must be unique'] }]);
  }
  return sides;
}

async function assertSidesStillUsed(em: EntityManager, eventId: string, codes: string[]): Promise<void> {
  const rows: { side: string }[] = await em.query(
    `SELECT DISTINCT side FROM (SELECT side FROM attendances WHERE event_id = $1 UNION ALL SELECT side FROM delegations WHERE event_id = $1) s
      WHERE side IS NOT NULL AND NOT (side = ANY($2))`,
    [eventId, codes],
  );
  if (rows.length > 0) {
    throw new AppException('IN_USE', `Attendees or a delegation are still on side ${rows.map((r) => r.side).join(', ')}; move them first`, {
      sides: rows.map((r) => r.side),
    });
  }
}
