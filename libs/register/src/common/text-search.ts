import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * Substring search over multilingual texts, served by trigram indexes (pg_trgm). The database's
 * `search_text(jsonb)` joins a text's zh, ja and en values into one lower-case text without spaces;
 * people and organizations keep it as a stored column (`search_name`), titles have an index on the
 * expression. `q` is matched the same way: spaces removed (李 明 finds 李明), lower case, wildcards
 * escaped. Three characters or more are looked up in the index; one or two (a common CJK name
 * fragment) scan the stored column, which stays cheap because the text is precomputed.
 */
export function textSearchPattern(q: string | undefined): string | undefined {
  const text = q?.replace(/[\s\u3000]+/g, '').toLowerCase();
  return text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
}

/** The searchable text of a multilingual jsonb column, as the indexes hold it. */
export const searchText = (column: string) => `search_text(${column})`;

/** Case-insensitive match of `q` in a search expression: a `search_name` column or {@link searchText} of a title. */
export function whereTextContains<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  expression: string,
  q: string | undefined,
  param = 'q',
): SelectQueryBuilder<T> {
  const pattern = textSearchPattern(q);
  return pattern ? qb.andWhere(`${expression} LIKE :${param}`, { [param]: pattern }) : qb;
}
