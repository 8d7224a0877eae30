import type {} from '@fastify/rate-limit';
import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHash } from 'node:crypto';
import { HttpAdapterHost, Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppException, type AuthConfig } from '@app/core';

/** What an attempt is counted against. */
type Scope = 'address-and-email' | 'address' | 'signups-from-address' | 'resets-for-email';
type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
/**
 * `sign-in` is login and session sign-in together; `link` is using a one-time link (accepting an
 * invitation, setting a new password); each action counts attempts per address and email on its own.
 */
type AuthAction = 'sign-in' | 'signup' | 'password' | 'reset-request' | 'link';

const AUTH_ACTION = 'eventreg:auth-action';
const MINUTE = 60_000;

const emailOf = (req: FastifyRequest): string => {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
};

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * What an attempt tries: the email; for a one-time link (which names no email) a hash of its token; for a
 * signed-in password change (which names neither) a hash of the credential it is made with, so each
 * signed-in client has its own count and one does not use up another's.
 */
const credentialOf = (req: FastifyRequest): string => {
  const token = (req.body as { token?: unknown } | undefined)?.token;
  if (typeof token === 'string') return `link:${digest(token)}`;
  const email = emailOf(req);
  if (email) return email;
  const signedInWith = req.headers.authorization ?? req.headers['x-api-key'] ?? req.headers.cookie;
  return typeof signedInWith === 'string' ? `signed-in:${digest(signedInWith)}` : '';
};

/**
 * Throttles credential checks with @fastify/rate-limit's counters (shared by every replica: see
 * RateLimitStore), answering 429 RATE_LIMITED with Retry-After: per client address and email (or link)
 * (AUTH_RATE_LIMIT_PER_MINUTE), per client address across emails (AUTH_IP_RATE_LIMIT_PER_MINUTE),
 * signups per client address (SIGNUP_RATE_LIMIT_PER_HOUR) and reset emails per address asked for
 * (PASSWORD_RESET_REQUESTS_PER_HOUR). The client address is the connection's, or X-Forwarded-For's from
 * a proxy trusted by TRUST_PROXY.
 */
@Injectable()
export class AuthThrottleGuard implements CanActivate {
  /** per address and email, one counter set per action; the address counters are shared by all actions */
  private readonly limiters = new Map<string, Limiter>();
  private readonly maxima: Record<Scope, number>;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly reflector: Reflector,
    config: ConfigService,
  ) {
    const auth = config.getOrThrow<AuthConfig>('auth');
    this.maxima = {
      'address-and-email': auth.rateLimitPerMinute,
      address: auth.ipRateLimitPerMinute,
      'signups-from-address': auth.signupRateLimitPerHour,
      'resets-for-email': auth.passwordResetRequestsPerHour,
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const action = this.reflector.get<AuthAction | undefined>(AUTH_ACTION, context.getHandler()) ?? 'sign-in';
    const checks: [Scope, Limiter][] = [
      [
        'address-and-email',
        this.limiter(`address-and-email:${action}`, this.maxima['address-and-email'], MINUTE, (req) => `${req.ip}|${credentialOf(req)}`),
      ],
      ['address', this.limiter('address', this.maxima.address, MINUTE, (req) => req.ip)],
    ];
    if (action === 'signup') {
      checks.push([
        'signups-from-address',
        this.limiter('signups-from-address', this.maxima['signups-from-address'], 60 * MINUTE, (req) => req.ip),
      ]);
    }
    if (action === 'reset-request') {
      checks.push(['resets-for-email', this.limiter('resets-for-email', this.maxima['resets-for-email'], 60 * MINUTE, emailOf)]);
    }
    let blocked: { scope: Scope; limit: number; retryAfter: number } | null = null;
    for (const [scope, limiter] of checks) {
      const result = await limiter(request);
      if (result.isAllowed || !result.isExceeded) continue;
      if (!blocked || result.ttlInSeconds > blocked.retryAfter) blocked = { scope, limit: result.max, retryAfter: result.ttlInSeconds };
    }
    if (!blocked) return true;
    void http.getResponse<FastifyReply>().header('retry-after', String(blocked.retryAfter));
    throw new AppException('RATE_LIMITED', `Too many attempts; try again in ${blocked.retryAfter} s`, {
      scope: blocked.scope,
      limit: blocked.limit,
      retryAfterSeconds: blocked.retryAfter,
    });
  }

  /** Counters are kept by key in one store for every limit, so each key begins with the limit's name. */
  private limiter(name: string, max: number, timeWindow: number, keyOf: (req: FastifyRequest) => string): Limiter {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
      limiter = fastify.createRateLimit({ max, timeWindow, keyGenerator: (req) => `auth:${name}:${keyOf(req)}` });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

/** Throttles an endpoint that checks credentials (see AuthThrottleGuard); `signup` also counts signups per address. */
export const AuthRateLimit = (action: AuthAction = 'sign-in') =>
  applyDecorators(SetMetadata(AUTH_ACTION, action), UseGuards(AuthThrottleGuard));
