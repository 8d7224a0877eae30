import type { Language } from '@app/core';
import type { ReportOrder } from './report-order.js';

/** A field of a row printed from another language than the report's, because the report's was missing. */
export interface TextFallback {
  field: 'name' | 'positions' | 'organization' | 'side';
  /** the language the text was taken from */
  used: Language;
}

/** One row of an attendance report, already resolved to the report's language. */
export interface AttendanceRow {
  /** the row's number (序号), 1-based, running down the report in its order */
  order: number;
  attendanceId: string;
  name: string;
  /** all positions joined for display, most senior first */
  positions: string[];
  /** the organization of the first position, if any */
  organization: string | null;
  organizationKind: string | null;
  role: 'presider' | 'speaker' | 'guest' | 'participant';
  side: string | null;
  status: 'invited' | 'registered' | 'checked_in' | 'absent';
  /** instant of check-in, or null */
  checkedInAt: Date | null;
  /** 代理出席: the name of the principal this attendee stands in for (also printed under the positions) */
  onBehalfOf?: string | null;
  /** fields taken from another language (empty when every text is in the report's language) */
  fallbacks?: TextFallback[];
}

export interface ReportHeader {
  lang: Language;
  eventTitle: string;
  /** event start instant */
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: string | null;
  city: string | null;
  /** when the report was generated */
  generatedAt: Date;
  /** human description of filters applied, or null */
  filterNote: string | null;
  /** the order the rows are listed in (protocol when absent) */
  order?: ReportOrder;
  /** the office the report comes from (the event's host or organizer), for the file's author field */
  author?: string | null;
}

export interface ParticipantGroupLine {
  category: string;
  count: number;
  qualifier: 'exact' | 'about' | 'over' | 'nearly';
}

/** Counts computed by the database over the same filtered set as the rows. */
export interface AttendanceSummary {
  registered: number;
  checkedIn: number;
  absent: number;
  invited: number;
  total: number;
  byRole: Record<string, number>;
  bySide: Record<string, number>;
  byOrganizationKind: Record<string, number>;
  /** checked in (实到), by side and by organization kind; keys as in bySide and byOrganizationKind */
  checkedInBySide?: Record<string, number>;
  checkedInByOrganizationKind?: Record<string, number>;
  /** earliest and latest check-in of the listed attendees, in the event's zone; sizes the check-in column */
  firstCheckIn?: Date | null;
  lastCheckIn?: Date | null;
  participantGroups: ParticipantGroupLine[];
}
