import type { EntityManager } from 'typeorm';
import type { AttendanceSummaryDto } from './dto/attendance.dto.js';

/** The event's counts by status, summed over its counter slots (kept by the database on every write). */
export async function eventCounts(em: EntityManager, eventId: string): Promise<Omit<AttendanceSummaryDto, 'lastCheckInAt'>> {
  const [row] = await em.query<{ total: number; invited: number; registered: number; checked_in: number; absent: number }[]>(
    `SELECT coalesce(sum(total), 0)::int AS total, coalesce(sum(invited), 0)::int AS invited,
            coalesce(sum(registered), 0)::int AS registered, coalesce(sum(checked_in), 0)::int AS checked_in,
            coalesce(sum(absent), 0)::int AS absent
       FROM event_attendance_counts WHERE event_id = $1`,
    [eventId],
  );
  return { total: row.total, invited: row.invited, registered: row.registered, checkedIn: row.checked_in, absent: row.absent };
}
