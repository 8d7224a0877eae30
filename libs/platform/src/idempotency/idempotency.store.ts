import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppException } from '@app/core';
import { SecretBox } from '../secret-box.js';
import { webhooksConfig, type WebhooksConfig } from '../webhooks/webhooks.config.js';
import { canonicalJson } from './request-fingerprint.js';

/** Whose key it is: keys are separate per workspace and credential (user or API key). */
export interface KeyScope {
  workspaceId: string;
  credentialId: string;
  key: string;
}

export interface StoredResponse {
  status: number;
  contentType: string | null;
  body: string;
}

/** The first request with a key runs (`owner`); a later one with the same body gets the first's response. */
export type Claim = { kind: 'owner'; id: string } | ({ kind: 'replay' } & StoredResponse);

/** How long a response is replayed. */
export const KEY_TTL_HOURS = 24;
/** A request still running after this long is taken to have died with its process; its key is free again. */
export const ABANDONED_AFTER_MINUTES = 5;
const PURGE_EVERY_MS = 60_000;

interface KeyRow {
  id: string;
  request_hash: string;
  status: 'running' | 'completed';
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
  response_sealed: boolean;
  expired: boolean;
  abandoned: boolean;
}

/**
 * Idempotency keys in PostgreSQL. The first request inserts its key in a statement of its own (the
 * unique index is the lock), runs, then stores its response; requests with the same key wait for
 * nothing: they get the stored response, 409 while the first runs, or 422 for another body.
 *
 * Nothing secret is kept in clear for the 24 hours: responses may carry one (a new API key, a webhook
 * endpoint's signing secret, an invitation or reset link), so every stored body is encrypted
 * (AES-256-GCM, bound to its key's row), and a request is recognised by a keyed hash (HMAC-SHA256) of
 * its method, path and body, which may hold passwords, rather than by a plain hash anyone could test
 * guesses against.
 */
@Injectable()
export class IdempotencyStore {
  private readonly logger = new Logger('Idempotency');
  private lastPurge = 0;
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(webhooksConfig.KEY) config: WebhooksConfig,
  ) {
    this.box = new SecretBox(config.secretKey, 'idempotency-responses');
  }

  /** What makes two requests "the same" for a key: method, path with query, and body (object key order ignored). */
  fingerprint(method: string, url: string, body: unknown): string {
    return this.box.digest(`${method.toUpperCase()} ${url}\n${canonicalJson(body)}`);
  }

  async claim(scope: KeyScope, requestHash: string): Promise<Claim> {
    this.purgeExpired();
    const params = [scope.workspaceId, scope.credentialId, scope.key];
    // a few rounds: a key found expired, abandoned or released meanwhile is tried again
    for (let attempt = 0; attempt < 3; attempt++) {
      // The claim commits without waiting for its WAL flush: the request's own write, committed
      // synchronously afterwards, flushes the WAL up to it, so no write is ever durable without its
      // key. That saves a disk flush per request.
      const inserted = await this.dataSource.query<{ id: string }[]>(
        `WITH async AS (SELECT set_config('synchronous_commit', 'off', true))
         INSERT INTO idempotency_keys (workspace_id, credential_id, key, request_hash, expires_at)
         SELECT $1, $2, $3, $4, now() + make_interval(hours => ${KEY_TTL_HOURS}) FROM async
         ON CONFLICT (workspace_id, credential_id, key) DO NOTHING RETURNING id`,
        [...params, requestHash],
      );
      if (inserted.length) return { kind: 'owner', id: inserted[0].id };

      const [row] = await this.dataSource.query<KeyRow[]>(
        `SELECT id, request_hash, status, response_status, response_type, response_body, response_sealed,
                expires_at <= now() AS expired,
                status = 'running' AND created_at < now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES}) AS abandoned
           FROM idempotency_keys WHERE workspace_id = $1 AND credential_id = $2 AND key = $3`,
        params,
      );
      if (!row) continue;
      if (row.expired || row.abandoned) {
        await this.dataSource.query(
          `DELETE FROM idempotency_keys WHERE id = $1
             AND (expires_at <= now() OR (status = 'running' AND created_at < now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES})))`,
          [row.id],
        );
        continue;
      }
      if (row.request_hash !== requestHash) {
        throw new AppException(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used with another request (method, path or body); use a new key for a new request',
        );
      }
      if (row.status === 'running') {
        throw new AppException(
          'IDEMPOTENCY_KEY_IN_USE',
          'A request with this Idempotency-Key is still running; retry when it has finished',
        );
      }
      return { kind: 'replay', status: row.response_status ?? 200, contentType: row.response_type, body: this.bodyOf(row) };
    }
    throw new AppException('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running; retry when it has finished');
  }

  async complete(id: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET status = 'completed', response_status = $2, response_type = $3, response_body = $4, response_sealed = true
        WHERE id = $1`,
      [id, response.status, response.contentType, this.box.seal(response.body, id)],
    );
  }

  /**
   * The stored body, opened. One that no longer opens (the key material was changed) cannot be
   * replayed; running the request again could write twice, so the key is refused for good.
   */
  private bodyOf(row: KeyRow): string {
    if (!row.response_body) return '';
    if (!row.response_sealed) return row.response_body;
    try {
      return this.box.open(row.response_body, row.id);
    } catch (err) {
      this.logger.error({ err, idempotencyKeyId: row.id }, 'a stored idempotent response does not decrypt');
      throw new AppException(
        'IDEMPOTENCY_KEY_REUSED',
        'The first response to this Idempotency-Key can no longer be read (the service changed its encryption key); use a new key',
      );
    }
  }

  /** Frees the key of a request that failed (5xx) or was not run (malformed), so a retry runs again. */
  async release(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE id = $1 AND status = 'running'`, [id]);
  }

  /** Deletes expired keys, at most once a minute per process and a bounded batch at a time, off the request path. */
  private purgeExpired(): void {
    const now = Date.now();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    this.dataSource
      .query(`DELETE FROM idempotency_keys WHERE id IN (SELECT id FROM idempotency_keys WHERE expires_at <= now() LIMIT 5000)`)
      .catch((err: unknown) => this.logger.warn({ err }, 'purging expired idempotency keys failed'));
  }
}
