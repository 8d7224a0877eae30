import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, type Actor, type Page, type PageQueryDto } from '@app/core';
import { Attendance } from '../attendance/attendance.entity.js';
import { assertSide, nextOrd, requireWritableEvent } from '../common/event-writes.js';
import { listPage } from '../common/list-page.js';
import { assertFound, findOr404 } from '../common/references.js';
import { Event } from '../events/event.entity.js';
import { Delegation } from './delegation.entity.js';
import type { CreateDelegationDto, DelegationDto, UpdateDelegationDto } from './dto/delegation.dto.js';

/** A side's delegation at an event, with its head and size. */
@Injectable()
export class DelegationsService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, eventId: string, dto: CreateDelegationDto): Promise<DelegationDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const side = dto.side ?? null;
      assertSide(event, side);
      const head = await headOf(em, eventId, dto.headAttendeeId ?? null, side);
      await assertSideFree(em, eventId, side);
      const saved = await em.getRepository(Delegation).save({
        workspaceId: actor.workspaceId,
        eventId,
        side,
        name: dto.name ?? null,
        headAttendanceId: head?.id ?? null,
        size: dto.size ?? null,
        ord: dto.order ?? (await nextOrd(em, 'delegations', eventId)),
      });
      return toDto(saved, head);
    });
  }

  list(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<DelegationDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Event, eventId, 'Event');
      return listPage(em, Delegation, { eventId }, { ord: 'ASC', createdAt: 'ASC', id: 'ASC' }, query, async (rows) => {
        const byId = await heads(em, rows);
        return rows.map((d) => toDto(d, byId.get(d.headAttendanceId ?? '')));
      });
    });
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateDelegationDto): Promise<DelegationDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const delegation = await findOr404(em, Delegation, { id, eventId }, 'Delegation');
      if (dto.side !== undefined && (dto.side ?? null) !== delegation.side) {
        assertSide(event, dto.side);
        await assertSideFree(em, eventId, dto.side ?? null);
        delegation.side = dto.side ?? null;
      }
      const headId = dto.headAttendeeId !== undefined ? (dto.headAttendeeId ?? null) : delegation.headAttendanceId;
      const head = await headOf(em, eventId, headId, delegation.side);
      delegation.headAttendanceId = head?.id ?? null;
      if (dto.name !== undefined) delegation.name = dto.name ?? null;
      if (dto.size !== undefined) delegation.size = dto.size ?? null;
      if (dto.order !== undefined) delegation.ord = dto.order;
      return toDto(await em.getRepository(Delegation).save(delegation), head);
    });
  }

  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await findOr404(em, Delegation, { id, eventId }, 'Delegation');
      await em.getRepository(Delegation).delete({ id });
    });
  }
}

/** The head's attendance: an attendee of this event, of the delegation's side when both have one. */
async function headOf(em: EntityManager, eventId: string, attendanceId: string | null, side: string | null): Promise<Attendance | null> {
  if (!attendanceId) return null;
  const head = await findOr404(em, Attendance, { id: attendanceId, eventId }, 'Attendee');
  if (side && head.side && head.side !== side) {
    throw new AppException('VALIDATION_FAILED', `the head attends for side ${head.side}, not ${side}`, [
      { field: 'headAttendeeId', messages: [`must be an attendee of side ${side}`] },
    ]);
  }
  return head;
}

/** One delegation per side of an event. */
async function assertSideFree(em: EntityManager, eventId: string, side: string | null): Promise<void> {
  if (side && (await em.getRepository(Delegation).existsBy({ eventId, side }))) {
    throw new AppException('ALREADY_EXISTS', `side ${side} already has a delegation at this event`, { side });
  }
}

async function heads(em: EntityManager, rows: Delegation[]): Promise<Map<string, Attendance>> {
  const ids = rows.map((d) => d.headAttendanceId).filter((x): x is string => !!x);
  if (ids.length === 0) return new Map();
  const found = await em.getRepository(Attendance).findBy(ids.map((id) => ({ id })));
  return new Map(found.map((a) => [a.id, a]));
}

function toDto(d: Delegation, head: Attendance | null | undefined): DelegationDto {
  return {
    id: d.id,
    eventId: d.eventId,
    side: d.side,
    name: d.name,
    headAttendeeId: d.headAttendanceId,
    headPersonId: head?.personId ?? null,
    size: d.size,
    order: d.ord,
  };
}
