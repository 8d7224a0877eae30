import { registerAs } from '@nestjs/config';

const int = (value: string | undefined, fallback: number): number => (value === undefined || value === '' ? fallback : Number(value));

/** Webhook delivery settings (see README "Webhooks"); times in milliseconds unless named otherwise. */
export const webhooksConfig = registerAs('webhooks', () => ({
  /**
   * Encrypts the endpoints' signing secrets at rest. When unset, derived from JWT_SECRET: set it on its
   * own to rotate JWT_SECRET without losing the endpoints' secrets.
   */
  secretKey: process.env.WEBHOOK_SECRET_KEY || process.env.JWT_SECRET || '',
  /** Private, loopback or link-local addresses endpoints may still reach: IPs or CIDR ranges. */
  allowedPrivateAddresses: (process.env.WEBHOOK_ALLOWED_PRIVATE_ADDRESSES ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean),
  /** One attempt gives up after this long. */
  timeoutMs: int(process.env.WEBHOOK_TIMEOUT_MS, 10_000),
  /** The wait after the first failed attempt; it doubles after each failure, up to retryMaxDelayMs. */
  retryBaseMs: int(process.env.WEBHOOK_RETRY_BASE_MS, 30_000),
  retryMaxDelayMs: int(process.env.WEBHOOK_RETRY_MAX_DELAY_MS, 6 * 3_600_000),
  /** A delivery is retried for this long after it was created (or redelivered by hand), then marked failed. */
  retryForMs: int(process.env.WEBHOOK_RETRY_FOR_SECONDS, 3 * 86_400) * 1000,
  /** An endpoint whose every attempt failed for this long is disabled. */
  disableAfterMs: int(process.env.WEBHOOK_DISABLE_AFTER_SECONDS, 5 * 86_400) * 1000,
  /** After a secret rotation the old secret also signs for this long. */
  secretGraceMs: int(process.env.WEBHOOK_SECRET_GRACE_SECONDS, 86_400) * 1000,
  /** How often the relay hands new deliveries to the job queue. */
  pollIntervalMs: int(process.env.WEBHOOK_POLL_INTERVAL_MS, 1_000),
}));
export type WebhooksConfig = ReturnType<typeof webhooksConfig>;
