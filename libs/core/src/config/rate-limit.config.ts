import { registerAs } from '@nestjs/config';

const int = (value: string | undefined, fallback: number): number => (value === undefined || value === '' ? fallback : Number(value));

/**
 * Request limits. The counters live in PostgreSQL (an unlogged table), or in Redis when REDIS_URL is set,
 * so every replica of the API counts the same requests.
 */
export const rateLimitConfig = registerAs('rateLimit', () => ({
  /** Requests per minute per API key, user, or client address when anonymous; 0 turns the general limit off. */
  perMinute: int(process.env.RATE_LIMIT_PER_MINUTE, 600),
  /** redis:// URL of a Redis keeping the counters instead of PostgreSQL */
  redisUrl: process.env.REDIS_URL || null,
}));
export type RateLimitConfig = ReturnType<typeof rateLimitConfig>;
