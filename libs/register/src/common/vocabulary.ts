/** Controlled vocabularies of the register; writeups and reports translate these keys. */
export const ORGANIZATION_KINDS = [
  'government',
  'party_committee',
  'enterprise',
  'state_owned_enterprise',
  'statutory_body',
  'university',
  'research_institute',
  'association',
  'development_zone',
  'media',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const EVENT_KINDS = ['exchange_meeting', 'forum', 'signing_ceremony', 'delegation_visit', 'conference', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['draft', 'scheduled', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const AGENDA_KINDS = [
  'opening',
  'address',
  'unveiling',
  'mou_signing',
  'project_signing',
  'policy_presentation',
  'matchmaking',
  'site_visit',
  'other',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const ATTENDANCE_ROLES = ['presider', 'speaker', 'guest', 'participant'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

export const ATTENDANCE_STATUSES = ['invited', 'registered', 'checked_in', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const COUNT_QUALIFIERS = ['exact', 'about', 'over', 'nearly'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

export const SPEECH_KINDS = ['address', 'keynote', 'remarks', 'statement'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];

export const MOU_STATUSES = ['planned', 'signed', 'in_effect', 'terminated'] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];

export const PROJECT_STATUSES = ['signed', 'in_progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const SECTORS = [
  'ai',
  'biomedicine',
  'digital_economy',
  'advanced_manufacturing',
  'new_energy',
  'new_materials',
  'marine_economy',
  'finance',
  'logistics',
  'education',
  'healthcare',
  'communications',
  'culture_tourism',
  'agriculture',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];
