import { RouteConfig } from '@nestjs/platform-fastify';
import { AppException } from '@app/core';

const perMinute = () => Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE ?? 20);

/** Settings for @fastify/rate-limit: off by default, answered in the one error shape. */
export const rateLimitPluginOptions = {
  global: false,
  // after the body is parsed, so a limit can count per email as well as per address
  hook: 'preHandler' as const,
  errorResponseBuilder: (_req: unknown, ctx: { after: string; max: number }) =>
    new AppException('RATE_LIMITED', `Too many attempts; try again in ${ctx.after}`, { limit: ctx.max, retryAfter: ctx.after }),
};

/** Limits sign-in attempts per client address and email (AUTH_RATE_LIMIT_PER_MINUTE, default 20). */
export const AuthRateLimit = () =>
  RouteConfig({
    rateLimit: {
      max: perMinute(),
      timeWindow: '1 minute',
      keyGenerator: (req: { ip: string; body?: { email?: unknown } }) =>
        `${req.ip}|${typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : ''}`,
    },
  });
