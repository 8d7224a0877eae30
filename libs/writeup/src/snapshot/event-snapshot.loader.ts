import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, type Actor } from '@app/core';
import { protocolOrderBy, SPEAKING_ORDER } from '@app/register';
import { NAMED_PARTICIPANTS } from '../compose-writeup.js';
import type { EventSnapshot, SnapshotOrganization, SnapshotPerson } from '../event-snapshot.js';

type Org = SnapshotOrganization;
type Text = SnapshotPerson['name'];

/** A person's columns the writeup reads, with their positions in order as `[title, organization id]`. */
interface PersonColumns {
  name: Text;
  family_name: Text | null;
  protocol_rank: number;
  positions: [Text, string | null][] | null;
}

/** The columns of `PersonColumns` from the person `p`. */
const PERSON_COLUMNS = `p.name, p.family_name, p.protocol_rank,
       (SELECT json_agg(json_build_array(x.title, x.organization_id) ORDER BY x.ord) FROM positions x WHERE x.person_id = p.id) AS positions`;

/** An attendance in protocol order, with its person's columns (read in the same statement). */
interface AttendeeRow extends PersonColumns {
  id: string;
  person_id: string;
  role: string;
  side: string | null;
  status: string;
  effective_order: number;
  protocol_order: number | null;
  person_rank: number;
  on_behalf_of_id: string | null;
}

/** The crowd's figures (see `ATTENDEES`). */
interface CrowdRow {
  crowd_count: number;
  crowd_with_organization: number;
  /** `[organization id, effective order, ord]` where each organization first appears, in protocol order */
  crowd_organizations: [string, number, number][] | null;
}

/**
 * The event's attendances numbered in protocol order ($1 = event id), each marked as the writeup needs it:
 * - `crowd`: a registered or checked-in participant that no record but the attendance names: no speech, no delegation
 *   it heads, neither a deputy nor a principal, and its person neither signs, witnesses nor performs ($2 = those people);
 * - `unused`: an absent attendance no record names (the writeup states nobody absent).
 */
const NUMBERED = `SELECT n.*,
         n.role = 'participant' AND n.status IN ('registered', 'checked_in') AND NOT n.named AS crowd,
         n.status = 'absent' AND NOT n.named AS unused
    FROM (SELECT a.id, a.person_id, a.role, a.side, a.status, a.protocol_order, a.person_rank, a.on_behalf_of_id,
                 row_number() OVER (ORDER BY ${protocolOrderBy('a')})::int AS effective_order,
                 a.on_behalf_of_id IS NOT NULL
                   OR a.person_id = ANY ($2::uuid[])
                   OR a.id IN (SELECT attendance_id FROM speeches WHERE event_id = $1)
                   OR a.id IN (SELECT on_behalf_of_id FROM attendances WHERE event_id = $1 AND on_behalf_of_id IS NOT NULL)
                   OR a.id IN (SELECT head_attendance_id FROM delegations WHERE event_id = $1 AND head_attendance_id IS NOT NULL) AS named
            FROM attendances a WHERE a.event_id = $1) n`;

/**
 * What the writeup reads of the attendances, in one pass over them ($3 = `NAMED_PARTICIPANTS`):
 * - a row per attendance read in full (all but the unused and, when larger than $3, the crowd), in protocol order, with
 *   its person's columns; people and positions are looked up for these rows alone, not joined with the workspace's;
 * - first, when the crowd is larger than $3, a row of its figures instead (the attendance's columns null): its size, how
 *   many hold a position at an organization, and each of their organizations once where it first appears.
 */
const ATTENDEES = `WITH r AS MATERIALIZED (${NUMBERED}),
     crowd AS (SELECT count(*)::int AS size FROM r WHERE r.crowd),
     held AS (SELECT r.person_id, r.effective_order, x.ord, x.organization_id
                FROM r CROSS JOIN LATERAL (SELECT x.ord, x.organization_id FROM positions x
                                            WHERE x.person_id = r.person_id AND x.organization_id IS NOT NULL OFFSET 0) x
               WHERE r.crowd AND (SELECT size FROM crowd) > $3),
     first AS (SELECT organization_id, min(ARRAY[effective_order, ord]) AS at FROM held GROUP BY organization_id)
SELECT a.*, c.*
  FROM (SELECT r.id, r.person_id, r.role, r.side, r.status, r.protocol_order, r.person_rank, r.on_behalf_of_id,
               r.effective_order, p.name, p.family_name, p.protocol_rank, p.positions
          FROM r CROSS JOIN crowd
               CROSS JOIN LATERAL (SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = r.person_id OFFSET 0) p
         WHERE NOT r.unused AND (NOT r.crowd OR crowd.size <= $3)) a
       FULL JOIN
       (SELECT crowd.size AS crowd_count,
               (SELECT count(*) FROM (SELECT DISTINCT person_id FROM held) d)::int AS crowd_with_organization,
               (SELECT json_agg(json_build_array(organization_id, at[1], at[2]) ORDER BY at) FROM first) AS crowd_organizations
          FROM crowd WHERE crowd.size > $3) c ON false
 ORDER BY a.effective_order NULLS FIRST`;

