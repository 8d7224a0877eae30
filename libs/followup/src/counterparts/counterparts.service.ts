import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppException,
  cursorCondition,
  encodeCursor,
  pageWindow,
  TenantDb,
  type Actor,
  type CursorKey,
  type CursorPageQueryDto,
} from '@app/core';
import type { CounterpartOrganizationDto, CounterpartRegisterDto, OpenDeliverableDto, RegisterEntryDto } from './dto/counterpart.dto.js';

const EVENT_DATE = `(e.starts_at AT TIME ZONE e.time_zone)::date`;

/**
 * Everything the organizations `$1` (uuid[]) took part in: the events they helped run, the attendance
 * and speeches of their people (by the people's positions), the MoUs and projects they signed. One row
 * per record, whichever of the organizations it involves (the first by id).
 */
const ENTRIES = `
  SELECT 'event' AS kind, 1 AS ko, e.id, e.id AS event_id, e.title AS event_title, ${EVENT_DATE} AS d, NULL::jsonb AS title,
         NULL::jsonb AS person, min(eo.organization_id::text)::uuid AS organization_id, string_agg(DISTINCT eo.role, ',') AS detail
    FROM event_organizations eo JOIN events e ON e.id = eo.event_id
   WHERE eo.organization_id = ANY ($1::uuid[]) GROUP BY e.id
  UNION ALL
  SELECT 'attendance', 2, a.id, a.event_id, e.title, ${EVENT_DATE}, NULL, pe.name, pos.organization_id, a.role
    FROM attendances a JOIN events e ON e.id = a.event_id JOIN people pe ON pe.id = a.person_id
    JOIN LATERAL (SELECT min(p.organization_id::text)::uuid AS organization_id FROM positions p
                   WHERE p.person_id = a.person_id AND p.organization_id = ANY ($1::uuid[])) pos ON pos.organization_id IS NOT NULL
  UNION ALL
  SELECT 'speech', 3, s.id, s.event_id, e.title, ${EVENT_DATE}, s.key_points -> 0, pe.name, pos.organization_id, s.kind
    FROM speeches s JOIN attendances a ON a.id = s.attendance_id JOIN events e ON e.id = s.event_id JOIN people pe ON pe.id = a.person_id
    JOIN LATERAL (SELECT min(p.organization_id::text)::uuid AS organization_id FROM positions p
                   WHERE p.person_id = a.person_id AND p.organization_id = ANY ($1::uuid[])) pos ON pos.organization_id IS NOT NULL
  UNION ALL
  SELECT 'mou', 4, m.id, m.event_id, e.title, coalesce(m.period_date, ${EVENT_DATE}), m.title, NULL, mp.organization_id, m.document_type
    FROM mous m JOIN events e ON e.id = m.event_id
    JOIN LATERAL (SELECT min(x.organization_id::text)::uuid AS organization_id FROM mou_parties x
                   WHERE x.mou_id = m.id AND x.organization_id = ANY ($1::uuid[])) mp ON mp.organization_id IS NOT NULL
  UNION ALL
  SELECT 'project', 5, sp.id, sp.event_id, e.title, coalesce(sp.event_date, ${EVENT_DATE}), sp.title, NULL,
         (SELECT min(o::text)::uuid FROM unnest(sp.party_ids) o WHERE o = ANY ($1::uuid[])), coalesce(f.stage, 'signed')
    FROM signed_projects sp JOIN events e ON e.id = sp.event_id LEFT JOIN project_followups f ON f.project_id = sp.id
   WHERE sp.party_ids && $1::uuid[]`;

const REGISTER_CURSOR = 'counterpart-register';
/** The register's order, newest first: the date, then the event, the kind of record and the record. */
const REGISTER_ORDER: readonly CursorKey[] = [
  { sql: 'x.d', part: 'date', desc: true },
  { sql: 'x.event_id', part: 'uuid' },
  { sql: 'x.ko', part: 'int' },
  { sql: 'x.id', part: 'uuid' },
];

interface EntryRow {
  kind: RegisterEntryDto['kind'];
  ko: number;
  id: string;
  event_id: string;
  event_title: RegisterEntryDto['eventTitle'];
  d: string;
  title: RegisterEntryDto['title'];
  person: RegisterEntryDto['person'];
  organization_id: string;
  detail: string | null;
}

/** The register of a counterpart: an organization's or a region's history with the workspace, across the years. */
@Injectable()
export class CounterpartsService {
  constructor(private readonly db: TenantDb) {}

