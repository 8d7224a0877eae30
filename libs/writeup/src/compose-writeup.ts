import { resolveText, type Language } from '@app/core';
import { ComposeContext } from './compose-context.js';
import { WriteupNotAvailableError } from './errors.js';
import type {
  EventSnapshot,
  SnapshotAgendaItem,
  SnapshotAttendee,
  SnapshotMou,
  SnapshotOrganization,
  SnapshotSpeech,
  SpeechKind,
} from './event-snapshot.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from './house-style/house-style.js';
import { compareDates, isValidTimeZone, localDate, sameDate } from './local-date.js';
import type {
  AgreementFacts,
  DelegationFacts,
  EventFacts,
  HeadlineNews,
  Money,
  Mood,
  PersonMention,
  SignatoryFacts,
  SpeechGroup,
} from './locales/locale.js';
import { localeRules } from './locales/index.js';
import { TextResolver } from './text-resolver.js';
import type { Paragraph, Sentence, SourceRef, Writeup } from './types.js';

/** Projects named in the projects section when there are more than `NAME_ALL_UP_TO`. */
const NAMED_PROJECTS = 2;
const NAME_ALL_UP_TO = 3;
/** Agreements with signatories the lead states when there are at most this many; more go to their section. */
const LEAD_SIGNINGS = 2;

/** Speech kinds in the order the lead and the address paragraphs state them. */
const SPEECH_ORDER: SpeechKind[] = [
  'opening_declaration',
  'welcome_address',
  'address',
  'keynote',
  'keynote_report',
  'toast',
  'closing_remarks',
  'remarks',
  'statement',
];
/** Speeches the lead names and that get paragraphs of their own; remarks and statements are quoted further down. */
const LEAD_KINDS = new Set<SpeechKind>(SPEECH_ORDER.filter((kind) => kind !== 'remarks' && kind !== 'statement'));

export interface ComposeOptions {
  /** the moment the tense is decided against (default: now) */
  now?: Date;
  /** the workspace's house style (default: DEFAULT_HOUSE_STYLE) */
  style?: HouseStyle;
}

interface Composition {
  s: EventSnapshot;
  ctx: ComposeContext;
  facts: EventFacts;
  eventRef: SourceRef;
  /** attendees written as present (invited ones of a held event left out) */
  present: SnapshotAttendee[];
  /** speeches stated, in the order they are written */
  speeches: SnapshotSpeech[];
  /** agreements the lead already stated with their signatories */
  signedInLead: Set<string>;
}

type SectionBuilder = (c: Composition) => Paragraph[];

/**
 * Writes the news writeup of an event in one language, from its records only.
 * Pure and deterministic: the same snapshot, language and day always give the same writeup.
 */
export function composeWriteup(snapshot: EventSnapshot, lang: Language, options: ComposeOptions = {}): Writeup {
  if (snapshot.status === 'cancelled') throw new WriteupNotAvailableError('EVENT_CANCELLED', snapshot.id);
  const rules = localeRules(lang);
  const style = options.style ?? DEFAULT_HOUSE_STYLE;
  const ctx = new ComposeContext(rules, new TextResolver(lang, (o) => rules.placeholder(o)), snapshot, style);
  const eventRef: SourceRef = { type: 'event', id: snapshot.id };
  const facts = eventFacts(snapshot, ctx, eventRef, options.now ?? new Date());

  const unconfirmed = new Set<string>();
  const present = snapshot.attendees.filter((a) => {
    if (facts.mood === 'preview' || a.status !== 'invited') return true;
    ctx.text.warn('UNCONFIRMED_ATTENDANCE', { type: 'attendee', id: a.id }, 'status');
    unconfirmed.add(a.id);
    return false;
  });
  const c: Composition = {
    s: snapshot,
    ctx,
    facts,
    eventRef,
    present,
    speeches: speakingOrder(snapshot).filter((sp) => !unconfirmed.has(sp.attendeeId)),
    signedInLead: new Set(),
  };

  const headline = ctx.sentence(rules.headline(headlineFacts(c)), headlineSources(c));
  const dateline = rules.dateline(facts.start, facts.city, style.dateline[lang]);
  const builders: SectionBuilder[] = [lead, addresses, unveiling, mous, projects, quotes, policy, visit, oneLineFacts, closing];
  const paragraphs = builders.flatMap((build) => build(c)).filter((p) => p.sentences.length > 0);
  // an unveiling heading already introduces the agreements signed with it
  if (paragraphs.some((p) => p.section === 'unveiling')) {
    for (const p of paragraphs) if (p.section === 'mou') delete p.heading;
  }
  return { lang, headline, dateline, paragraphs, warnings: ctx.text.warnings };
}

