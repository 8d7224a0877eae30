import type { Language } from '@app/core';
import type { CountQualifier, SpeechKind } from '../event-snapshot.js';

/**
 * What a language needs to write a writeup. The composer resolves every text into the language,
 * decides what is said and in which order, and asks these rules how to say it.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** An organization as written in the language (its short or full name, per `orgNameForm`). */
export interface OrgView {
  id: string;
  name: string;
}

/** Consecutive positions held in the same organization, stated together ("Party Secretary and Director of X"). */
export interface PositionGroup {
  titles: string[];
  organization?: OrgView;
}

/** A person as mentioned at one point of the text: `full` on first mention (name with all positions). */
export interface PersonMention {
  name: string;
  positions: PositionGroup[];
  full: boolean;
}

export interface EventFacts {
  title: string;
  start: LocalDate;
  /** only when the event ends on a later local date */
  end?: LocalDate;
  venue?: string;
  city?: string;
  theme?: string;
}

export interface MouFacts {
  title: string;
  parties: string[];
}

export interface SignatoryFacts {
  person: PersonMention;
  organization: string;
}

export interface ProjectsFacts {
  count: number;
  /** the first few titles, in order; all of them when `named.length === count` */
  named: string[];
}

export interface GroupFacts {
  category: string;
  count: number;
  qualifier: CountQualifier;
}

/** The sum of the amounts of `priced` of the `count` projects, all in one ISO 4217 currency. */
export interface ProjectsValue {
  amount: number;
  currency: string;
  priced: number;
  count: number;
}

export type CountNoun = 'people' | 'projects';

export interface LocaleRules {
  readonly lang: Language;
  /** between the sentences of a paragraph */
  readonly sentenceSeparator: string;
  /** which name of an organization the language writes in running text */
  readonly orgNameForm: 'short' | 'full';
  /** fonts and language tag for the Word rendering */
  readonly docx: { font: string; eastAsiaFont?: string; languageTag: string };

  list(items: readonly string[]): string;
  count(n: number, qualifier: CountQualifier, noun: CountNoun): string;
  /** translation of a project sector key, undefined when unknown */
  sector(key: string): string | undefined;
  date(start: LocalDate, end?: LocalDate): string;
  dateline(date: LocalDate, city?: string): string;
  headline(event: string, place?: string): string;
  /** a sentence written by the organizer, closed with the language's full stop when it has none */
  closeSentence(text: string): string;

  lead: {
    opening(event: EventFacts): string;
    speakers(people: PersonMention[]): string;
    presiders(people: PersonMention[]): string;
    /** `also`: speakers or a presider were stated before */
    guests(people: PersonMention[], also: boolean): string;
  };
  speech: {
    /** one key point in reported speech; `index` is its rank within the speech */
    keyPoint(speaker: PersonMention, kind: SpeechKind, text: string, index: number): string;
    quote(speaker: PersonMention, text: string): string;
  };
  unveiling: {
    heading(subjects: string[]): string;
    sentence(subjects: string[]): string;
  };
  mou: {
    heading(): string;
    signed(mou: MouFacts): string;
    purpose(purpose: string, partyCount: number): string;
    signatories(signatories: SignatoryFacts[]): string;
    witnesses(people: PersonMention[]): string;
  };
  projects: {
    heading(count: number): string;
    signed(projects: ProjectsFacts): string;
    sectors(sectors: string[], projectCount: number): string;
    /** The combined signed value, stated when every amount is in one currency. */
    value(value: ProjectsValue): string;
  };
  policy(organization: string | undefined, subject: string | undefined): string;
  visit: {
    matchmaking(): string;
    siteVisit(subject: string | undefined, afterMatchmaking: boolean): string;
  };
  closing: {
    groups(groups: GroupFacts[]): string;
    others(people: PersonMention[], organizations: string[]): string;
    hosts(hosts: string[], coHosts: string[]): string;
  };
}
