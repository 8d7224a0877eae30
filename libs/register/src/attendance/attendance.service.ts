import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, pageWindow, toPage, type Actor, type Page } from '@app/core';
import { assertSide, requireWritableEvent } from '../common/event-writes.js';
import { assertReferences, findOr404 } from '../common/references.js';
import { Event } from '../events/event.entity.js';
import { Person } from '../people/person.entity.js';
import { PeopleService } from '../people/people.service.js';
import { rankedAttendanceWhere, rankedAttendances } from '../protocol/protocol-order.js';
import { Attendance } from './attendance.entity.js';
import { checkInTime, recordedCheckInTime } from './check-in-time.js';
import type {
  AttendanceDto,
  AttendanceQueryDto,
  AttendanceSummaryDto,
  BulkCheckInItemDto,
  CheckInDto,
  CheckInResultDto,
  CreateAttendanceDto,
  UndoCheckInResultDto,
  UpdateAttendanceDto,
} from './dto/attendance.dto.js';

interface RankedRow {
  id: string;
  event_id: string;
  person_id: string;
  role: Attendance['role'];
  side: string | null;
  protocol_order: number | null;
  status: Attendance['status'];
  checked_in_at: Date | null;
  created_at: Date;
  effective_order: number;
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleService,
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

  list(actor: Actor, eventId: string, query: AttendanceQueryDto): Promise<Page<AttendanceDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await findOr404(em, Event, { id: eventId }, 'Event');
      const { items, total } = await this.rows(em, eventId, query, pageWindow(query));
      return toPage(items, total, query);
    });
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
   * Checks an attendee in. One conditional UPDATE: under concurrent calls exactly one sets the time,
   * the others see it already set and report the first check-in. While the event is on, the time is
   * the call's unless given; once it is over the organizer must say when the attendee arrived, so a
   * past event's records never show a check-in dated the day it was typed in.
   */
  checkIn(actor: Actor, eventId: string, id: string, dto: CheckInDto = {}): Promise<CheckInResultDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const at = await checkInTime(em, event, dto.checkedInAt);
      await findOr404(em, Attendance, { id, eventId }, 'Attendee');
      const updated: unknown = await em.query(
        `UPDATE attendances SET status = 'checked_in', checked_in_at = coalesce($3::timestamptz, now()), updated_at = now()
          WHERE id = $1 AND event_id = $2 AND checked_in_at IS NULL
          RETURNING id`,
        [id, eventId, at?.toISOString() ?? null],
      );
      const attendance = await this.getIn(em, eventId, id);
      return { ...attendance, checkedInNow: rowCount(updated) > 0 };
    });
  }

  /**
   * Checks many attendees in at the times they arrived, all or nothing (e.g. the paper sign-in sheet of an
   * event that is over). Each time is validated as for one check-in; an attendee already checked in keeps
   * the first time.
   */
  checkInMany(actor: Actor, eventId: string, items: BulkCheckInItemDto[]): Promise<CheckInResultDto[]> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const ids = items.map((i) => i.attendeeId);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dupes.length) {
        throw new AppException('VALIDATION_FAILED', `Attendee listed twice: ${[...new Set(dupes)].join(', ')}`, [
          { field: 'items', messages: ['each attendee once'] },
        ]);
      }
      const times: (Date | null)[] = [];
      for (const [i, item] of items.entries()) {
        times.push(
          await checkInTime(em, event, item.checkedInAt).catch((err: unknown) => {
            if (err instanceof AppException) {
              throw new AppException('VALIDATION_FAILED', err.message, [{ field: `items.${i}.checkedInAt`, messages: [err.message] }]);
            }
            throw err;
          }),
        );
      }
      const found: { id: string }[] = await em.query('SELECT id FROM attendances WHERE event_id = $1 AND id = ANY($2)', [eventId, ids]);
      const missing = ids.filter((id) => !found.some((f) => f.id === id));
      if (missing.length) throw AppException.notFound('Attendee', missing[0]);
      const updated: { id: string }[] = await em.query(
        `UPDATE attendances a SET status = 'checked_in', checked_in_at = coalesce(t.at, now()), updated_at = now()
           FROM unnest($2::uuid[], $3::timestamptz[]) AS t(id, at)
          WHERE a.id = t.id AND a.event_id = $1 AND a.checked_in_at IS NULL
          RETURNING a.id`,
        [eventId, ids, times.map((t) => t?.toISOString() ?? null)],
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
      await findOr404(em, Attendance, { id, eventId }, 'Attendee');
      const updated: unknown = await em.query(
        `UPDATE attendances SET status = 'registered', checked_in_at = NULL, updated_at = now()
          WHERE id = $1 AND event_id = $2 AND status = 'checked_in'
          RETURNING id`,
        [id, eventId],
      );
      const attendance = await this.getIn(em, eventId, id);
      return { ...attendance, undoneNow: rowCount(updated) > 0 };
    });
  }

  /** Counts by status for the check-in desk: one aggregate over the event's attendances. */
  summary(actor: Actor, eventId: string): Promise<AttendanceSummaryDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await findOr404(em, Event, { id: eventId }, 'Event');
      const [row]: {
        total: number;
        invited: number;
        registered: number;
        checked_in: number;
        absent: number;
        last_check_in_at: Date | null;
      }[] = await em.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE status = 'invited')::int AS invited,
                count(*) FILTER (WHERE status = 'registered')::int AS registered,
                count(*) FILTER (WHERE status = 'checked_in')::int AS checked_in,
                count(*) FILTER (WHERE status = 'absent')::int AS absent,
                max(checked_in_at) AS last_check_in_at
           FROM attendances WHERE event_id = $1`,
        [eventId],
      );
      return {
        total: row.total,
        invited: row.invited,
        registered: row.registered,
        checkedIn: row.checked_in,
        absent: row.absent,
        lastCheckInAt: row.last_check_in_at,
      };
    });
  }

  private async getIn(em: EntityManager, eventId: string, id: string): Promise<AttendanceDto> {
    const { items } = await this.rows(em, eventId, { ids: [id] });
    if (!items[0]) throw AppException.notFound('Attendee', id);
    return items[0];
  }

  /** Attendees in protocol order with their effective order, filtered after ranking. */
  private async rows(
    em: EntityManager,
    eventId: string,
    filter: Partial<AttendanceQueryDto> & { ids?: string[] },
    window?: { skip: number; take: number },
  ): Promise<{ items: AttendanceDto[]; total: number }> {
    const params: unknown[] = [eventId];
    const whereSql = rankedAttendanceWhere(filter, params);
    const countParams = [...params];
    let limit = '';
    if (window) {
      params.push(window.take, window.skip);
      limit = `LIMIT $${params.length - 1} OFFSET $${params.length}`;
    }
    const rows: (RankedRow & { total: number })[] = await em.query(
      `SELECT r.*, count(*) OVER ()::int AS total FROM (${rankedAttendances('$1')}) r ${whereSql} ORDER BY r.effective_order ${limit}`,
      params,
    );
    const people = new Map(
      (
        await this.people.loadMany(
          em,
          rows.map((r) => r.person_id),
        )
      ).map((p) => [p.id, p]),
    );
    const items = rows.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      personId: r.person_id,
      person: people.get(r.person_id)!,
      role: r.role,
      side: r.side,
      protocolOrder: r.protocol_order,
      effectiveOrder: r.effective_order,
      status: r.status,
      checkedInAt: r.checked_in_at,
      createdAt: r.created_at,
    }));
    return { items, total: rows[0]?.total ?? (window ? await this.count(em, whereSql, countParams) : 0) };
  }

  private async count(em: EntityManager, whereSql: string, params: unknown[]): Promise<number> {
    const [{ n }] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${rankedAttendances('$1')}) r ${whereSql}`, params);
    return n;
  }
}

/** pg returns `[rows, count]` for UPDATE … RETURNING through TypeORM's query runner, or the rows. */
function rowCount(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
