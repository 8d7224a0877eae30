import type { Language } from '@app/core';
import { ComposeContext } from './compose-context.js';
import { WriteupNotAvailableError } from './errors.js';
import type { EventSnapshot, SnapshotAgendaItem, SnapshotSpeech } from './event-snapshot.js';
import { isValidTimeZone, localDate, sameDate } from './local-date.js';
import type { EventFacts } from './locales/locale.js';
import { localeRules } from './locales/index.js';
import { TextResolver } from './text-resolver.js';
import type { Paragraph, Sentence, SourceRef, Writeup } from './types.js';

/** Projects named in the projects section when there are more than `NAME_ALL_UP_TO`. */
const NAMED_PROJECTS = 2;
const NAME_ALL_UP_TO = 3;

interface Composition {
  s: EventSnapshot;
  ctx: ComposeContext;
  facts: EventFacts;
  eventRef: SourceRef;
}

type SectionBuilder = (c: Composition) => Paragraph[];

/**
 * Writes the news writeup of an event in one language, from its records only.
 * Pure and deterministic: the same snapshot and language always give the same writeup.
 */
export function composeWriteup(snapshot: EventSnapshot, lang: Language): Writeup {
  if (snapshot.status === 'cancelled') throw new WriteupNotAvailableError('EVENT_CANCELLED', snapshot.id);
  const rules = localeRules(lang);
  const ctx = new ComposeContext(rules, new TextResolver(lang));
  const eventRef: SourceRef = { type: 'event', id: snapshot.id };
  const c: Composition = { s: snapshot, ctx, facts: eventFacts(snapshot, ctx, eventRef), eventRef };

  const headline = ctx.sentence(rules.headline(c.facts.title, c.facts.venue ?? c.facts.city), [eventRef]);
  const dateline = rules.dateline(c.facts.start, c.facts.city);
  const builders: SectionBuilder[] = [lead, addresses, unveiling, mous, projects, quotes, policy, visit, closing];
  const paragraphs = builders.flatMap((build) => build(c)).filter((p) => p.sentences.length > 0);
  // an unveiling heading already introduces the MoUs signed with it
  if (paragraphs.some((p) => p.section === 'unveiling')) {
    for (const p of paragraphs) if (p.section === 'mou') delete p.heading;
  }
  return { lang, headline, dateline, paragraphs, warnings: ctx.text.warnings };
}

function eventFacts(s: EventSnapshot, ctx: ComposeContext, eventRef: SourceRef): EventFacts {
  let zone = s.timeZone;
  if (!isValidTimeZone(zone)) {
    ctx.text.warn('INVALID_TIME_ZONE', eventRef, 'timeZone');
    zone = 'UTC';
  }
  const start = localDate(s.startsAt, zone);
  const endDate = s.endsAt ? localDate(s.endsAt, zone) : undefined;
  return {
    title: ctx.text.required(s.title, eventRef, 'title'),
    start,
    end: endDate && !sameDate(start, endDate) ? endDate : undefined,
    venue: ctx.text.optional(s.venue, eventRef, 'venue'),
    city: ctx.text.optional(s.city, eventRef, 'city'),
    theme: ctx.text.optional(s.theme, eventRef, 'theme'),
  };
}

function lead({ s, ctx, facts, eventRef }: Composition): Paragraph[] {
  const sentences = [ctx.sentence(ctx.rules.lead.opening(facts), [eventRef])];
  const groups = [
    ['speaker', ctx.rules.lead.speakers],
    ['presider', ctx.rules.lead.presiders],
    ['guest', ctx.rules.lead.guests],
  ] as const;
  for (const [role, template] of groups) {
    const attendees = s.attendees.filter((a) => a.role === role);
    if (attendees.length === 0) continue;
    const mentions = attendees.map((a) => ctx.mention(a.person));
    const sources = attendees.flatMap((a, i) => ctx.personSources(a.person, mentions[i], a.id));
    sentences.push(ctx.sentence(template(mentions, sentences.length > 1), [eventRef, ...sources]));
  }
  return [{ section: 'lead', sentences }];
}

/** The key points of a speech in reported speech, attributed to the speaker. */
function keyPoints(ctx: ComposeContext, speech: SnapshotSpeech): Sentence[] {
  const ref: SourceRef = { type: 'speech', id: speech.id };
  const texts = speech.keyPoints.map((kp, i) => ctx.text.optional(kp, ref, `keyPoints[${i}]`)).filter((t): t is string => !!t);
  return texts.map((text, i) => {
    const who = ctx.mention(speech.speaker);
    const sources = [ref, ...ctx.personSources(speech.speaker, who, speech.attendeeId)];
    return ctx.sentence(ctx.rules.speech.keyPoint(who, speech.kind, text, i), sources);
  });
}

