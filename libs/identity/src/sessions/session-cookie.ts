import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'eventreg_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Methods that change state: with the session cookie they need the CSRF header. */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site subrequests or POSTs), Path=/, and
 * Secure when the request came over https, directly or through a proxy trusted by TRUST_PROXY.
 */
function cookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: request.protocol === 'https' };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: maxAgeSeconds });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

export function sessionTokenFrom(request: Pick<FastifyRequest, 'cookies'>): string | null {
  return request.cookies?.[SESSION_COOKIE] ?? null;
}
