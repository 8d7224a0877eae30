import type { Schemas } from '../../lib/api';

type Person = Schemas['PersonDto'];
type Text = (value: Schemas['LocalizedTextDto'] | null | undefined) => string;

/** The person's first position as "title, organization" (the title alone when it names the body). */
export function positionLine(person: Person, text: Text): string {
  const first = person.positions[0];
  if (!first) return '';
  const title = text(first.title);
  const org = first.organization ? text(first.organization.shortName) || text(first.organization.name) : '';
  return org && !title.includes(org) ? `${org} ${title}` : title;
}
