import type { EntityManager } from 'typeorm';
import type { Statement } from '@app/core';
import type { AttendanceSummaryDto } from './dto/attendance.dto.js';

/**
 * An event's counts by status (`$1`: the event), summed over its counter slots, and its latest check-in, the greatest
 * of theirs (kept by the database on every write).
 */
const EVENT_COUNTS_SQL = `
  SELECT coalesce(sum(total), 0)::int AS total, coalesce(sum(invited), 0)::int AS invited,
         coalesce(sum(registered), 0)::int AS registered, coalesce(sum(checked_in), 0)::int AS checked_in,
         coalesce(sum(absent), 0)::int AS absent, max(last_check_in_at) AS last_check_in_at
    FROM event_attendance_counts WHERE event_id = $1`;

/** The event's counts as a statement of a batch (prepared: the list, the desk and the event page ask it). */
export const eventCountsStatement = (eventId: string): Statement => ({ sql: EVENT_COUNTS_SQL, params: [eventId], name: 'event_counts' });

export interface EventCountsRow {
  total: number;
  invited: number;
  registered: number;
  checked_in: number;
  absent: number;
  last_check_in_at: Date | null;
}

export type EventCounts = Omit<AttendanceSummaryDto, 'lastCheckInAt'>;

export const countsOf = (row: EventCountsRow): EventCounts => ({
  total: row.total,
  invited: row.invited,
  registered: row.registered,
  checkedIn: row.checked_in,
  absent: row.absent,
});

/** The event's counts by status. */
export async function eventCounts(em: EntityManager, eventId: string): Promise<EventCounts> {
  const [row] = await em.query<EventCountsRow[]>(EVENT_COUNTS_SQL, [eventId]);
  return countsOf(row);
}
