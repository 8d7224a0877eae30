import { Injectable } from '@nestjs/common';
import { TenantDb, type Actor } from '@app/core';
import { SeatingPlansService } from '@app/protocol';
import {
  AgendaService,
  AttendanceService,
  EventsService,
  MousService,
  OrganizationsService,
  ParticipantGroupsService,
  PeopleService,
  SignedProjectsService,
  SpeechesService,
  type OrganizationKind,
} from '@app/register';
import { SEED_EVENT, seedOrganizations } from '@app/writeup/testing/seed-event.fixture.js';
import { FollowUpDemo } from './followup-demo.js';

const SIDES = [
  { code: 'shandong', name: { zh: '山东', ja: '山東', en: 'Shandong' } },
  { code: 'hongkong', name: { zh: '香港', ja: '香港', en: 'Hong Kong' } },
];
/** The names' readings in kana, as Japanese media read Chinese names, for 五十音 order. */
const READINGS: Record<string, string> = {
  'per-song': 'そう ぐんけい',
  'per-zhao': 'ちょう ごうし',
  'per-wong': 'こう こくきょう',
  'per-chen': 'ちん かけん',
  'per-sun': 'そん かいせい',
  'per-zhang': 'ちょう しんちく',
  'per-li-gang': 'り ごう',
  'per-fan': 'はん ぐん',
  'per-liu-taiguang': 'りゅう たいこう',
  'per-li-hucheng': 'り こせい',
  'per-zhou': 'しゅう りん',
  'per-liu-changwen': 'りゅう ちょうぶん',
  'per-yu': 'う とうせん',
  'per-liu-yuyong': 'りゅう ぎょくゆう',
};
/** Arrivals from the paper sign-in sheet: the first 40 minutes before the start, then one every three minutes. */
const arrival = (startsAt: string, index: number) => new Date(new Date(startsAt).getTime() - (40 - 3 * index) * 60_000).toISOString();
const sideCode = (side?: string | null) => (side === 'Hong Kong' ? 'hongkong' : side ? 'shandong' : null);

/**
 * Records the demo event (a Shandong–Hong Kong science and technology cooperation meeting) into a
 * workspace through the same services the API uses, so it is validated exactly like client input.
 */
@Injectable()
export class DemoLoader {
  constructor(
    private readonly db: TenantDb,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly events: EventsService,
    private readonly agenda: AgendaService,
    private readonly attendance: AttendanceService,
    private readonly groups: ParticipantGroupsService,
    private readonly speeches: SpeechesService,
    private readonly mous: MousService,
    private readonly projects: SignedProjectsService,
    private readonly seating: SeatingPlansService,
    private readonly followUp: FollowUpDemo,
  ) {}

  /**
   * Returns the id of the demo event, creating it when the workspace has none yet. All or nothing:
   * the services' own workspace transactions join this one.
   */
  load(actor: Actor): Promise<{ eventId: string; created: boolean }> {
    return this.db.run(actor.workspaceId, async (em) => {
      const [existing] = await em.query<{ id: string }[]>(`SELECT id FROM events WHERE title->>'en' = $1`, [SEED_EVENT.title.en]);
      if (existing) return { eventId: existing.id, created: false };
      const eventId = await this.record(actor);
      await this.followUp.record(actor, eventId);
      return { eventId, created: true };
    });
  }

  private async record(actor: Actor): Promise<string> {
    const orgIds = new Map<string, string>();
    for (const org of Object.values(seedOrganizations)) {
      const saved = await this.organizations.create(actor, {
        kind: org.kind as OrganizationKind,
        region: org.region ?? null,
        name: org.name,
        shortName: org.shortName ?? null,
      });
      orgIds.set(org.id, saved.id);
    }

    const personIds = new Map<string, string>();
    for (const [index, attendee] of SEED_EVENT.attendees.entries()) {
      const p = attendee.person;
      const saved = await this.people.create(actor, {
        name: p.name,
        reading: READINGS[p.id] ?? null,
        protocolRank: (index + 1) * 10,
        positions: p.positions.map((pos) => ({
          title: pos.title,
          organizationId: pos.organization ? orgIds.get(pos.organization.id) : null,
        })),
      });
      personIds.set(p.id, saved.id);
    }

    const event = await this.events.create(actor, {
      title: SEED_EVENT.title,
      kind: 'exchange_meeting',
      startsAt: SEED_EVENT.startsAt,
      endsAt: SEED_EVENT.endsAt,
      timeZone: SEED_EVENT.timeZone,
      venue: SEED_EVENT.venue,
      city: SEED_EVENT.city,
      sides: SIDES,
      status: 'held',
    });

    const attendances = await this.attendance.addMany(
      actor,
      event.id,
      SEED_EVENT.attendees.map((a) => ({
        personId: personIds.get(a.person.id)!,
        role: a.role,
        side: sideCode(a.side),
        protocolOrder: a.order,
        status: 'registered' as const,
      })),
    );
    if (attendances.length !== SEED_EVENT.attendees.length) throw new Error('demo attendance incomplete');
    // the event is over: each arrival is recorded with the time it happened
    await this.attendance.checkInMany(
      actor,
      event.id,
      attendances.map((a, i) => ({ attendeeId: a.id, checkedInAt: arrival(SEED_EVENT.startsAt, i) })),
    );

    const agendaIds = new Map<string, string>();
    for (const item of SEED_EVENT.agenda) {
      const saved = await this.agenda.create(actor, event.id, {
        kind: item.kind,
        order: item.order,
        title: item.title ?? null,
        subject: item.subject ?? null,
        summary: item.summary ?? null,
        organizationId: item.organization ? orgIds.get(item.organization.id) : null,
      });
      agendaIds.set(item.id, saved.id);
    }

    for (const [order, speech] of SEED_EVENT.speeches.entries()) {
      await this.speeches.create(actor, event.id, {
        speakerId: personIds.get(speech.speaker.id)!,
        kind: speech.kind,
        order,
        language: speech.language ?? null,
        keyPoints: speech.keyPoints,
        quotes: speech.quotes,
        agendaItemId: speech.kind === 'address' ? agendaIds.get('ag-addresses') : null,
      });
    }

    for (const mou of SEED_EVENT.mous) {
      await this.mous.create(actor, event.id, {
        title: mou.title,
        purpose: mou.purpose ?? null,
        signedOn: mou.signedOn ?? null,
        status: 'signed',
        parties: mou.parties.map((p) => ({
          organizationId: orgIds.get(p.organization.id)!,
          signatoryId: p.signatory ? personIds.get(p.signatory.id) : null,
        })),
      });
    }

    for (const [order, project] of SEED_EVENT.projects.entries()) {
      await this.projects.create(actor, event.id, {
        title: project.title,
        sector: (project.sector ?? null) as never,
        order,
        partyIds: project.parties.map((o) => orgIds.get(o.id)!),
      });
    }

    for (const group of SEED_EVENT.participantGroups) {
      await this.groups.create(actor, event.id, { category: group.category, count: group.count, qualifier: group.qualifier });
    }

    // the head table, seated by the domestic convention from the protocol order
    await this.seating.create(actor, event.id, {
      name: { zh: '主席台', ja: '壇上', en: 'Head table' },
      kind: 'head-table',
      convention: 'cn-domestic',
      rows: [7],
    });
    return event.id;
  }
}
