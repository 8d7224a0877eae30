import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { LANGUAGES } from '@app/core';
import type { OutputKind } from './output-kind.js';

/**
 * A digest of everything an attendance list prints: the event's header fields and sides, each attendance (role, side,
 * place, deputy; with the status and check-in time when `checkIns`: the sign-in sheet prints neither), the people's names and positions with their
 * organizations, and the participant groups. Computed by the database in one statement.
 */
async function attendanceDigest(em: EntityManager, eventId: string, checkIns: boolean): Promise<string> {
  const [row] = await em.query<{ digest: string | null }[]>(
    `SELECT md5(concat_ws('|',
       (SELECT row(e.title, e.starts_at, e.ends_at, e.time_zone, e.venue, e.city, e.sides)::text FROM events e WHERE e.id = $1),
       (SELECT string_agg(row(a.id, a.role, a.side, CASE WHEN $2 THEN a.status END, CASE WHEN $2 THEN a.checked_in_at END, a.order_key, a.person_rank,
                              a.created_at, a.on_behalf_of_id, p.name)::text, ',' ORDER BY a.id)
          FROM attendances a JOIN people p ON p.id = a.person_id WHERE a.event_id = $1),
       (SELECT string_agg(row(pos.person_id, pos.ord, pos.title, o.name, o.short_name, o.kind)::text, ',' ORDER BY pos.person_id, pos.ord, pos.id)
          FROM positions pos LEFT JOIN organizations o ON o.id = pos.organization_id
         WHERE pos.person_id IN (SELECT person_id FROM attendances WHERE event_id = $1)),
       (SELECT string_agg(row(g.category, g.count, g.qualifier, g.ord)::text, ',' ORDER BY g.ord, g.id) FROM participant_groups g WHERE g.event_id = $1),
       (SELECT string_agg(row(eo.role, eo.ord, o.name)::text, ',' ORDER BY eo.role, eo.ord, o.id)
          FROM event_organizations eo JOIN organizations o ON o.id = eo.organization_id WHERE eo.event_id = $1)
     )) AS digest`,
    [eventId, checkIns],
  );
  return createHash('sha256')
    .update(row?.digest ?? '')
    .digest('hex');
}

/** The attendance report (with check-in times) and the sign-in sheet (without), in every language. */
export const ATTENDANCE_REPORT_OUTPUT: OutputKind = {
  kind: 'attendance-report',
  languages: LANGUAGES,
  fingerprint: (em, _actor, eventId) => attendanceDigest(em, eventId, true),
};

export const SIGN_IN_SHEET_OUTPUT: OutputKind = {
  kind: 'sign-in-sheet',
  languages: LANGUAGES,
  fingerprint: (em, _actor, eventId) => attendanceDigest(em, eventId, false),
};

/** The report kinds as output kinds. */
export const REPORT_OUTPUT_KINDS = { attendance: ATTENDANCE_REPORT_OUTPUT.kind, 'sign-in-sheet': SIGN_IN_SHEET_OUTPUT.kind } as const;
