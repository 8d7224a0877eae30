import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/** Case-insensitive match of `q` in any language of a multilingual jsonb column. */
export function whereTextContains<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, q: string | undefined, param = 'q'): SelectQueryBuilder<T> {
  if (!q?.trim()) return qb;
  const escaped = q.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM jsonb_each_text(${column}) AS t(lang, text) WHERE t.text ILIKE :${param})`,
    { [param]: `%${escaped}%` },
  );
}
