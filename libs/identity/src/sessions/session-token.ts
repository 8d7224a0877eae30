import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url: a session cookie's value, a session's CSRF token, an invitation or reset link's token. */
export const newOpaqueToken = (): string => randomBytes(32).toString('base64url');

/** Only this hash of such a token is stored (for a session, it is its id). */
export const hashOpaqueToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A value that cannot be such a token is refused without a database round trip. */
export const looksLikeOpaqueToken = (value: unknown): value is string => typeof value === 'string' && TOKEN_PATTERN.test(value);

/** Compares a sent CSRF token with the session's in constant time (digests of equal length, whatever was sent). */
export function csrfTokenMatches(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string' || sent.length === 0) return false;
  const a = createHash('sha256').update(sent).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
