import type { CountQualifier, SpeechKind } from '../event-snapshot.js';
import type { CountNoun, LocalDate, LocaleRules, PersonMention, PositionGroup } from './locale.js';

/** English, as a wire-service writer puts it: AP-style numbers, no serial comma, appositive titles. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const SECTORS: Record<string, string> = {
  ai: 'artificial intelligence',
  biomedicine: 'biomedicine',
  digital_economy: 'the digital economy',
  advanced_manufacturing: 'advanced manufacturing',
  new_energy: 'new energy',
  new_materials: 'new materials',
  marine_economy: 'the marine economy',
  finance: 'finance',
  logistics: 'logistics',
  education: 'education',
  healthcare: 'health care',
  communications: 'communications',
  culture_tourism: 'cultural tourism',
  agriculture: 'agriculture',
  other: 'other fields',
};

const QUALIFIERS: Record<CountQualifier, string> = { exact: '', about: 'about ', over: 'more than ', nearly: 'nearly ' };

const SPEECH_CONTEXT: Record<SpeechKind, string> = {
  address: ' in an address',
  keynote: ' in a keynote speech',
  remarks: '',
  statement: ' in a statement',
};

/** Names of bodies, places and things that take "the" in running text. */
const TAKES_ARTICLE =
  /(\sof\s)|\b(Committee|Commission|Council|Department|Bureau|Office|Administration|Ministry|Government|Corporation|Authority|Agency|Institute|Academy|University|College|Center|Centre|Association|Federation|Chamber|Alliance|Zone|Park|Parks|Hall|Hotel|Laboratory|Platform|Hub|Base|Forum|Conference|Meeting|Ceremony|Summit|Symposium|Seminar|Expo|Fair|Festival|Congress|Assembly|Exhibition|Programme|Program|Initiative)$/;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const stripThe = (s: string) => s.replace(/^the\s+/i, '');
