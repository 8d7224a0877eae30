import type { EntityManager } from 'typeorm';

/**
 * Records a webhook event in the open tenant transaction (the outbox), for the endpoints of its
 * workspace that want the type: sent once the transaction commits, never when it rolls back. Changes
 * of single records (events, attendees, signings, writeups) are recorded by database triggers; this
 * is for the events that are not one row's change, such as a finished import.
 */
export async function recordWebhookEvent(manager: EntityManager, type: string, data: Record<string, unknown>): Promise<void> {
  await manager.query('SELECT webhook_record($1, $2::jsonb)', [type, JSON.stringify(data)]);
}
