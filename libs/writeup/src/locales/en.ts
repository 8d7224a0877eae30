import { PINYIN_SURNAMES } from '@app/core';
import type { CountQualifier, SpeechKind } from '../event-snapshot.js';
import type { Warning } from '../types.js';
import type { CountNoun, EventFacts, LocalDate, LocaleRules, Money, Mood, PersonMention, PositionGroup, SignatoryFacts } from './locale.js';

/** English, as a wire-service writer puts it: AP-style numbers, no serial comma, appositive titles, surnames after the first mention. */

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

export const EVENT_NOUNS: Record<string, string> = {
  exchange_meeting: 'meeting',
  forum: 'forum',
  signing_ceremony: 'signing ceremony',
  delegation_visit: 'meeting',
  conference: 'conference',
  joint_committee: 'meeting',
  expo: 'expo',
  seminar: 'seminar',
  unveiling_ceremony: 'unveiling ceremony',
};
const noun = (e: EventFacts) => EVENT_NOUNS[e.kind] ?? 'event';
/** "at the forum" the first time, then "during the forum" */
const at = (e: EventFacts) => (e.scene.uses++ === 0 ? `at the ${noun(e)}` : `during the ${noun(e)}`);

/** Full name and the short word for it ("Under the memorandum"). */
const DOCUMENTS: Record<string, [string, string]> = {
  mou: ['memorandum of understanding', 'memorandum'],
  agreement: ['cooperation agreement', 'agreement'],
  strategic_cooperation_agreement: ['strategic cooperation agreement', 'agreement'],
  framework_agreement: ['framework agreement', 'agreement'],
  letter_of_intent: ['letter of intent', 'letter'],
  declaration: ['joint declaration', 'declaration'],
  minutes: ['minutes', 'minutes'],
  sister_city_agreement: ['sister-city agreement', 'agreement'],
  sister_province_agreement: ['sister-province agreement', 'agreement'],
  contract: ['contract', 'contract'],
};
const doc = (type: string) => (DOCUMENTS[type] ?? DOCUMENTS.agreement)[0];
const docShort = (type: string) => (DOCUMENTS[type] ?? DOCUMENTS.agreement)[1];
const plural = (word: string) =>
  /(minutes|s)$/.test(word) ? word : word.replace(/letter of intent$/, 'letters of intent').replace(/([^s])$/, '$1s');

const QUALIFIERS: Record<CountQualifier, string> = { exact: '', about: 'about ', over: 'more than ', nearly: 'nearly ' };

const SPEECH_CONTEXT: Record<SpeechKind, string> = {
  opening_declaration: '',
  welcome_address: ' in a welcome address',
  address: ' in an address',
  keynote: ' in a keynote speech',
  keynote_report: ' in a keynote report',
  remarks: '',
  statement: ' in a statement',
  toast: ' in a toast',
  closing_remarks: ' in closing remarks',
};

/** What each kind of speech is as a predicate: [past, plan], singular and plural objects. */
const SPOKE: Record<SpeechKind, (many: boolean, e: EventFacts) => [string, string]> = {
  opening_declaration: (_m, e) => [`declared the ${noun(e)} open`, `will declare the ${noun(e)} open`],
  welcome_address: (m) =>
    m
      ? ['delivered welcome addresses', 'will deliver welcome addresses']
      : ['delivered a welcome address', 'will deliver a welcome address'],
  address: (m) => (m ? ['gave addresses', 'will give addresses'] : ['gave an address', 'will give an address']),
  keynote: (m) =>
    m ? ['delivered keynote speeches', 'will deliver keynote speeches'] : ['delivered a keynote speech', 'will deliver a keynote speech'],
  keynote_report: (m) =>
    m ? ['delivered keynote reports', 'will deliver keynote reports'] : ['delivered a keynote report', 'will deliver a keynote report'],
  remarks: () => ['spoke', 'will speak'],
  statement: () => ['made statements', 'will make statements'],
  toast: (m) => (m ? ['proposed toasts', 'will propose toasts'] : ['proposed a toast', 'will propose a toast']),
  closing_remarks: () => ['delivered closing remarks', 'will deliver closing remarks'],
};

