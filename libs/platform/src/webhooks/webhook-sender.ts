import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JobQueue } from '../jobs/index.js';
import { postWebhook, type PostResult } from './post-webhook.js';
import { AddressPolicy } from './public-address.js';
import type { WebhookDelivery, WebhookMessage } from './webhook-delivery.entity.js';
import { DELIVER_WEBHOOK } from './webhook-delivery.job.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { disableEndpoint, failPendingDeliveries } from './webhook-endpoint-state.js';
import { SecretBox, signWebhook } from './webhook-secrets.js';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config.js';

interface Due {
  /** with the job making this attempt: the delivery is recorded only while that job is still its next attempt */
  delivery: Pick<WebhookDelivery, 'id' | 'attempts' | 'retryFrom'> & { jobId: string };
  message: Pick<WebhookMessage, 'id' | 'payload'>;
  endpoint: Pick<WebhookEndpoint, 'id' | 'url' | 'enabled' | 'secretEncrypted' | 'previousSecretEncrypted' | 'previousSecretExpiresAt'>;
}

/**
 * Delivers webhooks through the job queue. The relay hands deliveries the outbox triggers wrote to the
 * queue; each job makes one attempt: it signs the message as Standard Webhooks does, POSTs it, and
 * records the outcome in one transaction with what follows: nothing after a success; after a failure,
 * the job of the next attempt, due after an exponential backoff (until the retry period ends), and the
 * endpoint disabled once every attempt has failed for the set time. Works across workspaces, as the
 * service's own database user (not a tenant).
 */
