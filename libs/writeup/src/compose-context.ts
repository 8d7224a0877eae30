import type { SnapshotOrganization, SnapshotPerson } from './event-snapshot.js';
import type { LocaleRules, OrgView, PersonMention, PositionGroup } from './locales/locale.js';
import type { TextResolver } from './text-resolver.js';
import type { Sentence, SourceRef } from './types.js';

/** State shared by the section builders while one writeup is composed. */
export class ComposeContext {
  /** people already introduced with their positions; later mentions use the name alone */
  private readonly introduced = new Set<string>();

  constructor(
    readonly rules: LocaleRules,
    readonly text: TextResolver,
  ) {}

  sentence(text: string, sources: SourceRef[]): Sentence {
    const seen = new Set<string>();
    const unique = sources.filter((s) => {
      const key = `${s.type}:${s.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { text, sources: unique };
  }

  org(org: SnapshotOrganization): OrgView {
    const ref: SourceRef = { type: 'organization', id: org.id };
    const short = this.rules.orgNameForm === 'short' ? this.text.exact(org.shortName) : undefined;
    const name = short ?? this.text.optional(org.name, ref, 'name') ?? this.text.required(org.shortName, ref, 'shortName');
    return { id: org.id, name };
  }

  /**
   * The person as mentioned here: with all positions the first time, by name afterwards.
   * `withPositions: false` names the person without positions (and counts as the introduction).
   */
  mention(person: SnapshotPerson, withPositions = true): PersonMention {
    const full = withPositions && !this.introduced.has(person.id);
    this.introduced.add(person.id);
    const name = this.text.required(person.name, { type: 'person', id: person.id }, 'name');
    return { name, full, positions: full ? this.positions(person) : [] };
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
