import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * Substring search over multilingual texts, served by indexes. The database's `search_text(jsonb)` joins a
 * text's zh, ja and en values into one lower-case text without spaces; people and organizations keep it as a
 * stored column (`search_name`), titles have indexes on the expression. `q` is matched the same way: spaces
 * removed (李 明 finds 李明), lower case, wildcards escaped. The table's `<table>_matching` function (row-level
 * security keeps a `LIKE` of the query itself from using an index; see migration SearchUnderRls) looks three
 * characters or more up in the trigram index, and one or two (a common CJK name fragment, which has no
 * trigram) in the index of each text's characters (migration ShortSearchIndex).
 *
 * This gives the LIKE pattern of `q`.
 */
function searchPattern(q: string | undefined): string | undefined {
  const text = q?.replace(/[\s\u3000]+/g, '').toLowerCase();
  return text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
}

/**
 * SQL for "the search text of `table`'s row matches `q`": its id (`idSql`) among the table's matching ids; the
 * pattern goes in parameter `param` (the caller's placeholder).
 */
export function textMatchSql(
  table: string,
  idSql: string,
  q: string | undefined,
  param: string,
): { sql: string; pattern: string } | undefined {
  const pattern = searchPattern(q);
  return pattern === undefined ? undefined : { sql: `${idSql} IN (SELECT ${table}_matching(${param}))`, pattern };
}

/**
 * Case-insensitive match of `q` in the search text of the query's main table (a person's or organization's name, a
 * title); whether `q` searches at all (not empty once its spaces are removed).
 */
export function whereTextContains<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: string | undefined, param = 'q'): boolean {
  const table = qb.expressionMap.mainAlias!.metadata.tableName;
  const match = textMatchSql(table, `${qb.alias}.id`, q, `:${param}`);
  if (match) qb.andWhere(match.sql, { [param]: match.pattern });
  return !!match;
}
