import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WebhooksConfig } from '../webhooks/webhooks.config.js';
import { IdempotencyStore } from './idempotency.store.js';
import { canonicalJson, parseIdempotencyKey } from './request-fingerprint.js';

const KEY = 'a-key-of-at-least-thirty-two-characters!';
// the fingerprint needs only the key material, not the database
const storeWith = (secretKey: string) => new IdempotencyStore(null as never, { secretKey } as WebhooksConfig);
const store = storeWith(KEY);
const requestFingerprint = (method: string, url: string, body: unknown) => store.fingerprint(method, url, body);

describe('request fingerprint', () => {
  it('ignores the order of object keys but not of arrays', () => {
    expect(canonicalJson({ b: 2, a: { d: [1, 2], c: null } })).toBe('{"a":{"c":null,"d":[1,2]},"b":2}');
    expect(requestFingerprint('POST', '/x', { a: 1, b: 2 })).toBe(requestFingerprint('post', '/x', { b: 2, a: 1 }));
    expect(requestFingerprint('POST', '/x', [1, 2])).not.toBe(requestFingerprint('POST', '/x', [2, 1]));
  });

  it('tells apart paths, queries and bodies', () => {
    const base = requestFingerprint('POST', '/api/v1/organizations', { kind: 'government' });
    expect(requestFingerprint('POST', '/api/v1/people', { kind: 'government' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/organizations?x=1', { kind: 'government' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/organizations', { kind: 'enterprise' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/organizations', undefined)).toBe(requestFingerprint('POST', '/api/v1/organizations', null));
  });

  it('is keyed: another key material gives another hash, and the body (which may hold a password) is not a plain hash', () => {
    const body = { currentPassword: 'correct horse battery', newPassword: 'staple of the office' };
    const hash = requestFingerprint('POST', '/api/v1/auth/password', body);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(storeWith('another-key-of-at-least-thirty-two-chars').fingerprint('POST', '/api/v1/auth/password', body)).not.toBe(hash);
    const plain = createHash('sha256')
      .update(`POST /api/v1/auth/password\n${canonicalJson(body)}`)
      .digest('hex');
    expect(hash).not.toBe(plain);
  });

  it('accepts keys of 1–255 printable characters', () => {
    expect(parseIdempotencyKey('a'.repeat(255))).toEqual({ key: 'a'.repeat(255) });
    expect(parseIdempotencyKey('a'.repeat(256))).toHaveProperty('error');
    expect(parseIdempotencyKey('')).toHaveProperty('error');
    expect(parseIdempotencyKey(['a', 'b'])).toHaveProperty('error');
    expect(parseIdempotencyKey('a\nb')).toHaveProperty('error');
  });
});
