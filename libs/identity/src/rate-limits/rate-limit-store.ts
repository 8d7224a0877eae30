import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppException, type RateLimitConfig } from '@app/core';

type Counted = { current: number; ttl: number };
type Callback = (err: Error | null, result?: Counted) => void;

/**
 * One fixed window per key, counted with one atomic upsert: a key whose window has passed starts again
 * from the requests counted. `ttl` is what is left of the window in milliseconds. `source` gives the key, the
 * window in milliseconds and the number of requests counted as `key`, `window_ms` and `n` (a SELECT of one
 * row; of none, nothing is counted). `hits` is the count with them.
 */
export const incrementSql = (source: string) => `
  INSERT INTO rate_limits AS r (key, hits, expires_at)
  SELECT c.key, c.n, clock_timestamp() + make_interval(secs => c.window_ms::double precision / 1000) FROM (${source}) c
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN r.expires_at <= clock_timestamp() THEN EXCLUDED.hits ELSE r.hits + EXCLUDED.hits END,
    expires_at = CASE WHEN r.expires_at <= clock_timestamp() THEN EXCLUDED.expires_at ELSE r.expires_at END
  RETURNING hits, greatest(0, ceil(extract(epoch FROM expires_at - clock_timestamp()) * 1000))::bigint AS ttl`;

const INCREMENT = incrementSql('SELECT $1::text AS key, $2::double precision AS window_ms, 1 AS n');

const READ = `
  SELECT hits, greatest(0, ceil(extract(epoch FROM expires_at - clock_timestamp()) * 1000))::bigint AS ttl
    FROM rate_limits WHERE key = $1 AND expires_at > clock_timestamp()`;

/** Expired counters are deleted this often (by every replica; the delete is idempotent). */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * A @fastify/rate-limit store on PostgreSQL (the `rate_limits` unlogged table), so that every replica
 * on one database shares the counters. Callers put the limit's name in each key; `child` shares the table.
 */
export function postgresRateLimitStore(dataSource: DataSource): NonNullable<RateLimitPluginOptions['store']> {
  const run = (sql: string, key: string, params: unknown[], cb: Callback) => {
    dataSource
      .query<{ hits: number; ttl: string }[]>(sql, [key, ...params])
      .then((rows) => cb(null, rows[0] ? { current: Number(rows[0].hits), ttl: Number(rows[0].ttl) } : { current: 0, ttl: 0 }))
      .catch((err: unknown) => cb(err instanceof Error ? err : new Error(String(err))));
  };
  return class PostgresRateLimitStore {
    incr(key: string, cb: Callback, timeWindow: number): void {
      run(INCREMENT, key, [timeWindow], cb);
    }

    read(key: string, cb: Callback): void {
      run(READ, key, [], cb);
    }

    child(): PostgresRateLimitStore {
      return this;
    }
  };
}

/** The same fixed window in Redis: one script, so the count and its expiry move together. */
const REDIS_INCREMENT = `
  local current = redis.call('INCR', KEYS[1])
  if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then ttl = 0 end
  return {current, ttl}`;

const REDIS_PREFIX = 'eventreg:rate-limit:';

/** A @fastify/rate-limit store on Redis, keyed like the PostgreSQL one (`eventreg:rate-limit:<key>`). */
export function redisRateLimitStore(redis: Redis): NonNullable<RateLimitPluginOptions['store']> {
  const done = (cb: Callback) => (err: Error | null | undefined, result?: unknown) => {
    if (err) return cb(err);
    const [current, ttl] = result as [number, number];
    cb(null, { current: Number(current), ttl: Number(ttl) });
  };
  return class RedisRateLimitStore {
    incr(key: string, cb: Callback, timeWindow: number): void {
      void redis.eval(REDIS_INCREMENT, 1, REDIS_PREFIX + key, timeWindow, done(cb));
    }

    child(): RedisRateLimitStore {
      return this;
    }
  };
}

/**
 * Where the rate-limit counters live: Redis when REDIS_URL is set, else PostgreSQL. Either way every
 * replica counts the same requests.
 */
@Injectable()
export class RateLimitStore implements OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: Redis | null;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    const { redisUrl } = config.getOrThrow<RateLimitConfig>('rateLimit');
    this.redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 }) : null;
    this.redis?.on('error', (err: Error) => this.logger.warn(`Redis for rate limits: ${err.message}`));
  }

  get backend(): 'redis' | 'postgres' {
    return this.redis ? 'redis' : 'postgres';
  }

  /** Settings for @fastify/rate-limit: no global limit (the guards decide), answered in the one error shape. */
  pluginOptions(): RateLimitPluginOptions {
    const common: RateLimitPluginOptions = {
      global: false,
      hook: 'preHandler',
      errorResponseBuilder: (_req, ctx) =>
        new AppException('RATE_LIMITED', `Too many requests; try again in ${ctx.after}`, { limit: ctx.max, retryAfter: ctx.after }),
    };
    if (this.redis) {
      // with Redis unreachable, requests pass unlimited (the error is logged) rather than all failing
      return { ...common, store: redisRateLimitStore(this.redis), skipOnError: true };
    }
    this.sweeper ??= setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS).unref();
    return { ...common, store: postgresRateLimitStore(this.dataSource) };
  }

  /** Deletes counters whose window has passed. */
  async sweep(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limits WHERE expires_at <= clock_timestamp()`).catch((err: unknown) => {
      this.logger.warn(`could not delete expired rate-limit counters: ${err instanceof Error ? err.message : String(err)}`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    await this.redis?.quit().catch(() => undefined);
  }
}