function eventFacts(s: EventSnapshot, ctx: ComposeContext, eventRef: SourceRef, now: Date): EventFacts {
  let zone = s.timeZone;
  if (!isValidTimeZone(zone)) {
    ctx.text.warn('INVALID_TIME_ZONE', eventRef, 'timeZone');
    zone = 'UTC';
  }
  const start = localDate(s.startsAt, zone);
  const endDate = s.endsAt ? localDate(s.endsAt, zone) : undefined;
  const today = localDate(now.toISOString(), zone);
  let mood: Mood = 'held';
  if (s.status === 'held') {
    if (compareDates(start, today) > 0) ctx.text.warn('HELD_IN_FUTURE', eventRef, 'status');
  } else if (compareDates(start, today) >= 0) {
    mood = 'preview';
  } else {
    ctx.text.warn('NOT_MARKED_HELD', eventRef, 'status');
  }
  return {
    title: ctx.text.required(s.title, eventRef, 'title'),
    kind: s.kind,
    mood,
    start,
    end: endDate && !sameDate(start, endDate) ? endDate : undefined,
    venue: ctx.text.optional(s.venue, eventRef, 'venue'),
    city: ctx.text.optional(s.city, eventRef, 'city'),
    theme: ctx.text.optional(s.theme, eventRef, 'theme'),
    parent: s.parent ? ctx.text.optional(s.parent.title, { type: 'event', id: s.parent.id }, 'title') : undefined,
    scene: { uses: 0 },
  };
}

/**
 * Speeches by agenda item, then by kind (opening, welcome, addresses, keynotes… remarks last), then as recorded. A speech
 * without an agenda item stays in the segment of the speech recorded before it.
 */