@Injectable()
export class WebhookSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly policy: AddressPolicy,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Hands up to `limit` deliveries the outbox triggers wrote to the job queue, each with its job in
   * the same transaction; concurrent relays skip each other's rows. Returns how many it handed over.
   */
  relay(limit: number): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const rows: { id: string }[] = await em.query(
        `SELECT id FROM webhook_deliveries WHERE status = 'pending' AND job_id IS NULL
          ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      for (const { id } of rows) await this.queue(em, id, 0);
      return rows.length;
    });
  }

  /**
   * Deletes messages older than `days` whose deliveries are all finished (with their deliveries), at
   * most `limit` at a time. Returns how many it deleted.
   */
  async purge(days: number, limit: number): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM webhook_messages WHERE id IN (
         SELECT m.id FROM webhook_messages m
          WHERE m.created_at < now() - make_interval(days => $1)
            AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.message_id = m.id AND d.status = 'pending')
          LIMIT $2)`,
      [days, limit],
    );
    return deleted;
  }

  /** Enqueues the next attempt of a delivery in the open transaction, due in `delayMs`. */
  async queue(em: EntityManager, deliveryId: string, delayMs: number): Promise<void> {
    const jobId = await this.jobs.enqueue(DELIVER_WEBHOOK, { deliveryId }, { manager: em, startAfterSeconds: delayMs / 1000 });
    await em.query(`UPDATE webhook_deliveries SET job_id = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`, [
      deliveryId,
      jobId,
      delayMs / 1000,
    ]);
  }

  /** One attempt, by the job `jobId`: a job that is no longer the delivery's next attempt does nothing. */
  async attempt(deliveryId: string, jobId: string): Promise<void> {
    const due = await this.load(deliveryId, jobId);
    if (!due) return;
    if (!due.endpoint.enabled) {
      await failPendingDeliveries(this.dataSource.manager, due.endpoint.id);
      return;
    }
    const body = JSON.stringify(due.message.payload);
    const timestamp = new Date();
    const headers = {
      'webhook-id': due.message.id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signWebhook(this.secretsOf(due.endpoint, timestamp), due.message.id, timestamp, body),
    };
    const result = await postWebhook(due.endpoint.url, headers, body, { timeoutMs: this.config.timeoutMs, policy: this.policy });
    await this.record(due, result);
  }

  /** The wait before attempt `attempts + 1`: the base, doubled after each failure, at most the maximum. */
  backoffMs(attempts: number): number {
    return Math.min(this.config.retryBaseMs * 2 ** Math.max(0, attempts - 1), this.config.retryMaxDelayMs);
  }

  private secretsOf(endpoint: Due['endpoint'], now: Date): string[] {
    const secrets = [this.box.open(endpoint.secretEncrypted, endpoint.id)];
    if (endpoint.previousSecretEncrypted && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
      secrets.push(this.box.open(endpoint.previousSecretEncrypted, endpoint.id));
    }
    return secrets;
  }

  private async load(deliveryId: string, jobId: string): Promise<Due | null> {
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT d.id, d.attempts, d.retry_from, m.id AS message_id, m.payload,
              e.id AS endpoint_id, e.url, e.enabled, e.secret_encrypted, e.previous_secret_encrypted, e.previous_secret_expires_at
         FROM webhook_deliveries d
         JOIN webhook_messages m ON m.id = d.message_id
         JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.id = $1 AND d.status = 'pending' AND d.job_id = $2`,
      [deliveryId, jobId],
    );
    if (!row) return null;
    return {
      delivery: { id: row.id as string, attempts: row.attempts as number, retryFrom: row.retry_from as Date, jobId },
      message: { id: row.message_id as string, payload: row.payload as WebhookMessage['payload'] },
      endpoint: {
        id: row.endpoint_id as string,
        url: row.url as string,
        enabled: row.enabled as boolean,
        secretEncrypted: row.secret_encrypted as string,
        previousSecretEncrypted: row.previous_secret_encrypted as string | null,
        previousSecretExpiresAt: row.previous_secret_expires_at as Date | null,
      },
    };
  }

  private record({ delivery, endpoint }: Due, result: PostResult): Promise<void> {
    return this.dataSource.transaction(async (em) => {
      // the endpoint's row first, as every change of an endpoint does (no deadlock with a PATCH or a disable)
      await em.query(`SELECT 1 FROM webhook_endpoints WHERE id = $1 FOR UPDATE`, [endpoint.id]);
      if (result.error === null) {
        await em.query(
          `UPDATE webhook_deliveries SET status = 'succeeded', attempts = attempts + 1, last_attempt_at = now(), succeeded_at = now(),
                  response_status = $2, last_error = NULL, next_attempt_at = NULL, job_id = NULL
            WHERE id = $1 AND job_id = $3`,
          [delivery.id, result.status, delivery.jobId],
        );
        await em.query(`UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`, [endpoint.id]);
        return;
      }
      const attempts = delivery.attempts + 1;
      const now = Date.now();
      const deadline = delivery.retryFrom.getTime() + this.config.retryForMs;
      const retry = now < deadline;
      const [, recorded]: [unknown, number] = await em.query(
        `UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_attempt_at = now(),
                response_status = $3, last_error = $4, next_attempt_at = NULL, job_id = NULL
          WHERE id = $1 AND job_id = $5`,
        [delivery.id, retry ? 'pending' : 'failed', result.status, result.error.slice(0, 500), delivery.jobId],
      );
      // redelivered or failed meanwhile (the endpoint was disabled): what follows is no longer this job's to plan
      if (retry && recorded) await this.queue(em, delivery.id, Math.min(this.backoffMs(attempts), deadline - now));
      const [[{ failing_since: failingSince }]]: [{ failing_since: Date }[], number] = await em.query(
        `UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, now()) WHERE id = $1 RETURNING failing_since`,
        [endpoint.id],
      );
      if (now - failingSince.getTime() >= this.config.disableAfterMs) {
        const reason = `Every delivery attempt failed for ${duration(now - failingSince.getTime())}, since ${failingSince.toISOString()}; the last: ${result.error}`;
        await disableEndpoint(em, endpoint.id, reason);
      }
    });
  }
}

/** A duration in the largest whole unit: "5 days", "3 hours", "12 seconds". */
function duration(ms: number): string {
  const units: [string, number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
    ['second', 1000],
  ];
  for (const [unit, size] of units) {
    const n = Math.floor(ms / size);
    if (n >= 1) return `${n} ${unit}${n === 1 ? '' : 's'}`;
  }
  return `${ms} ms`;
}
