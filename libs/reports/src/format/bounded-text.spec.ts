import { describe, expect, it } from 'vitest';
import { boundedCellText, PDF_CELL_MAX_CHARS, truncateText } from './bounded-text.js';

describe('bounded report text', () => {
  it('leaves ordinary names, positions and CJK text alone', () => {
    for (const text of [
      '宋军继',
      'Chief Executive Officer, Hong Kong Science and Technology Parks Corporation',
      '山东省人民政府\n青岛市市长',
    ]) {
      expect(boundedCellText(text)).toBe(text);
    }
  });

  it('cuts a 100,000-character name to a bounded length ending in an ellipsis', () => {
    const cut = boundedCellText('x'.repeat(100_000));
    expect(cut.replaceAll('\u00ad', '')).toHaveLength(PDF_CELL_MAX_CHARS);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('adds soft hyphens to an unbroken run so that no run is longer than 24 characters', () => {
    const cut = boundedCellText('a'.repeat(60));
    expect(cut.split('\u00ad').map((part) => part.length)).toEqual([24, 24, 12]);
    expect(boundedCellText('东'.repeat(60))).toBe('东'.repeat(60));
  });

  it('keeps at most eight lines', () => {
    const cut = boundedCellText(Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n'));
    expect(cut.split('\n')).toHaveLength(8);
    expect(cut.endsWith('line 7…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateText('𠮷'.repeat(10), 5);
    expect(Array.from(cut)).toEqual(['𠮷', '𠮷', '𠮷', '𠮷', '…']);
    expect(truncateText('𠮷'.repeat(5), 5)).toBe('𠮷'.repeat(5));
  });
});
