import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppException,
  TenantDb,
  cursorTimestampSql,
  decodeCursor,
  encodeCursor,
  pageWindow,
  rowsOf,
  toCursorPage,
  type Actor,
  type Page,
  type Statement,
} from '@app/core';
import { assertSide, requireWritableEvent } from '../common/event-writes.js';
import { assertReferences, assertFound, findOr404 } from '../common/references.js';
import { Event } from '../events/event.entity.js';
import { Person } from '../people/person.entity.js';
import type { PersonDto } from '../people/dto/person.dto.js';
import { PERSON_SELECT, PeopleService } from '../people/people.service.js';
import { attendanceFilterClauses, protocolKey, protocolOrderBy } from '../protocol/protocol-order.js';
import { Attendance } from './attendance.entity.js';
import { assertCheckInAllowed, checkInRefusalSql, recordedCheckInTime, type CheckInRefusal } from './check-in-time.js';
import { countsOf, eventCounts, eventCountsStatement, type EventCountsRow } from './event-counts.js';
import { ReplacementListeners } from './replacement-listeners.js';
import type {
  AttendanceDto,
  AttendanceQueryDto,
  AttendanceSummaryDto,
  BulkCheckInItemDto,
  CheckInDto,
  CheckInResultDto,
  CreateAttendanceDto,
  ReplaceAttendeeDto,
  ReplacementResultDto,
  UndoCheckInResultDto,
  UpdateAttendanceDto,
} from './dto/attendance.dto.js';

interface AttendanceRow {
  id: string;
  event_id: string;
  person_id: string;
  role: Attendance['role'];
  side: string | null;
  protocol_order: number | null;
  status: Attendance['status'];
  checked_in_at: Date | null;
  created_at: Date;
  order_key: number;
  person_rank: number;
  /** created_at as a cursor holds it (microseconds) */
  created_key: string;
  on_behalf_of_id: string | null;
  principal_person_id: string | null;
  principal_name: Record<string, string> | null;
  deputy_id: string | null;
}

const ROW_COLUMNS = `a.id, a.event_id, a.person_id, a.role, a.side, a.protocol_order, a.status, a.checked_in_at, a.created_at,
  a.order_key, a.person_rank, ${cursorTimestampSql('a.created_at')} AS created_key, a.on_behalf_of_id,
  (SELECT pa.person_id FROM attendances pa WHERE pa.id = a.on_behalf_of_id) AS principal_person_id,
  (SELECT pp.name FROM attendances pa JOIN people pp ON pp.id = pa.person_id WHERE pa.id = a.on_behalf_of_id) AS principal_name,
  (SELECT d.id FROM attendances d WHERE d.on_behalf_of_id = a.id) AS deputy_id`;

/** An attendee list cursor: the protocol sort key of the page's last attendee, then its effective order. */
const CURSOR_LIST = 'attendees';
const CURSOR_PARTS = ['int', 'int', 'timestamp', 'uuid', 'int'] as const;

type AttendanceFilter = Partial<AttendanceQueryDto> & { ids?: string[] };