function speakingOrder(s: EventSnapshot): SnapshotSpeech[] {
  const agendaOrder = new Map(s.agenda.map((a) => [a.id, a.order]));
  let segment = Number.NEGATIVE_INFINITY;
  const key = (sp: SnapshotSpeech) => {
    const own = sp.agendaItemId ? agendaOrder.get(sp.agendaItemId) : undefined;
    if (own !== undefined) segment = own;
    return [segment, SPEECH_ORDER.indexOf(sp.kind)];
  };
  return s.speeches
    .map((sp, i) => ({ sp, i, k: key(sp) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.sp);
}

/** An organization's name for a headline: its short name, without introducing it in the text. */
function label(ctx: ComposeContext, org: SnapshotOrganization): string {
  return ctx.text.exact(org.shortName) ?? ctx.text.required(org.name, { type: 'organization', id: org.id }, 'name');
}

function liveMous(c: Composition): SnapshotMou[] {
  return c.s.mous.filter((m) => m.status !== 'terminated');
}

/** The most newsworthy record: many projects, else what was signed, else a few projects, else what was unveiled. */
function headlineNews(c: Composition): HeadlineNews | undefined {
  const { s, ctx } = c;
  const totals = (s.signingTotals ?? []).filter((t) => !t.cumulative);
  const projectCount = s.projects.length + totals.filter((t) => t.kind === 'projects').reduce((n, t) => n + t.count, 0);
  const value = signedValue(c)?.sums;
  const projectsNews: HeadlineNews | undefined = projectCount > 0 ? { kind: 'projects', count: projectCount, value } : undefined;
  if (projectsNews && projectCount >= 3) return projectsNews;
  const mous = liveMous(c);
  const agreementCount = mous.length + totals.filter((t) => t.kind === 'agreements').reduce((n, t) => n + t.count, 0);
  if (agreementCount > 0) {
    const types = new Set([
      ...mous.map((m) => m.documentType ?? 'mou'),
      ...totals.flatMap((t) => (t.kind === 'agreements' ? [t.documentType ?? 'agreement'] : [])),
    ]);
    return {
      kind: 'agreement',
      type: types.size === 1 ? [...types][0] : 'agreement',
      count: agreementCount,
      parties: mous.length === 1 && agreementCount === 1 ? mous[0].parties.map((p) => label(ctx, p.organization)) : [],
      planned: mous.every((m) => m.status === 'planned'),
    };
  }
  if (projectsNews) return projectsNews;
  const unveiled = s.agenda.find((a) => a.kind === 'unveiling' && (a.subject || a.title));
  if (unveiled) return { kind: 'unveiling', subject: subjectOf(ctx, unveiled)! };
  return undefined;
}

function headlineFacts(c: Composition) {
  const { facts } = c;
  return {
    event: facts.title,
    eventKind: facts.kind,
    place: facts.venue ?? facts.city,
    city: facts.city,
    mood: facts.mood,
    news: headlineNews(c),
  };
}

function headlineSources(c: Composition): SourceRef[] {
  const news = headlineNews(c);
  const refs: SourceRef[] = [c.eventRef];
  if (news?.kind === 'agreement') refs.push(...liveMous(c).map((m): SourceRef => ({ type: 'mou', id: m.id })));
  if (news?.kind === 'projects') refs.push(...c.s.projects.map((p): SourceRef => ({ type: 'project', id: p.id })));
  if (news?.kind === 'unveiling') refs.push(...agendaOf(c.s, 'unveiling').map((a): SourceRef => ({ type: 'agenda', id: a.id })));
  return refs;
}

/** Two people of the lead in the same protocol place: the same per-event order, or none and the same rank. */
function warnTies(ctx: ComposeContext, leaders: SnapshotAttendee[]): void {
  const placeOf = (a: SnapshotAttendee) => (a.protocolOrder != null ? `o${a.protocolOrder}` : a.rank != null ? `r${a.rank}` : undefined);
  leaders.forEach((a, i) => {
    const before = leaders[i - 1];
    if (before && placeOf(a) !== undefined && placeOf(a) === placeOf(before)) {
      ctx.text.warn('PROTOCOL_TIE', { type: 'attendee', id: a.id }, 'protocolOrder');
    }
  });
}

/**
 * The lead: date, event and place; the leaders in protocol order with all their positions; then who presided, who
 * spoke (by kind) and who signed, by short name.
 */
function lead(c: Composition): Paragraph[] {
  const { s, ctx, facts, eventRef, present } = c;
  const { rules } = ctx;
  const sentences = [ctx.sentence(rules.lead.opening(facts), [eventRef])];
  const sectors = sectorNames(ctx, s.sectors ?? [], eventRef);
  if (sectors.length > 0) sentences.push(ctx.sentence(rules.lead.focus(facts, sectors), [eventRef]));

  const leaders = present.filter((a) => a.role !== 'participant');
  warnTies(ctx, leaders);
  if (leaders.length > 0) {
    const mentions = leaders.map((a) => ctx.mention(a.person));
    const sources = leaders.flatMap((a, i) => ctx.personSources(a.person, mentions[i], a.id));
    sentences.push(ctx.sentence(rules.lead.attended(mentions, facts), [eventRef, ...sources]));
  }
  sentences.push(...delegations(c));

  const presiders = present.filter((a) => a.role === 'presider');
  const spoke = speakerGroups(c);
  // the people the last sentence was about, so the next one about the very same people refers to them ("They signed …")
  let before: string[] = [];
  if (presiders.length > 0) {
    const mentions = presiders.map((a) => ctx.mention(a.person));
    const sources = presiders.flatMap((a, i) => ctx.personSources(a.person, mentions[i], a.id));
    // the presiders who also all spoke, and nobody else with them, are said to do both in one sentence
    const ids = new Set(presiders.map((a) => a.person.id));
    const same = spoke.groups.findIndex((g) => g.ids.length === ids.size && g.ids.every((id) => ids.has(id)));
    const also = same >= 0 ? spoke.groups.splice(same, 1)[0].kind : undefined;
    sentences.push(ctx.sentence(rules.lead.presided(mentions, facts, also), [eventRef, ...sources]));
    before = [...ids];
  }

  if (spoke.groups.length > 0) {
    sentences.push(ctx.sentence(rules.lead.spoke(spoke.groups, facts), [eventRef, ...spoke.sources]));
    before = spoke.groups.at(-1)!.ids;
  }

  const withSignatories = liveMous(c).filter((m) => m.parties.some((p) => p.signatory));
  if (withSignatories.length > 0 && withSignatories.length <= LEAD_SIGNINGS) {
    for (const m of withSignatories) {
      const ref: SourceRef = { type: 'mou', id: m.id };
      const ids = m.parties.flatMap((p) => (p.signatory ? [p.signatory.id] : []));
      const same = ids.length > 1 && ids.length === before.length && ids.every((id) => before.includes(id));
      const signing = signatories(ctx, m);
      const witnesses = m.witnesses.map((w) => ctx.mention(w));
      const agreement = agreementFacts(ctx, m);
      const unrepresented: SourceRef[] = m.parties.flatMap((p) => (p.signatory ? [] : [{ type: 'organization', id: p.organization.id }]));
      const sources = [
        ref,
        ...signing.flatMap((x) => x.sources),
        ...unrepresented,
        ...m.witnesses.flatMap((w, i) => ctx.personSources(w, witnesses[i])),
      ];
      sentences.push(
        ctx.sentence(
          rules.lead.signed(
            agreement,
            signing.map((x) => x.facts),
            witnesses,
            facts,
            same,
          ),
          sources,
        ),
      );
      before = ids;
      c.signedInLead.add(m.id);
    }
  }
  return [{ section: 'lead', sentences }];
}

/** A sentence per delegation: its size, where it comes from and who leads it ("a 12-member delegation … led by …"). */
function delegations(c: Composition): Sentence[] {
  const { s, ctx, facts, present } = c;
  const here = new Set(present.map((a) => a.id));
  return (s.delegations ?? []).map((d) => {
    const ref: SourceRef = { type: 'delegation', id: d.id };
    const head = d.head && d.headAttendeeId && here.has(d.headAttendeeId) ? d.head : undefined;
    const mention = head ? ctx.mention(head) : undefined;
    const name = ctx.text.optional(d.name, ref, 'name');
    const from = name ? undefined : ctx.text.optional(d.sideName, ref, 'side');
    const delegation: DelegationFacts = { name, from, size: d.size ?? undefined, head: mention };
    const sources: SourceRef[] = [ref, ...(head && mention ? ctx.personSources(head, mention, d.headAttendeeId!) : [])];
    return ctx.sentence(ctx.rules.lead.delegation(delegation, facts), sources);
  });
}

/**
 * Who spoke, grouped by kind in the order of the programme: the speeches of the lead kinds, speakers without a recorded
 * speech (an address), and whoever declared the event open.
 */
function speakerGroups(c: Composition): { groups: (SpeechGroup & { ids: string[] })[]; sources: SourceRef[] } {
  const { ctx, present } = c;
  const byKind = new Map<SpeechKind, { id: string; person: SnapshotSpeech['speaker']; refs: SourceRef[] }[]>();
  const add = (kind: SpeechKind, person: SnapshotSpeech['speaker'], refs: SourceRef[]) => {
    const entries = byKind.get(kind) ?? [];
    if (!entries.some((e) => e.id === person.id)) entries.push({ id: person.id, person, refs });
    byKind.set(kind, entries);
  };
  for (const item of agendaOf(c.s, 'opening')) {
    for (const p of item.performers ?? []) add('opening_declaration', p, [{ type: 'agenda', id: item.id }]);
  }
  // a speech recorded for someone not present (marked absent) is stated in its paragraph, but the lead does not say they spoke
  const here = new Set(present.map((a) => a.id));
  for (const sp of c.speeches) {
    if (LEAD_KINDS.has(sp.kind) && here.has(sp.attendeeId))
      add(sp.kind, sp.speaker, [
        { type: 'speech', id: sp.id },
        { type: 'attendee', id: sp.attendeeId },
      ]);
  }
  const withSpeech = new Set(c.speeches.map((sp) => sp.attendeeId));
  for (const a of present) if (a.role === 'speaker' && !withSpeech.has(a.id)) add('address', a.person, [{ type: 'attendee', id: a.id }]);

  const groups: (SpeechGroup & { ids: string[] })[] = [];
  const sources: SourceRef[] = [];
  for (const kind of SPEECH_ORDER) {
    const entries = byKind.get(kind);
    if (!entries) continue;
    const mentions = entries.map((e) => ctx.mention(e.person));
    groups.push({ kind, people: mentions, ids: entries.map((e) => e.id) });
    entries.forEach((e, i) => sources.push(...e.refs, ...ctx.personSources(e.person, mentions[i])));
  }
  return { groups, sources };
}

function agreementFacts(ctx: ComposeContext, m: SnapshotMou): AgreementFacts {
  const ref: SourceRef = { type: 'mou', id: m.id };
  // each party named once here: naming an organization introduces it (its full name first, then its short name)
  const parties = m.parties.map((p) => ctx.org(p.organization).name);
  return {
    type: m.documentType ?? 'mou',
    title: ctx.text.required(m.title, ref, 'title'),
    parties,
    unrepresented: parties.filter((_, i) => !m.parties[i].signatory),
    planned: m.status === 'planned',
  };
}

function signatories(ctx: ComposeContext, m: SnapshotMou): { facts: SignatoryFacts; sources: SourceRef[] }[] {
  return m.parties.flatMap((p) => {
    if (!p.signatory) return [];
    const org = ctx.org(p.organization);
    const person = ctx.mention(p.signatory);
    return [
      {
        facts: { person, organization: org.name, statedInPosition: person.positions.some((g) => g.organization?.id === org.id) },
        sources: [...ctx.personSources(p.signatory, person), { type: 'organization' as const, id: org.id }],
      },
    ];
  });
}

interface ResolvedPoint {
  text: string;
  action: boolean;
  key: string;
}

/** The key points of a speech in the language, each marked as a statement or an action. */
function pointsOf(ctx: ComposeContext, speech: SnapshotSpeech): ResolvedPoint[] {
  const ref: SourceRef = { type: 'speech', id: speech.id };
  const actions = new Set(speech.actionKeyPoints ?? []);
  return speech.keyPoints.flatMap((kp, i) => {
    const text = ctx.text.optional(kp, ref, `keyPoints[${i}]`, 'prose');
    if (!text) return [];
    // compared on the recorded text, so two untranslated points are not taken for the same one
    const raw = resolveText(kp, ctx.text.lang)?.text ?? text;
    return [{ text, action: actions.has(i), key: `${actions.has(i) ? 'a' : 's'}:${raw.replace(/[\s。．.,，;；!！]+$/u, '')}` }];
  });
}

/**
 * Paragraphs for speeches: one per speech, and one for points several speakers made alike ("both said…"), placed
 * where the first of them spoke. Quotes follow the speaker's points when `withQuotes`.
 */
function speechParagraphs(
  c: Composition,
  speeches: SnapshotSpeech[],
  section: Paragraph['section'],
  withPoints: (sp: SnapshotSpeech) => boolean,
  withQuotes: boolean,
): Paragraph[] {
  const { ctx } = c;
  const items = speeches.map((sp) => ({ sp, points: withPoints(sp) ? pointsOf(ctx, sp) : [] }));
  const owners = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const p of it.points) {
      const list = owners.get(p.key) ?? [];
      if (!list.includes(i)) list.push(i);
      owners.set(p.key, list);
    }
  });
  const paragraphs: Paragraph[] = [];
  items.forEach((it, i) => {
    // points shared with other speakers, stated once with all of them where the first one spoke
    const shared = new Map<string, ResolvedPoint[]>();
    for (const p of it.points) {
      const who = owners.get(p.key)!;
      if (who.length > 1 && who[0] === i) shared.set(who.join(','), [...(shared.get(who.join(',')) ?? []), p]);
    }
    for (const [who, points] of shared) {
      const group = who.split(',').map((j) => items[Number(j)].sp);
      const mentions = group.map((sp) => ctx.mention(sp.speaker));
      const texts = ctx.rules.speech.paragraph({ speakers: mentions, kind: it.sp.kind, points, index: paragraphs.length, event: c.facts });
      const sources = group.flatMap((sp, k): SourceRef[] => [
        { type: 'speech', id: sp.id },
        ...ctx.personSources(sp.speaker, mentions[k], sp.attendeeId),
      ]);
      paragraphs.push({ section, sentences: texts.map((t) => ctx.sentence(t, sources)) });
    }
    const own = it.points.filter((p) => owners.get(p.key)!.length === 1);
    const ref: SourceRef = { type: 'speech', id: it.sp.id };
    const sentences: Sentence[] = [];
    if (own.length > 0) {
      const who = ctx.mention(it.sp.speaker);
      const texts = ctx.rules.speech.paragraph({
        speakers: [who],
        kind: it.sp.kind,
        points: own,
        index: paragraphs.length,
        event: c.facts,
      });
      const sources = [ref, ...ctx.personSources(it.sp.speaker, who, it.sp.attendeeId)];
      sentences.push(...texts.map((t) => ctx.sentence(t, sources)));
    }
    if (withQuotes) {
      it.sp.quotes.forEach((q, k) => {
        const text = ctx.text.optional(q, ref, `quotes[${k}]`, 'prose');
        if (!text) return;
        const who = ctx.mention(it.sp.speaker);
        sentences.push(
          ctx.sentence(ctx.rules.speech.quote(who, text, sentences.length > 0), [
            ref,
            ...ctx.personSources(it.sp.speaker, who, it.sp.attendeeId),
          ]),
        );
      });
    }
    if (sentences.length > 0) paragraphs.push({ section, sentences });
  });
  return paragraphs;
}

