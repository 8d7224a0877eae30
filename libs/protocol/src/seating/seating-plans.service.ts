import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, pageWindow, toPage, type Actor, type LocalizedText, type Page, type PageQueryDto } from '@app/core';
import { Event, protocolOrderBy, requireWritableEvent } from '@app/register';
import type { Candidate } from './conventions.js';
import type { CreateSeatingPlanDto, PinSeatDto, SeatedAttendeeDto, SeatingPlanDto, UpdateSeatingPlanDto } from './dto/seating-plan.dto.js';
import { assignSeats, hasSeat, layoutProblem, planLayout, type Layout } from './layout.js';
import { SeatingPlan } from './seating-plan.entity.js';

interface OccupantRow {
  id: string;
  person_id: string;
  side: string | null;
  name: LocalizedText;
  title: LocalizedText | null;
}

/** Seating plans of an event: layouts seated from the protocol order by a convention, with seats pinned by hand. */
@Injectable()
export class SeatingPlansService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, eventId: string, dto: CreateSeatingPlanDto): Promise<SeatingPlanDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const layout = layoutOf(dto);
      checkLayout(dto.kind, layout, dto.convention);
      checkHostSide(event, dto.hostSide ?? null);
      const [{ next }] = await em.query<{ next: number }[]>(
        'SELECT coalesce(max(ord) + 1, 0)::int AS next FROM seating_plans WHERE event_id = $1',
        [eventId],
      );
      const plan = em.getRepository(SeatingPlan).create({
        workspaceId: actor.workspaceId,
        eventId,
        ord: next,
        name: dto.name,
        kind: dto.kind,
        convention: dto.convention,
        layout,
        hostSide: dto.hostSide ?? null,
        pins: [],
        seats: [],
      });
      return this.assignAndSave(em, event, plan);
    });
  }

  list(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<SeatingPlanDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await findEvent(em, eventId);
      const { skip, take } = pageWindow(query);
      const [rows, total] = await em
        .getRepository(SeatingPlan)
        .findAndCount({ where: { eventId }, order: { ord: 'ASC', createdAt: 'ASC', id: 'ASC' }, skip, take });
      const items = [];
      for (const plan of rows) items.push(await this.toDto(em, event, plan));
      return toPage(items, total, query);
    });
  }

  get(actor: Actor, eventId: string, id: string): Promise<SeatingPlanDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await findEvent(em, eventId);
      return this.toDto(em, event, await findPlan(em, eventId, id));
    });
  }

  /** The plan seated from the current protocol order (for the files made from it). */
  async load(em: EntityManager, eventId: string, id: string): Promise<SeatingPlan> {
    const event = await findEvent(em, eventId);
    return this.seatedNow(em, event, await findPlan(em, eventId, id));
  }

  /** The event's plans in their order: id and name (the outputs made per plan). */
  async names(em: EntityManager, eventId: string): Promise<{ id: string; name: LocalizedText }[]> {
    return em.getRepository(SeatingPlan).find({
      select: { id: true, name: true },
      where: { eventId },
      order: { ord: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * A deputy replaced an attendee (in the replacement's transaction): in every plan of the event a pin on the
   * principal passes to the deputy, and the plan is seated again, so the deputy sits where the principal sat.
   */
  async replaceAttendee(em: EntityManager, eventId: string, principalId: string, deputyId: string): Promise<void> {
    const plans = await em
      .getRepository(SeatingPlan)
      .find({ where: { eventId }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' as const } });
    if (plans.length === 0) return;
    const event = await findEvent(em, eventId);
    for (const plan of plans) {
      plan.pins = plan.pins.map((p) => (p.attendeeId === principalId ? { ...p, attendeeId: deputyId } : p));
      await this.assignAndSave(em, event, plan);
    }
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateSeatingPlanDto): Promise<SeatingPlanDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const plan = await findPlan(em, eventId, id, true);
      if (dto.name !== undefined) {
        if (dto.name === null) throw invalid('name', 'name cannot be null');
        plan.name = dto.name;
      }
      const kind = dto.kind ?? plan.kind;
      const convention = dto.convention ?? plan.convention;
      const reshaped = dto.rows !== undefined || dto.tables !== undefined || dto.witnesses !== undefined;
      // a new kind takes a new shape; else the shape given replaces the old one, or the old one stays
      const layout = reshaped || dto.kind !== undefined ? layoutOf(dto) : plan.layout;
      checkLayout(kind, layout, convention);
      if (dto.hostSide !== undefined) {
        checkHostSide(event, dto.hostSide ?? null);
        plan.hostSide = dto.hostSide ?? null;
      }
      Object.assign(plan, { kind, convention, layout });
      return this.assignAndSave(em, event, plan);
    });
  }

  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await findPlan(em, eventId, id);
      await em.getRepository(SeatingPlan).delete({ id });
    });
  }

  /** Seats the plan again from the current protocol order; pinned seats stay. */
  assign(actor: Actor, eventId: string, id: string): Promise<SeatingPlanDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      return this.assignAndSave(em, event, await findPlan(em, eventId, id, true));
    });
  }

  /** Pins an attendee to a seat (moving them from any other), replacing whoever was pinned there, and seats the rest again. */
  pin(actor: Actor, eventId: string, id: string, dto: PinSeatDto): Promise<SeatingPlanDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const plan = await findPlan(em, eventId, id, true);
      if (!hasSeat(planLayout(plan.kind, plan.layout, plan.convention), dto)) {
        throw new AppException('VALIDATION_FAILED', `the plan has no seat ${dto.seat} in block ${dto.block}`, [
          { field: 'seat', messages: [`block ${dto.block} has no seat ${dto.seat}`] },
        ]);
      }
      const [attendee] = await em.query<{ status: string }[]>('SELECT status FROM attendances WHERE id = $1 AND event_id = $2', [
        dto.attendeeId,
        eventId,
      ]);
      if (!attendee) throw AppException.notFound('Attendee', dto.attendeeId);
      if (attendee.status === 'absent') throw invalid('attendeeId', 'the attendee is marked absent and is not seated');
      plan.pins = [
        ...plan.pins.filter((p) => p.attendeeId !== dto.attendeeId && !(p.block === dto.block && p.seat === dto.seat)),
        { block: dto.block, seat: dto.seat, attendeeId: dto.attendeeId },
      ];
      return this.assignAndSave(em, event, plan);
    });
  }

  /** Frees a pinned seat; the assignment then seats it like any other. Idempotent. */
  unpin(actor: Actor, eventId: string, id: string, block: number, seat: number): Promise<SeatingPlanDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const event = await requireWritableEvent(em, eventId);
      const plan = await findPlan(em, eventId, id, true);
      plan.pins = plan.pins.filter((p) => !(p.block === block && p.seat === seat));
      return this.assignAndSave(em, event, plan);
    });
  }

  /** Attendees who may be seated, in protocol order, with the side they are on (host, guest, or none). */
  private async candidates(em: EntityManager, event: Event, hostSide: string | null): Promise<Candidate<string>[]> {
    const host = hostSide ?? event.sides[0]?.code ?? null;
    const rows = await em.query<{ id: string; side: string | null }[]>(
      `SELECT a.id, a.side FROM attendances a WHERE a.event_id = $1 AND a.status <> 'absent' ORDER BY ${protocolOrderBy('a')}`,
      [event.id],
    );
    return rows.map((r) => ({ item: r.id, side: !r.side || !host ? null : r.side === host ? 'host' : 'guest' }));
  }

  private async assignAndSave(em: EntityManager, event: Event, plan: SeatingPlan): Promise<SeatingPlanDto> {
    const planned = planLayout(plan.kind, plan.layout, plan.convention);
    const result = assignSeats(planned, await this.candidates(em, event, plan.hostSide), plan.pins, plan.convention);
    plan.pins = result.pins;
    plan.seats = result.seats;
    plan.assignedAt = new Date();
    const saved = await em.getRepository(SeatingPlan).save(plan);
    return this.toDto(em, event, saved);
  }

  /**
   * The plan as it sits now: seated again, in memory, from the current protocol order with its pins, so a changed
   * order, a new attendee or one marked absent shows the moment the plan is read or a file is made of it. The stored
   * seats are those of the last write; a read never writes.
   */
  private async seatedNow(em: EntityManager, event: Event, plan: SeatingPlan): Promise<SeatingPlan> {
    const planned = planLayout(plan.kind, plan.layout, plan.convention);
    const result = assignSeats(planned, await this.candidates(em, event, plan.hostSide), plan.pins, plan.convention);
    return Object.assign(plan, { pins: result.pins, seats: result.seats });
  }

  private async toDto(em: EntityManager, event: Event, current: SeatingPlan): Promise<SeatingPlanDto> {
    const plan = await this.seatedNow(em, event, current);
    const planned = planLayout(plan.kind, plan.layout, plan.convention);
    const ids = plan.seats.map((s) => s.attendeeId).filter((x): x is string => !!x);
    const occupants = await seatedAttendees(em, event.id, ids);
    const stored = new Map(plan.seats.map((s) => [`${s.block}:${s.seat}`, s]));
    const candidates = await this.candidates(em, event, plan.hostSide);
    const seated = new Set([...occupants.keys()]);
    return {
      id: plan.id,
      eventId: plan.eventId,
      name: plan.name,
      kind: plan.kind,
      convention: plan.convention,
      layout: plan.layout,
      hostSide: plan.hostSide,
      viewpoint: planned.viewpoint,
      blocks: planned.blocks.map((b) => ({
        block: b.block,
        kind: b.kind,
        seats: [...b.seats]
          .sort((x, y) => x.seat - y.seat)
          .map((s) => {
            const at = stored.get(`${s.block}:${s.seat}`);
            return {
              seat: s.seat,
              rank: s.rank,
              side: s.side,
              pinned: at?.pinned ?? false,
              attendee: (at?.attendeeId && occupants.get(at.attendeeId)) || null,
            };
          }),
      })),
      unseated: candidates.map((c) => c.item).filter((id) => !seated.has(id)),
      assignedAt: plan.assignedAt,
      updatedAt: plan.updatedAt,
    };
  }
}