/** The largest int4: a crowd is never larger. */
const INT_MAX = 2 ** 31 - 1;

/** An organization as a position states it. */
type PositionOrg = NonNullable<SnapshotPerson['positions'][number]['organization']>;

/** The columns of `events` the writeup reads. */
interface EventRow {
  id: string;
  title: Text;
  kind: string;
  status: EventSnapshot['status'];
  starts_at: Date;
  ends_at: Date | null;
  time_zone: string;
  venue: Text | null;
  city: Text | null;
  theme: Text | null;
  parent_event_id: string | null;
  sectors: string[] | null;
  facts: Text[] | null;
  signing_totals: NonNullable<EventSnapshot['signingTotals']> | null;
  sides: { code: string; name: Text }[] | null;
}

/**
 * Everyone the writeup can name, each with their positions and protocol rank: the attendees read in full and `named`,
 * the people the event's other records name (signatories, witnesses, performers), of whom only those not attending
 * are read here (usually none); and the crowd's figures when it was left out of the attendees. The organizations of
 * the positions and the crowd are read once each (a few hundred for thousands of attendees).
 */
async function loadPeople(
  em: EntityManager,
  attendees: AttendeeRow[],
  figures: CrowdRow | undefined,
  named: string[],
): Promise<{ people: Map<string, SnapshotPerson>; rankOf: Map<string, number>; crowd: EventSnapshot['crowd'] }> {
  const attending = new Set(attendees.map((a) => a.person_id));
  const away = [...new Set(named)].filter((id) => !attending.has(id));
  const others: (PersonColumns & { id: string })[] = away.length
    ? await em.query(`SELECT p.id, ${PERSON_COLUMNS} FROM people p WHERE p.id = ANY($1::uuid[])`, [away])
    : [];
  const held = figures?.crowd_organizations ?? [];
  const orgIds = new Set(held.map(([id]) => id));
  for (const r of [...attendees, ...others]) for (const [, id] of r.positions ?? []) if (id) orgIds.add(id);
  const orgRows: { id: string; kind: string; name: Text; short_name: Text | null }[] = orgIds.size
    ? await em.query('SELECT id, kind, name, short_name FROM organizations WHERE id = ANY($1::uuid[])', [[...orgIds]])
    : [];
  const orgs = new Map<string, PositionOrg>(orgRows.map((o) => [o.id, { id: o.id, kind: o.kind, name: o.name, shortName: o.short_name }]));
  const people = new Map<string, SnapshotPerson>();
  const rankOf = new Map<string, number>();
  // each person once: a person attends an event once, and `others` are those not attending
  const add = (id: string, r: PersonColumns) => {
    const positions = (r.positions ?? []).map(([title, orgId]) => ({ title, organization: (orgId && orgs.get(orgId)) || null }));
    people.set(id, { id, name: r.name, familyName: r.family_name ?? null, positions });
    rankOf.set(id, r.protocol_rank);
  };
  for (const a of attendees) add(a.person_id, a);
  for (const o of others) add(o.id, o);
  const crowd = figures
    ? {
        count: figures.crowd_count,
        withOrganization: figures.crowd_with_organization,
        organizations: held.flatMap(([id, order, position]) => {
          const organization = orgs.get(id);
          return organization ? [{ organization, order, position }] : [];
        }),
      }
    : null;
  return { people, rankOf, crowd };
}

/**
 * Reads everything a writeup states about one event, inside the caller's workspace transaction.
 * People come in protocol order (the register's one ordering rule). Absent attendees are not listed as
 * present, but a speech recorded for one is still stated.
 */
@Injectable()
export class EventSnapshotLoader {
  /** snapshots read in one transaction for read-only work (the outputs list composes several outputs of one event) */
  private readonly shared = new WeakMap<EntityManager, Map<string, Promise<EventSnapshot>>>();

  /**
   * The snapshot, read once per transaction: for callers that only read (fingerprints of the writeup and the script
   * in every language, in the one transaction of the outputs list). A transaction that writes uses `load`.
   */
  loadShared(em: EntityManager, actor: Actor, eventId: string): Promise<EventSnapshot> {
    const byEvent = this.shared.get(em) ?? new Map<string, Promise<EventSnapshot>>();
    this.shared.set(em, byEvent);
    let snapshot = byEvent.get(eventId);
    if (!snapshot) {
      snapshot = this.load(em, actor, eventId);
      byEvent.set(eventId, snapshot);
    }
    return snapshot;
  }

