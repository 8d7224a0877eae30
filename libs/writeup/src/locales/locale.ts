import type { Language } from '@app/core';
import type { CountQualifier, SpeechKind } from '../event-snapshot.js';
import type { DatelineForm } from '../house-style/house-style.js';
import type { Warning } from '../types.js';

/**
 * What a language needs to write a writeup. The composer resolves every text into the language, decides what is
 * said, in which order and in which mood, and asks these rules how to say it.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** `held`: the event took place (past tense); `preview`: it is still to come (将于…举行 / 開かれる予定 / will be held). */
export type Mood = 'held' | 'preview';

/** An organization as written at this point of the text. */
export interface OrgView {
  id: string;
  name: string;
}

/** Consecutive positions held in the same organization, stated together ("Party Secretary and Director of X"). */
export interface PositionGroup {
  titles: string[];
  organization?: OrgView;
}

/**
 * A person as mentioned at one point of the text: `full` on first mention (name with all positions), afterwards the
 * language's short form (`short`: the family name in English, 〇〇 of 〇〇氏 in Japanese, the name in Chinese).
 */
export interface PersonMention {
  name: string;
  short: string;
  positions: PositionGroup[];
  full: boolean;
  /** the person's first title, when short enough to stand with the short form ("Vice Governor Song", "the vice governor") */
  title?: string;
  /** a later mention after a long gap: the title reminds the reader who this is ("Vice Governor Song", 宋副省長, 宋军继副省长) */
  remind?: boolean;
  /** what Japanese puts after a name, from the house style: 氏 or さん */
  honorific: string;
  /** 代理出席, on first mention: the principal the person stands in for, named in full (受…委托 / …の代理 / on behalf of …) */
  behalf?: PersonMention;
}

/** A side's delegation: "a 12-member delegation from Osaka led by …". */
export interface DelegationFacts {
  /** the delegation's own name, else undefined */
  name?: string;
  /** the side it comes from, when it has no name of its own */
  from?: string;
  size?: number;
  head?: PersonMention;
}

export interface EventFacts {
  title: string;
  /** event kind key (forum, signing_ceremony, joint_committee, …): the word the text uses for the event */
  kind: string;
  mood: Mood;
  start: LocalDate;
  /** only when the event ends on a later local date */
  end?: LocalDate;
  venue?: string;
  city?: string;
  theme?: string;
  /** the title of the event this one is a session of */
  parent?: string;
  /** how often the text has placed something "at the event" so far, so the phrase can vary (交流会上 → 会上 → 现场) */
  scene: { uses: number };
}

export interface Money {
  amount: number;
  /** ISO 4217 */
  currency: string;
}

export interface SpeechGroup {
  kind: SpeechKind;
  people: PersonMention[];
}

/** An agreement as the lead or its section states it. */
export interface AgreementFacts {
  /** document type key (mou, strategic_cooperation_agreement, …) */
  type: string;
  title: string;
  parties: string[];
  /** the parties no signatory is recorded for, in order (named beside the signatories: "… signed … with B") */
  unrepresented: string[];
  /** `planned`: to be signed (intention), else signed */
  planned: boolean;
}

export interface SignatoryFacts {
  person: PersonMention;
  organization: string;
  /** the person's mention states a position in that organization ("Zhou Wen, President of Nanjing University") */
  statedInPosition: boolean;
}

export interface ProjectsFacts {
  count: number;
  /** the first few titles, in order; all of them when `named.length === count` */
  named: string[];
}

export interface SigningTotalFacts {
  kind: 'projects' | 'agreements';
  count: number;
  qualifier: CountQualifier;
  category?: string;
  /** document type key, for agreements */
  documentType?: string;
  value?: Money;
  sectorCount?: number;
  cumulative: boolean;
}

export interface GroupFacts {
  category: string;
  count: number | null;
  qualifier: CountQualifier;
  unit: 'people' | 'organizations';
}

/** The combined value of `priced` of the `count` projects, one sum per currency. */
export interface ProjectsValue {
  sums: Money[];
  priced: number;
  count: number;
}

/** The most newsworthy record, which the headline states. */
export type HeadlineNews =
  | { kind: 'agreement'; type: string; count: number; parties: string[]; planned: boolean }
  | { kind: 'projects'; count: number; value?: Money[] }
  | { kind: 'unveiling'; subject: string };

export interface HeadlineFacts {
  event: string;
  eventKind: string;
  /** the venue, else the city */
  place?: string;
  city?: string;
  mood: Mood;
  news?: HeadlineNews;
}

export type CountNoun = 'people' | 'projects' | 'organizations' | 'agreements';

/** Roles of organizations in running an event. */
export interface OrganizerFacts {
  hosts: string[];
  coHosts: string[];
  organizers: string[];
  supporting: string[];
}

