import { Injectable } from '@nestjs/common';
import { TenantDb, type Actor, type Page, type PageQueryDto } from '@app/core';
import { nextOrd, requireWritableEvent } from '../common/event-writes.js';
import { listPage } from '../common/list-page.js';
import { assertReferences, assertFound, findOr404 } from '../common/references.js';
import { Event } from '../events/event.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { AgendaItem } from './agenda-item.entity.js';
import type { AgendaItemDto, CreateAgendaItemDto, UpdateAgendaItemDto } from './dto/agenda-item.dto.js';

@Injectable()
export class AgendaService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, eventId: string, dto: CreateAgendaItemDto): Promise<AgendaItemDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await assertReferences(em, Organization, [dto.organizationId], 'Organization');
      await assertReferences(em, Person, dto.performerIds ?? [], 'Person');
      const saved = await em.getRepository(AgendaItem).save({
        workspaceId: actor.workspaceId,
        eventId,
        kind: dto.kind,
        ord: dto.order ?? (await nextOrd(em, 'agenda_items', eventId)),
        title: dto.title ?? null,
        subject: dto.subject ?? null,
        summary: dto.summary ?? null,
        organizationId: dto.organizationId ?? null,
        performerIds: dto.performerIds ?? [],
        startsAt: dto.startsAt ? new Date(dto.startsAt) : null,
      });
      return toAgendaItemDto(await findOr404(em, AgendaItem, { id: saved.id }, 'Agenda item', { organization: true }));
    });
  }

  list(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<AgendaItemDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Event, eventId, 'Event');
      return listPage(em, AgendaItem, { eventId }, { ord: 'ASC', createdAt: 'ASC', id: 'ASC' }, query, async (items) => {
        const orgIds = items.map((i) => i.organizationId).filter((id): id is string => !!id);
        const orgs = new Map(
          (orgIds.length ? await em.getRepository(Organization).findBy(orgIds.map((id) => ({ id }))) : []).map((o) => [o.id, o]),
        );
        return items.map((i) => toAgendaItemDto({ ...i, organization: i.organizationId ? orgs.get(i.organizationId) : null }));
      });
    });
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateAgendaItemDto): Promise<AgendaItemDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const item = await findOr404(em, AgendaItem, { id, eventId }, 'Agenda item');
      if (dto.organizationId !== undefined) await assertReferences(em, Organization, [dto.organizationId], 'Organization');
      if (dto.performerIds !== undefined) await assertReferences(em, Person, dto.performerIds, 'Person');
      Object.assign(item, {
        ...(dto.kind !== undefined && { kind: dto.kind }),
        ...(dto.title !== undefined && { title: dto.title ?? null }),
        ...(dto.subject !== undefined && { subject: dto.subject ?? null }),
        ...(dto.summary !== undefined && { summary: dto.summary ?? null }),
        ...(dto.organizationId !== undefined && { organizationId: dto.organizationId ?? null }),
        ...(dto.performerIds !== undefined && { performerIds: dto.performerIds }),
        ...(dto.startsAt !== undefined && { startsAt: dto.startsAt ? new Date(dto.startsAt) : null }),
        ...(dto.order !== undefined && { ord: dto.order }),
      });
      await em.getRepository(AgendaItem).save(item);
      return toAgendaItemDto(await findOr404(em, AgendaItem, { id }, 'Agenda item', { organization: true }));
    });
  }

  /** Speeches that pointed at the item keep existing, without an agenda item. */
  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await findOr404(em, AgendaItem, { id, eventId }, 'Agenda item');
      await em.getRepository(AgendaItem).delete({ id });
    });
  }
}

function toAgendaItemDto(i: AgendaItem): AgendaItemDto {
  const o = i.organization;
  return {
    id: i.id,
    eventId: i.eventId,
    kind: i.kind,
    order: i.ord,
    title: i.title,
    subject: i.subject,
    summary: i.summary,
    organizationId: i.organizationId,
    organization: o ? { id: o.id, kind: o.kind, name: o.name, shortName: o.shortName } : null,
    performerIds: i.performerIds,
    startsAt: i.startsAt,
  };
}
