import type {} from '@fastify/rate-limit';
import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost, Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppException, type Actor, type RateLimitConfig } from '@app/core';
import { REQUIRED_ROLE } from '../auth/required-role.js';
import { RateLimitStore } from './rate-limit-store.js';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

const WINDOW_SECONDS = 60;
/** The policy's name in `RateLimit-Policy` and `RateLimit`. */
const POLICY = 'api';
const SKIP_RATE_LIMIT = 'eventreg:skip-rate-limit';
const KEY = Symbol('eventreg.rateLimitKey');
const COUNTED = Symbol('eventreg.rateLimitCounted');

/** A request's count made by another statement (the credential check), with what is left of the window in ms. */
interface Counted {
  key: string;
  current: number;
  ttl: number;
}

type Keyed = FastifyRequest & { [KEY]?: string; [COUNTED]?: Counted };

/** What a request is counted against: its API key, its user, or (anonymous) its client address. */
export const rateLimitKeyOf = (actor: Pick<Actor, 'userId' | 'apiKeyId'> | null | undefined, request: FastifyRequest): string =>
  actor?.apiKeyId ? `api-key:${actor.apiKeyId}` : actor?.userId ? `user:${actor.userId}` : `address:${request.ip}`;

/**
 * The general request limit (RATE_LIMIT_PER_MINUTE per API key, user, or client address for anonymous
 * requests; fixed one-minute windows in the shared store). Every counted answer carries the IETF
 * draft's `RateLimit-Policy` and `RateLimit` headers; past the limit it is 429 RATE_LIMITED with Retry-After.
 */
@Injectable()
export class ApiRateLimiter {
  private limiter: Limiter | null = null;
  private readonly max: number;
  private readonly counted = new WeakSet<FastifyRequest>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly store: RateLimitStore,
    config: ConfigService,
  ) {
    this.max = config.getOrThrow<RateLimitConfig>('rateLimit').perMinute;
  }

  /**
   * Where another statement may count the request (the credential check, in its own round trip): the
   * counter's key in the store and its window, when the counters are in PostgreSQL; else null.
   */
  countableWith(key: string): { key: string; windowMs: number } | null {
    return this.max > 0 && this.store.backend === 'postgres' ? { key: storeKey(key), windowMs: WINDOW_SECONDS * 1000 } : null;
  }

  /** Records the count another statement made for the request, which `consume` then uses instead of counting. */
  countedBy(request: FastifyRequest, counted: Counted): void {
    (request as Keyed)[COUNTED] = counted;
  }

  /** Counts the request once against `key`; throws RATE_LIMITED past the limit. */
  async consume(request: FastifyRequest, reply: FastifyReply, key: string): Promise<void> {
    if (this.max <= 0 || this.counted.has(request)) return;
    this.counted.add(request);
    (request as Keyed)[KEY] = key;
    const made = (request as Keyed)[COUNTED];
    const result =
      made?.key === storeKey(key)
        ? {
            isAllowed: false,
            max: this.max,
            remaining: Math.max(0, this.max - made.current),
            ttlInSeconds: Math.ceil(made.ttl / 1000),
            isExceeded: made.current > this.max,
          }
        : await this.getLimiter()(request);
    if (result.isAllowed) return;
    void reply.header('RateLimit-Policy', `"${POLICY}";q=${result.max};w=${WINDOW_SECONDS}`);
    void reply.header('RateLimit', `"${POLICY}";r=${result.remaining};t=${result.ttlInSeconds}`);
    if (!result.isExceeded) return;
    void reply.header('Retry-After', String(result.ttlInSeconds));
    throw new AppException('RATE_LIMITED', `Too many requests; try again in ${result.ttlInSeconds} s`, {
      scope: 'api',
      limit: result.max,
      retryAfterSeconds: result.ttlInSeconds,
    });
  }

  private getLimiter(): Limiter {
    this.limiter ??= this.adapterHost.httpAdapter.getInstance<FastifyInstance>().createRateLimit({
      max: this.max,
      timeWindow: WINDOW_SECONDS * 1000,
      keyGenerator: (req) => storeKey((req as Keyed)[KEY] ?? `address:${req.ip}`),
    });
    return this.limiter;
  }
}

/** The counter's key in the store: the policy's name, then what the request is counted against. */
const storeKey = (key: string) => `${POLICY}:${key}`;

/** Exempts a controller or route from the general limit (health probes). */
export const SkipRateLimit = () => SetMetadata(SKIP_RATE_LIMIT, true);

/**
 * Counts requests to endpoints without authentication against the client address (authenticated
 * endpoints are counted per credential by ApiAuthGuard, once it knows who calls).
 */
@Injectable()
export class AnonymousRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: ApiRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(SKIP_RATE_LIMIT, targets)) return true;
    if (this.reflector.getAllAndOverride<string | undefined>(REQUIRED_ROLE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: Actor }>();
    await this.limiter.consume(request, http.getResponse<FastifyReply>(), rateLimitKeyOf(request.user, request));
    return true;
  }
}
