/**
 * Protocol order, the one rule for every list of people (writeup lead, speech order, attendance
 * reports, the attendee list): an explicit per-event override first (lowest first), then the
 * person's protocol rank (1 = most senior), then a stable tie-break (when the attendance was recorded,
 * then its id). It is written once, as SQL, so lists and streamed reports order rows identically.
 *
 * `a` is the alias of `attendances`, `p` the alias of `people`.
 */
export function protocolOrderBy(a = 'a', p = 'p'): string {
  return `${a}.protocol_order ASC NULLS LAST, ${p}.protocol_rank ASC, ${a}.created_at ASC, ${a}.id ASC`;
}

/**
 * The event's attendances with their effective order (1-based, over the whole event, before any
 * filter), as a subquery to select from: `FROM (${rankedAttendances()}) r` with `$1` = event id.
 */
export function rankedAttendances(eventParam = '$1'): string {
  return `SELECT a.*, p.protocol_rank AS person_rank,
                 row_number() OVER (ORDER BY ${protocolOrderBy('a', 'p')})::int AS effective_order
            FROM attendances a JOIN people p ON p.id = a.person_id
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
 * The WHERE clause over `rankedAttendances()` rows (alias `r`) for the given filter, appending its
 * values to `params` (which already hold the event id). Lists and reports filter the same way.
 */
export function rankedAttendanceWhere(filter: RankedAttendanceFilter, params: unknown[]): string {
  const clauses: string[] = [];
  const add = (template: string, value: unknown) => {
    params.push(value);
    clauses.push(template.replace('?', `$${params.length}`));
  };
  if (filter.ids) add('r.id = ANY(?)', filter.ids);
  if (filter.role) add('r.role = ?', filter.role);
  if (filter.status) add('r.status = ?', filter.status);
  if (filter.side) add('r.side = ?', filter.side);
  const q = filter.q?.replace(/\s+/g, '');
  if (q) {
    // one cheap expression per row (no regex, no jsonb expansion): the three names joined by a
    // separator nobody types, spaces, ideographic spaces and tabs removed
    add(
      `EXISTS (SELECT 1 FROM people np WHERE np.id = r.person_id
                 AND translate(concat_ws('|', np.name->>'zh', np.name->>'ja', np.name->>'en'), ' ' || chr(12288) || chr(9), '') ILIKE ?)`,
      `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  }
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

/**
 * Speaking order of an event's speeches (alias `s`) joined to `rankedAttendances()` rows (alias `r`):
 * the recorded order, then the speakers' protocol order.
 */
export const SPEAKING_ORDER = 's.ord ASC, r.effective_order ASC, s.created_at ASC, s.id ASC';
