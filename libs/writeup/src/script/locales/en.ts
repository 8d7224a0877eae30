import type { SpeechKind } from '../../event-snapshot.js';
import { EVENT_NOUNS, list, person, the } from '../../locales/en.js';
import type { ScriptEvent, ScriptPerson, ScriptRules } from '../script-types.js';

/** English: the master of ceremonies' script in the register of an official ceremony. */

const noun = (e: ScriptEvent) => EVENT_NOUNS[e.kind] ?? 'ceremony';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Wu Jianping, Mayor of Nantong"; a deputy "Lu Haiyan, Vice Mayor of Nantong, on behalf of Wu Jianping, Mayor of Nantong" */
const formal = (p: ScriptPerson) => person(p.formal) + (p.behalf ? `, on behalf of ${person(p.behalf.formal)}` : '');
/** several people, each with an appositive: semicolons between them */
const names = (ps: ScriptPerson[]) => {
  const forms = ps.map(formal);
  return forms.length === 2 && forms[0].includes(',') ? `${forms[0]}, and ${forms[1]}` : list(forms);
};
/** a document's title with its article: "the Friendly Cooperation Agreement between …" */
const document = (title: string) => (/^the\s/i.test(title) ? title : `the ${title}`);
const partOfDay = (hour: number) => (hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening');
/** the event's title in running text, with "the" where it takes one */
const titled = (e: ScriptEvent) => the(e.title);
const clause = (text: string) => text.trim().replace(/[.;,\s]+$/, '');
/** an appositive closed before the verb that follows */
const closed = (s: string) => (s.includes(',') ? `${s},` : s);

const TO: Record<SpeechKind, string> = {
  opening_declaration: 'declare the proceedings open',
  welcome_address: 'deliver a welcome address',
  address: 'deliver an address',
  keynote: 'deliver a keynote speech',
  keynote_report: 'present the keynote report',
  remarks: 'say a few words',
  statement: 'make a statement',
  toast: 'propose a toast',
  closing_remarks: 'deliver the closing remarks',
};

export const enScript: ScriptRules = {
  invitationPositions: 'first',
  title: (e) => `${e.title}: Presider's Script`,
  details: { time: 'Date and time', venue: 'Venue', presider: 'Presider' },
  dateTime(e) {
    const { year, month, day } = e.date;
    const h = e.hour % 12 === 0 ? 12 : e.hour % 12;
    const time = `${h}:${String(e.minute).padStart(2, '0')} ${e.hour < 12 ? 'a.m.' : 'p.m.'}`;
    return `${WEEKDAYS[e.weekday]}, ${MONTHS[month - 1]} ${day}, ${year}, ${time}`;
  },
  headings: { opening: 'Opening', introduction: 'Introduction of Guests', programme: 'Programme', closing: 'Closing' },
  applause: '(Applause)',
  greeting: (e) => [`Distinguished guests, ladies and gentlemen, good ${partOfDay(e.hour)}.`],
  presiderName: (p) => person(p.formal),
  presiderSelf(presiders) {
    if (presiders.length !== 1) return undefined;
    return `My name is ${person(presiders[0].formal)}, and it is my honour to serve as the presider today.`;
  },
  opening(e, declared) {
    const lines = [`Welcome to ${titled(e)}${e.venue ? `, here at ${the(e.venue)}` : ''}.`];
    if (e.theme) lines.push(`The theme of this ${noun(e)} is "${clause(e.theme)}".`);
    if (e.hosts.length > 0) lines.push(`On behalf of ${list(e.hosts.map(the))}, I would like to extend a warm welcome to all of you.`);
    else lines.push('On behalf of the organizers, I would like to extend a warm welcome to all of you.');
    if (!declared) lines.push(`I now declare ${titled(e)} open.`);
    return lines;
  },
  introduction: {
    lead: () => 'Allow me to introduce the distinguished guests with us today:',
    roll: (p, last) => `${person(p.full)}${p.behalf ? `, on behalf of ${person(p.behalf.full)}` : ''}${last ? '.' : ';'}`,
    close: () => 'Please join me in welcoming them with a warm round of applause.',
  },
  connective: (n) => (n === 0 ? 'To begin' : n % 2 === 1 ? 'Next' : 'Now'),
  openingDeclaration(conn, performers, e) {
    if (performers.length === 0) return `I now declare ${titled(e)} open.`;
    return `${conn}, may I invite ${closed(names(performers))} to declare the ${noun(e)} open.`;
  },
  speech: (conn, kind, p) => `${conn}, may I invite ${closed(formal(p))} to ${TO[kind]}.`,
  // "Vice Governor Song"; a longer title ("Chief Executive Officer") is not said before a name: the name alone
  thanks: (_kind, p) => `Thank you, ${p.title && p.title.split(/\s+/).length <= 2 ? `${p.title} ${p.short}` : p.formal.name}.`,
  signing: {
    announce: (conn, s) => `${conn}, we come to the signing of ${document(clause(s.title))}.`,
    invite: (s) => `May I invite ${closed(names(s.signatories.map((x) => x.person)))} to the signing table.`,
    witnesses: (ps) => `I also invite ${closed(names(ps))} to witness the signing.`,
    sign: '(Signing)',
    inviteParties: (s) => `May I invite the representatives of ${list(s.parties.map(the))} to the signing table.`,
    exchange: (s) => `Please exchange the signed documents${s.parties.length > 2 ? '' : ' and shake hands'}.`,
    congratulate: 'Ladies and gentlemen, please join me in congratulating them with a round of applause.',
  },
  projects: {
    announce: (conn, n) => `${conn}, we come to the signing of ${n === 1 ? 'a cooperation project' : `${n} cooperation projects`}:`,
    line: (p, i) => `(${i + 1}) ${clause(p.title)}${p.parties.length > 0 ? ` (${p.parties.join(', ')})` : ''}`,
    invite: (n) => `May I invite the representatives of ${n === 1 ? 'the project' : 'the projects'} to the signing table.`,
    sign: '(Signing)',
    congratulate: 'Please join me in congratulating them with a round of applause.',
  },
  unveiling(conn, subjects, performers) {
    const what = list(subjects.map(the));
    if (performers.length === 0) return [`${conn}, we come to the unveiling of ${what}.`];
    return [`${conn}, may I invite ${closed(names(performers))} to unveil ${what}.`];
  },
  unveilCue: '(Unveiling)',
  policy(conn, org, subject, performers) {
    const who = performers.length > 0 ? names(performers) : org ? the(org) : undefined;
    const what = subject ? the(subject) : 'its policies';
    return who ? `${conn}, may I invite ${closed(who)} to present ${what}.` : `${conn}, we come to the presentation of ${what}.`;
  },
  matchmaking: (conn) => `${conn}, we move on to the business matchmaking session.`,
  siteVisit: (conn, subject) => `${conn}, we will proceed to ${subject ? the(subject) : 'the site'} for a visit. Please follow the staff.`,
  other: (conn, title, summary) =>
    title ? `${conn}, we move on to the next item: ${clause(title)}.` : summary ? `${conn}, ${clause(summary)}.` : undefined,
  closing: (e) => [`Ladies and gentlemen, this concludes ${titled(e)}.`, 'Thank you once again for joining us today.'],
  place: (venue, city) => (venue && city && !venue.includes(city) ? `${venue}, ${city}` : (venue ?? city)),
  unconfirmed: (ps) =>
    `Not introduced because they were invited but never confirmed: ${ps.join('; ')}. Update their attendance and generate the script again if they confirm.`,
  rule: 'Guests are introduced in protocol order. Only people registered (expected) or checked in are introduced; people invited who never confirmed and people marked absent are not. A deputy is introduced in the principal\'s place, "on behalf of" the principal.',
  notesHeading: 'Notes for the protocol officer',
};
