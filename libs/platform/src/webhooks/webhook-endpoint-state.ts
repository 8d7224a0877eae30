import type { EntityManager } from 'typeorm';

/** The reason recorded when an owner disables an endpoint (any other reason is a disable after failures). */
export const DISABLED_BY_OWNER = 'Disabled by an owner';

/**
 * Disables an endpoint with the reason the owner sees, and fails its deliveries not yet made (they
 * can be redelivered by hand once it is enabled again). Runs in the caller's transaction.
 */
export async function disableEndpoint(em: EntityManager, endpointId: string, reason: string): Promise<void> {
  await em.query(
    `UPDATE webhook_endpoints SET enabled = false, disabled_at = now(), disabled_reason = $2, updated_at = now()
      WHERE id = $1 AND enabled`,
    [endpointId, reason],
  );
  await failPendingDeliveries(em, endpointId);
}

/** Marks the deliveries not yet made to a disabled endpoint as failed. */
export async function failPendingDeliveries(em: EntityManager, endpointId: string): Promise<void> {
  await em.query(
    `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, job_id = NULL,
            last_error = coalesce(last_error || '; ', '') || 'not attempted again: the endpoint was disabled'
      WHERE endpoint_id = $1 AND status = 'pending'`,
    [endpointId],
  );
}
