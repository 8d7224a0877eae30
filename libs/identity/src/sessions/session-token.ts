import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url: the cookie's value, and separately the session's CSRF token. */
export const newOpaqueToken = (): string => randomBytes(32).toString('base64url');

/** Only this hash of the cookie's token is stored; it is the session's id. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A cookie value that cannot be a session token is refused without a database round trip. */
export const looksLikeSessionToken = (value: unknown): value is string => typeof value === 'string' && TOKEN_PATTERN.test(value);

/** Compares a sent CSRF token with the session's in constant time (digests of equal length, whatever was sent). */
export function csrfTokenMatches(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string' || sent.length === 0) return false;
  const a = createHash('sha256').update(sent).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