/** "the" before a name that needs it; a name already carrying it is kept, lower-cased for mid-sentence use. */
const the = (name: string) => (/^the\s/i.test(name) ? `the ${stripThe(name)}` : TAKES_ARTICLE.test(name) ? `the ${name}` : name);
const num = (n: number) => (Number.isInteger(n) && n >= 0 && n < 10 ? SMALL[n] : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
/** Closes a sentence whose last word is an abbreviation ("Co., Ltd.") with one full stop only. */
const fin = (s: string) => s.replace(/\.\.$/, '.');
const clause = (text: string) => text.trim().replace(/[.;]+$/, '');

/** "A", "A and B", "A, B and C"; semicolons when the items themselves hold commas. */
const CURRENCIES: Record<string, string> = {
  CNY: 'yuan',
  HKD: 'Hong Kong dollars',
  MOP: 'patacas',
  USD: 'US dollars',
  EUR: 'euros',
  JPY: 'yen',
  GBP: 'pounds',
};

/** 2.35 billion yuan, 12 million US dollars, 850,000 yuan. */
function money(amount: number, currency: string): string {
  const unit = CURRENCIES[currency] ?? currency;
  const scaled = (n: number, word: string) => `${Number(n.toFixed(2))} ${word} ${unit}`;
  if (amount >= 1e9) return scaled(amount / 1e9, 'billion');
  if (amount >= 1e6) return scaled(amount / 1e6, 'million');
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${unit}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  const head = items.slice(0, -1);
  return items.some((i) => i.includes(',')) ? `${head.join('; ')}; and ${items.at(-1)}` : `${head.join(', ')} and ${items.at(-1)}`;
}

function positions(groups: PositionGroup[]): string {
  return list(groups.map((g) => list(g.titles) + (g.organization ? ` of ${the(g.organization.name)}` : '')));
}

/** "Song Junji, Vice Governor of Shandong Province" on first mention, "Song Junji" afterwards. */
function person(m: PersonMention): string {
  return m.full && m.positions.length > 0 ? `${m.name}, ${positions(m.positions)}` : m.name;
}

/** The person as the subject of a verb that follows: the appositive closed by a comma. */
function subject(m: PersonMention): string {
  const p = person(m);
  return p === m.name ? p : `${p},`;
}

/** A series of people; with titles, "A, T1, and B, T2" or "A, T1; B, T2; and C, T3". */
function people(ms: PersonMention[]): string {
  const forms = ms.map(person);
  if (forms.length === 2 && forms[0].includes(',')) return `${forms[0]}, and ${forms[1]}`;
  return list(forms);
}

function date(start: LocalDate, end?: LocalDate): string {
  const day = (d: LocalDate) => `${MONTHS[d.month - 1]} ${d.day}`;
  if (!end) return day(start);
  if (end.year !== start.year) return `${day(start)}, ${start.year}–${day(end)}, ${end.year}`;
  return end.month === start.month ? `${day(start)}–${end.day}` : `${day(start)}–${day(end)}`;
}

function count(n: number, qualifier: CountQualifier, noun: CountNoun): string {
  const one = n === 1 && qualifier === 'exact';
  const word = noun === 'people' ? (one ? 'person' : 'people') : one ? 'project' : 'projects';
  return `${QUALIFIERS[qualifier]}${num(n)} ${word}`;
}

export const en: LocaleRules = {
  lang: 'en',
  sentenceSeparator: ' ',
  orgNameForm: 'full',
  docx: { font: 'Times New Roman', languageTag: 'en-US' },

  list,
  count,
  sector: (key) => SECTORS[key],
  date,
  dateline: (d, city) => `${city ? `${stripThe(city)}, ` : ''}${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  headline: (event, place) => `${cap(stripThe(event))} held${place ? ` in ${stripThe(place)}` : ''}`,
  closeSentence: (text) => (/[.!?]["”’)]?$/.test(text.trim()) ? text.trim() : fin(`${text.trim()}.`)),

  lead: {
    opening(e) {
      const title = `the ${stripThe(e.title)}`;
      const theme = e.theme ? `, themed “${e.theme}”,` : '';
      let place = '';
      if (e.venue) place = ` at ${the(e.venue)}${e.city && !e.venue.includes(e.city) ? ` in ${e.city}` : ''}`;
      else if (e.city) place = ` in ${e.city}`;
      return fin(`${cap(title)}${theme} was held on ${date(e.start, e.end)}${place}.`);
    },
    speakers: (ms) => (ms.length === 1 ? `${subject(ms[0])} addressed the event.` : fin(`Addresses were delivered by ${people(ms)}.`)),
    presiders: (ms) => fin(`The event was presided over by ${people(ms)}.`),
    guests: (ms, also) => fin(`${also ? 'Also in attendance' : 'Attending the event'} ${ms.length === 1 ? 'was' : 'were'} ${people(ms)}.`),
  },

  speech: {
    keyPoint(m, kind, text, index) {
      const kp = clause(text);
      if (index === 1) return `${kp}, ${m.name} added.`;
      if (index > 1) return `${kp}, ${m.name} noted.`;
      const where = SPEECH_CONTEXT[kind];
      if (m.full && m.positions.length > 0 && !where) return fin(`${kp}, said ${person(m)}.`);
      return fin(`${kp}, ${subject(m)} said${where}.`);
    },
    quote(m, text) {
      const q = clause(text.replace(/“|"/g, '‘').replace(/”/g, '’'));
      const mark = /[?!]$/.test(q) ? '' : ',';
      return m.full && m.positions.length > 0 ? fin(`“${q}${mark}” said ${person(m)}.`) : `“${q}${mark}” ${m.name} said.`;
    },
  },

  unveiling: {
    heading: (subjects) => `${cap(list(subjects.map(stripThe)))} unveiled`,
    sentence: (subjects) => `${cap(list(subjects.map(the)))} ${subjects.length === 1 ? 'was' : 'were'} unveiled at the event.`,
  },

  mou: {
    heading: () => 'Cooperation memorandum signed',
    signed: ({ title, parties }) =>
      parties.length > 0 ? fin(`${cap(list(parties.map(the)))} signed the ${stripThe(title)}.`) : `The ${stripThe(title)} was signed.`,
    purpose(purpose, partyCount) {
      const verb = clause(purpose).replace(/^to\s+/i, '');
      const who = partyCount === 2 ? 'the two sides' : 'the parties';
      return fin(`Under the memorandum, ${who} will ${/^[A-Z][a-z]/.test(verb) ? verb.charAt(0).toLowerCase() + verb.slice(1) : verb}.`);
    },
    signatories: (s) => {
      const forms = s.map((x) => `${subject(x.person)} for ${the(x.organization)}`);
      const series = forms.length === 2 && forms[0].includes(',') ? `${forms[0]}, and ${forms[1]}` : list(forms);
      return fin(`The memorandum was signed by ${series}.`);
    },
    witnesses: (ms) => fin(`The signing was witnessed by ${people(ms)}.`),
  },

  projects: {
    heading: (n) => (n === 1 ? 'Cooperation project signed' : `${cap(num(n))} cooperation projects signed`),
    signed({ count: n, named }) {
      const names = list(named.map(the));
      if (named.length < n) return fin(`A total of ${num(n)} cooperation projects were signed at the event, including ${names}.`);
      if (n === 1) return fin(`One cooperation project was signed at the event: ${names}.`);
      return fin(`${cap(num(n))} cooperation projects were signed at the event: ${names}.`);
    },
    sectors: (names, n) => (n === 1 ? fin(`The project covers ${list(names)}.`) : fin(`The projects cover ${list(names)}.`)),
    value: ({ amount, currency, priced, count: n }) => {
      const worth = money(amount, currency);
      if (n === 1) return `The project is worth ${worth}.`;
      return priced === n ? `The projects are worth a combined ${worth}.` : `${cap(num(priced))} of them are worth a combined ${worth}.`;
    },
  },

  policy(org, subject) {
    if (org && subject) return fin(`${cap(the(org))} gave a presentation on ${subject}.`);
    if (org) return `${cap(the(org))} gave a policy presentation.`;
    if (subject) return fin(`A presentation was given on ${subject}.`);
    return 'A policy presentation was also given.';
  },

  visit: {
    matchmaking: () => 'A business matchmaking session was also held.',
    siteVisit(subject, after) {
      const lead = after ? 'After the matchmaking session, the attending officials' : 'The attending officials also';
      return subject ? fin(`${lead} visited ${the(subject)}.`) : `${lead} went on a site visit.`;
    },
  },

  closing: {
    groups(groups) {
      const items = groups.map((g) => `${count(g.count, g.qualifier, 'people')} from ${g.category}`);
      const single = groups.length === 1 && groups[0].count === 1 && groups[0].qualifier === 'exact';
      return fin(`Taking part in the event ${single ? 'was' : 'were'} ${list(items)}.`);
    },
    others(ms, orgs) {
      const names = list(ms.map((m) => m.name));
      return orgs.length > 0 ? `Officials from ${list(orgs.map(the))}, including ${names}, also attended.` : `${names} also attended.`;
    },
    hosts(hosts, coHosts) {
      const h = list(hosts.map(the));
      const c = list(coHosts.map(the));
      if (h && c) return fin(`The event was hosted by ${h} and co-hosted by ${c}.`);
      return h ? fin(`The event was hosted by ${h}.`) : fin(`The event was co-hosted by ${c}.`);
    },
  },
};
