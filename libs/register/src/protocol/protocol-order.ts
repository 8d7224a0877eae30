import { textMatchSql } from '../common/text-search.js';

/**
 * Protocol order, the one rule for every list of people (writeup lead, speech order, attendance
 * reports, the attendee list): an explicit per-event override first (lowest first), then the
 * person's protocol rank (1 = most senior), then a stable tie-break (when the attendance was recorded,
 * then its id). The database keeps it on each attendance as a sort key (`order_key`: the override or
 * the largest integer; `person_rank`: the person's rank, copied by triggers) with an index on
 * `(event_id, order_key, person_rank, created_at, id)`, so any writer keeps it right and a page of
 * the list is read from the index.
 *
 * `a` is the alias of `attendances`.
 */
export function protocolOrderBy(a = 'a', direction: 'ASC' | 'DESC' = 'ASC'): string {
  return `${a}.order_key ${direction}, ${a}.person_rank ${direction}, ${a}.created_at ${direction}, ${a}.id ${direction}`;
}

/** The protocol sort key as a row value, to compare with a cursor's: `(order_key, person_rank, created_at, id)`. */
export function protocolKey(a = 'a'): string {
  return `(${a}.order_key, ${a}.person_rank, ${a}.created_at, ${a}.id)`;
}

/**
 * The event's attendances with their effective order (1-based, over the whole event, before any
 * filter), as a subquery to select from: `FROM (${rankedAttendances()}) r` with `$1` = event id.
 * It numbers the whole event: for whole-event reads (reports, writeups), not for a page.
 */
export function rankedAttendances(eventParam = '$1'): string {
  return `SELECT a.*, row_number() OVER (ORDER BY ${protocolOrderBy('a')})::int AS effective_order
            FROM attendances a
           WHERE a.event_id = ${eventParam}`;
}

export interface RankedAttendanceFilter {
  ids?: string[];
  role?: string;
  status?: string;
  side?: string;
  /** text in any language of the person's name; whitespace is ignored on both sides */
  q?: string;
}

/**
 * The conditions of a filter over attendance rows (alias `r` by default), appending their values to
 * `params` (which already hold the event id). Lists and reports filter the same way.
 */
export function attendanceFilterClauses(filter: RankedAttendanceFilter, params: unknown[], r = 'r'): string[] {
  const clauses: string[] = [];
  const add = (template: string, value: unknown) => {
    params.push(value);
    clauses.push(template.replace('?', `$${params.length}`));
  };
  if (filter.ids) add(`${r}.id = ANY(?)`, filter.ids);
  if (filter.role) add(`${r}.role = ?`, filter.role);
  if (filter.status) add(`${r}.status = ?`, filter.status);
  if (filter.side) add(`${r}.side = ?`, filter.side);
  const match = textMatchSql('people', `${r}.person_id`, filter.q, '?');
  if (match) add(match.sql, match.pattern);
  return clauses;
}

/** The WHERE clause over `rankedAttendances()` rows (alias `r`) for the given filter. */
export function rankedAttendanceWhere(filter: RankedAttendanceFilter, params: unknown[]): string {
  const clauses = attendanceFilterClauses(filter, params, 'r');
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

/**
 * Speaking order of an event's speeches (alias `s`) joined to their attendances (alias `r`, plain rows or
 * `rankedAttendances()` ones): the recorded order, then the speakers' protocol order.
 */
export const SPEAKING_ORDER = `s.ord ASC, ${protocolOrderBy('r')}, s.created_at ASC, s.id ASC`;