function quoteSentences(ctx: ComposeContext, speech: SnapshotSpeech): Sentence[] {
  const ref: SourceRef = { type: 'speech', id: speech.id };
  return speech.quotes.flatMap((q, i) => {
    const text = ctx.text.optional(q, ref, `quotes[${i}]`);
    if (!text) return [];
    const who = ctx.mention(speech.speaker);
    const sources = [ref, ...ctx.personSources(speech.speaker, who, speech.attendeeId)];
    return [ctx.sentence(ctx.rules.speech.quote(who, text), sources)];
  });
}

function addresses({ s, ctx }: Composition): Paragraph[] {
  return s.speeches.filter((sp) => sp.kind === 'address').map((sp) => ({ section: 'address', sentences: keyPoints(ctx, sp) }));
}

function quotes({ s, ctx }: Composition): Paragraph[] {
  return s.speeches.map((sp) => ({
    section: 'quotes',
    sentences: [...(sp.kind === 'address' ? [] : keyPoints(ctx, sp)), ...quoteSentences(ctx, sp)],
  }));
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
  const text = ctx.text.optional(item.summary, { type: 'agenda', id: item.id }, 'summary');
  return text ? [ctx.sentence(ctx.rules.closeSentence(text), [{ type: 'agenda', id: item.id }])] : [];
}

function subjectOf(ctx: ComposeContext, item: SnapshotAgendaItem): string | undefined {
  const ref: SourceRef = { type: 'agenda', id: item.id };
  return ctx.text.optional(item.subject, ref, 'subject') ?? ctx.text.optional(item.title, ref, 'title');
}

function unveiling({ s, ctx }: Composition): Paragraph[] {
  const items = agendaOf(s, 'unveiling').flatMap((item) => {
    const subject = subjectOf(ctx, item);
    return subject ? [{ item, subject }] : [];
  });
  if (items.length === 0) return [];
  const subjects = items.map((i) => i.subject);
  const main = ctx.sentence(
    ctx.rules.unveiling.sentence(subjects),
    items.flatMap((i) => agendaRefs(i.item)),
  );
  const heading = ctx.rules.unveiling.heading(subjects);
  return [{ section: 'unveiling', heading, sentences: [main, ...items.flatMap((i) => summary(ctx, i.item))] }];
}

function mous({ s, ctx }: Composition): Paragraph[] {
  const { rules } = ctx;
  return s.mous
    .filter((m) => m.status !== 'cancelled')
    .map((m, index) => {
      const ref: SourceRef = { type: 'mou', id: m.id };
      const parties = m.parties.map((p) => ctx.org(p.organization));
      const partyRefs: SourceRef[] = parties.map((p) => ({ type: 'organization', id: p.id }));
      const title = ctx.text.required(m.title, ref, 'title');
      const sentences = [ctx.sentence(rules.mou.signed({ title, parties: parties.map((p) => p.name) }), [ref, ...partyRefs])];
      const purpose = ctx.text.optional(m.purpose, ref, 'purpose');
      if (purpose) sentences.push(ctx.sentence(rules.mou.purpose(purpose, parties.length), [ref]));
      const signing = m.parties.flatMap((p, i) => (p.signatory ? [{ signatory: p.signatory, org: parties[i] }] : []));
      if (signing.length > 0) {
        const facts = signing.map((x) => ({ person: ctx.mention(x.signatory), organization: x.org.name }));
        const sources = signing.flatMap((x, i) => [
          ...ctx.personSources(x.signatory, facts[i].person),
          { type: 'organization' as const, id: x.org.id },
        ]);
        sentences.push(ctx.sentence(rules.mou.signatories(facts), [ref, ...sources]));
      }
      if (m.witnesses.length > 0) {
        const people = m.witnesses.map((w) => ctx.mention(w));
        const sources = m.witnesses.flatMap((w, i) => ctx.personSources(w, people[i]));
        sentences.push(ctx.sentence(rules.mou.witnesses(people), [ref, ...sources]));
      }
      const paragraph: Paragraph = { section: 'mou', sentences };
      if (index === 0) paragraph.heading = rules.mou.heading();
      return paragraph;
    });
}

function projects({ s, ctx }: Composition): Paragraph[] {
  const count = s.projects.length;
  if (count === 0) return [];
  const shown = count <= NAME_ALL_UP_TO ? s.projects : s.projects.slice(0, NAMED_PROJECTS);
  const named = shown.map((p) => ctx.text.required(p.title, { type: 'project', id: p.id }, 'title'));
  const all: SourceRef[] = s.projects.map((p) => ({ type: 'project', id: p.id }));
  const sentences = [ctx.sentence(ctx.rules.projects.signed({ count, named }), all)];

  const sectors = new Map<string, SourceRef[]>();
  for (const p of s.projects) {
    if (!p.sector || p.sector === 'other') continue;
    sectors.set(p.sector, [...(sectors.get(p.sector) ?? []), { type: 'project', id: p.id }]);
  }
  if (sectors.size > 0) {
    const names = [...sectors].map(([key, refs]) => {
      const name = ctx.rules.sector(key);
      if (name === undefined) ctx.text.warn('UNKNOWN_SECTOR', refs[0], 'sector');
      return name ?? key;
    });
    sentences.push(ctx.sentence(ctx.rules.projects.sectors(names, count), [...sectors.values()].flat()));
  }
  const value = signedValue(s.projects);
  if (value) sentences.push(ctx.sentence(ctx.rules.projects.value({ ...value.total, count }), value.sources));
  return [{ section: 'projects', heading: ctx.rules.projects.heading(count), sentences }];
}