  /**
   * The snapshot. The participants that can only be stated as a number are read as the crowd's figures when there are
   * more of them than the writeup names; `everyone` reads them in full whatever their number (the same writeup, slower).
   */
  async load(em: EntityManager, _actor: Actor, eventId: string, { everyone: inFull = false } = {}): Promise<EventSnapshot> {
    // no JIT for the rest of the transaction: the crowd's statement over a big event costs enough to be compiled, which
    // takes longer than running it (the transaction's other statements are reads and writes of a few rows)
    await em.query(`SELECT set_config('jit', 'off', true)`);
    const [event]: (EventRow | undefined)[] = await em.query('SELECT * FROM events WHERE id = $1', [eventId]);
    if (!event) throw AppException.notFound('Event', eventId);

    const orgRows: (Org & { id: string; short_name: Org['shortName'] })[] = await em.query(
      `SELECT id, kind, region, name, short_name FROM organizations
        WHERE id IN (SELECT organization_id FROM event_organizations WHERE event_id = $1
                     UNION SELECT organization_id FROM agenda_items WHERE event_id = $1 AND organization_id IS NOT NULL
                     UNION SELECT mp.organization_id FROM mou_parties mp JOIN mous m ON m.id = mp.mou_id WHERE m.event_id = $1
                     UNION SELECT unnest(party_ids) FROM signed_projects WHERE event_id = $1)`,
      [eventId],
    );
    const orgs = new Map<string, Org>(
      orgRows.map((o) => [o.id, { id: o.id, kind: o.kind, region: o.region, name: o.name, shortName: o.short_name }]),
    );
    const org = (id: string | null): Org | null => (id ? (orgs.get(id) ?? null) : null);

    const hosts: { organization_id: string; role: string }[] = await em.query(
      'SELECT organization_id, role FROM event_organizations WHERE event_id = $1 ORDER BY ord, created_at',
      [eventId],
    );
    const [parent]: { id: string; title: Org['name']; kind: string }[] = event.parent_event_id
      ? await em.query('SELECT id, title, kind FROM events WHERE id = $1', [event.parent_event_id])
      : [];
    const speeches: {
      id: string;
      kind: string;
      attendance_id: string;
      agenda_item_id: string | null;
      key_points: [];
      action_key_points: number[];
      quotes: [];
      language: string | null;
    }[] = await em.query(
      `SELECT s.* FROM speeches s JOIN attendances r ON r.id = s.attendance_id WHERE s.event_id = $1 ORDER BY ${SPEAKING_ORDER}`,
      [eventId],
    );
    const mous: {
      id: string;
      title: Org['name'];
      document_type: string;
      sectors: string[];
      purpose: Org['name'] | null;
      signed_on: string | null;
      status: string;
      witness_ids: string[];
    }[] = await em.query('SELECT * FROM mous WHERE event_id = $1 ORDER BY ord, created_at', [eventId]);
    const parties: { mou_id: string; organization_id: string; signatory_id: string | null }[] = await em.query(
      'SELECT mp.* FROM mou_parties mp JOIN mous m ON m.id = mp.mou_id WHERE m.event_id = $1 ORDER BY mp.ord',
      [eventId],
    );
    const projects: {
      id: string;
      title: Org['name'];
      sector: string | null;
      amount: string | null;
      currency: string | null;
      party_ids: string[];
    }[] = await em.query('SELECT * FROM signed_projects WHERE event_id = $1 ORDER BY ord, created_at', [eventId]);
    const agenda: {
      id: string;
      kind: string;
      ord: number;
      title: Org['name'] | null;
      subject: Org['name'] | null;
      summary: Org['name'] | null;
      organization_id: string | null;
      performer_ids: string[];
    }[] = await em.query('SELECT * FROM agenda_items WHERE event_id = $1 ORDER BY ord, created_at', [eventId]);
    const groups: { id: string; category: Org['name']; count: number | null; qualifier: string; unit: string }[] = await em.query(
      'SELECT * FROM participant_groups WHERE event_id = $1 ORDER BY ord, created_at',
      [eventId],
    );

    const delegations: { id: string; side: string | null; name: Text | null; head_attendance_id: string | null; size: number | null }[] =
      await em.query('SELECT id, side, name, head_attendance_id, size FROM delegations WHERE event_id = $1 ORDER BY ord, created_at', [
        eventId,
      ]);
    const sideName = (code: string | null) => (event.sides ?? []).find((s) => s.code === code)?.name ?? null;

    // (without nulls: one in the list would leave every attendance neither named nor not)
    const named = [
      ...parties.flatMap((p) => (p.signatory_id ? [p.signatory_id] : [])),
      ...mous.flatMap((m) => m.witness_ids),
      ...agenda.flatMap((i) => i.performer_ids),
    ].filter(Boolean);
    const rows: (AttendeeRow | CrowdRow)[] = await em.query(ATTENDEES, [eventId, named, inFull ? INT_MAX : NAMED_PARTICIPANTS]);
    // the crowd's figures come first, when it was left out
    const figures = (rows[0] as Partial<CrowdRow> | undefined)?.crowd_count != null ? (rows.shift() as CrowdRow) : undefined;
    const everyone = rows as AttendeeRow[];
    const attendees = everyone.filter((a) => a.status !== 'absent');
    const { people, rankOf, crowd } = await loadPeople(em, everyone, figures, named);
    const person = (id: string) => people.get(id)!;
    const attendeeById = new Map(everyone.map((a) => [a.id, a]));
    // witnesses in protocol order: their place at the event, else after everyone present by rank
    const orderAtEvent = new Map(attendees.map((a) => [a.person_id, a.effective_order]));
    const witnessRank = (id: string) => orderAtEvent.get(id) ?? 1_000_000 + (rankOf.get(id) ?? 1000);
    const byRole = (role: string) => hosts.filter((h) => h.role === role).map((h) => org(h.organization_id)!);

    return {
      id: event.id,
      title: event.title,
      kind: event.kind,
      status: event.status,
      startsAt: new Date(event.starts_at).toISOString(),
      endsAt: event.ends_at ? new Date(event.ends_at).toISOString() : null,
      timeZone: event.time_zone,
      venue: event.venue,
      city: event.city,
      theme: event.theme,
      hosts: byRole('host'),
      coHosts: byRole('co_host'),
      organizers: byRole('organizer'),
      supportingOrganizers: byRole('supporting_organizer'),
      parent: parent ? { id: parent.id, title: parent.title, kind: parent.kind } : null,
      sectors: event.sectors ?? [],
      facts: event.facts ?? [],
      signingTotals: event.signing_totals ?? [],
      attendees: attendees.map((a) => ({
        id: a.id,
        person: person(a.person_id),
        role: a.role as never,
        side: a.side,
        order: a.effective_order,
        status: a.status as never,
        protocolOrder: a.protocol_order,
        rank: a.person_rank,
        ...(a.on_behalf_of_id && attendeeById.has(a.on_behalf_of_id)
          ? { onBehalfOf: person(attendeeById.get(a.on_behalf_of_id)!.person_id) }
          : {}),
      })),
      // only when left out, so that the snapshot of an event without one is as it always was
      ...(crowd && { crowd }),
      agenda: agenda.map((i) => ({
        id: i.id,
        kind: i.kind as never,
        order: i.ord,
        title: i.title,
        subject: i.subject,
        summary: i.summary,
        organization: org(i.organization_id),
        performers: i.performer_ids.map(person).filter(Boolean),
      })),
      speeches: speeches.map((s) => ({
        id: s.id,
        kind: s.kind as never,
        attendeeId: s.attendance_id,
        speaker: person(attendeeById.get(s.attendance_id)!.person_id),
        keyPoints: s.key_points,
        actionKeyPoints: s.action_key_points,
        quotes: s.quotes,
        language: s.language as never,
        agendaItemId: s.agenda_item_id,
      })),
      mous: mous.map((m) => ({
        id: m.id,
        title: m.title,
        documentType: m.document_type,
        sectors: m.sectors,
        purpose: m.purpose,
        signedOn: m.signed_on,
        status: m.status,
        parties: parties
          .filter((p) => p.mou_id === m.id)
          .map((p) => ({ organization: org(p.organization_id)!, signatory: p.signatory_id ? person(p.signatory_id) : null })),
        witnesses: m.witness_ids
          .map(person)
          .filter(Boolean)
          .sort((a, b) => witnessRank(a.id) - witnessRank(b.id)),
      })),
      projects: projects.map((p) => ({
        id: p.id,
        title: p.title,
        sector: p.sector,
        amount: p.amount,
        currency: p.currency,
        parties: p.party_ids.map((id) => org(id)).filter((o): o is Org => !!o),
      })),
      participantGroups: groups.map((g) => ({
        id: g.id,
        category: g.category,
        count: g.count,
        qualifier: g.qualifier as never,
        unit: g.unit as never,
      })),
      delegations: delegations.map((d) => {
        const head = d.head_attendance_id ? attendeeById.get(d.head_attendance_id) : undefined;
        return {
          id: d.id,
          name: d.name,
          sideName: sideName(d.side),
          head: head ? person(head.person_id) : null,
          headAttendeeId: d.head_attendance_id,
          size: d.size,
        };
      }),
    };
  }
}
