import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiSecurity } from '@nestjs/swagger';
import type { Actor, Role } from '@app/core';
import { SESSION_SCHEME } from '../sessions/session-openapi.js';
import { ApiAuthGuard, REQUIRED_ROLE } from './auth.guard.js';

export const API_KEY_SCHEME = 'api-key';
export const BEARER_SCHEME = 'bearer';

/**
 * Every protected endpoint carries this one decorator: authentication (JWT, API key or session cookie),
 * the minimum role, and the matching OpenAPI security (the 401/403 responses are added to every secured
 * operation, and the CSRF header to every state-changing one).
 */
export function Auth(minimumRole: Role) {
  return applyDecorators(
    SetMetadata(REQUIRED_ROLE, minimumRole),
    UseGuards(ApiAuthGuard),
    ApiBearerAuth(BEARER_SCHEME),
    ApiSecurity(API_KEY_SCHEME),
    ApiCookieAuth(SESSION_SCHEME),
  );
}

/** Reads: every role. */
export const CanRead = () => Auth('official');
/** Writes: organizers and owners. */
export const CanWrite = () => Auth('organizer');
/** Workspace administration: owners. */
export const OwnerOnly = () => Auth('owner');

/** The authenticated caller. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ user: Actor }>().user;
});
