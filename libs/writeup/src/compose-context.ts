import type { EventSnapshot, SnapshotOrganization, SnapshotPerson } from './event-snapshot.js';
import type { LocaleRules, OrgView, PersonMention, PositionGroup } from './locales/locale.js';
import type { TextResolver } from './text-resolver.js';
import type { Sentence, SourceRef } from './types.js';

const HAN = /[\u3400-\u9fff]/;

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

  constructor(
    readonly rules: LocaleRules,
    readonly text: TextResolver,
    snapshot: EventSnapshot,
  ) {
    // a short form two people would share (Li Gang and Li Hucheng: "Li") is not short: they keep their full names
    const byShort = new Map<string, Set<string>>();
    const people = new Map(peopleOf(snapshot).map((p) => [p.id, p]));
    for (const p of people.values()) {
      const short = this.shortOf(p);
      byShort.set(short, (byShort.get(short) ?? new Set()).add(p.id));
    }
    for (const p of people.values()) {
      const short = this.shortOf(p);
      this.shortForms.set(p.id, byShort.get(short)!.size > 1 ? null : short);
    }
  }

  sentence(text: string, sources: SourceRef[]): Sentence {
    const seen = new Set<string>();
    const unique = sources.filter((s) => {
      const key = `${s.type}:${s.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
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
    const name = this.nameOf(person);
    const short = this.shortForms.has(person.id) ? (this.shortForms.get(person.id) ?? name) : this.shortOf(person);
    if (!first) return { name, short, full: false, positions: [] };
    return { name, short: name, full: true, positions: withPositions ? this.positions(person) : [] };
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

  /** The recorded family name in the language, else the language's rule over the name. */
  private shortOf(person: SnapshotPerson): string {
    const recorded = this.text.exact(person.familyName);
    const name = this.text.exact(person.name);
    if (!name) return recorded ?? this.nameOf(person);
    const chinese = [person.name.zh, person.name.ja].some((n) => !!n && HAN.test(n));
    return this.rules.familyName(name, chinese, recorded);
  }

  private positions(person: SnapshotPerson): PositionGroup[] {
    const groups: PositionGroup[] = [];
    let lastOrgId: string | undefined;
    person.positions.forEach((position, i) => {
      const title = this.text.required(position.title, { type: 'person', id: person.id }, `positions[${i}].title`);
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
