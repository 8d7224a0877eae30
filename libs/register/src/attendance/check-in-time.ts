import type { EntityManager } from 'typeorm';
import { AppException } from '@app/core';
import type { Event } from '../events/event.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Clock skew allowed between a desk and the server for a given time. */
const SKEW_MS = 2 * 60 * 1000;

const refuse = (message: string): never => {
  throw new AppException('VALIDATION_FAILED', message, [{ field: 'checkedInAt', messages: [message] }]);
};

/**
 * When an event is over: its end, or, without one, the end of its start day in its own zone.
 */
export async function eventEnd(em: EntityManager, event: Pick<Event, 'startsAt' | 'endsAt' | 'timeZone'>): Promise<Date> {
  if (event.endsAt) return event.endsAt;
  const [{ day_end }]: { day_end: Date }[] = await em.query(
    `SELECT (date_trunc('day', $1::timestamptz AT TIME ZONE $2) + interval '1 day') AT TIME ZONE $2 AS day_end`,
    [event.startsAt, event.timeZone],
  );
  return day_end;
}

/**
 * The check-in time to record, or `null` for "now". While the event is on (or ahead), a desk records
 * the moment of the tap; once it is over (status `held`, or past its end) the organizer must give the
 * time the attendee arrived. A given time is never in the future and lies within a day of the event.
 */
export async function checkInTime(
  em: EntityManager,
  event: Pick<Event, 'status' | 'startsAt' | 'endsAt' | 'timeZone'>,
  given: string | undefined,
  now = new Date(),
): Promise<Date | null> {
  const end = await eventEnd(em, event);
  const over = event.status === 'held' || end.getTime() <= now.getTime();
  if (given === undefined) {
    if (over) refuse('checkedInAt is required for an event that is over: give the time the attendee arrived');
    return null;
  }
  const at = new Date(given);
  if (at.getTime() > now.getTime() + SKEW_MS) refuse('checkedInAt is in the future');
  if (at.getTime() < event.startsAt.getTime() - DAY_MS || at.getTime() > end.getTime() + DAY_MS) {
    refuse('checkedInAt must be within a day of the event');
  }
  return at;
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