/** One paragraph of a speech, or of identical points several speakers made. */
export interface SpeechPoints {
  /** several when the points were the same for all of them */
  speakers: PersonMention[];
  kind: SpeechKind;
  /** `action`: states what the speaker did (a predicate), else what they said (a clause of reported speech) */
  points: { text: string; action: boolean }[];
  /** how many speech paragraphs came before in the section, so consecutive paragraphs do not open with the same frame */
  index?: number;
  /** the event, for frames that name it ("…, Zhao told the meeting.") */
  event?: EventFacts;
}

/** Participants stated as a number (more than the writeup names one by one). */
export interface CrowdFacts {
  /** the people */
  count: number;
  /** of them, those with a position in an organization (the others come from none the records name) */
  fromOrganizations: number;
  /** the first of their organizations in protocol order, as named here: none, or a few */
  organizations: string[];
  /** how many organizations they come from in all */
  organizationCount: number;
  /** every one of those organizations is a company */
  companies: boolean;
}

export interface LocaleRules {
  readonly lang: Language;
  /** between the sentences of a paragraph */
  readonly sentenceSeparator: string;
  /** which name of an organization the language writes: its short name throughout, or the full name first */
  readonly orgNameForm: 'short' | 'introduce';
  /** longest headline a wire desk accepts, in characters */
  readonly headlineLength: number;

  /** the visible mark for a text that needs translating; a name keeps its original inside it */
  placeholder(original?: string): string;
  list(items: readonly string[]): string;
  count(n: number, qualifier: CountQualifier, noun: CountNoun): string;
  money(value: Money): string;
  /** translation of a sector key, undefined when unknown */
  sector(key: string): string | undefined;
  /** the short form of a person's name on later mentions, from the recorded family name or the language's rule */
  familyName(name: string, hasChineseName: boolean, recorded?: string): string;
  date(start: LocalDate, end?: LocalDate): string;
  dateline(date: LocalDate, city: string | undefined, form: DatelineForm): string;
  /** a title written after a name, in the house style's case (English lower-cases it when title case is off) */
  titleAfterName(title: string, titleCase: boolean): string;
  headline(facts: HeadlineFacts): string;
  /** a sentence written by the organizer, closed with the language's full stop when it has none */
  closeSentence(text: string): string;

  lead: {
    opening(event: EventFacts): string;
    /** the event's sectors */
    focus(event: EventFacts, sectors: string[]): string;
    attended(people: PersonMention[], event: EventFacts): string;
    /** `spoke`: the presiders also gave a speech of this kind (and nobody else of that kind) */
    presided(people: PersonMention[], event: EventFacts, spoke?: SpeechKind): string;
    spoke(groups: SpeechGroup[], event: EventFacts): string;
    /** a side's delegation, with its head and size */
    delegation(delegation: DelegationFacts, event: EventFacts): string;
    /**
     * one agreement with its signatories, and witnesses if any; `sameAsBefore`: the signatories are the very people the
     * sentence before was about ("They signed …", 両氏が…)
     */
    signed(
      agreement: AgreementFacts,
      signatories: SignatoryFacts[],
      witnesses: PersonMention[],
      event: EventFacts,
      sameAsBefore?: boolean,
    ): string;
  };
  speech: {
    /** one sentence per point; the verbs and frames vary within the paragraph */
    paragraph(points: SpeechPoints): string[];
    quote(speaker: PersonMention, text: string, again: boolean): string;
  };
  unveiling: {
    heading(subjects: string[], mood: Mood): string;
    sentence(subjects: string[], performers: PersonMention[], event: EventFacts): string;
  };
  mou: {
    /** for the agreements of the section: their type keys */
    heading(types: string[], mood: Mood): string;
    signed(agreement: AgreementFacts, event: EventFacts): string;
    purpose(purpose: string, partyCount: number, type: string): string;
    sectors(sectors: string[], type: string): string;
    signatories(signatories: SignatoryFacts[], type: string, planned: boolean): string;
    witnesses(people: PersonMention[], planned: boolean): string;
  };
  projects: {
    heading(count: number, mood: Mood): string;
    signed(projects: ProjectsFacts, event: EventFacts): string;
    sectors(sectors: string[], projectCount: number): string;
    /** the combined signed value, one sum per currency */
    value(value: ProjectsValue, mood: Mood): string;
    total(total: SigningTotalFacts, event: EventFacts): string;
  };
  policy(organization: string | undefined, subject: string | undefined, event: EventFacts): string;
  visit: {
    matchmaking(event: EventFacts): string;
    siteVisit(subject: string | undefined, afterMatchmaking: boolean, performers: PersonMention[], event: EventFacts): string;
  };
  closing: {
    groups(groups: GroupFacts[], event: EventFacts): string;
    others(people: PersonMention[], organizations: string[], event: EventFacts): string;
    /** Participants too many to name, as a number with the first organizations they come from. */
    crowd(crowd: CrowdFacts, event: EventFacts): string;
    organizers(facts: OrganizerFacts, event: EventFacts): string;
  };
  /** notes for the editor shown under the text in md, html, txt and docx */
  notes: {
    heading: string;
    warning(w: Warning): string;
  };
}
