import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/** Case-insensitive match of `q` in any language of one or more multilingual jsonb columns. */
export function whereTextContains<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: string | string[],
  q: string | undefined,
  param = 'q',
): SelectQueryBuilder<T> {
  if (!q?.trim()) return qb;
  const escaped = q.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const matches = [columns]
    .flat()
    .map(
      (column) => `EXISTS (SELECT 1 FROM jsonb_each_text(coalesce(${column}, '{}'::jsonb)) AS t(lang, text) WHERE t.text ILIKE :${param})`,
    );
  return qb.andWhere(`(${matches.join(' OR ')})`, { [param]: `%${escaped}%` });
}
