import type { Language } from '@app/core';
import { ComposeContext } from '../compose-context.js';
import { WriteupNotAvailableError } from '../errors.js';
import type {
  EventSnapshot,
  SnapshotAgendaItem,
  SnapshotAttendee,
  SnapshotMou,
  SnapshotPerson,
  SnapshotProject,
  SpeechKind,
} from '../event-snapshot.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../house-style/house-style.js';
import { isValidTimeZone, localDate } from '../local-date.js';
import { localeRules } from '../locales/index.js';
import { TextResolver } from '../text-resolver.js';
import type { SourceRef } from '../types.js';
import { SCRIPT_LOCALES } from './locales/index.js';
import type { PresiderScript, ScriptBlock, ScriptEvent, ScriptPerson, ScriptRules, ScriptSection, SigningFacts } from './script-types.js';

export interface ComposeScriptOptions {
  style?: HouseStyle;
}

/**
 * Who the presider introduces and invites: attendees registered (expected) or checked in. An invitee who never
 * confirmed is not named (warned as UNCONFIRMED_ATTENDANCE), and the snapshot already leaves out anyone marked absent;
 * a deputy (代理出席) stands in the principal's place and is named on the principal's behalf.
 */
export const SCRIPT_ATTENDANCE_STATUSES = ['registered', 'checked_in'] as const;

/** A speech the presider announces: a recorded one, or an address by a speaker with none recorded. */
interface Turn {
  kind: SpeechKind;
  person: SnapshotPerson;
  sources: SourceRef[];
}

/** One item of the programme: an agenda item, or one the records imply when the agenda does not list it. */
interface Segment {
  kind: SnapshotAgendaItem['kind'];
  item?: SnapshotAgendaItem;
  turns: Turn[];
  mous: SnapshotMou[];
  projects: SnapshotProject[];
}

interface Composer {
  s: EventSnapshot;
  ctx: ComposeContext;
  rules: ScriptRules;
  event: ScriptEvent;
  eventRef: SourceRef;
  /** person ids of attendees who are not to be there (unconfirmed); people who are no attendees at all count as there */
  away: Set<string>;
}

const block = (kind: ScriptBlock['kind'], text: string, sources: SourceRef[]): ScriptBlock => ({ kind, text, sources });

/**
 * Writes the presider's script of an event in one language from its agenda, speeches, agreements and protocol order.
 * Pure and deterministic: the same snapshot and language always give the same script.
 */
