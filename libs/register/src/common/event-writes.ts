import type { EntityManager } from 'typeorm';
import { AppException } from '@app/core';
import { Event } from '../events/event.entity.js';
import { assertNotCancelled } from '../events/event-lifecycle.js';
import { findOr404 } from './references.js';

/**
 * Loads the event a write belongs to and refuses writes to a cancelled one. The row is share-locked
 * so the event cannot be cancelled, or lose a side, while the write is in progress.
 */
export async function requireWritableEvent(em: EntityManager, eventId: string): Promise<Event> {
  const event = await em.getRepository(Event).findOne({ where: { id: eventId }, lock: { mode: 'pessimistic_read' } });
  if (!event) return findOr404(em, Event, { id: eventId }, 'Event');
  assertNotCancelled(event.status);
  return event;
}

/** The next free position in an event's ordered list (after the highest, so deletes leave no clash). */
export async function nextOrd(
  em: EntityManager,
  table: 'agenda_items' | 'participant_groups' | 'delegations' | 'speeches' | 'mous' | 'signed_projects',
  eventId: string,
): Promise<number> {
  const [{ next }] = await em.query<{ next: number }[]>(`SELECT coalesce(max(ord) + 1, 0)::int AS next FROM ${table} WHERE event_id = $1`, [
    eventId,
  ]);
  return next;
}

/** Refuses a side code the event does not have. */
export function assertSide(event: Event, side: string | null | undefined): void {
  if (side && !event.sides.some((s) => s.code === side)) {
    throw new AppException('VALIDATION_FAILED', `side ${side} is not one of the event's sides`, [
      { field: 'side', messages: [`must be one of: ${event.sides.map((s) => s.code).join(', ') || '(the event has no sides)'}`] },
    ]);
  }
}