/** The projects' combined amount when every stated amount is in one currency (summed in cents). */
function signedValue(
  projects: EventSnapshot['projects'],
): { total: { amount: number; currency: string; priced: number }; sources: SourceRef[] } | undefined {
  const priced = projects.filter((p) => p.amount && p.currency);
  const currencies = new Set(priced.map((p) => p.currency!.toUpperCase()));
  if (priced.length === 0 || currencies.size !== 1) return undefined;
  const cents = priced.reduce((sum, p) => sum + BigInt(Math.round(Number(p.amount) * 100)), 0n);
  return {
    total: { amount: Number(cents) / 100, currency: [...currencies][0], priced: priced.length },
    sources: priced.map((p) => ({ type: 'project', id: p.id })),
  };
}

function policy({ s, ctx }: Composition): Paragraph[] {
  return agendaOf(s, 'policy_presentation').map((item) => {
    const org = item.organization ? ctx.org(item.organization).name : undefined;
    const subject = ctx.text.optional(item.subject, { type: 'agenda', id: item.id }, 'subject');
    const main = ctx.sentence(ctx.rules.policy(org, subject), agendaRefs(item));
    return { section: 'policy', sentences: [main, ...summary(ctx, item)] };
  });
}

function visit({ s, ctx }: Composition): Paragraph[] {
  const items = s.agenda.filter((a) => a.kind === 'matchmaking' || a.kind === 'site_visit');
  const sentences: Sentence[] = [];
  items.forEach((item, i) => {
    const refs = agendaRefs(item);
    if (item.kind === 'matchmaking') {
      // stated by the site visit that follows it, if any
      if (items[i + 1]?.kind === 'site_visit') return;
      sentences.push(ctx.sentence(ctx.rules.visit.matchmaking(), refs), ...summary(ctx, item));
      return;
    }
    const previous = items[i - 1];
    const after = previous?.kind === 'matchmaking';
    const sources = after ? [...agendaRefs(previous), ...refs] : refs;
    const text = ctx.rules.visit.siteVisit(subjectOf(ctx, item), after);
    if (after) sentences.push(...summary(ctx, previous));
    sentences.push(ctx.sentence(text, sources), ...summary(ctx, item));
  });
  return [{ section: 'visit', sentences }];
}

function closing({ s, ctx, eventRef }: Composition): Paragraph[] {
  const { rules } = ctx;
  const sentences: Sentence[] = [];
  if (s.participantGroups.length > 0) {
    const groups = s.participantGroups.map((g) => ({
      category: ctx.text.required(g.category, { type: 'group', id: g.id }, 'category'),
      count: g.count,
      qualifier: g.qualifier,
    }));
    const refs: SourceRef[] = s.participantGroups.map((g) => ({ type: 'group', id: g.id }));
    sentences.push(ctx.sentence(rules.closing.groups(groups), refs));
  }

  const speakers = new Set(s.speeches.map((sp) => sp.attendeeId));
  const others = s.attendees.filter((a) => a.role === 'participant' && !speakers.has(a.id) && !ctx.isIntroduced(a.person.id));
  if (others.length > 0) {
    const orgs = new Map<string, string>();
    for (const a of others) {
      for (const p of a.person.positions) {
        if (p.organization && !orgs.has(p.organization.id)) orgs.set(p.organization.id, ctx.org(p.organization).name);
      }
    }
    const people = others.map((a) => ctx.mention(a.person, false));
    const sources: SourceRef[] = others.flatMap((a): SourceRef[] => [
      { type: 'person', id: a.person.id },
      { type: 'attendee', id: a.id },
    ]);
    const orgRefs: SourceRef[] = [...orgs.keys()].map((id) => ({ type: 'organization', id }));
    sentences.push(ctx.sentence(rules.closing.others(people, [...orgs.values()]), [...sources, ...orgRefs]));
  }

  if (s.hosts.length + s.coHosts.length > 0) {
    const hosts = s.hosts.map((o) => ctx.org(o));
    const coHosts = s.coHosts.map((o) => ctx.org(o));
    const refs: SourceRef[] = [...hosts, ...coHosts].map((o) => ({ type: 'organization', id: o.id }));
    const text = rules.closing.hosts(
      hosts.map((o) => o.name),
      coHosts.map((o) => o.name),
    );
    sentences.push(ctx.sentence(text, [eventRef, ...refs]));
  }
  return [{ section: 'closing', sentences }];
}
