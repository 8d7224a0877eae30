import { defineJob } from '../jobs/index.js';

/**
 * One attempt of one webhook delivery. A failed HTTP attempt is not a failed job: the sender records
 * it and enqueues the next attempt with its backoff. The queue's own retries cover an attempt that
 * could not run or record (its process died, the database was away).
 */
export const DELIVER_WEBHOOK = defineJob<{ deliveryId: string }>('webhooks.deliver', {
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  // longer than the longest attempt (WEBHOOK_TIMEOUT_MS is at most 2 minutes)
  expireInSeconds: 5 * 60,
});
