import { ORGANIZATION_KINDS, type OrganizationKind } from '@app/register';
import type { AttendanceRow, ParticipantGroupLine } from '../attendance-row.js';

export type AttendanceColumn = 'order' | 'name' | 'positions' | 'organization' | 'role' | 'side' | 'status' | 'checkedInAt';

/** Keys of organization kinds come from the register; unknown keys are printed as they are. */
export { ORGANIZATION_KINDS, type OrganizationKind };

/** Everything a report prints that is not data. One file per language under `labels/`. */
export interface ReportLabels {
  /** BCP 47 tag, for PDF metadata */
  locale: string;
  /** report titles printed under the event title */
  attendanceTitle: string;
  signInSheetTitle: string;
  columns: Record<AttendanceColumn, string>;
  /** sign-in sheet column headers */
  signIn: { order: string; name: string; positionsOrganization: string; signature: string };
  /** joins several positions on one line (CSV, XLSX) */
  positionSeparator: string;
  roles: Record<AttendanceRow['role'], string>;
  statuses: Record<AttendanceRow['status'], string>;
  /** printed where an attendee has no side */
  noSide: string;
  /** printed where an attendee has no organization */
  noOrganization: string;
  organizationKinds: Record<OrganizationKind, string>;
  /** printed for an attendee whose organization has no kind */
  unclassifiedKind: string;
  /** header lines */
  date: string;
  venue: string;
  /** venue and city on one line */
  venueLine: (venue: string, city: string) => string;
  filter: string;
  generatedAt: string;
  timeZone: string;
  /** footer: page n of N */
  page: (n: number, total: number) => string;
  /** suffix added to a group heading repeated at the top of a page */
  continued: string;
  noRows: string;
  /** worksheet names (at most 31 characters, none of []:*?/\) */
  sheets: { attendees: string; summary: string; signIn: string };
  totals: {
    heading: string;
    total: string;
    registered: string;
    checkedIn: string;
    absent: string;
    invited: string;
    byRole: string;
    bySide: string;
    byOrganizationKind: string;
    participantGroups: string;
    category: string;
    qualifier: string;
    count: string;
  };
  qualifiers: Record<ParticipantGroupLine['qualifier'], string>;
  /** a participant group count with its qualifier, e.g. "about 100" */
  groupCount: (count: number, qualifier: ParticipantGroupLine['qualifier']) => string;
  /** a calendar date written out, month 1-12 */
  longDate: (year: number, month: number, day: number) => string;
}