/** Family names that read as English words at the start of a sentence. */
const AMBIGUOUS_SURNAMES = new Set(['He', 'Long', 'Fan', 'Bo', 'Man', 'Will', 'May', 'Young', 'Cook', 'Mark', 'Rich']);

/** Words that start a sentence in lower case once the sentence follows "that" or "said". */
const COMMON_STARTERS = new Set(
  'the a an both more this these those there it its their our we all each every cooperation further new such many most some'.split(' '),
);
/** First words of a key point that already says what the speaker did. */
const ACTION_VERBS =
  /^(congratulated|welcomed|introduced|expressed|thanked|briefed|reviewed|outlined|presented|announced|highlighted|called|urged|extended|proposed|pledged|praised|hailed|noted|stressed|emphasized|emphasised|hoped|said|spoke|reported|described|explained|invited|encouraged|recalled|reaffirmed)\b/i;
const PRONOUN = /^(he|she|they)\s+/i;
const EMPHATIC = /\b(must|should|need to|needs to|have to|has to|it is essential|it is important)\b/i;

/**
 * Names of bodies, places and things that take "the" in running text. A university or college named by its place or
 * founder takes none ("Nanjing University", "Hong Kong Baptist University"); one named "of" somewhere does ("the
 * University of Hong Kong"), and one whose record starts with "The" keeps it ("The Hong Kong Polytechnic University").
 */
const TAKES_ARTICLE =
  /(\sof\s)|\b(Committee|Commission|Council|Department|Bureau|Office|Administration|Ministry|Government|Corporation|Authority|Agency|Institute|Academy|Center|Centre|Association|Federation|Chamber|Alliance|Zone|Park|Parks|Hall|Hotel|Laboratory|Platform|Hub|Base|Forum|Conference|Meeting|Ceremony|Summit|Symposium|Seminar|Expo|Fair|Festival|Congress|Assembly|Exhibition|Programme|Program|Initiative|Delegation|Network|Society|Foundation|Consortium|Union|League|Project|Park|Port|Center)( \([A-Z0-9&-]+\))?$|\b(Embassy|Consulate)\b/;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const stripThe = (s: string) => s.replace(/^the\s+/i, '');
