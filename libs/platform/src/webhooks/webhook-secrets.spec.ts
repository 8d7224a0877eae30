import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, SecretBox, signWebhook } from './webhook-secrets.js';

describe('webhook secrets', () => {
  it('are whsec_ and 32 random bytes, different each time', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(a);
  });

  it('sign as the Standard Webhooks library verifies, with every secret given', () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const body = JSON.stringify({ type: 'event.created', timestamp: new Date().toISOString(), data: { id: 'x' } });
    const now = new Date();
    const headers = (signature: string) => ({
      'webhook-id': 'msg-1',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
    });
    const both = signWebhook([current, previous], 'msg-1', now, body);
    expect(both.split(' ')).toHaveLength(2);
    expect(new Webhook(current).verify(body, headers(both))).toMatchObject({ type: 'event.created' });
    expect(new Webhook(previous).verify(body, headers(both))).toMatchObject({ type: 'event.created' });
    const one = signWebhook([current], 'msg-1', now, body);
    expect(() => new Webhook(previous).verify(body, headers(one))).toThrow();
    expect(() => new Webhook(current).verify(body + ' ', headers(one))).toThrow();
  });

  it('are sealed with AES-256-GCM to their endpoint: another key, another endpoint or a changed byte does not open them', () => {
    const box = new SecretBox('a-key-of-at-least-thirty-two-characters!');
    const endpoint = randomUUID();
    const secret = generateWebhookSecret();
    const sealed = box.seal(secret, endpoint);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.seal(secret, endpoint)).not.toBe(sealed);
    expect(box.open(sealed, endpoint)).toBe(secret);
    expect(() => box.open(sealed, randomUUID())).toThrow();
    expect(() => new SecretBox('another-key-of-at-least-thirty-two-chars').open(sealed, endpoint)).toThrow();
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'), endpoint)).toThrow();
    expect(() => new SecretBox('')).toThrow();
  });
});
