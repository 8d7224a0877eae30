import type { EventSnapshot, SnapshotOrganization, SnapshotPerson } from './event-snapshot.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from './house-style/house-style.js';
import type { LocaleRules, OrgView, PersonMention, PositionGroup } from './locales/locale.js';
import type { TextResolver } from './text-resolver.js';
import type { Sentence, SourceRef } from './types.js';

const HAN = /[\u3400-\u9fff]/;

/** A person named again after more sentences than this since their last mention is reminded of by title ("Vice Governor Song"). */
export const REMINDER_GAP = 5;
/** A title stands with a name again only when short: a few words, or a few characters in Chinese and Japanese. */
const SHORT_TITLE = { words: 3, cjk: 6 };

/** Every person a snapshot can name. */
function peopleOf(s: EventSnapshot): SnapshotPerson[] {
  return [
    ...s.attendees.map((a) => a.person),
    ...s.speeches.map((sp) => sp.speaker),
    ...s.mous.flatMap((m) => [...m.parties.flatMap((p) => (p.signatory ? [p.signatory] : [])), ...m.witnesses]),
    ...s.agenda.flatMap((a) => a.performers ?? []),
  ];
}

/** State shared by the section builders while one writeup is composed: who and what was already introduced. */
export class ComposeContext {
  private readonly introduced = new Set<string>();
  private readonly orgsIntroduced = new Set<string>();
  /** a person's short form; null when it would be shared, so the full name stands */
  private readonly shortForms = new Map<string, string | null>();
  /** the number of sentences written when each person was last mentioned */
  private readonly lastMention = new Map<string, number>();
  private sentences = 0;
  /** 代理出席: each deputy's principal */
  private readonly principals = new Map<string, SnapshotPerson>();

  constructor(
    readonly rules: LocaleRules,
    readonly text: TextResolver,
    snapshot: EventSnapshot,
    readonly style: HouseStyle = DEFAULT_HOUSE_STYLE,
  ) {
    for (const a of snapshot.attendees) if (a.onBehalfOf) this.principals.set(a.person.id, a.onBehalfOf);
    // a short form two people would share (Li Gang and Li Hucheng: "Li") is not short: they keep their full names
    const people = new Map(peopleOf(snapshot).map((p) => [p.id, p]));
    const shorts = new Map([...people.values()].map((p) => [p.id, this.shortOf(p)]));
    const sharing = new Map<string, number>();
    for (const short of shorts.values()) sharing.set(short, (sharing.get(short) ?? 0) + 1);
    for (const [id, short] of shorts) this.shortForms.set(id, sharing.get(short)! > 1 ? null : short);
  }

  sentence(text: string, sources: SourceRef[]): Sentence {
    this.sentences++;
    // the ids seen of each type (a sentence naming many people has hundreds of sources)
    const seen = new Map<string, Set<string>>();
    const unique = sources.filter((s) => {
      const ids = seen.get(s.type) ?? seen.set(s.type, new Set()).get(s.type)!;
      if (ids.has(s.id)) return false;
      ids.add(s.id);
      return true;
    });
    // a name written as several placeholders in a row (organization, title, name) becomes one to translate
    return { text: text.replace(/】【(要翻訳|待翻译)：/g, ' ').replace(/\] \[translation needed: /g, ' '), sources: unique };
  }

  /**
   * The organization as named here. Chinese and Japanese use the short name throughout; English gives the full name
   * first (introducing an abbreviation once, "… Corporation (HKSTP)") and the short name afterwards.
   */
  org(org: SnapshotOrganization): OrgView {
    const ref: SourceRef = { type: 'organization', id: org.id };
    const full = () => this.text.optional(org.name, ref, 'name') ?? this.text.required(org.shortName, ref, 'shortName');
    const short = this.text.exact(org.shortName);
    if (this.rules.orgNameForm === 'short') return { id: org.id, name: short ?? full() };
    const first = !this.orgsIntroduced.has(org.id);
    this.orgsIntroduced.add(org.id);
    if (!short) return { id: org.id, name: full() };
    if (!first) return { id: org.id, name: short };
    const name = full();
    return { id: org.id, name: /^[A-Z][A-Z0-9&-]{1,9}$/.test(short) && name !== short ? `${name} (${short})` : name };
  }

