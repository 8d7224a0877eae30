import type { EntityManager } from 'typeorm';
import { AppException } from '@app/core';
import type { Event } from '../events/event.entity.js';
import { assertNotCancelled } from '../events/event-lifecycle.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Clock skew allowed between a desk and the server for a given time. */
const SKEW_MS = 2 * 60 * 1000;

/**
 * SQL: when the event `e` (an alias with `starts_at`, `ends_at` and `time_zone`) is over: its end, or, without one,
 * the end of its start day in its own zone.
 */
export const eventEndSql = (e: string) =>
  `coalesce(${e}.ends_at, (date_trunc('day', ${e}.starts_at AT TIME ZONE ${e}.time_zone) + interval '1 day') AT TIME ZONE ${e}.time_zone)`;

/** When an event is over (see eventEndSql). */
export async function eventEnd(em: EntityManager, event: Pick<Event, 'startsAt' | 'endsAt' | 'timeZone'>): Promise<Date> {
  if (event.endsAt) return event.endsAt;
  const [{ day_end }]: { day_end: Date }[] = await em.query(
    `SELECT ${eventEndSql('e')} AS day_end FROM (SELECT $1::timestamptz AS starts_at, NULL::timestamptz AS ends_at, $2::text AS time_zone) e`,
    [event.startsAt, event.timeZone],
  );
  return day_end;
}

/** Why a check-in is refused (see checkInRefusalSql). */
export type CheckInRefusal = 'cancelled' | 'time_required' | 'future' | 'outside';

const REFUSALS: Record<Exclude<CheckInRefusal, 'cancelled'>, string> = {
  time_required: 'checkedInAt is required for an event that is over: give the time the attendee arrived',
  future: 'checkedInAt is in the future',
  outside: 'checkedInAt must be within a day of the event',
};

/**
 * SQL: why a check-in at `given` (an SQL expression; NULL for the moment of the tap) is refused for the event
 * `e` (an alias with its `status` and times), or NULL when it is allowed. A cancelled event takes no check-in.
 * While the event is on (or ahead), a desk records the moment of the tap; once it is over (status `held`, or
 * past its end) the organizer must give the time the attendee arrived. A given time is never in the future
 * (give or take the clock skew of a desk) and lies within a day of the event. The rule is decided in the
 * statement that checks in, so that a check-in is one round trip with its commit.
 */
export function checkInRefusalSql(e: string, given: string): string {
  const end = eventEndSql(e);
  return `CASE WHEN ${e}.status = 'cancelled' THEN 'cancelled'
    WHEN ${given} IS NULL THEN CASE WHEN ${e}.status = 'held' OR ${end} <= now() THEN 'time_required' END
    WHEN ${given} > now() + interval '${SKEW_MS} milliseconds' THEN 'future'
    WHEN ${given} < ${e}.starts_at - interval '${DAY_MS} milliseconds' OR ${given} > ${end} + interval '${DAY_MS} milliseconds' THEN 'outside'
  END`;
}

/** Throws the error of a refused check-in (`field` names the time in the request); nothing when it is allowed. */
export function assertCheckInAllowed(refusal: CheckInRefusal | null, field = 'checkedInAt'): void {
  if (refusal === null) return;
  if (refusal === 'cancelled') assertNotCancelled('cancelled');
  else throw new AppException('VALIDATION_FAILED', REFUSALS[refusal], [{ field, messages: [REFUSALS[refusal]] }]);
}

/**
 * The time stored when attendance is recorded as `checked_in` without a desk check-in (added, bulk,
 * imported or set by PATCH): now while the event is on or ahead, the event's start once it is over, so
 * recording a past event's attendance never dates a check-in on the day it was typed in.
 */
export async function recordedCheckInTime(
  em: EntityManager,
  event: Pick<Event, 'status' | 'startsAt' | 'endsAt' | 'timeZone'>,
  now = new Date(),
): Promise<Date> {
  const end = await eventEnd(em, event);
  return event.status === 'held' || end.getTime() <= now.getTime() ? event.startsAt : now;
}
