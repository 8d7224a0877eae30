import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../errors/app.exception.js';
import { LimitLength } from './limits.js';
import { PageQueryDto, pageWindow, type Page } from './page.dto.js';

const CURSOR_MAX_LENGTH = 512;

/** `?cursor=…` besides `page`/`pageSize`: lists that can grow continue from the last item of a page. */
export class CursorPageQueryDto extends PageQueryDto {
  /**
   * `nextCursor` of the previous page: the next page starts right after its last item, whatever was
   * added or changed before it meanwhile (then `page` is ignored). Opaque; only valid for the list and
   * order that gave it out.
   */
  @ApiProperty({ required: false, type: 'string', example: 'WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd' })
  @IsOptional()
  @IsString()
  @LimitLength(CURSOR_MAX_LENGTH)
  cursor?: string;
}

/**
 * The query of a list that can grow without bound (events, projects, MoUs, imports, the audit log): its
 * total is counted on pages read by `page` and only on request on pages read by `cursor`.
 */
export class CursorListQueryDto extends CursorPageQueryDto {
  /** Count the list's `total` on a page read by `cursor` too (otherwise `total` is null there) */
  @ApiProperty({ required: false, type: 'boolean' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  withTotal?: boolean;
}

/** Whether a page of a {@link CursorListQueryDto} list counts its total. */
export const wantsTotal = (query: CursorListQueryDto): boolean => !query.cursor || query.withTotal === true;

/** What each position of a cursor holds: checked on the way in, so a cursor can only carry values of these shapes. */
export type CursorPart = 'int' | 'uuid' | 'timestamp' | 'date' | 'text';
type PartValue<P extends CursorPart> = P extends 'int' ? number : P extends 'text' ? string : string;
export type CursorValues<P extends readonly CursorPart[]> = { [K in keyof P]: P[K] extends CursorPart ? PartValue<P[K]> | null : never };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** a PostgreSQL timestamptz as the lists write it: UTC with microseconds */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const valid: Record<CursorPart, (v: unknown) => boolean> = {
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  timestamp: (v) => typeof v === 'string' && TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v)),
  text: (v) => typeof v === 'string' && v.length <= 200,
};

/** SQL that writes a timestamptz column the way a `timestamp` cursor part holds it. */
export const cursorTimestampSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Opaque cursors shared by every list: base64url of a JSON array whose first element names the list
 * (a cursor of one list is refused by another) followed by the sort key of the last item.
 */
export function encodeCursor(list: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([list, ...values]), 'utf8').toString('base64url');
}

/** The sort key a cursor holds, checked part by part; anything else is `400 INVALID_CURSOR`. */
export function decodeCursor<const P extends readonly CursorPart[]>(list: string, cursor: string, parts: P): CursorValues<P> {
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== parts.length + 1 || decoded[0] !== list) throw invalidCursor();
  const values = decoded.slice(1);
  if (!values.every((v, i) => v === null || valid[parts[i]](v))) throw invalidCursor();
  return values as CursorValues<P>;
}

/** One column of a list's order, as SQL over its query builder's alias; the last one is the unique id. */
export interface CursorKey {
  sql: string;
  part: CursorPart;
  desc?: boolean;
}

const CASTS: Record<CursorPart, string> = { int: 'bigint', uuid: 'uuid', timestamp: 'timestamptz', date: 'date', text: 'text' };

/** How a key's value is selected so that it goes into a cursor unchanged (microseconds, no time zone). */
function keySelect(key: CursorKey): string {
  if (key.part === 'timestamp') return cursorTimestampSql(key.sql);
  if (key.part === 'date') return `to_char(${key.sql}, 'YYYY-MM-DD')`;
  return key.sql;
}

/**
 * "Comes after the cursor's item" in the order of `keys` (each ascending or descending, none null), the
 * value of key `i` in the placeholder `param(i)`: the first key bounded (so an index on the order starts
 * there), then the usual expansion.
 */
