import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppException, databaseTrouble, roleAtLeast, type Actor, type Role } from '@app/core';
import { ApiRateLimiter, rateLimitKeyOf } from '../rate-limits/api-rate-limiter.js';

import { REQUIRED_ROLE } from './required-role.js';

export { REQUIRED_ROLE };

/**
 * Authenticates by API key, JWT or session cookie (in that order; the cookie also needs the CSRF header on
 * state-changing methods), counts the request against the caller's general rate limit (the client
 * address's when authentication fails), then checks the endpoint's minimum role.
 */
@Injectable()
export class ApiAuthGuard extends AuthGuard(['api-key', 'jwt', 'session']) {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: ApiRateLimiter,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: Actor }>();
    const reply = http.getResponse<FastifyReply>();
    try {
      await super.canActivate(context);
    } catch (err) {
      // failed authentication counts against the client address; with the database in trouble there is
      // nothing to count in, and the answer (503) should not wait for a second statement to fail too
      if (!databaseTrouble(err)) await this.limiter.consume(request, reply, rateLimitKeyOf(null, request));
      throw err;
    }
    const actor = request.user as Actor;
    await this.limiter.consume(request, reply, rateLimitKeyOf(actor, request));
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (required && !roleAtLeast(actor.role, required)) {
      throw new AppException('INSUFFICIENT_ROLE', `This action needs the ${required} role or higher; you have ${actor.role}`, {
        required,
        actual: actor.role,
      });
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    const message = 'A valid access token, API key or session cookie is required';
    if (err) throw err instanceof Error ? err : new AppException('UNAUTHENTICATED', message);
    if (!user) throw new AppException('UNAUTHENTICATED', message);
    return user;
  }
}
