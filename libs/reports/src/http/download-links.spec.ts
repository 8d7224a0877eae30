import { describe, expect, it } from 'vitest';
import { createDownloadToken, downloadUrl, verifyDownloadToken, type DownloadGrant } from './download-links.js';

const grant: DownloadGrant = {
  workspaceId: 'w',
  eventId: 'e',
  report: 'attendance',
  format: 'pdf',
  lang: 'zh',
  params: {},
  exp: 2_000_000_000,
};

describe('signed download links', () => {
  it('round-trips a grant', () => {
    expect(verifyDownloadToken(createDownloadToken(grant, 's3cret'), 's3cret', 1_000)).toEqual(grant);
  });
  it('refuses a tampered payload, a wrong secret and a malformed token', () => {
    const token = createDownloadToken(grant, 's3cret');
    const [payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...grant, workspaceId: 'other' })).toString('base64url');
    for (const bad of [`${forged}.${sig}`, `${payload}.${sig.slice(0, -1)}A`, 'nonsense', `${token}.x`]) {
      expect(() => verifyDownloadToken(bad, 's3cret', 1_000)).toThrow(expect.objectContaining({ code: 'LINK_INVALID' }));
    }
    expect(() => verifyDownloadToken(token, 'other-secret', 1_000)).toThrow(expect.objectContaining({ code: 'LINK_INVALID' }));
  });
  it('refuses an expired link', () => {
    const token = createDownloadToken({ ...grant, exp: 100 }, 's3cret');
    expect(() => verifyDownloadToken(token, 's3cret', 101_000)).toThrow(expect.objectContaining({ code: 'LINK_EXPIRED' }));
  });
  it('builds the URL on the configured public origin, else relative, never from a request', () => {
    expect(downloadUrl('t.s', 'https://events.example.org/')).toBe('https://events.example.org/api/v1/downloads/t.s');
    expect(downloadUrl('t.s', 'https://example.org/register')).toBe('https://example.org/register/api/v1/downloads/t.s');
    expect(downloadUrl('t.s', null)).toBe('/api/v1/downloads/t.s');
  });
});
