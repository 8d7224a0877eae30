import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, pageWindow, toPage, type Actor, type Page, type PageQueryDto } from '@app/core';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { nextOrd, requireWritableEvent } from '../common/event-writes.js';
import { assertReferences, assertFound, findOr404 } from '../common/references.js';
import { Event } from '../events/event.entity.js';
import { Person } from '../people/person.entity.js';
import { PeopleService } from '../people/people.service.js';
import { rankedAttendances, SPEAKING_ORDER } from '../protocol/protocol-order.js';
import type { CreateSpeechDto, SpeechDto, UpdateSpeechDto } from './dto/speech.dto.js';
import { Speech } from './speech.entity.js';

interface SpeechRow {
  id: string;
  event_id: string;
  attendance_id: string;
  person_id: string;
  agenda_item_id: string | null;
  kind: Speech['kind'];
  ord: number;
  language: Speech['language'];
  key_points: Speech['keyPoints'];
  action_key_points: number[];
  quotes: Speech['quotes'];
  created_at: Date;
  updated_at: Date;
  total: number;
}

@Injectable()
export class SpeechesService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleService,
  ) {}

  create(actor: Actor, eventId: string, dto: CreateSpeechDto): Promise<SpeechDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const attendanceId = await speakerAttendance(em, eventId, dto.speakerId);
      await assertAgendaItem(em, eventId, dto.agendaItemId);
      assertActionPoints(dto.keyPoints.length, dto.actionKeyPoints);
      const saved = await em.getRepository(Speech).save({
        workspaceId: actor.workspaceId,
        eventId,
        attendanceId,
        agendaItemId: dto.agendaItemId ?? null,
        kind: dto.kind,
        ord: dto.order ?? (await nextOrd(em, 'speeches', eventId)),
        language: dto.language ?? null,
        keyPoints: dto.keyPoints,
        actionKeyPoints: dto.actionKeyPoints ?? [],
        quotes: dto.quotes ?? [],
      });
      return this.getIn(em, eventId, saved.id);
    });
  }

  /** In speaking order: `order`, then the speakers' protocol order. */
  list(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<SpeechDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Event, eventId, 'Event');
      const { skip, take } = pageWindow(query);
      const { items, total } = await this.rows(em, eventId, { skip, take });
      return toPage(items, total ?? (await em.getRepository(Speech).count({ where: { eventId } })), query);
    });
  }

  get(actor: Actor, eventId: string, id: string): Promise<SpeechDto> {
    return this.db.run(actor.workspaceId, (em) => this.getIn(em, eventId, id));
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateSpeechDto): Promise<SpeechDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const speech = await findOr404(em, Speech, { id, eventId }, 'Speech');
      if (dto.speakerId !== undefined) speech.attendanceId = await speakerAttendance(em, eventId, dto.speakerId);
      if (dto.agendaItemId !== undefined) {
        await assertAgendaItem(em, eventId, dto.agendaItemId);
        speech.agendaItemId = dto.agendaItemId ?? null;
      }
      if (dto.kind !== undefined) speech.kind = dto.kind;
      if (dto.order != null) speech.ord = dto.order;
      if (dto.language !== undefined) speech.language = dto.language ?? null;
      if (dto.keyPoints !== undefined) speech.keyPoints = dto.keyPoints;
      if (dto.actionKeyPoints !== undefined) speech.actionKeyPoints = dto.actionKeyPoints ?? [];
      assertActionPoints(speech.keyPoints.length, speech.actionKeyPoints);
      if (dto.quotes !== undefined) speech.quotes = dto.quotes ?? [];
      await em.getRepository(Speech).save(speech);
      return this.getIn(em, eventId, id);
    });
  }

  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await findOr404(em, Speech, { id, eventId }, 'Speech');
      await em.getRepository(Speech).delete({ id });
    });
  }

  private async getIn(em: EntityManager, eventId: string, id: string): Promise<SpeechDto> {
    const { items } = await this.rows(em, eventId, { id });
    if (!items[0]) throw AppException.notFound('Speech', id);
    return items[0];
  }

  /** The event's speeches in speaking order; `total` is undefined when the page is empty. */
  private async rows(
    em: EntityManager,
    eventId: string,
    filter: { id?: string; skip?: number; take?: number },
  ): Promise<{ items: SpeechDto[]; total?: number }> {
    const params: unknown[] = [eventId];
    let where = '';
    if (filter.id) {
      params.push(filter.id);
      where = `AND s.id = $${params.length}`;
    }
    const limit = filter.take !== undefined ? `LIMIT ${Number(filter.take)} OFFSET ${Number(filter.skip ?? 0)}` : '';
    const rows: SpeechRow[] = await em.query(
      `SELECT s.id, s.event_id, s.attendance_id, r.person_id, s.agenda_item_id, s.kind, s.ord, s.language,
              s.key_points, s.action_key_points, s.quotes, s.created_at, s.updated_at, count(*) OVER ()::int AS total
         FROM speeches s JOIN (${rankedAttendances('$1')}) r ON r.id = s.attendance_id
        WHERE s.event_id = $1 ${where}
        ORDER BY ${SPEAKING_ORDER} ${limit}`,
      params,
    );
    const people = new Map(
      (
        await this.people.loadMany(
          em,
          rows.map((r) => r.person_id),
        )
      ).map((p) => [p.id, p]),
    );
    const items = rows.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      speakerId: r.person_id,
      attendanceId: r.attendance_id,
      speaker: people.get(r.person_id)!,
      kind: r.kind,
      agendaItemId: r.agenda_item_id,
      order: r.ord,
      language: r.language,
      keyPoints: r.key_points,
      actionKeyPoints: r.action_key_points,
      quotes: r.quotes,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
    return { items, total: rows[0]?.total };
  }
}

/** The speaker's attendance at the event: a person of another workspace is NOT_FOUND, one not attending is invalid. */
async function speakerAttendance(em: EntityManager, eventId: string, personId: string): Promise<string> {
  await assertReferences(em, Person, [personId], 'Person');
  const attendance = await em.getRepository(Attendance).findOne({ select: { id: true }, where: { eventId, personId } });
  if (!attendance) {
    throw new AppException('VALIDATION_FAILED', 'The speaker does not attend this event', [
      { field: 'speakerId', messages: ['the speaker must first be added as an attendee of this event'] },
    ]);
  }
  return attendance.id;
}

/** Every index in `actionKeyPoints` must name one of the key points. */
function assertActionPoints(keyPoints: number, actionKeyPoints: number[] | undefined): void {
  const outside = (actionKeyPoints ?? []).filter((i) => i >= keyPoints);
  if (outside.length > 0) {
    throw new AppException('VALIDATION_FAILED', 'actionKeyPoints names key points that do not exist', [
      { field: 'actionKeyPoints', messages: [`indexes ${outside.join(', ')} are outside the ${keyPoints} key points`] },
    ]);
  }
}

async function assertAgendaItem(em: EntityManager, eventId: string, agendaItemId: string | null | undefined): Promise<void> {
  if (!agendaItemId) return;
  const item = await findOr404(em, AgendaItem, { id: agendaItemId }, 'Agenda item');
  if (item.eventId !== eventId) {
    throw new AppException('VALIDATION_FAILED', 'The agenda item belongs to another event', [
      { field: 'agendaItemId', messages: ['agendaItemId must be an agenda item of this event'] },
    ]);
  }
}
