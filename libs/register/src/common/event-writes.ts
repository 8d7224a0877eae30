import type { EntityManager } from 'typeorm';
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
  table: 'agenda_items' | 'participant_groups' | 'speeches' | 'mous' | 'signed_projects',
  eventId: string,
): Promise<number> {
  const [{ next }] = await em.query<{ next: number }[]>(`SELECT coalesce(max(ord) + 1, 0)::int AS next FROM ${table} WHERE event_id = $1`, [
    eventId,
  ]);
  return next;
}