function afterCursor(keys: readonly CursorKey[], param: (i: number) => string): string {
  const value = (i: number) => `CAST(${param(i)} AS ${CASTS[keys[i].part]})`;
  const terms = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.sql} = ${value(j)}`);
    return [...equal, `${key.sql} ${key.desc ? '<' : '>'} ${value(i)}`].join(' AND ');
  });
  return `(${keys[0].sql} ${keys[0].desc ? '<=' : '>='} ${value(0)} AND (${terms.map((t) => `(${t})`).join(' OR ')}))`;
}

/**
 * For a list read in plain SQL: "comes after the cursor's item" in the order of `keys` (the last key: the
 * item's unique id), its values in the placeholders `param(i)` gives (e.g. `$2`…), and the values; a cursor
 * of another list or order is `400 INVALID_CURSOR`.
 */
export function cursorCondition(
  list: string,
  cursor: string,
  keys: readonly CursorKey[],
  param: (i: number) => string,
): { sql: string; values: (string | number)[] } {
  const values = decodeCursor(
    list,
    cursor,
    keys.map((k) => k.part),
  );
  if (values.some((v) => v === null)) throw invalidCursor();
  return { sql: afterCursor(keys, param), values: values as (string | number)[] };
}

/**
 * The ids of one page of a list in the order of `keys` (the last key: the item's unique id), after the
 * cursor's item when there is one, else at the page's offset; and the cursor of the next page. `qb` holds
 * the list's filters only; the caller loads the items by id.
 */
export async function cursorPageIds<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  list: string,
  keys: readonly CursorKey[],
  query: CursorPageQueryDto,
): Promise<{ ids: string[]; nextCursor: string | null }> {
  const { skip, take } = pageWindow(query);
  if (query.cursor) {
    const { sql, values } = cursorCondition(list, query.cursor, keys, (i) => `:ck${i}`);
    qb.andWhere(sql, Object.fromEntries(values.map((v, i) => [`ck${i}`, v])));
  }
  qb.select(keys.map((k, i) => `${keySelect(k)} AS ck${i}`));
  keys.forEach((k, i) => (i === 0 ? qb.orderBy(k.sql, k.desc ? 'DESC' : 'ASC') : qb.addOrderBy(k.sql, k.desc ? 'DESC' : 'ASC')));
  const rows = await qb
    .offset(query.cursor ? 0 : skip)
    .limit(take + 1)
    .getRawMany<Record<string, unknown>>();
  const idKey = `ck${keys.length - 1}`;
  const page = rows.slice(0, take);
  const last = page.at(-1);
  const nextCursor =
    rows.length > take && last
      ? encodeCursor(
          list,
          keys.map((k, i) => (k.part === 'int' ? Number(last[`ck${i}`]) : last[`ck${i}`])),
        )
      : null;
  return { ids: page.map((r) => String(r[idKey])), nextCursor };
}

/** Items loaded by id, in the order of `ids`. */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function invalidCursor(): AppException {
  return new AppException('INVALID_CURSOR', 'The cursor was not given out by this list; start again without it', [
    { field: 'cursor', messages: ['must be the nextCursor of a previous page of this list'] },
  ]);
}

/** A page of a cursor-paged list: `nextCursor` is null on the last page. */
export function toCursorPage<T>(items: T[], total: number | null, query: CursorPageQueryDto, nextCursor: string | null): Page<T> {
  const { page, pageSize } = pageWindow(query);
  return { items, total, page, pageSize, nextCursor };
}

/** How the lists of {@link CursorListQueryDto} page, for their operations' descriptions. */
export const CURSOR_LIST_PAGING =
  "Page with `cursor` (the previous page's `nextCursor`): every page costs what the first costs however long the list, and each item comes once even while items are added. `total` is counted on pages read by `page`, and on pages read by `cursor` only with `withTotal=true` (null otherwise). `page` still works for small lists.";
