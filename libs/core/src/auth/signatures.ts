import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 of a text under the service's secret, keyed for one purpose only (`download-link`,
 * `badge-code`…), so a signature made for one use never verifies for another.
 */
export function keyedSignature(purpose: string, secret: string, text: string): Buffer {
  return createHmac('sha256', `${purpose}:${secret}`).update(text).digest();
}

/** Compares a signature someone sent with the expected one in constant time. */
export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