function addresses(c: Composition): Paragraph[] {
  if (c.facts.mood === 'preview') return [];
  const speeches = c.speeches.filter((sp) => LEAD_KINDS.has(sp.kind));
  return speechParagraphs(c, speeches, 'address', () => true, false);
}

function quotes(c: Composition): Paragraph[] {
  if (c.facts.mood === 'preview') return [];
  return speechParagraphs(c, c.speeches, 'quotes', (sp) => !LEAD_KINDS.has(sp.kind), true);
}

function agendaOf(s: EventSnapshot, kind: SnapshotAgendaItem['kind']): SnapshotAgendaItem[] {
  return s.agenda.filter((a) => a.kind === kind);
}

function agendaRefs(item: SnapshotAgendaItem): SourceRef[] {
  const refs: SourceRef[] = [{ type: 'agenda', id: item.id }];
  if (item.organization) refs.push({ type: 'organization', id: item.organization.id });
  return refs;
}

/** The organizer's own summary of an agenda item, as a sentence of its own. */
function summary(ctx: ComposeContext, item: SnapshotAgendaItem): Sentence[] {
  const text = ctx.text.optional(item.summary, { type: 'agenda', id: item.id }, 'summary', 'prose');
  return text ? [ctx.sentence(ctx.rules.closeSentence(text), [{ type: 'agenda', id: item.id }])] : [];
}