export function composeScript(snapshot: EventSnapshot, lang: Language, options: ComposeScriptOptions = {}): PresiderScript {
  if (snapshot.status === 'cancelled') throw new WriteupNotAvailableError('EVENT_CANCELLED', snapshot.id);
  const locale = localeRules(lang);
  const rules = SCRIPT_LOCALES[lang];
  const ctx = new ComposeContext(
    locale,
    new TextResolver(lang, (o) => locale.placeholder(o)),
    snapshot,
    options.style ?? DEFAULT_HOUSE_STYLE,
  );
  const eventRef: SourceRef = { type: 'event', id: snapshot.id };

  const present = snapshot.attendees.filter((a) => {
    if ((SCRIPT_ATTENDANCE_STATUSES as readonly string[]).includes(a.status ?? 'registered')) return true;
    ctx.text.warn('UNCONFIRMED_ATTENDANCE', { type: 'attendee', id: a.id }, 'status');
    return false;
  });
  const away = new Set(snapshot.attendees.filter((a) => !present.includes(a)).map((a) => a.person.id));
  const c: Composer = { s: snapshot, ctx, rules, event: scriptEvent(snapshot, ctx, eventRef), eventRef, away };

  const presiders = present.filter((a) => a.role === 'presider');
  const guests = present.filter((a) => a.role === 'guest' || a.role === 'speaker');
  const segments = programme(c, present);
  const declared = segments.some((seg) => seg.kind === 'opening');

  // the details first: the header names organizations in full where English introduces them
  const details = [{ label: rules.details.time, value: rules.dateTime(c.event) }];
  const place = rules.place(c.event.venue, c.event.city);
  if (place) details.push({ label: rules.details.venue, value: place });
  if (presiders.length > 0) {
    details.push({
      label: rules.details.presider,
      value: presiders.map((a) => rules.presiderName(scriptPerson(ctx, a.person))).join(lang === 'en' ? '; ' : '、'),
    });
  }
  const sections: ScriptSection[] = [];
  const opening: ScriptBlock[] = rules.greeting(c.event).map((t) => block('line', t, [eventRef]));
  const self = rules.presiderSelf(presiders.map((a) => scriptPerson(ctx, a.person)));
  if (self) opening.push(block('line', self, [eventRef, ...presiders.map(attendeeRefs)].flat()));
  opening.push(...rules.opening(c.event, declared).map((t) => block('line', t, [eventRef, ...hostRefs(snapshot)])));
  sections.push({ kind: 'opening', heading: rules.headings.opening, blocks: opening });

  if (guests.length > 0) {
    const blocks = [block('line', rules.introduction.lead(), [eventRef])];
    guests.forEach((a, i) =>
      blocks.push(block('roll', rules.introduction.roll(scriptPerson(ctx, a.person), i === guests.length - 1), attendeeRefs(a))),
    );
    blocks.push(block('line', rules.introduction.close(), [eventRef]), block('cue', rules.applause, [eventRef]));
    sections.push({ kind: 'introduction', heading: rules.headings.introduction, blocks });
  }

  const items: ScriptBlock[] = [];
  let n = 0;
  for (const segment of segments) items.push(...segmentBlocks(c, segment, () => rules.connective(n++, guests.length > 0)));
  if (items.length > 0) sections.push({ kind: 'programme', heading: rules.headings.programme, blocks: items });
  sections.push({
    kind: 'closing',
    heading: rules.headings.closing,
    blocks: rules.closing(c.event).map((t) => block('line', t, [eventRef])),
  });

  const warnings = ctx.text.warnings;
  const unconfirmed = snapshot.attendees.filter((a) => !present.includes(a)).map((a) => rules.presiderName(scriptPerson(ctx, a.person)));
  const notes = [
    rules.rule,
    ...(unconfirmed.length > 0 ? [rules.unconfirmed(unconfirmed)] : []),
    ...warnings.filter((w) => w.code !== 'UNCONFIRMED_ATTENDANCE').map((w) => locale.notes.warning(w)),
  ];
  return {
    lang,
    title: rules.title(c.event),
    details,
    sections,
    notes: { heading: rules.notesHeading, lines: notes },
    warnings,
  };
}

function scriptEvent(s: EventSnapshot, ctx: ComposeContext, eventRef: SourceRef): ScriptEvent {
  let zone = s.timeZone;
  if (!isValidTimeZone(zone)) {
    ctx.text.warn('INVALID_TIME_ZONE', eventRef, 'timeZone');
    zone = 'UTC';
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(new Date(s.startsAt));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    title: ctx.text.required(s.title, eventRef, 'title'),
    kind: s.kind,
    venue: ctx.text.optional(s.venue, eventRef, 'venue'),
    city: ctx.text.optional(s.city, eventRef, 'city'),
    theme: ctx.text.optional(s.theme, eventRef, 'theme'),
    // the hosts by their full names (人民政府, not the short form running text uses)
    hosts: s.hosts.map((o) => ctx.text.optional(o.name, { type: 'organization', id: o.id }, 'name') ?? ctx.org(o).name),
    date: localDate(s.startsAt, zone),
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday')),
  };
}