/** The seated attendees with their names and first position titles, by attendance id (those still attending). */
export async function seatedAttendees(em: EntityManager, eventId: string, ids: string[]): Promise<Map<string, SeatedAttendeeDto>> {
  if (ids.length === 0) return new Map();
  const rows = await em.query<OccupantRow[]>(
    `SELECT a.id, a.person_id, a.side, p.name,
            (SELECT pos.title FROM positions pos WHERE pos.person_id = a.person_id ORDER BY pos.ord LIMIT 1) AS title
       FROM attendances a JOIN people p ON p.id = a.person_id
      WHERE a.event_id = $1 AND a.id = ANY($2::uuid[])`,
    [eventId, ids],
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, personId: r.person_id, name: r.name, title: r.title, side: r.side }]));
}

function layoutOf(dto: Partial<CreateSeatingPlanDto>): Layout {
  const layout: Layout = {};
  if (dto.rows !== undefined) layout.rows = dto.rows;
  if (dto.tables !== undefined) layout.tables = dto.tables;
  if (dto.witnesses !== undefined) layout.witnesses = dto.witnesses;
  return layout;
}

function checkLayout(kind: SeatingPlan['kind'], layout: Layout, convention: SeatingPlan['convention']): void {
  const problem = layoutProblem(kind, layout, convention);
  if (problem) throw invalid(problem.field, problem.message);
}

function checkHostSide(event: Event, side: string | null): void {
  if (side && !event.sides.some((s) => s.code === side)) {
    throw invalid('hostSide', `must be one of: ${event.sides.map((s) => s.code).join(', ') || '(the event has no sides)'}`);
  }
}

function invalid(field: string, message: string): AppException {
  return new AppException('VALIDATION_FAILED', message, [{ field, messages: [message] }]);
}

async function findEvent(em: EntityManager, eventId: string): Promise<Event> {
  const event = await em.getRepository(Event).findOneBy({ id: eventId });
  if (!event) throw AppException.notFound('Event', eventId);
  return event;
}

async function findPlan(em: EntityManager, eventId: string, id: string, lock = false): Promise<SeatingPlan> {
  const plan = await em
    .getRepository(SeatingPlan)
    .findOne({ where: { id, eventId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!plan) throw AppException.notFound('Seating plan', id);
  return plan;
}
