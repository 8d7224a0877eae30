import { describe, expect, it } from 'vitest';
import { checkCells } from './cell-limits.js';
import type { ParsedRow } from './parse-attendee-sheet.js';

const row = (overrides: Partial<ParsedRow>): ParsedRow => ({ row: 2, name: { en: 'Li Ming' }, positions: [], ...overrides });

describe('checkCells', () => {
  it('accepts cells within their limits', () => {
    expect(checkCells([row({ name: { zh: '李'.repeat(200) }, role: 'guest' })])).toEqual([]);
  });

  it('names the row and column of each cell that is too long or holds what text cannot', () => {
    const errors = checkCells([
      row({ row: 2, name: { en: 'x'.repeat(100_000) } }),
      row({
        row: 3,
        positions: [{ slot: 2, title: { ja: '部長' }, organization: { zh: 'a\u0000b' }, region: 'r'.repeat(101) }],
        side: '\uD800',
      }),
    ]);
    expect(errors).toEqual([
      { row: 2, field: 'name_en', reason: 'longer than 200 characters (it has 100000)' },
      { row: 3, field: 'organization_2_zh', reason: expect.stringContaining('NUL') },
      { row: 3, field: 'region_2', reason: 'longer than 100 characters (it has 101)' },
      { row: 3, field: 'side', reason: expect.stringContaining('surrogate') },
    ]);
  });
});
