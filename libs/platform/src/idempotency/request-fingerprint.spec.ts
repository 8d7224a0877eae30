import { describe, expect, it } from 'vitest';
import { canonicalJson, parseIdempotencyKey, requestFingerprint } from './request-fingerprint.js';

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

  it('accepts keys of 1–255 printable characters', () => {
    expect(parseIdempotencyKey('a'.repeat(255))).toEqual({ key: 'a'.repeat(255) });
    expect(parseIdempotencyKey('a'.repeat(256))).toHaveProperty('error');
    expect(parseIdempotencyKey('')).toHaveProperty('error');
    expect(parseIdempotencyKey(['a', 'b'])).toHaveProperty('error');
    expect(parseIdempotencyKey('a\nb')).toHaveProperty('error');
  });
});