/** "the" before a name that needs it; a name already carrying it is kept, lower-cased for mid-sentence use. */
export const the = (name: string) => (/^the\s/i.test(name) ? `the ${stripThe(name)}` : TAKES_ARTICLE.test(name) ? `the ${name}` : name);
const num = (n: number) => (Number.isInteger(n) && n >= 0 && n < 10 ? SMALL[n] : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
/** A number opening a sentence is spelt out or rephrased. */
const numStart = (n: number) => (n < 10 ? cap(SMALL[n]) : `A total of ${num(n)}`);
/** Closes a sentence whose last word is an abbreviation ("Co., Ltd.") with one full stop only. */
const fin = (s: string) => s.replace(/\.\.$/, '.');
const clause = (text: string) => text.trim().replace(/[.;]+$/, '');
/** A key point after "that": its first word lower-cased when it is an ordinary word. */
const afterThat = (text: string) => {
  const first = text.split(/\s/)[0].toLowerCase();
  return COMMON_STARTERS.has(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
};
/**
 * Whether a key point can follow "said"/"that" mid-sentence: its first word is an ordinary word we lower-case, or not a
 * capitalized word at all. Otherwise ("Universities …" or "China …" alike) it keeps its place at the head of the sentence.
 */
const fitsAfterThat = (text: string) => {
  const first = text.split(/\s/)[0];
  return COMMON_STARTERS.has(first.toLowerCase()) || !/^[A-Z][a-z]/.test(first);
};
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const CURRENCIES: Record<string, string> = {
  CNY: 'yuan',
  HKD: 'Hong Kong dollars',
  MOP: 'patacas',
  USD: 'US dollars',
  EUR: 'euros',
  JPY: 'yen',
  GBP: 'pounds',
  AUD: 'Australian dollars',
  CAD: 'Canadian dollars',
  KRW: 'won',
  SGD: 'Singapore dollars',
};

/** 2.35 billion yuan, 12 million US dollars, 850,000 yuan. */
function money({ amount, currency }: Money): string {
  const unit = CURRENCIES[currency] ?? currency;
  const scaled = (n: number, word: string) => `${Number(n.toFixed(2))} ${word} ${unit}`;
  if (amount >= 1e9) return scaled(amount / 1e9, 'billion');
  if (amount >= 1e6) return scaled(amount / 1e6, 'million');
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${unit}`;
}

/** "A", "A and B", "A, B and C"; semicolons when the items themselves hold commas. */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  const head = items.slice(0, -1);
  return items.some((i) => i.includes(',')) ? `${head.join('; ')}; and ${items.at(-1)}` : `${head.join(', ')} and ${items.at(-1)}`;
}

function positions(groups: PositionGroup[]): string {
  return list(groups.map((g) => list(g.titles) + (g.organization ? ` of ${the(g.organization.name)}` : '')));
}

/** "Song Junji, Vice Governor of Shandong Province" on first mention, "Song" afterwards, "Vice Governor Song" after a long gap. */
export function person(m: PersonMention): string {
  if (!m.full) return m.remind && m.title ? `${m.title} ${m.short}` : m.short;
  const behalf = m.behalf ? ` (on behalf of ${person(m.behalf)})` : '';
  return (m.positions.length > 0 ? `${m.name}, ${positions(m.positions)}` : m.name) + behalf;
}

/** The person as the subject of a verb that follows: the appositive closed by a comma. */
function subject(m: PersonMention): string {
  const p = person(m);
  return m.full && m.positions.length > 0 ? `${p},` : p;
}

/** Words of a title that stay capitalized after a name: nationalities and the Party ("Chinese ambassador", "Party secretary"). */
const PROPER_IN_TITLES = /^([A-Z][a-z]+(ese|ian|ish)|American|German|Korean|European|African|Mexican|Communist|Party)$/;

/** "a" or "an" before a number as written ("an 11-member", "an eight-member"). */
const article = (n: number) => (/^(8|11|18)/.test(String(n)) && !/^1[18]\d{2}$/.test(String(n)) ? 'an' : 'a');

/**
 * A title after a name in lower case, as AP writes it ("vice governor of …"): the words before "of"/"for" that are
 * capitalized ordinary words; abbreviations (CEO) and the names after "of" keep their case.
 */
function lowerTitle(title: string): string {
  const m = /^(.*?)(\s(?:of|for|at|to)\s.*)?$/.exec(title)!;
  const head = m[1].replace(/\b([A-Z][a-z]+)\b/g, (w) => (PROPER_IN_TITLES.test(w) ? w : w.toLowerCase()));
  return head + (m[2] ?? '');
}

/** A series of people; with titles, "A, T1, and B, T2" or "A, T1; B, T2; and C, T3". */
function people(ms: PersonMention[]): string {
  const forms = ms.map(person);
  if (forms.length === 2 && forms[0].includes(',')) return `${forms[0]}, and ${forms[1]}`;
  return list(forms);
}

/** A series of people as a subject: closed by a comma when the last one has an appositive. */
const peopleSubject = (ms: PersonMention[]) => {
  const p = people(ms);
  const last = ms.at(-1)!;
  return last.full && last.positions.length > 0 ? `${p},` : p;
};

function date(start: LocalDate, end?: LocalDate): string {
  const day = (d: LocalDate) => `${MONTHS[d.month - 1]} ${d.day}`;
  if (!end) return day(start);
  if (end.year !== start.year) return `${day(start)}, ${start.year}–${day(end)}, ${end.year}`;
  return end.month === start.month ? `${day(start)}–${end.day}` : `${day(start)}–${day(end)}`;
}

const NOUNS: Record<CountNoun, [string, string]> = {
  people: ['person', 'people'],
  projects: ['project', 'projects'],
  organizations: ['organization', 'organizations'],
  agreements: ['agreement', 'agreements'],
};

function count(n: number, qualifier: CountQualifier, noun: CountNoun, word?: string): string {
  const one = n === 1 && qualifier === 'exact';
  return `${QUALIFIERS[qualifier]}${num(n)} ${word ?? NOUNS[noun][one ? 0 : 1]}`;
}

const was = (mood: Mood, many: boolean) => (mood === 'preview' ? 'will be' : many ? 'were' : 'was');

/** The signatories as the subject of "signed": each with their position, or else their organization; the last appositive closed by a comma. */
function signers(s: SignatoryFacts[]): string {
  const forms = s.map((x, i) =>
    x.person.full && x.person.positions.length === 0
      ? `${x.person.name} of ${the(x.organization)}`
      : i === s.length - 1
        ? subject(x.person)
        : person(x.person),
  );
  return forms.length === 2 && forms[0].includes(',') ? `${forms[0]}, and ${forms[1]}` : list(forms);
}

const KINDS: Record<Warning['recordType'], string> = {
  event: 'event',
  person: 'person',
  attendee: 'attendee',
  speech: 'speech',
  mou: 'agreement',
  project: 'project',
  group: 'participant group',
  agenda: 'agenda item',
  organization: 'organization',
  delegation: 'delegation',
};

function note(w: Warning): string {
  const where = `${KINDS[w.recordType]} (${w.field})`;
  switch (w.code) {
    case 'TRANSLATION_NEEDED':
      return `Translation needed: the ${where} has no English text. Original (${w.used}): ${w.text ?? ''}`;
    case 'LANGUAGE_FALLBACK':
      return `The ${where} has no English text; the ${w.used} text was used.`;
    case 'MISSING_TEXT':
      return `The ${where} is empty.`;
    case 'UNKNOWN_SECTOR':
      return `The sector of the ${where} has no English name.`;
    case 'INVALID_TIME_ZONE':
      return 'The time zone is not valid; dates were computed in UTC.';
    case 'PROTOCOL_TIE':
      return `The ${where} shares a protocol place with the person before; they were listed in the order recorded. Check the order.`;
    case 'HELD_IN_FUTURE':
      return 'The event is marked held but is dated after today.';
    case 'NOT_MARKED_HELD':
      return 'The event date has passed but the event is not marked held; it was written as held.';
    case 'UNCONFIRMED_ATTENDANCE':
      return `The ${where} was invited but never confirmed, and is left out of the text.`;
  }
}

export const en: LocaleRules = {
  lang: 'en',
  sentenceSeparator: ' ',
  orgNameForm: 'introduce',
  headlineLength: 90,

  placeholder: (original) => (original ? `[translation needed: ${original}]` : '[translation needed]'),
  list,
  count: (n, qualifier, noun) => count(n, qualifier, noun),
  money,
  sector: (key) => SECTORS[key],
  familyName(name, chinese, recorded) {
    if (recorded) return recorded;
    const words = name.trim().split(/\s+/);
    if (words.length === 1) return name;
    const upper = words.find((w) => /^[A-Z]{2,}$/.test(w));
    if (upper) return cap(upper.toLowerCase());
    const family = chinese && PINYIN_SURNAMES.has(words[0]) ? words[0] : words.at(-1)!;
    // a family name that reads as an English word ("He said") would mislead: the full name stands
    return AMBIGUOUS_SURNAMES.has(family) ? name : family;
  },
  date,
  dateline(d, city, form) {
    const day = `${MONTHS[d.month - 1]} ${d.day}`;
    if (form === 'wire') return `${city ? `${stripThe(city).toUpperCase()}, ` : ''}${day} —`;
    if (form === 'date') return `${day}, ${d.year}`;
    return `${city ? `${stripThe(city)}, ` : ''}${day}, ${d.year}`;
  },
  titleAfterName: (title, titleCase) => (titleCase ? title : lowerTitle(title)),
  headline({ event, eventKind, place: venue, city, mood, news }) {
    const title = cap(stripThe(event));
    const place = city ?? venue;
    if (mood === 'preview') return `${title} to be held${place ? ` in ${stripThe(place)}` : ''}`;
    let item: string | undefined;
    if (news?.kind === 'agreement') {
      if (news.count === 1 && news.parties.length === 2) item = `${news.parties.map(stripThe).join(' and ')} sign ${doc(news.type)}`;
      else item = news.count === 1 ? `${cap(doc(news.type))} signed` : `${news.count} cooperation agreements signed`;
    } else if (news?.kind === 'projects') {
      const value = news.value?.length === 1 ? ` worth ${money(news.value[0])}` : '';
      item = `${news.count} cooperation projects${value} signed`;
    } else if (news?.kind === 'unveiling') {
      item = `${cap(stripThe(news.subject))} unveiled`;
    }
    if (!item) return `${title} held${place ? ` in ${stripThe(place)}` : ''}`;
    const noun = EVENT_NOUNS[eventKind] ?? 'event';
    for (const candidate of [`${item} at ${title}`, place ? `${item} in ${stripThe(place)}` : '', `${item} at ${noun}`]) {
      if (candidate && candidate.length <= this.headlineLength) return candidate;
    }
    return item;
  },
  closeSentence: (text) => (/[.!?]["”’)]?$/.test(text.trim()) ? text.trim() : fin(`${text.trim()}.`)),

  lead: {
    opening(e) {
      const title = `the ${stripThe(e.title)}`;
      const part = e.parent ? `, part of ${the(e.parent)},` : '';
      const theme = e.theme ? `, themed “${e.theme}”,` : '';
      let place = '';
      if (e.venue) place = ` at ${the(e.venue)}${e.city && !e.venue.includes(e.city) ? ` in ${e.city}` : ''}`;
      else if (e.city) place = ` in ${e.city}`;
      // a visit takes place; a meeting is held
      const held = e.kind === 'delegation_visit' ? (e.mood === 'preview' ? 'will take place' : 'took place') : `${was(e.mood, false)} held`;
      return fin(`${cap(title)}${part}${theme} ${held} on ${date(e.start, e.end)}${place}.`);
    },
    focus: (e, sectors) => `The ${noun(e)} ${e.mood === 'preview' ? 'will focus' : 'focused'} on ${list(sectors)}.`,
    attended(ms, e) {
      if (e.mood === 'preview') return fin(`${peopleSubject(ms)} ${ms.length === 1 ? 'is' : 'are'} expected to attend.`);
      if (ms.length === 1) return fin(`${subject(ms[0])} attended the ${noun(e)}.`);
      return fin(`Attending the ${noun(e)} were ${people(ms)}.`);
    },
    presided(ms, e, spoke) {
      const verb = ms.length > 1 && e.kind === 'joint_committee' ? 'co-chaired' : ms.length > 1 ? 'jointly presided over' : 'presided over';
      const planned = ms.length > 1 && e.kind === 'joint_committee' ? 'will co-chair' : 'will preside over';
      const also = spoke ? ` and ${SPOKE[spoke](ms.length > 1, e)[e.mood === 'preview' ? 1 : 0].replace(/^will /, '')}` : '';
      return fin(`${peopleSubject(ms)} ${e.mood === 'preview' ? planned : verb} the ${noun(e)}${also}.`);
    },
    spoke(groups, e) {
      const parts = groups.map((g) => {
        const [past, plan] = SPOKE[g.kind](g.people.length > 1, e);
        return `${peopleSubject(g.people)} ${e.mood === 'preview' ? plan : past}`;
      });
      const joined = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
      return fin(`${cap(joined)}.`);
    },
    delegation(d, e) {
      const size = d.size ? `${num(d.size)}-member ` : '';
      const what = d.name
        ? `the ${size}${stripThe(d.name)}`
        : `${d.size ? article(d.size) : 'a'} ${size}delegation${d.from ? ` from ${the(d.from)}` : ''}`;
      const led = d.head ? ` led by ${person(d.head)}${d.head.full && d.head.positions.length > 0 ? ',' : ''}` : '';
      const visit = e.kind === 'delegation_visit';
      const verb =
        e.mood === 'preview'
          ? visit
            ? 'will make the visit'
            : `will attend the ${noun(e)}`
          : visit
            ? 'made the visit'
            : `attended the ${noun(e)}`;
      return fin(`${cap(what)}${led} ${verb}.`);
    },
    signed(a, s, witnesses, e, sameAsBefore) {
      const verb = a.planned || e.mood === 'preview' ? 'will sign' : 'signed';
      const witnessed = witnesses.length > 0 ? `, witnessed by ${people(witnesses)}` : '';
      const others = a.unrepresented;
      const own = s.length === 1 ? s[0] : undefined;
      // one signatory signs for their organization, unless their position already names it; the parties without a
      // signatory are the ones signed with
      const behalf =
        s.length === 2 && others.length === 0
          ? ' on behalf of the two sides'
          : own && !own.statedInPosition
            ? ` for ${the(own.organization)}`
            : '';
      const counterpart = others.length > 0 ? ` with ${list(others.map(the))}` : '';
      // the people of the sentence before are not named again
      const who = sameAsBefore ? 'They' : cap(signers(s));
      return fin(`${who} ${verb} the ${stripThe(a.title)}${behalf}${counterpart}${witnessed}.`);
    },
  },

  speech: {
    paragraph({ speakers, kind, points, index = 0, event }) {
      const joint = speakers.length > 1;
      const who = speakers[0];
      // later sentences refer to the speaker by surname and by title in turn ("Song … The vice governor …"), to several as
      // "they"; after a first sentence that already used the surname, the title comes first
      let refs = who.full || (who.remind && who.title) ? 0 : 1;
      const again = () => {
        const n = refs++;
        if (joint) return 'they';
        return n % 2 === 1 && who.title ? `the ${lowerTitle(who.title)}` : who.short;
      };
      const Again = () => cap(again());
      let frame = 0;
      let lastFrame = -1;
      let acts = 0;
      return points.map((p, i) => {
        let text = clause(p.text);
        let action = p.action || ACTION_VERBS.test(text);
        if (PRONOUN.test(text)) {
          text = text.replace(PRONOUN, '');
          action = true;
        }
        if (action) {
          const verbPhrase = lowerFirst(text);
          if (i === 0) return fin(`${joint ? `${peopleSubject(speakers)} both` : subject(who)} ${verbPhrase}.`);
          return fin(`${Again()} ${['also', 'further', 'then'][acts++ % 3]} ${verbPhrase}.`);
        }
        const kp = cap(text);
        if (i === 0) {
          if (joint) return fin(`${kp}, ${people(speakers)} ${speakers.length === 2 ? 'both' : 'all'} said.`);
          const where = SPEECH_CONTEXT[kind];
          // every other paragraph opens with the occasion, so two in a row do not share the frame
          if (index % 2 === 1 && where && fitsAfterThat(kp))
            return fin(`${cap(where.trim().replace(/^in /, 'In '))}, ${subject(who)} said ${afterThat(kp)}.`);
          if (index % 2 === 1 && where && event) return fin(`${kp}, ${subject(who)} told the ${noun(event)}.`);
          if (who.full && who.positions.length > 0 && !where) return fin(`${kp}, said ${person(who)}.`);
          return fin(`${kp}, ${subject(who)} said${where}.`);
        }
        const frames = [
          () => `${Again()} ${EMPHATIC.test(kp) ? 'stressed' : 'noted'} that ${afterThat(kp)}.`,
          () => `${kp}, ${again()} added.`,
          () => `${Again()} also said ${afterThat(kp)}.`,
          () => (joint ? `They further said ${afterThat(kp)}.` : `According to ${again()}, ${afterThat(kp)}.`),
        ];
        // a point that must open its sentence takes the frames that keep it there, never the same twice in a row
        if (!fitsAfterThat(kp)) {
          const verb = lastFrame === 1 ? 'said' : 'added';
          lastFrame = verb === 'added' ? 1 : -1;
          return fin(`${kp}, ${again()} ${verb}.`);
        }
        lastFrame = frame % frames.length;
        return fin(frames[frame++ % frames.length]());
      });
    },
    quote(m, text, again) {
      const q = clause(text.replace(/“|"/g, '‘').replace(/”/g, '’'));
      const mark = /[?!]$/.test(q) ? '' : ',';
      if (m.full && m.positions.length > 0) return fin(`“${q}${mark}” said ${person(m)}.`);
      return `“${q}${mark}” ${person(m)} ${again ? 'added' : 'said'}.`;
    },
  },

  unveiling: {
    heading: (subjects, mood) => `${cap(list(subjects.map(stripThe)))} ${mood === 'preview' ? 'to be unveiled' : 'unveiled'}`,
    sentence(subjects, performers, e) {
      if (performers.length > 0) {
        return fin(`${peopleSubject(performers)} ${e.mood === 'preview' ? 'will unveil' : 'unveiled'} ${list(subjects.map(the))}.`);
      }
      return fin(`${cap(list(subjects.map(the)))} ${was(e.mood, subjects.length > 1)} unveiled ${at(e)}.`);
    },
  },

  mou: {
    heading(types, mood) {
      const same = new Set(types).size === 1;
      const what = same ? (types.length > 1 ? plural(doc(types[0])) : doc(types[0])) : 'cooperation agreements';
      return `${cap(what)} ${mood === 'preview' ? 'to be signed' : 'signed'}`;
    },
    signed(a, e) {
      const planned = a.planned || e.mood === 'preview';
      if (a.parties.length === 0) return fin(`The ${stripThe(a.title)} ${planned ? 'will be' : 'was'} signed.`);
      return fin(`${cap(list(a.parties.map(the)))} ${planned ? 'will sign' : 'signed'} the ${stripThe(a.title)}.`);
    },
    purpose(purpose, partyCount, type) {
      const verb = clause(purpose).replace(/^to\s+/i, '');
      const who = partyCount === 2 ? 'the two sides' : 'the parties';
      return fin(`Under the ${docShort(type)}, ${who} will ${/^[A-Z][a-z]/.test(verb) ? lowerFirst(verb) : verb}.`);
    },
    sectors: (sectors, type) => `The ${docShort(type)} ${type === 'minutes' ? 'cover' : 'covers'} ${list(sectors)}.`,
    signatories: (s, type, planned) => {
      const forms = s.map((x) => `${subject(x.person)} for ${the(x.organization)}`);
      const series = forms.length === 2 && forms[0].includes(',') ? `${forms[0]}, and ${forms[1]}` : list(forms);
      return fin(`The ${docShort(type)} ${planned ? 'will be' : type === 'minutes' ? 'were' : 'was'} signed by ${series}.`);
    },
    witnesses: (ms, planned) => fin(`The signing ${planned ? 'will be' : 'was'} witnessed by ${people(ms)}.`),
  },

  projects: {
    heading: (n, mood) =>
      `${n === 1 ? 'Cooperation project' : `${cap(num(n))} cooperation projects`} ${mood === 'preview' ? 'to be signed' : 'signed'}`,
    signed({ count: n, named }, e) {
      const names = list(named.map(the));
      const verb = `${was(e.mood, n > 1)} signed ${at(e)}`;
      if (named.length < n) return fin(`${numStart(n)} cooperation projects ${verb}, including ${names}.`);
      if (n === 1) return fin(`One cooperation project ${verb}: ${names}.`);
      return fin(`${numStart(n)} cooperation projects ${verb}: ${names}.`);
    },
    sectors: (names, n) => (n === 1 ? fin(`The project covers ${list(names)}.`) : fin(`The projects cover ${list(names)}.`)),
    value: ({ sums, priced, count: n }) => {
      const worth = list(sums.map(money));
      if (n === 1) return `The project is worth ${worth}.`;
      return priced === n ? `The projects are worth a combined ${worth}.` : `${cap(num(priced))} of them are worth a combined ${worth}.`;
    },
    total(t, e) {
      const word = t.category ?? (t.kind === 'projects' ? undefined : plural(doc(t.documentType ?? 'agreement')));
      const what = count(t.count, t.qualifier, t.kind, word);
      const sectors = t.sectorCount ? ` in ${num(t.sectorCount)} sectors` : '';
      const worth = t.value ? ` worth a combined ${money(t.value)}` : '';
      if (t.cumulative) return fin(`To date, ${what}${sectors}${worth} have been signed.`);
      const start = t.qualifier === 'exact' && t.count >= 10 ? `A total of ${what}` : cap(what);
      return fin(`${start}${sectors}${worth} ${was(e.mood, t.count !== 1)} signed ${at(e)}.`);
    },
  },

  policy(org, subject, e) {
    const gave = e.mood === 'preview' ? 'will give' : 'gave';
    if (org && subject) return fin(`${cap(the(org))} ${gave} a presentation on ${subject}.`);
    if (org) return fin(`${cap(the(org))} ${gave} a policy presentation.`);
    if (subject) return fin(`A presentation ${was(e.mood, false)} given on ${subject}.`);
    return `A policy presentation ${was(e.mood, false)} also given.`;
  },

  visit: {
    matchmaking: (e) => `A business matchmaking session ${e.mood === 'preview' ? 'will also be' : 'was also'} held.`,
    siteVisit(subject, after, performers, e) {
      if (performers.length > 0) {
        const when = after ? 'After the matchmaking session, ' : '';
        return fin(
          `${when}${peopleSubject(performers)} ${e.mood === 'preview' ? 'will visit' : 'visited'} ${subject ? the(subject) : 'the site'}.`,
        );
      }
      const to = subject ? ` to ${the(subject)}` : '';
      if (after) return fin(`The matchmaking session ${e.mood === 'preview' ? 'will be' : 'was'} followed by a site visit${to}.`);
      return fin(`A site visit${to} ${e.mood === 'preview' ? 'will also be' : 'was also'} made.`);
    },
  },

  closing: {
    groups(groups, e) {
      const items = groups.map((g) => {
        if (g.count === null) return g.category;
        if (g.unit === 'organizations') return `${QUALIFIERS[g.qualifier]}${num(g.count)} ${g.category}`;
        return `${count(g.count, g.qualifier, 'people')} from ${g.category}`;
      });
      const single = groups.length === 1 && groups[0].count === 1 && groups[0].qualifier === 'exact';
      if (e.mood === 'preview') return fin(`${cap(list(items))} ${single ? 'is' : 'are'} expected to take part.`);
      return fin(`Taking part in the ${noun(e)} ${single ? 'was' : 'were'} ${list(items)}.`);
    },
    others(ms, orgs, e) {
      const names = list(ms.map((m) => m.name));
      const verb = e.mood === 'preview' ? 'will also attend' : 'also attended';
      return fin(orgs.length > 0 ? `${names} of ${list(orgs.map(the))} ${verb}.` : `${names} ${verb}.`);
    },
    crowd({ count: n, fromOrganizations, organizations: orgs, organizationCount, companies }, e) {
      // "another" already says "also"
      const verb = e.mood === 'preview' ? 'will attend' : 'attended';
      const people = `Another ${count(n, 'exact', 'people')}`;
      if (orgs.length === 0) return `${people} ${verb}.`;
      const named = list(orgs.map(the));
      const more = organizationCount > orgs.length;
      const from = more
        ? `${count(organizationCount, 'exact', 'organizations', companies ? 'companies' : undefined)}, including ${named}`
        : named;
      if (fromOrganizations === n) return fin(`${people} from ${from}${more ? ',' : ''} ${verb}.`);
      return fin(`${people} ${verb}, ${num(fromOrganizations)} of them from ${from}.`);
    },
    organizers({ hosts, coHosts, organizers, supporting }, e) {
      const parts = [
        hosts.length ? `hosted by ${list(hosts.map(the))}` : '',
        coHosts.length ? `co-hosted by ${list(coHosts.map(the))}` : '',
        organizers.length ? `organized by ${list(organizers.map(the))}` : '',
        supporting.length ? `supported by ${list(supporting.map(the))}` : '',
      ].filter(Boolean);
      return fin(
        `The ${noun(e)} ${e.mood === 'preview' ? 'is' : 'was'} ${parts.length > 2 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join(' and ')}.`,
      );
    },
  },

  notes: { heading: 'Notes for the editor', warning: note },
};
