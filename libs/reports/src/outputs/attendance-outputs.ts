import type { EntityManager } from 'typeorm';
import { LANGUAGES } from '@app/core';
import type { OutputKind } from './output-kind.js';

/**
 * A digest of everything an attendance list prints: the event's header fields and sides, each attendance (role, side,
 * place, deputy; with the status and check-in time when `checkIns`: the sign-in sheet prints neither), the people's
 * names and positions with their organizations, and the participant groups. Computed by the database function
 * `attendance_fingerprint` (migration FingerprintByHashes), under the caller's row-level security.
 */
async function attendanceDigest(em: EntityManager, eventId: string, checkIns: boolean): Promise<string> {
  const [row] = await em.query<{ digest: string }[]>('SELECT attendance_fingerprint($1, $2) AS digest', [eventId, checkIns]);
  return row.digest;
}

/** The attendance report (with check-in times) and the sign-in sheet (without), in every language. */
export const ATTENDANCE_REPORT_OUTPUT: OutputKind = {
  kind: 'attendance-report',
  languages: LANGUAGES,
  fingerprint: (em, _actor, eventId) => attendanceDigest(em, eventId, true),
  sameFingerprintInEveryLanguage: true,
};

export const SIGN_IN_SHEET_OUTPUT: OutputKind = {
  kind: 'sign-in-sheet',
  languages: LANGUAGES,
  fingerprint: (em, _actor, eventId) => attendanceDigest(em, eventId, false),
  sameFingerprintInEveryLanguage: true,
};

/** The report kinds as output kinds. */
export const REPORT_OUTPUT_KINDS = { attendance: ATTENDANCE_REPORT_OUTPUT.kind, 'sign-in-sheet': SIGN_IN_SHEET_OUTPUT.kind } as const;
