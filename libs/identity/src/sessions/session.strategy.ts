import { createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { AppException, type Actor } from '@app/core';
import { CSRF_HEADER, sessionTokenFrom, UNSAFE_METHODS } from './session-cookie.js';
import { csrfTokenMatches } from './session-token.js';
import { SessionsService, type ActiveSession } from './sessions.service.js';

type SessionRequest = FastifyRequest & { activeSession?: ActiveSession };

export const csrfFailed = () =>
  new AppException(
    'CSRF_FAILED',
    `A request signed in by the session cookie that changes state must send the session's CSRF token in X-CSRF-Token`,
  );

/** Throws CSRF_FAILED unless a state-changing request carries the session's CSRF token. */
export function assertCsrf(request: FastifyRequest, session: ActiveSession): void {
  if (UNSAFE_METHODS.has(request.method) && !csrfTokenMatches(request.headers[CSRF_HEADER], session.csrfToken)) throw csrfFailed();
}

/**
 * Authenticates by the `eventreg_session` cookie. State-changing methods must also send the session's
 * CSRF token (synchronizer token kept with the session) in `X-CSRF-Token`.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  async validate(request: SessionRequest): Promise<Actor | null> {
    const session = await this.sessions.resolve(sessionTokenFrom(request));
    if (!session) return null;
    assertCsrf(request, session);
    request.activeSession = session;
    return { workspaceId: session.workspaceId, role: session.role, userId: session.userId, apiKeyId: null, sessionId: session.id };
  }
}

/** The session the request was authenticated by (on endpoints guarded by the session cookie). */
export const CurrentSession = createParamDecorator((_: unknown, ctx: ExecutionContext): ActiveSession => {
  const session = ctx.switchToHttp().getRequest<SessionRequest>().activeSession;
  if (!session) throw new AppException('UNAUTHENTICATED', 'Sign in first: this endpoint needs the session cookie');
  return session;
});
