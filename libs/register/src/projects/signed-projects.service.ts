import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, pageWindow, toPage, type Actor, type Page, type PageQueryDto } from '@app/core';
import { assertReferences, findOr404 } from '../common/references.js';
import { whereTextContains } from '../common/text-search.js';
import { Event } from '../events/event.entity.js';
import { assertNotCancelled } from '../events/event-lifecycle.js';
import { eventStartDateSql, loadPartyOrganizations, REGION_MATCH } from '../mous/agreements.js';
import { Organization } from '../organizations/organization.entity.js';
import type { CreateSignedProjectDto, SignedProjectDto, SignedProjectQueryDto, UpdateSignedProjectDto } from './dto/signed-project.dto.js';
import { SignedProject } from './signed-project.entity.js';

/** A project's date: the day its event started (local time). */
const PROJECT_DATE = eventStartDateSql('sp.event_id');

@Injectable()
export class SignedProjectsService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, eventId: string, dto: CreateSignedProjectDto): Promise<SignedProjectDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      assertNotCancelled((await findOr404(em, Event, { id: eventId }, 'Event')).status);
      const amount = dto.amount ?? null;
      const currency = dto.currency?.toUpperCase() ?? null;
      assertAmountWithCurrency(amount, currency);
      await assertReferences(em, Organization, dto.partyIds, 'Organization');
      const [{ next }] = await em.query('SELECT coalesce(max(ord) + 1, 0)::int AS next FROM signed_projects WHERE event_id = $1', [eventId]);
      const saved = await em.getRepository(SignedProject).save({
        workspaceId: actor.workspaceId,
        eventId,
        ord: dto.order ?? next,
        title: dto.title,
        sector: dto.sector ?? null,
        amount,
        currency,
        status: dto.status ?? 'signed',
        partyIds: dto.partyIds,
      });
      return this.getIn(em, eventId, saved.id);
    });
  }

  listForEvent(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<SignedProjectDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await findOr404(em, Event, { id: eventId }, 'Event');
      const { skip, take } = pageWindow(query);
      const [rows, total] = await em.getRepository(SignedProject).findAndCount({
        where: { eventId },
        order: { ord: 'ASC', createdAt: 'ASC', id: 'ASC' },
        skip,
        take,
      });
      return toPage(await toDtos(em, rows), total, query);
    });
  }

  /** Signed projects across events, newest event first unless `sort=date`. */
  list(actor: Actor, query: SignedProjectQueryDto): Promise<Page<SignedProjectDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { skip, take } = pageWindow(query);
      const qb = em.getRepository(SignedProject).createQueryBuilder('sp');
      whereTextContains(qb, 'sp.title', query.q);
      if (query.eventId) qb.andWhere('sp.event_id = :eventId', { eventId: query.eventId });
      if (query.status) qb.andWhere('sp.status = :status', { status: query.status });
      if (query.sector) qb.andWhere('sp.sector = :sector', { sector: query.sector });
      if (query.organizationId) qb.andWhere('CAST(:org AS uuid) = ANY(sp.party_ids)', { org: query.organizationId });
      if (query.region) {
        qb.andWhere(`EXISTS (SELECT 1 FROM organizations o WHERE o.id = ANY(sp.party_ids) AND ${REGION_MATCH('o')})`, { region: query.region.trim() });
      }
      if (query.from) qb.andWhere(`${PROJECT_DATE} >= CAST(:from AS date)`, { from: query.from });
      if (query.to) qb.andWhere(`${PROJECT_DATE} <= CAST(:to AS date)`, { to: query.to });
      const [rows, total] = await qb
        .orderBy(PROJECT_DATE, query.sort === 'date' ? 'ASC' : 'DESC')
        .addOrderBy('sp.event_id', 'ASC')
        .addOrderBy('sp.ord', 'ASC')
        .addOrderBy('sp.id', 'ASC')
        .skip(skip)
        .take(take)
        .getManyAndCount();
      return toPage(await toDtos(em, rows), total, query);
    });
  }

  get(actor: Actor, eventId: string, id: string): Promise<SignedProjectDto> {
    return this.db.run(actor.workspaceId, (em) => this.getIn(em, eventId, id));
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateSignedProjectDto): Promise<SignedProjectDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      assertNotCancelled((await findOr404(em, Event, { id: eventId }, 'Event')).status);
      const project = await findOr404(em, SignedProject, { id, eventId }, 'Signed project');
      const amount = dto.amount !== undefined ? (dto.amount ?? null) : project.amount;
      const currency = dto.currency !== undefined ? (dto.currency?.toUpperCase() ?? null) : project.currency;
      assertAmountWithCurrency(amount, currency);
      if (dto.partyIds !== undefined) await assertReferences(em, Organization, dto.partyIds, 'Organization');
      Object.assign(project, {
        ...(dto.title !== undefined && { title: dto.title }),
        ...(dto.sector !== undefined && { sector: dto.sector ?? null }),
        ...(dto.status != null && { status: dto.status }),
        ...(dto.partyIds !== undefined && { partyIds: dto.partyIds }),
        ...(dto.order != null && { ord: dto.order }),
        amount,
        currency,
      });
      await em.getRepository(SignedProject).save(project);
      return this.getIn(em, eventId, id);
    });
  }

  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await findOr404(em, SignedProject, { id, eventId }, 'Signed project');
      await em.getRepository(SignedProject).delete({ id });
    });
  }

  private async getIn(em: EntityManager, eventId: string, id: string): Promise<SignedProjectDto> {
    const [dto] = await toDtos(em, [await findOr404(em, SignedProject, { id, eventId }, 'Signed project')]);
    return dto;
  }
}

/** An amount needs its currency and a currency needs an amount. */
function assertAmountWithCurrency(amount: string | null, currency: string | null): void {
  if ((amount === null) === (currency === null)) return;
  const [field, other] = amount === null ? ['amount', 'currency'] : ['currency', 'amount'];
  throw new AppException('VALIDATION_FAILED', `${field} is required when ${other} is given`, [{ field, messages: [`${field} is required when ${other} is given`] }]);
}

async function toDtos(em: EntityManager, projects: SignedProject[]): Promise<SignedProjectDto[]> {
  const orgs = await loadPartyOrganizations(em, projects.flatMap((p) => p.partyIds));
  return projects.map((p) => ({
    id: p.id,
    eventId: p.eventId,
    order: p.ord,
    title: p.title,
    sector: p.sector,
    amount: p.amount,
    currency: p.currency?.trim() ?? null,
    status: p.status,
    partyIds: p.partyIds,
    parties: p.partyIds.map((id) => orgs.get(id)).filter((o) => o !== undefined),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  }));
}