/** The person with every position (introduction) and with the first one (invitations), and who they stand in for. */
function scriptPerson(ctx: ComposeContext, person: SnapshotPerson, withPrincipal = true): ScriptPerson {
  const full = ctx.principalMention(person);
  const formal = SCRIPT_LOCALES[ctx.rules.lang].invitationPositions === 'all' ? full : { ...full, positions: full.positions.slice(0, 1) };
  const principal = withPrincipal ? ctx.principalOf(person.id) : undefined;
  return { full, formal, ...ctx.shortForm(person), ...(principal && { behalf: scriptPerson(ctx, principal, false) }) };
}

function attendeeRefs(a: SnapshotAttendee): SourceRef[] {
  const refs: SourceRef[] = [
    { type: 'attendee', id: a.id },
    { type: 'person', id: a.person.id },
  ];
  if (a.onBehalfOf) refs.push({ type: 'person', id: a.onBehalfOf.id });
  return refs;
}

function hostRefs(s: EventSnapshot): SourceRef[] {
  return s.hosts.map((o) => ({ type: 'organization', id: o.id }));
}

/**
 * The items of the programme in the agenda's order. Speeches go to their agenda item; a speech recorded without one goes
 * to the first address item (an opening declaration to the opening, closing remarks to the end), and so do speakers with
 * no speech recorded. Agreements go to the signing items (one each when the counts match, else all to the first),
 * projects to the first project signing. What the agenda does not list is placed where a ceremony has it: addresses
 * after the opening, signings after the addresses, closing remarks last.
 */
function programme(c: Composer, present: SnapshotAttendee[]): Segment[] {
  const { s } = c;
  const here = new Set(present.map((a) => a.id));
  const segments: Segment[] = [...s.agenda]
    .sort((a, b) => a.order - b.order)
    .map((item) => ({ kind: item.kind, item, turns: [], mous: [], projects: [] }));
  const byItem = new Map(segments.map((seg) => [seg.item!.id, seg]));
  const fresh = (kind: Segment['kind']): Segment => ({ kind, turns: [], mous: [], projects: [] });
  const first = (kind: Segment['kind']) => segments.find((seg) => seg.kind === kind);
  /** a segment of the kind, made after the last of `after` kinds (or at the start) when the agenda has none */
  const ensure = (kind: Segment['kind'], after: Segment['kind'][]): Segment => {
    const found = first(kind);
    if (found) return found;
    const seg = fresh(kind);
    let at = 0;
    segments.forEach((x, i) => {
      if (after.includes(x.kind)) at = i + 1;
    });
    segments.splice(at, 0, seg);
    return seg;
  };
  const closing: Turn[] = [];

  for (const sp of s.speeches) {
    if (!here.has(sp.attendeeId)) continue;
    const turn: Turn = {
      kind: sp.kind,
      person: sp.speaker,
      sources: [
        { type: 'speech', id: sp.id },
        { type: 'attendee', id: sp.attendeeId },
        { type: 'person', id: sp.speaker.id },
      ],
    };
    const own = sp.agendaItemId ? byItem.get(sp.agendaItemId) : undefined;
    if (own) own.turns.push(turn);
    else if (sp.kind === 'opening_declaration') ensure('opening', []).turns.push(turn);
    else if (sp.kind === 'closing_remarks') closing.push(turn);
    else ensure('address', ['opening']).turns.push(turn);
  }
  const withSpeech = new Set(s.speeches.map((sp) => sp.attendeeId));
  const performers = new Set(s.agenda.flatMap((a) => (a.performers ?? []).map((p) => p.id)));
  for (const a of present) {
    if (a.role !== 'speaker' || withSpeech.has(a.id) || performers.has(a.person.id)) continue;
    ensure('address', ['opening']).turns.push({ kind: 'address', person: a.person, sources: attendeeRefs(a) });
  }

  const mous = s.mous.filter((m) => m.status !== 'terminated');
  const signings = segments.filter((seg) => seg.kind === 'mou_signing');
  if (mous.length > 0) {
    if (signings.length === mous.length) signings.forEach((seg, i) => seg.mous.push(mous[i]));
    else (signings[0] ?? ensure('mou_signing', ['opening', 'address'])).mous.push(...mous);
  }
  if (s.projects.length > 0) ensure('project_signing', ['opening', 'address', 'mou_signing']).projects.push(...s.projects);
  if (closing.length > 0) {
    const seg = fresh('address');
    seg.turns.push(...closing);
    segments.push(seg);
  }
  return segments;
}

