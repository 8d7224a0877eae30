import type { Language } from '@app/core';

/** The sections of a writeup, in the order the genre puts them. */
export const SECTION_KINDS = ['lead', 'address', 'unveiling', 'mou', 'projects', 'quotes', 'policy', 'visit', 'closing'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export type SourceType = 'event' | 'person' | 'attendee' | 'speech' | 'mou' | 'project' | 'group' | 'agenda' | 'organization';

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
 * LANGUAGE_FALLBACK: a text was missing in the requested language and another one was used.
 * MISSING_TEXT: a text had no language at all.
 * UNKNOWN_SECTOR: a project's sector key has no translation; the key itself was written.
 * INVALID_TIME_ZONE: the event's time zone is unknown; dates were computed in UTC.
 */
export type WarningCode = 'LANGUAGE_FALLBACK' | 'MISSING_TEXT' | 'UNKNOWN_SECTOR' | 'INVALID_TIME_ZONE';

export interface Warning {
  code: WarningCode;
  /** the field of the record, e.g. `name`, `positions[1].title`, `keyPoints[0]` */
  field: string;
  recordType: SourceType;
  recordId: string;
  requested: Language;
  /** the language actually written (equal to `requested` for codes other than LANGUAGE_FALLBACK) */
  used: Language;
}

export interface Writeup {
  lang: Language;
  headline: Sentence;
  dateline: string;
  paragraphs: Paragraph[];
  warnings: Warning[];
}
