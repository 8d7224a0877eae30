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

export const EVENT_KINDS = [
  'exchange_meeting',
  'forum',
  'signing_ceremony',
  'delegation_visit',
  'conference',
  'joint_committee',
  'expo',
  'seminar',
  'unveiling_ceremony',
  'other',
] as const;
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

/** Speech kinds; writeups state them in this order within an event's speeches of one agenda item. */
export const SPEECH_KINDS = [
  'opening_declaration',
  'welcome_address',
  'address',
  'keynote',
  'keynote_report',
  'remarks',
  'statement',
  'toast',
  'closing_remarks',
] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];

/** What was signed; the writeup names each agreement by its type (覚書, 战略合作协议, framework agreement…). */
export const DOCUMENT_TYPES = [
  'mou',
  'agreement',
  'strategic_cooperation_agreement',
  'framework_agreement',
  'letter_of_intent',
  'declaration',
  'minutes',
  'sister_city_agreement',
  'sister_province_agreement',
  'contract',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What a participant group counts: people (人/名) or organizations (家/社/units). */
export const GROUP_UNITS = ['people', 'organizations'] as const;
export type GroupUnit = (typeof GROUP_UNITS)[number];

/** A batch of signings stated as a total: projects or agreements. */
export const SIGNING_TOTAL_KINDS = ['projects', 'agreements'] as const;
export type SigningTotalKind = (typeof SIGNING_TOTAL_KINDS)[number];

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
