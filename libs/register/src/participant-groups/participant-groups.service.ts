import { Injectable } from '@nestjs/common';
import { TenantDb, type Actor, type Page, type PageQueryDto } from '@app/core';
import { nextOrd, requireWritableEvent } from '../common/event-writes.js';
import { listPage } from '../common/list-page.js';
import { assertFound, findOr404 } from '../common/references.js';
import { Event } from '../events/event.entity.js';
import type { CreateParticipantGroupDto, ParticipantGroupDto, UpdateParticipantGroupDto } from './dto/participant-group.dto.js';
import { ParticipantGroup } from './participant-group.entity.js';

@Injectable()
export class ParticipantGroupsService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, eventId: string, dto: CreateParticipantGroupDto): Promise<ParticipantGroupDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const order = dto.order ?? (await nextOrd(em, 'participant_groups', eventId));
      const saved = await em.getRepository(ParticipantGroup).save({
        workspaceId: actor.workspaceId,
        eventId,
        category: dto.category,
        count: dto.count ?? null,
        unit: dto.unit ?? 'people',
        qualifier: dto.qualifier ?? 'exact',
        ord: order,
      });
      return toDto(saved);
    });
  }

  list(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<ParticipantGroupDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Event, eventId, 'Event');
      return listPage(em, ParticipantGroup, { eventId }, { ord: 'ASC', createdAt: 'ASC', id: 'ASC' }, query, (rows) => rows.map(toDto));
    });
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateParticipantGroupDto): Promise<ParticipantGroupDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const group = await findOr404(em, ParticipantGroup, { id, eventId }, 'Participant group');
      if (dto.category !== undefined) group.category = dto.category;
      if (dto.count !== undefined) group.count = dto.count ?? null;
      if (dto.unit !== undefined) group.unit = dto.unit;
      if (dto.qualifier !== undefined) group.qualifier = dto.qualifier;
      if (dto.order !== undefined) group.ord = dto.order;
      return toDto(await em.getRepository(ParticipantGroup).save(group));
    });
  }

  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await findOr404(em, ParticipantGroup, { id, eventId }, 'Participant group');
      await em.getRepository(ParticipantGroup).delete({ id });
    });
  }
}

function toDto(g: ParticipantGroup): ParticipantGroupDto {
  return { id: g.id, eventId: g.eventId, category: g.category, count: g.count, unit: g.unit, qualifier: g.qualifier, order: g.ord };
}