/** The people who perform an item and are to be there. */
function performersOf(c: Composer, item?: SnapshotAgendaItem): SnapshotPerson[] {
  return (item?.performers ?? []).filter((p) => !c.away.has(p.id));
}

function segmentBlocks(c: Composer, seg: Segment, conn: () => string): ScriptBlock[] {
  const { ctx, rules, event } = c;
  const itemRef: SourceRef[] = seg.item ? [{ type: 'agenda', id: seg.item.id }] : [];
  const refs = (people: SnapshotPerson[]): SourceRef[] => [...itemRef, ...people.map((p): SourceRef => ({ type: 'person', id: p.id }))];
  const sp = (p: SnapshotPerson) => scriptPerson(ctx, p);
  const text = (field: 'title' | 'subject' | 'summary') =>
    seg.item
      ? ctx.text.optional(seg.item[field], { type: 'agenda', id: seg.item.id }, field, field === 'summary' ? 'prose' : 'name')
      : undefined;
  const out: ScriptBlock[] = [];
  const speeches = (turns: Turn[]) => {
    for (const t of turns) {
      out.push(block('line', rules.speech(conn(), t.kind, sp(t.person), event), [...itemRef, ...t.sources]));
      out.push(block('line', rules.thanks(t.kind, sp(t.person)), t.sources));
    }
  };

  switch (seg.kind) {
    case 'opening': {
      const declaring = seg.turns.filter((t) => t.kind === 'opening_declaration');
      const people = [...performersOf(c, seg.item), ...declaring.map((t) => t.person)].filter(
        (p, i, all) => all.findIndex((q) => q.id === p.id) === i,
      );
      out.push(
        block('line', rules.openingDeclaration(conn(), people.map(sp), event), [...refs(people), ...declaring.flatMap((t) => t.sources)]),
      );
      out.push(block('cue', rules.applause, itemRef));
      speeches(seg.turns.filter((t) => t.kind !== 'opening_declaration'));
      return out;
    }
    case 'address': {
      const turns = [...seg.turns];
      // an address item with nobody's speech recorded: its performers give the address
      if (turns.length === 0) {
        for (const p of performersOf(c, seg.item)) turns.push({ kind: 'address', person: p, sources: refs([p]) });
      }
      if (turns.length === 0) {
        const other = rules.other(conn(), text('title'), text('summary'));
        return other ? [block('line', other, itemRef)] : [];
      }
      speeches(turns);
      return out;
    }
    case 'mou_signing': {
      for (const m of seg.mous) out.push(...signingBlocks(c, m, conn(), itemRef));
      if (seg.mous.length === 0) {
        const other = rules.other(conn(), text('title'), text('summary'));
        if (other) out.push(block('line', other, itemRef));
      }
      speeches(seg.turns);
      return out;
    }
    case 'project_signing': {
      if (seg.projects.length === 0) {
        const other = rules.other(conn(), text('title'), text('summary'));
        if (other) out.push(block('line', other, itemRef));
        speeches(seg.turns);
        return out;
      }
      const projectRefs = seg.projects.map((p): SourceRef => ({ type: 'project', id: p.id }));
      out.push(block('line', rules.projects.announce(conn(), seg.projects.length), [...itemRef, ...projectRefs]));
      seg.projects.forEach((p, i) => {
        const ref: SourceRef = { type: 'project', id: p.id };
        const line = { title: ctx.text.required(p.title, ref, 'title'), parties: p.parties.map((o) => ctx.org(o).name) };
        out.push(
          block('roll', rules.projects.line(line, i), [ref, ...p.parties.map((o): SourceRef => ({ type: 'organization', id: o.id }))]),
        );
      });
      out.push(block('line', rules.projects.invite(seg.projects.length), projectRefs));
      out.push(block('cue', rules.projects.sign, projectRefs));
      out.push(block('line', rules.projects.congratulate, projectRefs), block('cue', rules.applause, projectRefs));
      speeches(seg.turns);
      return out;
    }
    case 'unveiling': {
      const subject = text('subject') ?? text('title');
      const people = performersOf(c, seg.item);
      if (!subject) return out;
      for (const line of rules.unveiling(conn(), [subject], people.map(sp))) out.push(block('line', line, refs(people)));
      out.push(block('cue', rules.unveilCue, itemRef), block('cue', rules.applause, itemRef));
      speeches(seg.turns);
      return out;
    }
    case 'policy_presentation': {
      const people = performersOf(c, seg.item);
      const org = seg.item?.organization ? ctx.org(seg.item.organization).name : undefined;
      const orgRef: SourceRef[] = seg.item?.organization ? [{ type: 'organization', id: seg.item.organization.id }] : [];
      out.push(block('line', rules.policy(conn(), org, text('subject'), people.map(sp)), [...refs(people), ...orgRef]));
      speeches(seg.turns);
      return out;
    }
    case 'matchmaking':
      out.push(block('line', rules.matchmaking(conn()), itemRef));
      speeches(seg.turns);
      return out;
    case 'site_visit':
      out.push(block('line', rules.siteVisit(conn(), text('subject') ?? text('title')), itemRef));
      return out;
    default: {
      const other = rules.other(conn(), text('title') ?? text('subject'), text('summary'));
      if (other) out.push(block('line', other, itemRef));
      speeches(seg.turns);
      return out;
    }
  }
}

