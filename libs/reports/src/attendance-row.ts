import type { Language } from '@app/core';

/** One row of an attendance report, already resolved to the report's language. */
export interface AttendanceRow {
  /** effective protocol order, 1-based */
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
  participantGroups: ParticipantGroupLine[];
}