@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleService,
    private readonly listeners: ReplacementListeners,
  ) {}

  add(actor: Actor, eventId: string, dto: CreateAttendanceDto): Promise<AttendanceDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const [id] = await this.addIn(em, actor, eventId, [dto]);
      return this.getIn(em, eventId, id);
    });
  }

  /** Adds every attendee or none. */
  addMany(actor: Actor, eventId: string, items: CreateAttendanceDto[]): Promise<AttendanceDto[]> {
    return this.db.run(actor.workspaceId, async (em) => {
      const ids = await this.addIn(em, actor, eventId, items);
      return (await this.rows(em, eventId, { ids })).items;
    });
  }

  /** Inserts attendances inside an open transaction after checking event, people, sides and duplicates. */
  async addIn(em: EntityManager, actor: Actor, eventId: string, items: CreateAttendanceDto[]): Promise<string[]> {
    const event = await requireWritableEvent(em, eventId);
    const personIds = items.map((i) => i.personId);
    const dupes = personIds.filter((id, i) => personIds.indexOf(id) !== i);
    if (dupes.length)
      throw new AppException('VALIDATION_FAILED', `Person listed twice: ${[...new Set(dupes)].join(', ')}`, [
        { field: 'items', messages: ['each person once'] },
      ]);
    await assertReferences(em, Person, personIds, 'Person');
    items.forEach((item) => assertSide(event, item.side));
    const existing: { person_id: string }[] = await em.query(
      'SELECT person_id FROM attendances WHERE event_id = $1 AND person_id = ANY($2)',
      [eventId, personIds],
    );
    if (existing.length) {
      throw new AppException('ALREADY_EXISTS', 'Already attending this event', { personIds: existing.map((e) => e.person_id) });
    }
    const checkedInAt = await recordedCheckInTime(em, event);
    const result = await em.getRepository(Attendance).insert(
      items.map((item) => ({
        workspaceId: actor.workspaceId,
        eventId,
        personId: item.personId,
        role: item.role,
        side: item.side ?? null,
        protocolOrder: item.protocolOrder ?? null,
        status: item.status ?? 'registered',
        checkedInAt: item.status === 'checked_in' ? checkedInAt : null,
      })),
    );
    return result.identifiers.map((i) => i.id as string);
  }

  /**
   * A page of the event's attendees. Without a filter (the common case: the list, page after page) the
   * page, its people and the total from the event's counters are read in one round trip.
   */
  async list(actor: Actor, eventId: string, query: AttendanceQueryDto): Promise<Page<AttendanceDto>> {
    const window = pageWindow(query);
    const page = pageStatement(eventId, query, window);
    if (page.filtered) {
      return this.db.run(actor.workspaceId, async (em) => {
        await assertFound(em, Event, eventId, 'Event');
        const { items, nextCursor } = await this.rows(em, eventId, query, window);
        return toCursorPage(items, await this.total(em, eventId, query), query, nextCursor);
      });
    }
    const [event, found, people, [counts]] = await this.db.batch(actor.workspaceId, [
      eventExists(eventId),
      page.statement,
      page.people,
      eventCountsStatement(eventId),
    ]);
    if (!event.length) throw AppException.notFound('Event', eventId);
    const { items, nextCursor } = assemble(found as AttendanceRow[], people as PersonDto[], page, window);
    return toCursorPage(items, (counts as EventCountsRow).total, query, nextCursor);
  }

  get(actor: Actor, eventId: string, id: string): Promise<AttendanceDto> {
    return this.db.run(actor.workspaceId, (em) => this.getIn(em, eventId, id));
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateAttendanceDto): Promise<AttendanceDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      // locked: two changes of one attendee at once (a role and a side picked in quick succession) both land,
      // instead of the later one writing back the value the earlier one replaced
      const attendance = await em.getRepository(Attendance).findOne({ where: { id, eventId }, lock: { mode: 'pessimistic_write' } });
      if (!attendance) throw AppException.notFound('Attendee', id);
      if (dto.side !== undefined) assertSide(event, dto.side);
      if (dto.role !== undefined) attendance.role = dto.role;
      if (dto.side !== undefined) attendance.side = dto.side ?? null;
      if (dto.protocolOrder !== undefined) attendance.protocolOrder = dto.protocolOrder ?? null;
      if (dto.status !== undefined && dto.status !== attendance.status) {
        attendance.status = dto.status;
        attendance.checkedInAt = dto.status === 'checked_in' ? (attendance.checkedInAt ?? (await recordedCheckInTime(em, event))) : null;
      }
      await em.getRepository(Attendance).save(attendance);
      return this.getIn(em, eventId, id);
    });
  }

  /** Refused while a speech is recorded for the attendee. */
  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await findOr404(em, Attendance, { id, eventId }, 'Attendee');
      const [{ speeches }] = await em.query<{ speeches: number }[]>(
        'SELECT count(*)::int AS speeches FROM speeches WHERE attendance_id = $1',
        [id],
      );
      if (speeches > 0) throw AppException.inUse('Attendee', { speeches });
      await em.getRepository(Attendance).delete({ id });
    });
  }

  /**
   * 代理出席: a deputy attends in the principal's place, in one transaction. The principal is marked absent (and
   * loses any check-in); the deputy is added with the principal's role, side and place in protocol order (the same
   * override, rank and time of recording, so every list, report, writeup and script puts the deputy where the principal
   * was) and a link to the principal; what the principal was to do at the event passes to the deputy: recorded speeches,
   * agenda items performed, signatures, witnessing, the head of a delegation and, by the registered
   * `ReplacementListeners`, the principal's seats. Every row written is audited.
   */
  replace(actor: Actor, eventId: string, id: string, dto: ReplaceAttendeeDto): Promise<ReplacementResultDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const principal = await em.getRepository(Attendance).findOne({ where: { id, eventId }, lock: { mode: 'pessimistic_write' } });
      if (!principal) throw AppException.notFound('Attendee', id);
      if (principal.onBehalfOfId) {
        throw new AppException('INVALID_STATE_TRANSITION', 'This attendee is already a deputy; replace the principal instead', {
          principalId: principal.onBehalfOfId,
        });
      }
      const [existing] = await em.query<{ id: string }[]>('SELECT id FROM attendances WHERE on_behalf_of_id = $1', [id]);
      if (existing) throw new AppException('INVALID_STATE_TRANSITION', 'This attendee already has a deputy', { deputyId: existing.id });
      if (dto.personId === principal.personId) {
        throw new AppException('VALIDATION_FAILED', 'A deputy is someone else', [
          { field: 'personId', messages: ['must be another person'] },
        ]);
      }
      await assertReferences(em, Person, [dto.personId], 'Person');
      const [attending] = await em.query<{ id: string }[]>('SELECT id FROM attendances WHERE event_id = $1 AND person_id = $2', [
        eventId,
        dto.personId,
      ]);
      if (attending) throw new AppException('ALREADY_EXISTS', 'The deputy already attends this event', { attendeeId: attending.id });

      // the principal first: undoing a check-in locks the event's counter slots in order before this writer's own
      await em.query(`UPDATE attendances SET status = 'absent', checked_in_at = NULL, updated_at = now() WHERE id = $1`, [id]);
      const [{ id: deputyId }] = await em.query<{ id: string }[]>(
        `INSERT INTO attendances (workspace_id, event_id, person_id, role, side, protocol_order, status, on_behalf_of_id, created_at)
         SELECT workspace_id, event_id, $2, role, side, protocol_order, 'registered', id, created_at FROM attendances WHERE id = $1
         RETURNING id`,
        [id, dto.personId],
      );
      const count = (result: unknown) => (Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0);
      const moved = {
        speeches: count(await em.query('UPDATE speeches SET attendance_id = $2 WHERE attendance_id = $1', [id, deputyId])),
        agendaItems: count(
          await em.query(
            `UPDATE agenda_items SET performer_ids = array_replace(performer_ids, $2::uuid, $3::uuid)
              WHERE event_id = $1 AND $2::uuid = ANY(performer_ids)`,
            [eventId, principal.personId, dto.personId],
          ),
        ),
        signatures: count(
          await em.query(
            `UPDATE mou_parties mp SET signatory_id = $3 FROM mous m
              WHERE m.id = mp.mou_id AND m.event_id = $1 AND mp.signatory_id = $2`,
            [eventId, principal.personId, dto.personId],
          ),
        ),
        witnessed: count(
          await em.query(
            `UPDATE mous SET witness_ids = array_replace(witness_ids, $2::uuid, $3::uuid)
              WHERE event_id = $1 AND $2::uuid = ANY(witness_ids)`,
            [eventId, principal.personId, dto.personId],
          ),
        ),
        delegations: count(await em.query('UPDATE delegations SET head_attendance_id = $2 WHERE head_attendance_id = $1', [id, deputyId])),
      };
      await this.listeners.notify(em, eventId, id, deputyId);
      return { principal: await this.getIn(em, eventId, id), deputy: await this.getIn(em, eventId, deputyId), moved };
    });
  }

  /**
   * Checks an attendee in. One conditional UPDATE: under concurrent calls exactly one sets the time,
   * the others see it already set and report the first check-in. While the event is on, the time is
   * the call's unless given; once it is over the organizer must say when the attendee arrived, so a
   * past event's records never show a check-in dated the day it was typed in (checkInRefusalSql).
   */
  async checkIn(actor: Actor, eventId: string, id: string, dto: CheckInDto = {}): Promise<CheckInResultDto> {
    const given = dto.checkedInAt === undefined ? null : new Date(dto.checkedInAt).toISOString();
    // one round trip with the transaction's start and commit: the event share-locked (it cannot be cancelled
    // meanwhile) and its rules decided, the attendee checked in when they allow it, the attendee and the
    // person read back for the answer; a refusal writes nothing. Check-ins that desks send at the same time
    // share a transaction (a commit each would cost more than the check-in itself)
    const [[checked], [row], [person]] = await this.db.groupedBatch(actor.workspaceId, [
      {
        sql: `WITH ev AS (SELECT ${checkInRefusalSql('e', '$3::timestamptz')} AS refusal FROM events e WHERE e.id = $2 FOR SHARE),
                   up AS (UPDATE attendances a SET status = 'checked_in', checked_in_at = coalesce($3::timestamptz, now()), updated_at = now()
                           WHERE id = $1 AND event_id = $2 AND checked_in_at IS NULL AND EXISTS (SELECT 1 FROM ev WHERE ev.refusal IS NULL)
                           RETURNING a.id)
              SELECT ev.refusal, up.id IS NOT NULL AS checked_in_now FROM ev LEFT JOIN up ON true`,
        params: [id, eventId, given],
        name: 'check_in',
      },
      { sql: `SELECT ${ROW_COLUMNS} FROM attendances a WHERE a.id = $1 AND a.event_id = $2`, params: [id, eventId], name: 'check_in_row' },
      {
        sql: `${PERSON_SELECT} WHERE p.id = (SELECT person_id FROM attendances WHERE id = $1 AND event_id = $2)`,
        params: [id, eventId],
        name: 'check_in_person',
      },
    ]);
    const outcome = checked as { refusal: CheckInRefusal | null; checked_in_now: boolean } | undefined;
    if (!outcome) throw AppException.notFound('Event', eventId);
    assertCheckInAllowed(outcome.refusal);
    if (!row) throw AppException.notFound('Attendee', id);
    return { ...withoutOrder(row as AttendanceRow, person as PersonDto), checkedInNow: outcome.checked_in_now };
  }

  /**
   * Checks many attendees in at the times they arrived, all or nothing (e.g. the paper sign-in sheet of an
   * event that is over). Each time is validated as for one check-in; an attendee already checked in keeps
   * the first time.
   */
  checkInMany(actor: Actor, eventId: string, items: BulkCheckInItemDto[]): Promise<CheckInResultDto[]> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const ids = items.map((i) => i.attendeeId);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dupes.length) {
        throw new AppException('VALIDATION_FAILED', `Attendee listed twice: ${[...new Set(dupes)].join(', ')}`, [
          { field: 'items', messages: ['each attendee once'] },
        ]);
      }
      const times = items.map((item) => (item.checkedInAt === undefined ? null : new Date(item.checkedInAt).toISOString()));
      const [refused] = await em.query<{ i: number; refusal: CheckInRefusal }[]>(
        `SELECT t.i::int - 1 AS i, r.refusal
           FROM events e CROSS JOIN unnest($2::timestamptz[]) WITH ORDINALITY AS t(at, i)
                CROSS JOIN LATERAL (SELECT ${checkInRefusalSql('e', 't.at')} AS refusal) r
          WHERE e.id = $1 AND r.refusal IS NOT NULL
          ORDER BY t.i LIMIT 1`,
        [eventId, times],
      );
      if (refused) assertCheckInAllowed(refused.refusal, `items.${refused.i}.checkedInAt`);
      const found: { id: string }[] = await em.query('SELECT id FROM attendances WHERE event_id = $1 AND id = ANY($2)', [eventId, ids]);
      const missing = ids.filter((id) => !found.some((f) => f.id === id));
      if (missing.length) throw AppException.notFound('Attendee', missing[0]);
      const updated: { id: string }[] = await em.query(
        `UPDATE attendances a SET status = 'checked_in', checked_in_at = coalesce(t.at, now()), updated_at = now()
           FROM unnest($2::uuid[], $3::timestamptz[]) AS t(id, at)
          WHERE a.id = t.id AND a.event_id = $1 AND a.checked_in_at IS NULL
          RETURNING a.id`,
        [eventId, ids, times],
      );
      const now = new Set(updated.map((u) => u.id));
      const { items: rows } = await this.rows(em, eventId, { ids });
      return rows.map((row) => ({ ...row, checkedInNow: now.has(row.id) }));
    });
  }

  /** Undoes a check-in (a tap on the wrong name): back to registered, no time. Idempotent. */
  undoCheckIn(actor: Actor, eventId: string, id: string): Promise<UndoCheckInResultDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const updated: unknown = await em.query(
        `UPDATE attendances a SET status = 'registered', checked_in_at = NULL, updated_at = now()
          WHERE id = $1 AND event_id = $2 AND status = 'checked_in'
          RETURNING ${ROW_COLUMNS}`,
        [id, eventId],
      );
      const [row] = rowsOf<AttendanceRow>(updated);
      return { ...(await this.oneIn(em, eventId, id, row)), undoneNow: !!row };
    });
  }

  /**
   * Counts by status for the check-in desk, with the latest check-in: the event's counters (kept by the database on
   * every write to attendances), so the cost does not grow with the event.
   */
  async summary(actor: Actor, eventId: string): Promise<AttendanceSummaryDto> {
    // one round trip (shared with the other desks' at the same time): the check-in desk asks this after every tap
    const [event, [counts]] = await this.db.groupedBatch(actor.workspaceId, [eventExists(eventId), eventCountsStatement(eventId)]);
    if (!event.length) throw AppException.notFound('Event', eventId);
    const row = counts as EventCountsRow;
    return { ...countsOf(row), lastCheckInAt: row.last_check_in_at };
  }

  private async getIn(em: EntityManager, eventId: string, id: string): Promise<AttendanceDto> {
    const { items } = await this.rows(em, eventId, { ids: [id] });
    if (!items[0]) throw AppException.notFound('Attendee', id);
    return items[0];
  }

  /** One attendee without its effective order (which needs the attendees before it): what undoing a check-in answers. */
  private async oneIn(em: EntityManager, eventId: string, id: string, row?: AttendanceRow): Promise<Omit<AttendanceDto, 'effectiveOrder'>> {
    const [found] = row
      ? [row]
      : await em.query<AttendanceRow[]>(`SELECT ${ROW_COLUMNS} FROM attendances a WHERE a.id = $1 AND a.event_id = $2`, [id, eventId]);
    if (!found) throw AppException.notFound('Attendee', id);
    const [person] = await this.people.loadMany(em, [found.person_id]);
    return withoutOrder(found, person);
  }

  /** A page of attendees (or the attendees of `ids`) with their people and effective order. */
  private async rows(
    em: EntityManager,
    eventId: string,
    filter: AttendanceFilter,
    window?: { skip: number; take: number },
  ): Promise<{ items: AttendanceDto[]; nextCursor: string | null }> {
    const page = pageStatement(eventId, filter, window);
    const found = await em.query<AttendanceRow[]>(page.statement.sql, page.statement.params);
    const rows = window ? found.slice(0, window.take) : found;
    const orders = page.filtered
      ? await this.effectiveOrders(em, eventId, rows, page.after ? { key: page.after.slice(0, 4), order: page.after[4] } : undefined)
      : undefined;
    const people = await this.people.loadMany(
      em,
      rows.map((r) => r.person_id),
    );
    return assemble(found, people, page, window, orders);
  }

  /**
   * The effective order of some of an event's attendees (in protocol order): the attendees before the
   * first (counted from the cursor's place when there is one, else from the start), then each one's
   * place among all attendees between the first and the last.
   */
  private async effectiveOrders(
    em: EntityManager,
    eventId: string,
    rows: AttendanceRow[],
    after?: { key: unknown[]; order: number },
  ): Promise<Map<string, number>> {
    if (!rows.length) return new Map();
    const [first, last] = [rows[0], rows.at(-1)!];
    const key = (r: AttendanceRow) => [r.order_key, r.person_rank, r.created_key, r.id];
    const params: unknown[] = [eventId, rows.map((r) => r.id), ...key(first), ...key(last), ...(after?.key ?? [])];
    const row = (from: number) => `($${from}::int, $${from + 1}::int, $${from + 2}::timestamptz, $${from + 3}::uuid)`;
    const k = protocolKey('a');
    const found = await em.query<{ id: string; n: number }[]>(
      `SELECT s.id, (s.rn + b.before)::int AS n
         FROM (SELECT a.id, row_number() OVER (ORDER BY ${protocolOrderBy('a')}) AS rn
                 FROM attendances a WHERE a.event_id = $1 AND ${k} >= ${row(3)} AND ${k} <= ${row(7)}) s,
              (SELECT count(*) AS before FROM attendances a
                WHERE a.event_id = $1 AND ${k} < ${row(3)} ${after ? `AND ${k} > ${row(11)}` : ''}) b
        WHERE s.id = ANY($2)`,
      params,
    );
    return new Map(found.map((f) => [f.id, f.n + (after?.order ?? 0)]));
  }

  /**
   * The list's total: from the event's counters without a filter or with a status filter alone,
   * counted (over the filter's matches) otherwise.
   */
  private async total(em: EntityManager, eventId: string, filter: AttendanceFilter): Promise<number> {
    const { status, ...rest } = filter;
    const params: unknown[] = [eventId];
    const clauses = attendanceFilterClauses({ role: rest.role, side: rest.side, q: rest.q }, params, 'a');
    if (!clauses.length) {
      const counts = await eventCounts(em, eventId);
      return status ? counts[STATUS_COUNT[status]] : counts.total;
    }
    if (status) clauses.push(`a.status = $${params.push(status)}`);
    const [{ n }] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM attendances a WHERE a.event_id = $1 AND ${clauses.join(' AND ')}`,
      params,
    );
    return n;
  }
}

interface PageStatement {
  statement: Statement;
  /** the page's people, read by the same page of the index (only the person's id: the rows skipped by an offset cost no more) */
  people: Statement;
  /** the cursor's key and effective order */
  after?: CursorValues;
  filtered: boolean;
}

type CursorValues = [number, number, string, string, number];

/**
 * The statement of one page of attendees in protocol order, read from the sort-key index: after the
 * cursor's key, or at an offset (`page`), filtered; one row more than the page, to tell whether another follows.
 */
function pageStatement(eventId: string, filter: AttendanceFilter, window?: { skip: number; take: number }): PageStatement {
  const params: unknown[] = [eventId];
  const clauses = attendanceFilterClauses(filter, params, 'a');
  const filtered = clauses.length > 0;
  const after = filter.cursor ? (decodeCursor(CURSOR_LIST, filter.cursor, CURSOR_PARTS) as CursorValues) : undefined;
  if (after) {
    params.push(...after.slice(0, 4));
    const n = params.length;
    clauses.push(`${protocolKey('a')} > ($${n - 3}::int, $${n - 2}::int, $${n - 1}::timestamptz, $${n}::uuid)`);
  }
  // an unfiltered page at an offset is read from the nearer end (fromEitherEnd), its bounds written in
  const eitherEnd = !filtered && !after && !!window?.skip;
  let limit = '';
  if (window && !eitherEnd) {
    params.push(window.take + 1);
    limit = `LIMIT $${params.length}`;
    if (!after && window.skip) {
      params.push(window.skip);
      limit += ` OFFSET $${params.length}`;
    }
  }
  const select =
    eitherEnd && window
      ? (columns: string) => fromEitherEnd(columns, window)
      : (columns: string) => `SELECT ${columns} FROM attendances a
                WHERE a.event_id = $1 ${clauses.map((c) => `AND ${c}`).join(' ')}
                ORDER BY ${protocolOrderBy('a')} ${limit}`;
  // the page is picked by id alone, then its columns read: the rows an offset skips cost an index entry
  // each, not the subqueries of the columns
  // (as an array, evaluated once: a semi-join on the two branches of fromEitherEnd cost tens of milliseconds)
  const rows = `SELECT ${ROW_COLUMNS} FROM attendances a WHERE a.id = ANY(ARRAY(${select('a.id')})) ORDER BY ${protocolOrderBy('a')}`;
  return {
    statement: { sql: rows, params },
    people: { sql: `${PERSON_SELECT} WHERE p.id = ANY(ARRAY(${select('a.person_id')}))`, params },
    after,
    filtered,
  };
}

/**
 * The unfiltered page at offset `skip` (and the attendee after it), read from whichever end of the protocol-order
 * index is nearer: past the middle of the event, the page is the one `total - skip - take - 1` entries from the
 * end, read backwards. The event's total comes from its counters, in the statement; each branch runs only when
 * its one-time condition holds. So the last pages cost what the first do, and a page in the middle half of what
 * reading forward to it costs.
 */
function fromEitherEnd(columns: string, { skip, take }: { skip: number; take: number }): string {
  const total = `(SELECT coalesce(sum(c.total), 0) FROM event_attendance_counts c WHERE c.event_id = $1)`;
  const page = (direction: 'ASC' | 'DESC', limitSql: string, offsetSql: string) => `SELECT ${columns} FROM attendances a
                WHERE a.event_id = $1 ORDER BY ${protocolOrderBy('a', direction)} LIMIT ${limitSql} OFFSET ${offsetSql}`;
  return `SELECT * FROM (${page('ASC', String(take + 1), String(skip))}) ahead WHERE ${2 * skip} <= ${total}
          UNION ALL
          SELECT * FROM (${page('DESC', `greatest(0, least(${take + 1}, ${total} - ${skip}))`, `greatest(0, ${total} - ${skip + take + 1})`)}) behind
           WHERE ${2 * skip} > ${total}`;
}

/**
 * The page's attendees with their people; `effectiveOrder` (the place over the whole event): given for a
 * filtered page (counted from the index), else following from the offset or the cursor.
 */
function assemble(
  found: AttendanceRow[],
  people: PersonDto[],
  page: PageStatement,
  window?: { skip: number; take: number },
  orders?: Map<string, number>,
): { items: AttendanceDto[]; nextCursor: string | null } {
  const more = window ? found.length > window.take : false;
  const rows = more ? found.slice(0, window!.take) : found;
  const start = page.after ? page.after[4] : (window?.skip ?? 0);
  const order = orders ?? new Map(rows.map((r, i) => [r.id, start + i + 1]));
  const byId = new Map(people.map((p) => [p.id, p]));
  const items = rows.map((r) => toDto(r, byId.get(r.person_id)!, order.get(r.id)!));
  const last = rows.at(-1);
  const nextCursor =
    more && last ? encodeCursor(CURSOR_LIST, [last.order_key, last.person_rank, last.created_key, last.id, order.get(last.id)!]) : null;
  return { items, nextCursor };
}

/** Whether the event is the workspace's: a row or none, for a batch (like `assertFound`). */
const eventExists = (eventId: string): Statement => ({
  sql: 'SELECT 1 FROM events WHERE id = $1',
  params: [eventId],
  name: 'event_exists',
});

const STATUS_COUNT = { invited: 'invited', registered: 'registered', checked_in: 'checkedIn', absent: 'absent' } as const;

/** One attendee without its effective order (which needs the attendees before it). */
function withoutOrder(r: AttendanceRow, person: PersonDto): Omit<AttendanceDto, 'effectiveOrder'> {
  const { effectiveOrder: _, ...dto } = toDto(r, person, 0);
  return dto;
}

function toDto(r: AttendanceRow, person: PersonDto, effectiveOrder: number): AttendanceDto {
  return {
    id: r.id,
    eventId: r.event_id,
    personId: r.person_id,
    person,
    role: r.role,
    side: r.side,
    protocolOrder: r.protocol_order,
    effectiveOrder,
    status: r.status,
    checkedInAt: r.checked_in_at,
    createdAt: r.created_at,
    onBehalfOf: r.on_behalf_of_id
      ? { attendeeId: r.on_behalf_of_id, personId: r.principal_person_id!, name: r.principal_name ?? {} }
      : null,
    deputyId: r.deputy_id ?? null,
  };
}
