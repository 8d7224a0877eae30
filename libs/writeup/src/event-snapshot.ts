import type { Language, LocalizedText } from '@app/core';

/**
 * Everything the writeup needs to know about one event, loaded from the register in one go.
 * Lists are already in the order the writeup must use (protocol order for people, `order` for the rest).
 */
export interface EventSnapshot {
  id: string;
  title: LocalizedText;
  kind: string;
  status: 'draft' | 'scheduled' | 'held' | 'cancelled';
  /** ISO 8601 instant */
  startsAt: string;
  endsAt?: string | null;
  /** IANA zone, e.g. Asia/Shanghai; dates in the writeup are local to it */
  timeZone: string;
  venue?: LocalizedText | null;
  city?: LocalizedText | null;
  theme?: LocalizedText | null;
  hosts: SnapshotOrganization[];
  coHosts: SnapshotOrganization[];
  /** 承办 */
  organizers?: SnapshotOrganization[];
  /** 协办 */
  supportingOrganizers?: SnapshotOrganization[];
  /** the event this one is a session of */
  parent?: { id: string; title: LocalizedText; kind: string } | null;
  /** sector keys the event is about */
  sectors?: string[];
  /** one-line facts, stated as written */
  facts?: LocalizedText[];
  /** signings stated as totals */
  signingTotals?: SnapshotSigningTotal[];
  /** attendees in protocol order (all roles, absent ones already removed; those of `crowd` left out) */
  attendees: SnapshotAttendee[];
  /**
   * Participants the writeup can only state as a number, left out of `attendees`: registered or checked in, and named by
   * no record but their attendance. Given only when there are too many to name (more than `NAMED_PARTICIPANTS`).
   */
  crowd?: SnapshotCrowd | null;
  agenda: SnapshotAgendaItem[];
  /** in speaking order */
  speeches: SnapshotSpeech[];
  mous: SnapshotMou[];
  projects: SnapshotProject[];
  participantGroups: SnapshotParticipantGroup[];
  /** the sides' delegations, in order */
  delegations?: SnapshotDelegation[];
}

export interface SnapshotCrowd {
  count: number;
  /** how many of them hold a position at an organization */
  withOrganization: number;
  /**
   * Their positions' organizations, each once, in protocol order: `order` is the effective order of the first of them
   * holding it, `position` orders that attendee's positions (its `ord`).
   */
  organizations: { organization: SnapshotOrganization; order: number; position: number }[];
}

export interface SnapshotDelegation {
  id: string;
  /** the delegation's own name */
  name?: LocalizedText | null;
  /** the name of the side it comes from */
  sideName?: LocalizedText | null;
  /** the head, when an attendee written as present */
  head?: SnapshotPerson | null;
  /** the head's attendance id */
  headAttendeeId?: string | null;
  size?: number | null;
}

export interface SnapshotSigningTotal {
  kind: 'projects' | 'agreements';
  count: number;
  qualifier: CountQualifier;
  category?: LocalizedText | null;
  documentType?: string | null;
  amount?: string | null;
  currency?: string | null;
  sectorCount?: number | null;
  cumulative?: boolean;
}

export interface SnapshotOrganization {
  id: string;
  name: LocalizedText;
  shortName?: LocalizedText | null;
  kind: string;
  region?: string | null;
}

export interface SnapshotPosition {
  title: LocalizedText;
  organization?: SnapshotOrganization | null;
}

export interface SnapshotPerson {
  id: string;
  name: LocalizedText;
  /** the family name later mentions use, when recorded */
  familyName?: LocalizedText | null;
  /** in the order they are to be stated, most senior first */
  positions: SnapshotPosition[];
}

export type AttendanceRole = 'presider' | 'speaker' | 'guest' | 'participant';

export interface SnapshotAttendee {
  /** attendance id */
  id: string;
  person: SnapshotPerson;
  role: AttendanceRole;
  side?: string | null;
  /** effective protocol order, 1-based */
  order: number;
  /** invited attendees are not written as present at a held event */
  status?: 'invited' | 'registered' | 'checked_in';
  /** what the effective order came from: the per-event override, else the person's rank (ties are warned about) */
  protocolOrder?: number | null;
  rank?: number;
  /** 代理出席: the principal this attendee stands in for (受…委托 / …の代理として / on behalf of …) */
  onBehalfOf?: SnapshotPerson | null;
}

export type AgendaKind =
  'opening' | 'address' | 'unveiling' | 'mou_signing' | 'project_signing' | 'policy_presentation' | 'matchmaking' | 'site_visit' | 'other';

export interface SnapshotAgendaItem {
  id: string;
  kind: AgendaKind;
  order: number;
  title?: LocalizedText | null;
  /** the thing unveiled, the place visited, the policy presented */
  subject?: LocalizedText | null;
  /** a sentence or two the organizer wrote about this segment */
  summary?: LocalizedText | null;
  /** the organization that ran the segment (e.g. presented the policies) */
  organization?: SnapshotOrganization | null;
  /** who performed it: unveiled the plaque, declared the meeting open, led the visit */
  performers?: SnapshotPerson[];
}

export type SpeechKind =
  | 'opening_declaration'
  | 'welcome_address'
  | 'address'
  | 'keynote'
  | 'keynote_report'
  | 'remarks'
  | 'statement'
  | 'toast'
  | 'closing_remarks';

export interface SnapshotSpeech {
  id: string;
  kind: SpeechKind;
  speaker: SnapshotPerson;
  /** the speaker's attendance id */
  attendeeId: string;
  keyPoints: LocalizedText[];
  /** indexes of key points that state what the speaker did rather than what they said */
  actionKeyPoints?: number[];
  quotes: LocalizedText[];
  language?: Language | null;
  agendaItemId?: string | null;
}

export interface SnapshotMou {
  id: string;
  title: LocalizedText;
  /** mou, agreement, strategic_cooperation_agreement, … (DOCUMENT_TYPES in the register); mou when absent */
  documentType?: string;
  sectors?: string[];
  purpose?: LocalizedText | null;
  signedOn?: string | null;
  status: string;
  parties: { organization: SnapshotOrganization; signatory?: SnapshotPerson | null }[];
  witnesses: SnapshotPerson[];
}

export interface SnapshotProject {
  id: string;
  title: LocalizedText;
  /** sector key: ai, biomedicine, digital_economy, … (see SECTORS in the register) */
  sector?: string | null;
  amount?: string | null;
  currency?: string | null;
  parties: SnapshotOrganization[];
}

export type CountQualifier = 'exact' | 'about' | 'over' | 'nearly';

export interface SnapshotParticipantGroup {
  id: string;
  category: LocalizedText;
  /** null for a group named without a count */
  count: number | null;
  qualifier: CountQualifier;
  /** what the count counts; people when absent */
  unit?: 'people' | 'organizations';
}