  /**
   * The person as mentioned here: with all positions the first time, by the short form afterwards.
   * `withPositions: false` names the person in full without positions (and counts as the introduction).
   */
  mention(person: SnapshotPerson, withPositions = true): PersonMention {
    const first = !this.introduced.has(person.id);
    this.introduced.add(person.id);
    const gap = this.sentences - (this.lastMention.get(person.id) ?? this.sentences);
    this.lastMention.set(person.id, this.sentences);
    const name = this.nameOf(person);
    const honorific = this.style.japaneseHonorific === 'san' ? 'さん' : '氏';
    const title = this.shortTitle(person);
    if (!first) {
      // the short form only for a later mention: the first one names the person in full
      const short = this.shortForms.has(person.id) ? (this.shortForms.get(person.id) ?? name) : this.shortOf(person);
      return {
        name,
        short,
        full: false,
        positions: [],
        honorific,
        ...(title && { title, remind: gap > REMINDER_GAP }),
      };
    }
    const mention: PersonMention = {
      name,
      short: name,
      full: true,
      positions: withPositions ? this.positions(person) : [],
      honorific,
      ...(title && { title }),
    };
    const principal = this.principals.get(person.id);
    if (principal) mention.behalf = this.principalMention(principal);
    return mention;
  }

  /** The person in full with positions, without counting as a mention (a deputy's principal; every line of a script). */
  principalMention(principal: SnapshotPerson): PersonMention {
    const name = this.nameOf(principal);
    const title = this.shortTitle(principal);
    const honorific = this.style.japaneseHonorific === 'san' ? 'さん' : '氏';
    return { name, short: name, full: true, positions: this.positions(principal), honorific, ...(title && { title }) };
  }

  /** The short form (the family name, or the name where it would be shared) and the short title, to thank someone by. */
  shortForm(person: SnapshotPerson): { short: string; title?: string } {
    const short = this.shortForms.has(person.id) ? (this.shortForms.get(person.id) ?? this.nameOf(person)) : this.shortOf(person);
    const title = this.shortTitle(person);
    return { short, ...(title && { title }) };
  }

  /** The principal the person attends on behalf of (代理出席), if any. */
  principalOf(personId: string): SnapshotPerson | undefined {
    return this.principals.get(personId);
  }

  /** The person's first title, short enough to stand with the name again; none when the title is missing or long. */
  private shortTitle(person: SnapshotPerson): string | undefined {
    const first = person.positions[0];
    if (!first) return undefined;
    const title = this.text.exact(first.title);
    if (!title) return undefined;
    const short = HAN.test(title)
      ? title.length <= SHORT_TITLE.cjk && !/[・、，,]/.test(title)
      : title.split(/\s+/).length <= SHORT_TITLE.words && !/[,;]|\s(of|for|at)\s/.test(title);
    return short ? title : undefined;
  }

  isIntroduced(personId: string): boolean {
    return this.introduced.has(personId);
  }

  /** The records a mention of the person states: the person and, when full, the organizations of the positions. */
  personSources(person: SnapshotPerson, mention: PersonMention, attendeeId?: string): SourceRef[] {
    const refs: SourceRef[] = [{ type: 'person', id: person.id }];
    if (attendeeId) refs.push({ type: 'attendee', id: attendeeId });
    if (mention.full) {
      for (const group of mention.positions) {
        if (group.organization) refs.push({ type: 'organization', id: group.organization.id });
      }
    }
    return refs;
  }

  private nameOf(person: SnapshotPerson): string {
    return this.text.required(person.name, { type: 'person', id: person.id }, 'name');
  }

  /**
   * The recorded family name in the language, else the language's rule over the name. Without warnings: short forms are
   * worked out for everyone, and whoever is written is also named in full (`nameOf`), which warns of a fallback once.
   */
  private shortOf(person: SnapshotPerson): string {
    const recorded = this.text.exact(person.familyName);
    const name = this.text.exact(person.name);
    if (!name) return recorded ?? this.text.quiet(person.name) ?? '';
    const chinese = [person.name.zh, person.name.ja].some((n) => !!n && HAN.test(n));
    return this.rules.familyName(name, chinese, recorded);
  }

  private positions(person: SnapshotPerson): PositionGroup[] {
    const groups: PositionGroup[] = [];
    let lastOrgId: string | undefined;
    person.positions.forEach((position, i) => {
      const title = this.rules.titleAfterName(
        this.text.required(position.title, { type: 'person', id: person.id }, `positions[${i}].title`),
        this.style.englishTitleCase,
      );
      const orgId = position.organization?.id;
      const last = groups.at(-1);
      if (last && orgId && orgId === lastOrgId) {
        last.titles.push(title);
      } else {
        groups.push({ titles: [title], organization: position.organization ? this.org(position.organization) : undefined });
      }
      lastOrgId = orgId;
    });
    return groups;
  }
}
