import type { registerFixtures } from './register-fixtures.js';
import type { Session } from './test-app.js';
import type { Shape } from './writeup-shapes.js';

export interface Built {
  eventId: string;
  people: Map<string, { id: string }>;
  /** attendance id by person key */
  attendance: Map<string, string>;
}

/** Enters a shape's event through the API as its owner would: organizations, people, the event, attendees, agenda, speeches, agreements, projects, groups. */
export async function buildShape(f: ReturnType<typeof registerFixtures>, owner: Session, shape: Shape): Promise<Built> {
  const orgs = new Map<string, string>();
  for (const [key, org] of Object.entries(shape.orgs)) {
    const saved = await f.organization(owner, { kind: org.kind ?? 'government', name: org.name, shortName: org.shortName ?? null });
    orgs.set(key, saved.id);
  }
  const people = new Map<string, { id: string }>();
  for (const [key, p] of Object.entries(shape.people)) {
    const saved = await f.person(owner, {
      name: p.name,
      familyName: p.familyName ?? null,
      protocolRank: p.rank,
      positions: p.positions.map((pos) => ({ title: pos.title, organizationId: pos.org ? orgs.get(pos.org) : null })),
    });
    people.set(key, saved);
  }
  const ids = (keys?: string[]) => (keys ?? []).map((k) => orgs.get(k)!);
  const parent = shape.parent
    ? await f.event(owner, {
        title: shape.parent.title,
        kind: shape.parent.kind,
        startsAt: shape.parent.startsAt,
        status: 'held',
        sides: [],
      })
    : undefined;
  const { hosts, coHosts, organizers, supporting, ...event } = shape.event;
  const saved = await f.event(owner, {
    ...event,
    sides: event.sides ?? [],
    hostIds: ids(hosts),
    coHostIds: ids(coHosts),
    organizerIds: ids(organizers),
    supportingOrganizerIds: ids(supporting),
    ...(parent ? { parentEventId: parent.id } : {}),
  });
  const attendance = new Map<string, string>();
  for (const a of shape.attendees) {
    const row = await f.attend(owner, saved.id, people.get(a.person)!.id, {
      role: a.role,
      status: a.status,
      protocolOrder: a.protocolOrder,
      side: a.side ?? null,
    });
    attendance.set(a.person, row.id);
  }
  for (const d of shape.delegations ?? []) {
    await f.post(owner, `/events/${saved.id}/delegations`, {
      side: d.side,
      name: d.name ?? null,
      size: d.size ?? null,
      headAttendeeId: d.head ? attendance.get(d.head)! : null,
    });
  }
  for (const item of shape.agenda ?? []) {
    await f.post(owner, `/events/${saved.id}/agenda`, {
      kind: item.kind,
      subject: item.subject,
      performerIds: (item.performers ?? []).map((k) => people.get(k)!.id),
      organizationId: item.org ? orgs.get(item.org) : null,
    });
  }
  for (const sp of shape.speeches ?? []) {
    await f.post(owner, `/events/${saved.id}/speeches`, {
      speakerId: people.get(sp.speaker)!.id,
      kind: sp.kind,
      language: sp.language ?? null,
      keyPoints: sp.keyPoints,
      actionKeyPoints: sp.actionKeyPoints,
      quotes: sp.quotes,
    });
  }
  for (const m of shape.mous ?? []) {
    await f.post(owner, `/events/${saved.id}/mous`, {
      title: m.title,
      documentType: m.documentType,
      status: m.status,
      purpose: m.purpose,
      parties: m.parties.map((p) => ({ organizationId: orgs.get(p.org)!, signatoryId: p.signatory ? people.get(p.signatory)!.id : null })),
      witnessIds: (m.witnesses ?? []).map((k) => people.get(k)!.id),
    });
  }
  for (const p of shape.projects ?? []) {
    const { parties, ...project } = p;
    await f.post(owner, `/events/${saved.id}/projects`, { ...project, partyIds: ids(parties) });
  }
  for (const g of shape.groups ?? []) {
    await f.post(owner, `/events/${saved.id}/participant-groups`, g);
  }
  return { eventId: saved.id, people, attendance };
}