function subjectOf(ctx: ComposeContext, item: SnapshotAgendaItem): string | undefined {
  const ref: SourceRef = { type: 'agenda', id: item.id };
  return ctx.text.optional(item.subject, ref, 'subject') ?? ctx.text.optional(item.title, ref, 'title');
}

/** The performers of agenda items, mentioned, with their sources. */
function performers(ctx: ComposeContext, items: SnapshotAgendaItem[]): { mentions: PersonMention[]; sources: SourceRef[] } {
  const seen = new Set<string>();
  const people = items.flatMap((i) => i.performers ?? []).filter((p) => !seen.has(p.id) && seen.add(p.id));
  const mentions = people.map((p) => ctx.mention(p));
  return { mentions, sources: people.flatMap((p, i) => ctx.personSources(p, mentions[i])) };
}

function unveiling({ s, ctx, facts }: Composition): Paragraph[] {
  const items = agendaOf(s, 'unveiling').flatMap((item) => {
    const subject = subjectOf(ctx, item);
    return subject ? [{ item, subject }] : [];
  });
  if (items.length === 0) return [];
  const subjects = items.map((i) => i.subject);
  const by = performers(
    ctx,
    items.map((i) => i.item),
  );
  const main = ctx.sentence(ctx.rules.unveiling.sentence(subjects, by.mentions, facts), [
    ...items.flatMap((i) => agendaRefs(i.item)),
    ...by.sources,
  ]);
  const heading = ctx.rules.unveiling.heading(subjects, facts.mood);
  return [{ section: 'unveiling', heading, sentences: [main, ...items.flatMap((i) => summary(ctx, i.item))] }];
}

