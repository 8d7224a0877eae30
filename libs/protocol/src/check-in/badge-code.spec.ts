import { describe, expect, it } from 'vitest';
import { badgeCode, parseBadgeCode, verifyBadgeSignature } from './badge-code.js';

const WS = '11111111-1111-4111-8111-111111111111';
const EV = '22222222-2222-4222-8222-222222222222';
const AT = '3f2a9c1e-0b7d-4e6f-9a8b-123456789abc';

describe('badge codes', () => {
  it('round-trips the attendance id and verifies only for its workspace, event and secret', () => {
    const code = badgeCode('secret', WS, EV, AT);
    expect(code).toMatch(/^B1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{16}$/);
    const parsed = parseBadgeCode(` ${code}\n`)!;
    expect(parsed.attendanceId).toBe(AT);
    expect(verifyBadgeSignature('secret', WS, EV, AT, parsed.signature)).toBe(true);
    expect(verifyBadgeSignature('other secret', WS, EV, AT, parsed.signature)).toBe(false);
    expect(verifyBadgeSignature('secret', WS, AT, AT, parsed.signature)).toBe(false);
    expect(verifyBadgeSignature('secret', EV, EV, AT, parsed.signature)).toBe(false);
  });

  it('refuses what is not a code, and a forged signature', () => {
    for (const text of ['', 'hello', 'B1..', `B2.${'A'.repeat(22)}.${'A'.repeat(16)}`, `B1.${'A'.repeat(21)}.${'A'.repeat(16)}`]) {
      expect(parseBadgeCode(text)).toBeNull();
    }
    const code = badgeCode('secret', WS, EV, AT);
    const forged = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    const parsed = parseBadgeCode(forged)!;
    expect(verifyBadgeSignature('secret', WS, EV, AT, parsed.signature)).toBe(false);
  });
});