  organization(actor: Actor, id: string, query: CursorPageQueryDto): Promise<CounterpartRegisterDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const [org] = await em.query<CounterpartOrganizationDto[]>(`SELECT id, kind, name, region FROM organizations WHERE id = $1`, [id]);
      if (!org) throw AppException.notFound('Organization', id);
      return { organization: org, region: null, organizations: [org], ...(await register(em, [id], query)) };
    });
  }

  region(actor: Actor, region: string, query: CursorPageQueryDto): Promise<CounterpartRegisterDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const orgs = await em.query<CounterpartOrganizationDto[]>(
        `SELECT id, kind, name, region FROM organizations WHERE lower(region) = lower($1) ORDER BY name ->> 'en', id LIMIT 1000`,
        [region.trim()],
      );
      if (!orgs.length) throw AppException.notFound('Region', region);
      return {
        organization: null,
        region: orgs[0].region,
        organizations: orgs,
        ...(await register(
          em,
          orgs.map((o) => o.id),
          query,
        )),
      };
    });
  }
}

async function register(em: EntityManager, orgIds: string[], query: CursorPageQueryDto) {
  const { skip, take, page, pageSize } = pageWindow(query);
  // a page after the cursor's entry, else at the page's offset
  const after = query.cursor ? cursorCondition(REGISTER_CURSOR, query.cursor, REGISTER_ORDER, (i) => `$${i + 2}`) : undefined;
  // one after the other: the transaction's statements share its connection
  const found = await em.query<EntryRow[]>(
    `SELECT kind, ko, id, event_id, event_title, to_char(d, 'YYYY-MM-DD') AS d, title, person, organization_id, detail
       FROM (${ENTRIES}) x ${after ? `WHERE ${after.sql}` : ''}
      ORDER BY ${REGISTER_ORDER.map((k) => `${k.sql}${k.desc ? ' DESC' : ''}`).join(', ')}
      LIMIT ${take + 1} OFFSET ${after ? 0 : skip}`,
    [orgIds, ...(after?.values ?? [])],
  );
  const [summary] = await em.query<
    { events: number; attendances: number; speeches: number; mous: number; projects: number; first: string | null; last: string | null }[]
  >(
    `SELECT count(*) FILTER (WHERE kind = 'event')::int AS events, count(*) FILTER (WHERE kind = 'attendance')::int AS attendances,
            count(*) FILTER (WHERE kind = 'speech')::int AS speeches, count(*) FILTER (WHERE kind = 'mou')::int AS mous,
            count(*) FILTER (WHERE kind = 'project')::int AS projects,
            to_char(min(d), 'YYYY-MM-DD') AS first, to_char(max(d), 'YYYY-MM-DD') AS last
       FROM (${ENTRIES}) x`,
    [orgIds],
  );
  const openDeliverables = await em.query<OpenDeliverableDto[]>(
    `SELECT d.id, d.mou_id AS "mouId", m.title AS "mouTitle", d.title, d.owner, to_char(d.due_on, 'YYYY-MM-DD') AS "dueOn"
       FROM mou_deliverables d JOIN mous m ON m.id = d.mou_id
      WHERE d.status = 'open' AND EXISTS (SELECT 1 FROM mou_parties mp WHERE mp.mou_id = d.mou_id AND mp.organization_id = ANY ($1::uuid[]))
      ORDER BY d.due_on NULLS LAST, d.id LIMIT 200`,
    [orgIds],
  );
  const rows = found.slice(0, take);
  const last = rows.at(-1);
  const nextCursor = found.length > take && last ? encodeCursor(REGISTER_CURSOR, [last.d, last.event_id, last.ko, last.id]) : null;
  const total = summary.events + summary.attendances + summary.speeches + summary.mous + summary.projects;
  return {
    summary: {
      events: summary.events,
      attendances: summary.attendances,
      speeches: summary.speeches,
      mous: summary.mous,
      projects: summary.projects,
      firstDate: summary.first,
      lastDate: summary.last,
    },
    openDeliverables,
    items: rows.map((r): RegisterEntryDto => ({
      kind: r.kind,
      id: r.id,
      eventId: r.event_id,
      eventTitle: r.event_title,
      date: r.d,
      title: r.title,
      person: r.person,
      organizationId: r.organization_id,
      detail: r.detail,
    })),
    total,
    page,
    pageSize,
    nextCursor,
  };
}