function sectorNames(ctx: ComposeContext, keys: string[], ref: SourceRef): string[] {
  return keys
    .filter((k) => k !== 'other')
    .map((key) => {
      const name = ctx.rules.sector(key);
      if (name === undefined) ctx.text.warn('UNKNOWN_SECTOR', ref, 'sector');
      return name ?? key;
    });
}

function mous(c: Composition): Paragraph[] {
  const { ctx, facts } = c;
  const { rules } = ctx;
  const all = liveMous(c);
  const paragraphs = all.flatMap((m): Paragraph[] => {
    const ref: SourceRef = { type: 'mou', id: m.id };
    const planned = m.status === 'planned' || facts.mood === 'preview';
    const type = m.documentType ?? 'mou';
    const sentences: Sentence[] = [];
    const inLead = c.signedInLead.has(m.id);
    if (!inLead) {
      const agreement = agreementFacts(ctx, m);
      const partyRefs: SourceRef[] = m.parties.map((p) => ({ type: 'organization', id: p.organization.id }));
      sentences.push(ctx.sentence(rules.mou.signed(agreement, facts), [ref, ...partyRefs]));
    }
    const purpose = ctx.text.optional(m.purpose, ref, 'purpose', 'prose');
    if (purpose) sentences.push(ctx.sentence(rules.mou.purpose(purpose, m.parties.length, type), [ref]));
    const sectors = sectorNames(ctx, m.sectors ?? [], ref);
    if (sectors.length > 0) sentences.push(ctx.sentence(rules.mou.sectors(sectors, type), [ref]));
    if (!inLead) {
      const signing = signatories(ctx, m);
      if (signing.length > 0) {
        sentences.push(
          ctx.sentence(
            rules.mou.signatories(
              signing.map((x) => x.facts),
              type,
              planned,
            ),
            [ref, ...signing.flatMap((x) => x.sources)],
          ),
        );
      }
      if (m.witnesses.length > 0) {
        const people = m.witnesses.map((w) => ctx.mention(w));
        sentences.push(
          ctx.sentence(rules.mou.witnesses(people, planned), [ref, ...m.witnesses.flatMap((w, i) => ctx.personSources(w, people[i]))]),
        );
      }
    }
    return sentences.length > 0 ? [{ section: 'mou', sentences }] : [];
  });
  if (paragraphs.length > 0 && all.some((m) => !c.signedInLead.has(m.id))) {
    paragraphs[0].heading = rules.mou.heading(
      all.map((m) => m.documentType ?? 'mou'),
      facts.mood,
    );
  }
  return paragraphs;
}

