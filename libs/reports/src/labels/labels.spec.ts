import { LANGUAGES } from '@app/core';
import { describe, expect, it } from 'vitest';
import { ORGANIZATION_KINDS, organizationKindLabel, reportLabels } from './index.js';

/** every leaf of a label set, as path -> value */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

describe('report labels', () => {
  const reference = leaves(reportLabels('en'))
    .map(([path]) => path)
    .sort();

  it.each(LANGUAGES)('%s has every label, none empty except the exact qualifier', (lang) => {
    const entries = leaves(reportLabels(lang));
    expect(entries.map(([path]) => path).sort()).toEqual(reference);
    for (const [path, value] of entries) {
      if (path === 'qualifiers.exact') continue;
      expect(value, path).toBeTruthy();
    }
  });

  it.each(LANGUAGES)('%s names every organization kind', (lang) => {
    const labels = reportLabels(lang);
    for (const kind of ORGANIZATION_KINDS) expect(labels.organizationKinds[kind]).toBeTruthy();
  });

  it('prints page numbers in the form each language uses', () => {
    expect(reportLabels('zh').page(1, 3)).toBe('第 1 页 共 3 页');
    expect(reportLabels('ja').page(1, 3)).toBe('1 / 3 ページ');
    expect(reportLabels('en').page(1, 3)).toBe('Page 1 of 3');
  });

  it('prints an unknown organization kind as is and a missing one as unclassified', () => {
    const ja = reportLabels('ja');
    expect(organizationKindLabel(ja, 'university')).toBe('大学');
    expect(organizationKindLabel(ja, 'chamber_of_commerce')).toBe('chamber_of_commerce');
    expect(organizationKindLabel(ja, null)).toBe('未分類');
  });

  it('writes participant group counts with their qualifier', () => {
    expect(reportLabels('zh').groupCount(100, 'about')).toBe('约100人');
    expect(reportLabels('zh').groupCount(30, 'over')).toBe('30余人');
    expect(reportLabels('ja').groupCount(50, 'nearly')).toBe('50名近く');
    expect(reportLabels('en').groupCount(12, 'exact')).toBe('12');
  });
});
