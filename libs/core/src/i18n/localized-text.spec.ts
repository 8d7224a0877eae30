import { describe, expect, it } from 'vitest';
import { resolveText } from './localized-text.js';

describe('resolveText', () => {
  it('uses the requested language when present', () => {
    expect(resolveText({ zh: '宋军继', en: 'Song Junji' }, 'en')).toEqual({ text: 'Song Junji', lang: 'en', fallback: false });
  });
  it('falls back in the stated order and says so', () => {
    expect(resolveText({ zh: '宋军继', en: 'Song Junji' }, 'ja')).toEqual({ text: '宋军继', lang: 'zh', fallback: true });
    expect(resolveText({ ja: '宋軍継氏' }, 'en')).toEqual({ text: '宋軍継氏', lang: 'ja', fallback: true });
  });
  it('treats blank text as missing', () => {
    expect(resolveText({ en: '  ' }, 'en')).toBeUndefined();
    expect(resolveText(null, 'en')).toBeUndefined();
  });
});
