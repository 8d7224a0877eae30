import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * Substring search over multilingual texts, served by trigram indexes (pg_trgm). The database's
 * `search_text(jsonb)` joins a text's zh, ja and en values into one lower-case text without spaces;
 * people and organizations keep it as a stored column (`search_name`), titles have an index on the
 * expression. `q` is matched the same way: spaces removed (李 明 finds 李明), lower case, wildcards
 * escaped. Three characters or more are looked up in the index, through the table's `<table>_matching`
 * function (row-level security keeps a `LIKE` of the query itself from using the index; see migration
 * SearchUnderRls); one or two (a common CJK name fragment, which has no trigram) scan the stored text,
 * which stays cheap because the text is precomputed.
 *
 * This gives the LIKE pattern of `q`, and whether it has a trigram for the index to look up.
 */
function textSearch(q: string | undefined): { pattern: string; indexed: boolean } | undefined {
  const text = q?.replace(/[\s\u3000]+/g, '').toLowerCase();
  if (!text) return undefined;
  return { pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, indexed: [...text].length >= 3 };
}

/** Whether a search for `q` reads every row of the workspace anyway (one or two characters: no trigram). */
export const searchScansAll = (q: string | undefined): boolean => {
  const search = textSearch(q);
  return !!search && !search.indexed;
};

/**
 * SQL for "the search text of `table`'s row matches `q`": its id (`idSql`) among the table's matching
 * ids, or, under three characters, `scan(param)`; the pattern goes in parameter `param` (the caller's
 * placeholder).
 */
export function textMatchSql(
  table: string,
  idSql: string,
  scan: (param: string) => string,
  q: string | undefined,
  param: string,
): { sql: string; pattern: string } | undefined {
  const search = textSearch(q);
  if (!search) return undefined;
  return { sql: search.indexed ? `${idSql} IN (SELECT ${table}_matching(${param}))` : scan(param), pattern: search.pattern };
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
  const table = qb.expressionMap.mainAlias!.metadata.tableName;
  const match = textMatchSql(table, `${qb.alias}.id`, (p) => `${expression} LIKE ${p}`, q, `:${param}`);
  return match ? qb.andWhere(match.sql, { [param]: match.pattern }) : qb;
}