/** One agreement: announced, its signatories and witnesses called up, signed, exchanged, applauded. */
function signingBlocks(c: Composer, m: SnapshotMou, conn: string, itemRef: SourceRef[]): ScriptBlock[] {
  const { ctx, rules } = c;
  const ref: SourceRef = { type: 'mou', id: m.id };
  const signatories = m.parties.flatMap((p) =>
    p.signatory && !c.away.has(p.signatory.id)
      ? [{ person: scriptPerson(ctx, p.signatory), organization: ctx.org(p.organization).name, id: p.signatory.id }]
      : [],
  );
  const witnesses = m.witnesses.filter((w) => !c.away.has(w.id));
  const facts: SigningFacts = {
    title: ctx.text.required(m.title, ref, 'title'),
    type: m.documentType ?? 'mou',
    signatories,
    witnesses: witnesses.map((w) => scriptPerson(ctx, w)),
    parties: m.parties.map((p) => ctx.org(p.organization).name),
  };
  const people = (ids: string[]): SourceRef[] => ids.map((id) => ({ type: 'person', id }));
  const out = [block('line', rules.signing.announce(conn, facts), [...itemRef, ref])];
  if (signatories.length > 0) out.push(block('line', rules.signing.invite(facts), [ref, ...people(signatories.map((x) => x.id))]));
  else if (facts.parties.length > 0)
    out.push(
      block('line', rules.signing.inviteParties(facts), [
        ref,
        ...m.parties.map((p): SourceRef => ({ type: 'organization', id: p.organization.id })),
      ]),
    );
  if (witnesses.length > 0) out.push(block('line', rules.signing.witnesses(facts.witnesses), [ref, ...people(witnesses.map((w) => w.id))]));
  out.push(
    block('cue', rules.signing.sign, [ref]),
    block('line', rules.signing.exchange(facts), [ref]),
    block('line', rules.signing.congratulate, [ref]),
    block('cue', rules.applause, [ref]),
  );
  return out;
}
