import type { Language } from '@app/core';

/** The sections of a writeup, in the order the genre puts them. */
export const SECTION_KINDS = ['lead', 'address', 'unveiling', 'mou', 'projects', 'quotes', 'policy', 'visit', 'facts', 'closing'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export type SourceType =
  'event' | 'person' | 'attendee' | 'speech' | 'mou' | 'project' | 'group' | 'agenda' | 'organization' | 'delegation';

export const SOURCE_TYPES: readonly SourceType[] = [
  'event',
  'person',
  'attendee',
  'speech',
  'mou',
  'project',
  'group',
  'agenda',
  'organization',
  'delegation',
];

/** A record a sentence states. */
export interface SourceRef {
  type: SourceType;
  id: string;
}

export interface Sentence {
  text: string;
  /** the records the sentence states, never empty */
  sources: SourceRef[];
}

export interface Paragraph {
  section: SectionKind;
  heading?: string;
  sentences: Sentence[];
}

/**
 * LANGUAGE_FALLBACK: a text was missing in the requested language and another one was used (a name in the same script).
 * TRANSLATION_NEEDED: a text exists only in another language; the writeup shows a placeholder (【要翻訳】, 【待翻译】,
 *   [translation needed]) and `text` holds the original for the translator.
 * MISSING_TEXT: a text had no language at all.
 * UNKNOWN_SECTOR: a sector key has no translation; the key itself was written.
 * INVALID_TIME_ZONE: the event's time zone is unknown; dates were computed in UTC.
 * PROTOCOL_TIE: two people of the lead share a protocol place (the same per-event order, or no order and the same rank);
 *   they were stated in the order they were recorded. Set `protocolOrder` to decide.
 * HELD_IN_FUTURE: the event is marked held but dated after today; it was written as held.
 * NOT_MARKED_HELD: the event is dated in the past but not marked held; it was written as held.
 * UNCONFIRMED_ATTENDANCE: an invited person never confirmed; they are not stated as present and their speech is left out.
 */
export type WarningCode =
  | 'LANGUAGE_FALLBACK'
  | 'TRANSLATION_NEEDED'
  | 'MISSING_TEXT'
  | 'UNKNOWN_SECTOR'
  | 'INVALID_TIME_ZONE'
  | 'PROTOCOL_TIE'
  | 'HELD_IN_FUTURE'
  | 'NOT_MARKED_HELD'
  | 'UNCONFIRMED_ATTENDANCE';

export const WARNING_CODES: readonly WarningCode[] = [
  'LANGUAGE_FALLBACK',
  'TRANSLATION_NEEDED',
  'MISSING_TEXT',
  'UNKNOWN_SECTOR',
  'INVALID_TIME_ZONE',
  'PROTOCOL_TIE',
  'HELD_IN_FUTURE',
  'NOT_MARKED_HELD',
  'UNCONFIRMED_ATTENDANCE',
];

export interface Warning {
  code: WarningCode;
  /** the field of the record, e.g. `name`, `positions[1].title`, `keyPoints[0]` */
  field: string;
  recordType: SourceType;
  recordId: string;
  requested: Language;
  /** the language actually written (equal to `requested` for codes other than LANGUAGE_FALLBACK and TRANSLATION_NEEDED) */
  used: Language;
  /** TRANSLATION_NEEDED: the text to translate */
  text?: string;
}

export interface Writeup {
  lang: Language;
  headline: Sentence;
  dateline: string;
  paragraphs: Paragraph[];
  warnings: Warning[];
}
