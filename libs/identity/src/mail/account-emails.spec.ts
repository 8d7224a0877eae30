import { describe, expect, it } from 'vitest';
import { invitationMail, mailLanguage, passwordResetMail } from './account-emails.js';

describe('account emails', () => {
  it('are in the language chosen, else the first of Accept-Language the product writes in (by weight), else English', () => {
    expect(mailLanguage('ja', 'zh-CN')).toBe('ja');
    expect(mailLanguage(undefined, 'zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(mailLanguage(null, 'en;q=0.5, ja-JP;q=0.9')).toBe('ja');
    expect(mailLanguage(undefined, 'fr-FR, de;q=0.9, zh;q=0.1')).toBe('zh');
    expect(mailLanguage(undefined, 'ja;q=0, fr')).toBe('en');
    expect(mailLanguage(undefined, '*')).toBe('en');
    expect(mailLanguage(undefined, undefined)).toBe('en');
    expect(mailLanguage(undefined, ['ja', 'en'])).toBe('ja');
  });

  it('say how long the link works in each language', () => {
    const week = new Date(Date.now() + 7 * 86_400_000 + 1000);
    const day = new Date(Date.now() + 24 * 3_600_000 + 1000);
    expect(invitationMail('a@b.example', 'Office', 'official', 'https://x/invitation#token=t', week, 'ja').text).toContain('7日間有効');
    expect(invitationMail('a@b.example', 'Office', 'official', 'https://x/invitation#token=t', day, 'zh').text).toContain('有效期24小时');
    expect(invitationMail('a@b.example', 'Office', 'owner', 'https://x/invitation#token=t', day).text).toContain('as owner');
    expect(passwordResetMail('a@b.example', 'https://x/reset-password#token=t', new Date(Date.now() + 3_600_000 + 500), 'ja').subject).toBe(
      'パスワードの再設定',
    );
  });
});
