import type { Language } from '@app/core';
import type { SpeechKind } from '../event-snapshot.js';
import type { LocalDate, PersonMention } from '../locales/locale.js';
import type { SourceRef, Warning } from '../types.js';

/**
 * The presider's script (主持词 / 司会台本 / MC script): what the presider says, in order, from the event's agenda and
 * protocol order. Every block states the records it comes from, like the writeup's sentences.
 */

/** `line`: said by the presider; `roll`: one person of the introduction; `cue`: a stage direction ((掌声), (拍手), (Applause)). */
export type ScriptBlockKind = 'line' | 'roll' | 'cue';

export interface ScriptBlock {
  kind: ScriptBlockKind;
  text: string;
  sources: SourceRef[];
}

export type ScriptSectionKind = 'opening' | 'introduction' | 'programme' | 'closing';

export interface ScriptSection {
  kind: ScriptSectionKind;
  heading: string;
  blocks: ScriptBlock[];
}

export interface ScriptDetail {
  label: string;
  value: string;
}

export interface PresiderScript {
  lang: Language;
  title: string;
  /** date and time, venue, presider */
  details: ScriptDetail[];
  sections: ScriptSection[];
  /** the rule of who is introduced, and the warnings, for the protocol officer */
  notes: { heading: string; lines: string[] };
  warnings: Warning[];
}

/** A person as the script names them: the full mention and the short form to thank them by. */
export interface ScriptPerson {
  /** name with every position (the introduction) */
  full: PersonMention;
  /** name with the first position only (invitations) */
  formal: PersonMention;
  /** the short form and short title, to thank them by ("Mayor Wu", 吴建平市长) */
  short: string;
  title?: string;
  /** 代理出席: the principal the person stands in for */
  behalf?: ScriptPerson;
}

export interface ScriptEvent {
  title: string;
  kind: string;
  venue?: string;
  city?: string;
  theme?: string;
  /** hosts' names, for the welcome on their behalf */
  hosts: string[];
  date: LocalDate;
  /** local time of the start */
  hour: number;
  minute: number;
  /** 0 = Sunday */
  weekday: number;
}

export interface SigningFacts {
  title: string;
  /** document type key (mou, strategic_cooperation_agreement, …) */
  type: string;
  signatories: { person: ScriptPerson; organization: string }[];
  witnesses: ScriptPerson[];
  /** the parties' names, in order */
  parties: string[];
}

export interface ProjectLine {
  title: string;
  parties: string[];
}

/** What each language says; the composer decides what is said and in which order. */
export interface ScriptRules {
  /** the positions an invitation restates: all of them (Chinese and Japanese lists), or the first (English appositives) */
  invitationPositions: 'all' | 'first';
  title(event: ScriptEvent): string;
  details: { time: string; venue: string; presider: string };
  dateTime(event: ScriptEvent): string;
  headings: Record<ScriptSectionKind, string>;
  /** the applause cue */
  applause: string;
  /** the salutation and greeting, by the part of the day the event starts in */
  greeting(event: ScriptEvent): string[];
  /** the presider as the heading of the script names them */
  presiderName(presider: ScriptPerson): string;
  /** the presider introduces themselves (Japanese and English scripts do; Chinese ones do not) */
  presiderSelf(presiders: ScriptPerson[]): string | undefined;
  /** the event, its place and theme; the welcome on the hosts' behalf */
  opening(event: ScriptEvent, opensWithDeclaration: boolean): string[];
  introduction: {
    lead(): string;
    /** one person of the roll; `last` closes the list */
    roll(person: ScriptPerson, last: boolean): string;
    close(): string;
  };
  /** the word that starts the n-th item of the programme (0-based) */
  connective(n: number, afterIntroduction: boolean): string;
  openingDeclaration(conn: string, performers: ScriptPerson[], event: ScriptEvent): string;
  speech(conn: string, kind: SpeechKind, speaker: ScriptPerson, event: ScriptEvent): string;
  thanks(kind: SpeechKind, speaker: ScriptPerson): string;
  signing: {
    announce(conn: string, signing: SigningFacts): string;
    invite(signing: SigningFacts): string;
    /** no signatory recorded: the parties' representatives are called up */
    inviteParties(signing: SigningFacts): string;
    witnesses(people: ScriptPerson[]): string;
    sign: string;
    exchange(signing: SigningFacts): string;
    congratulate: string;
  };
  projects: {
    announce(conn: string, count: number): string;
    line(project: ProjectLine, index: number): string;
    invite(count: number): string;
    sign: string;
    congratulate: string;
  };
  unveiling(conn: string, subjects: string[], performers: ScriptPerson[]): string[];
  unveilCue: string;
  policy(conn: string, organization: string | undefined, subject: string | undefined, performers: ScriptPerson[]): string;
  matchmaking(conn: string): string;
  siteVisit(conn: string, subject: string | undefined): string;
  other(conn: string, title: string | undefined, summary: string | undefined): string | undefined;
  closing(event: ScriptEvent): string[];
  /** the venue line of the details: the venue, with the city unless the venue's name holds it */
  place(venue: string | undefined, city: string | undefined): string | undefined;
  /** the note naming invitees left out because they never confirmed */
  unconfirmed(people: string[]): string;
  /** who the script introduces, stated for the officer */
  rule: string;
  notesHeading: string;
}
