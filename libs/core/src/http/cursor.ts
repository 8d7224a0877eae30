import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
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

function invalidCursor(): AppException {
  return new AppException('INVALID_CURSOR', 'The cursor was not given out by this list; start again without it', [
    { field: 'cursor', messages: ['must be the nextCursor of a previous page of this list'] },
  ]);
}

/** A page of a cursor-paged list: `nextCursor` is null on the last page. */
export function toCursorPage<T>(items: T[], total: number, query: CursorPageQueryDto, nextCursor: string | null): Page<T> {
  const { page, pageSize } = pageWindow(query);
  return { items, total, page, pageSize, nextCursor };
}