/** The projects' combined amounts, one sum per currency (summed in cents). */
function signedValue(c: Composition): { sums: Money[]; priced: number; sources: SourceRef[] } | undefined {
  const priced = c.s.projects.filter((p) => p.amount && p.currency);
  if (priced.length === 0) return undefined;
  const cents = new Map<string, bigint>();
  for (const p of priced) {
    const currency = p.currency!.toUpperCase();
    cents.set(currency, (cents.get(currency) ?? 0n) + BigInt(Math.round(Number(p.amount) * 100)));
  }
  return {
    sums: [...cents].map(([currency, total]) => ({ amount: Number(total) / 100, currency })),
    priced: priced.length,
    sources: priced.map((p) => ({ type: 'project', id: p.id })),
  };
}

function projects(c: Composition): Paragraph[] {
  const { s, ctx, facts, eventRef } = c;
  const count = s.projects.length;
  const sentences: Sentence[] = [];
  if (count > 0) {
    const shown = count <= NAME_ALL_UP_TO ? s.projects : s.projects.slice(0, NAMED_PROJECTS);
    const named = shown.map((p) => ctx.text.required(p.title, { type: 'project', id: p.id }, 'title'));
    const all: SourceRef[] = s.projects.map((p) => ({ type: 'project', id: p.id }));
    sentences.push(ctx.sentence(ctx.rules.projects.signed({ count, named }, facts), all));

    const sectors = new Map<string, SourceRef[]>();
    for (const p of s.projects) {
      if (!p.sector || p.sector === 'other') continue;
      sectors.set(p.sector, [...(sectors.get(p.sector) ?? []), { type: 'project', id: p.id }]);
    }
    if (sectors.size > 0) {
      const names = [...sectors].map(([key, refs]) => sectorNames(ctx, [key], refs[0])[0]);
      sentences.push(ctx.sentence(ctx.rules.projects.sectors(names, count), [...sectors.values()].flat()));
    }
    const value = signedValue(c);
    if (value)
      sentences.push(ctx.sentence(ctx.rules.projects.value({ sums: value.sums, priced: value.priced, count }, facts.mood), value.sources));
  }
  for (const [i, t] of (s.signingTotals ?? []).entries()) {
    const category = ctx.text.optional(t.category, eventRef, `signingTotals[${i}].category`);
    const value = t.amount && t.currency ? { amount: Number(t.amount), currency: t.currency.toUpperCase() } : undefined;
    const text = ctx.rules.projects.total(
      {
        kind: t.kind,
        count: t.count,
        qualifier: t.qualifier,
        category,
        documentType: t.documentType ?? undefined,
        value,
        sectorCount: t.sectorCount ?? undefined,
        cumulative: !!t.cumulative,
      },
      facts,
    );
    sentences.push(ctx.sentence(text, [eventRef]));
  }
  if (sentences.length === 0) return [];
  const headed = count || (s.signingTotals ?? []).filter((t) => t.kind === 'projects' && !t.cumulative).reduce((n, t) => n + t.count, 0);
  const paragraph: Paragraph = { section: 'projects', sentences };
  if (headed > 0) paragraph.heading = ctx.rules.projects.heading(headed, facts.mood);
  return [paragraph];
}

function policy({ s, ctx, facts }: Composition): Paragraph[] {
  return agendaOf(s, 'policy_presentation').map((item) => {
    const org = item.organization ? ctx.org(item.organization).name : undefined;
    const subject = ctx.text.optional(item.subject, { type: 'agenda', id: item.id }, 'subject');
    const main = ctx.sentence(ctx.rules.policy(org, subject, facts), agendaRefs(item));
    return { section: 'policy', sentences: [main, ...summary(ctx, item)] };
  });
}

function visit({ s, ctx, facts }: Composition): Paragraph[] {
  const items = s.agenda.filter((a) => a.kind === 'matchmaking' || a.kind === 'site_visit');
  const sentences: Sentence[] = [];
  items.forEach((item, i) => {
    const refs = agendaRefs(item);
    if (item.kind === 'matchmaking') {
      // stated by the site visit that follows it, if any
      if (items[i + 1]?.kind === 'site_visit') return;
      sentences.push(ctx.sentence(ctx.rules.visit.matchmaking(facts), refs), ...summary(ctx, item));
      return;
    }
    const previous = items[i - 1];
    const after = previous?.kind === 'matchmaking';
    const by = performers(ctx, [item]);
    const sources = [...(after ? agendaRefs(previous) : []), ...refs, ...by.sources];
    const text = ctx.rules.visit.siteVisit(subjectOf(ctx, item), after, by.mentions, facts);
    if (after) sentences.push(...summary(ctx, previous));
    sentences.push(ctx.sentence(text, sources), ...summary(ctx, item));
  });
  return [{ section: 'visit', sentences }];
}

