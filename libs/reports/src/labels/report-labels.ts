import { ORGANIZATION_KINDS, type OrganizationKind } from '@app/register';
import type { Language } from '@app/core';
import type { AttendanceRow, ParticipantGroupLine, TextFallback } from '../attendance-row.js';
import type { ReportOrder } from '../report-order.js';

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
  /** 代理出席: printed under a deputy's positions, with the principal's name */
  onBehalfOf: (principal: string) => string;
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
  /** footer: page n of N, in the form the language prints it */
  page: (n: number | string, total: number | string) => string;
  /** header line: the order the list is in */
  orderLabel: string;
  orders: Record<ReportOrder, string>;
  /** the time zone as readers name it when Intl has no good name (e.g. 北京时间), by IANA zone */
  zoneNames: Readonly<Record<string, string>>;
  /** texts taken from another language: the column (CSV, XLSX), the footnote heading and its sentence */
  fallback: {
    column: string;
    heading: string;
    fields: Record<TextFallback['field'], string>;
    languages: Record<Language, string>;
    /** one field of a row, e.g. "职务（日文）" */
    field: (field: string, language: string) => string;
    /** the rule, stated once: the report's language, the fallback order */
    rule: (order: string) => string;
    /** the rows concerned, e.g. "序号 3、5、8" */
    rows: (numbers: string) => string;
    /** "and N more" after the listed rows */
    more: (count: number) => string;
  };
  /** summary table of expected, present and not arrived (应到, 实到, 未到) */
  attendance: { heading: string; group: string; expected: string; present: string; notArrived: string; all: string };
  /** lines under a sign-in sheet for the signatures of who drew it up and who checked it */
  signatureBlock: { preparedBy: string; checkedBy: string; date: string };
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
