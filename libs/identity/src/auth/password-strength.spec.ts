import { afterAll, describe, expect, it } from 'vitest';
import { AppException } from '@app/core';
import { MIN_PASSWORD_SCORE, PasswordStrength } from './password-strength.js';

const strength = new PasswordStrength();
afterAll(() => strength.onModuleDestroy());

describe('PasswordStrength', () => {
  it('refuses common and pattern passwords with the library feedback', async () => {
    for (const weak of ['password123', 'qwerty123456', 'P@ssw0rd2024', 'aaaaaaaaaaaa', 'iloveyou2024']) {
      const verdict = await strength.score(weak);
      expect(verdict.score, weak).toBeLessThan(MIN_PASSWORD_SCORE);
    }
    const err = await strength.assertStrong('password123', [], 'password').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppException);
    expect(err).toMatchObject({ code: 'WEAK_PASSWORD', status: 400, details: { field: 'password', score: 0, minimumScore: 3 } });
    expect((err as AppException).details).toMatchObject({ warning: 'This is a commonly used password.' });
  });

  it("counts the user's own email and names against the password", async () => {
    const email = 'wang.lixin.kjt@shandong.example';
    expect((await strength.score(email)).score).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
    expect((await strength.score(email, [email])).score).toBeLessThan(MIN_PASSWORD_SCORE);
  });

  it('accepts passphrases, and scores a very long input without blocking the event loop', async () => {
    await expect(strength.assertStrong('correct-horse-battery', [], 'password')).resolves.toBeUndefined();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const verdict = await strength.score('p@$$w0rd'.repeat(25));
    clearInterval(ticker);
    expect(verdict.score).toBeLessThan(MIN_PASSWORD_SCORE);
    expect(ticks).toBeGreaterThan(0);
  });
});