function oneLineFacts({ s, ctx, eventRef }: Composition): Paragraph[] {
  const sentences = (s.facts ?? []).flatMap((f, i) => {
    const text = ctx.text.optional(f, eventRef, `facts[${i}]`, 'prose');
    return text ? [ctx.sentence(ctx.rules.closeSentence(text), [eventRef])] : [];
  });
  return [{ section: 'facts', sentences }];
}

/**
 * Participants not otherwise named are named in the closing paragraph up to this many; more are stated as a number
 * with the first organizations they come from.
 */
export const NAMED_PARTICIPANTS = 30;
/** The organizations a number of participants names, the first in protocol order ("from 200 organizations, including A, B and C"). */
export const CROWD_ORGANIZATIONS = 3;
/** The kinds of organization a crowd's "companies" (企业, 社) covers. */
const COMPANY_KINDS = new Set(['enterprise', 'state_owned_enterprise']);

function closing(c: Composition): Paragraph[] {
  const { s, ctx, facts, eventRef, present } = c;
  const { rules } = ctx;
  const sentences: Sentence[] = [];
  if (s.participantGroups.length > 0) {
    const groups = s.participantGroups.map((g) => ({
      category: ctx.text.required(g.category, { type: 'group', id: g.id }, 'category'),
      count: g.count,
      qualifier: g.qualifier,
      unit: g.unit ?? 'people',
    }));
    const refs: SourceRef[] = s.participantGroups.map((g) => ({ type: 'group', id: g.id }));
    sentences.push(ctx.sentence(rules.closing.groups(groups, facts), refs));
  }

  const speakers = new Set(c.speeches.map((sp) => sp.attendeeId));
  const others = present.filter((a) => a.role === 'participant' && !speakers.has(a.id) && !ctx.isIntroduced(a.person.id));
  const crowd = s.crowd ?? { count: 0, withOrganization: 0, organizations: [] };
  // their organizations (and the crowd's) in protocol order, each once: by the first attendee holding it, then by position
  const held = others.flatMap((a) =>
    a.person.positions.flatMap((p, position) => (p.organization ? [{ organization: p.organization, order: a.order, position }] : [])),
  );
  const orgs = new Map<string, SnapshotOrganization>();
  for (const h of [...held, ...crowd.organizations].sort((x, y) => x.order - y.order || x.position - y.position)) {
    if (!orgs.has(h.organization.id)) orgs.set(h.organization.id, h.organization);
  }
  const organizations = [...orgs.values()];
  if (others.length + crowd.count > NAMED_PARTICIPANTS) {
    // a crowd is a number and the first organizations: no news writeup lists thousands of names
    const named = organizations.slice(0, CROWD_ORGANIZATIONS);
    const text = rules.closing.crowd(
      {
        count: others.length + crowd.count,
        fromOrganizations: others.filter((a) => a.person.positions.some((p) => p.organization)).length + crowd.withOrganization,
        organizations: named.map((o) => ctx.org(o).name),
        organizationCount: orgs.size,
        companies: organizations.every((o) => COMPANY_KINDS.has(o.kind)),
      },
      facts,
    );
    sentences.push(ctx.sentence(text, [eventRef, ...named.map((o): SourceRef => ({ type: 'organization', id: o.id }))]));
  } else if (others.length > 0) {
    const orgNames = organizations.map((o) => ctx.org(o).name);
    const people = others.map((a) => ctx.mention(a.person, false));
    const sources: SourceRef[] = others.flatMap((a): SourceRef[] => [
      { type: 'person', id: a.person.id },
      { type: 'attendee', id: a.id },
    ]);
    const orgRefs: SourceRef[] = organizations.map((o) => ({ type: 'organization', id: o.id }));
    sentences.push(ctx.sentence(rules.closing.others(people, orgNames, facts), [...sources, ...orgRefs]));
  }

  const roles = {
    hosts: s.hosts,
    coHosts: s.coHosts,
    organizers: s.organizers ?? [],
    supporting: s.supportingOrganizers ?? [],
  };
  const named = Object.values(roles).flat();
  if (named.length > 0) {
    const names = (orgs: SnapshotOrganization[]) => orgs.map((o) => ctx.org(o).name);
    const text = rules.closing.organizers(
      {
        hosts: names(roles.hosts),
        coHosts: names(roles.coHosts),
        organizers: names(roles.organizers),
        supporting: names(roles.supporting),
      },
      facts,
    );
    sentences.push(ctx.sentence(text, [eventRef, ...named.map((o): SourceRef => ({ type: 'organization', id: o.id }))]));
  }
  return [{ section: 'closing', sentences }];
}
