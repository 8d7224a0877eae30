import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, type Actor, type Page, type CursorListQueryDto } from '@app/core';
import { nextOrd, requireWritableEvent } from '../common/event-writes.js';
import { assertReferences, findOr404 } from '../common/references.js';
import {
  agreementsPage,
  eventAgreementsPage,
  loadPartyOrganizations,
  REGION_MATCH,
  removeAgreement,
  whereAgreementFilters,
  writableAgreement,
  type AgreementSql,
} from '../mous/agreements.js';
import { Organization } from '../organizations/organization.entity.js';
import type { CreateSignedProjectDto, SignedProjectDto, SignedProjectQueryDto, UpdateSignedProjectDto } from './dto/signed-project.dto.js';
import { SignedProject } from './signed-project.entity.js';

/**
 * The cross-event filters over alias `sp`. A project's date: the day its event started (local time),
 * kept on the project by the database (`event_date`) and indexed; parties through a GIN index.
 */
const PROJECT_SQL: AgreementSql = {
  date: 'sp.event_date',
  hasParty: 'sp.party_ids @> ARRAY[CAST(:org AS uuid)]',
  partyInRegion: `sp.party_ids && ARRAY(SELECT o.id FROM organizations o WHERE ${REGION_MATCH('o')})`,
};

@Injectable()
export class SignedProjectsService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, eventId: string, dto: CreateSignedProjectDto): Promise<SignedProjectDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      const amount = dto.amount ?? null;
      const currency = dto.currency?.toUpperCase() ?? null;
      assertAmountWithCurrency(amount, currency);
      await assertReferences(em, Organization, dto.partyIds, 'Organization');
      const saved = await em.getRepository(SignedProject).save({
        workspaceId: actor.workspaceId,
        eventId,
        ord: dto.order ?? (await nextOrd(em, 'signed_projects', eventId)),
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

  listForEvent(actor: Actor, eventId: string, query: CursorListQueryDto): Promise<Page<SignedProjectDto>> {
    return this.db.run(actor.workspaceId, (em) => eventAgreementsPage(em, SignedProject, eventId, query, (rows) => toDtos(em, rows)));
  }

  /** Signed projects across events, newest event first unless `sort=date`. */
  list(actor: Actor, query: SignedProjectQueryDto): Promise<Page<SignedProjectDto>> {
    return this.db.run(actor.workspaceId, (em) => {
      const qb = whereAgreementFilters(em.getRepository(SignedProject).createQueryBuilder('sp'), query, PROJECT_SQL);
      if (query.sector) qb.andWhere('sp.sector = :sector', { sector: query.sector });
      return agreementsPage(em, qb, query, PROJECT_SQL, (rows) => toDtos(em, rows));
    });
  }

  get(actor: Actor, eventId: string, id: string): Promise<SignedProjectDto> {
    return this.db.run(actor.workspaceId, (em) => this.getIn(em, eventId, id));
  }

  update(actor: Actor, eventId: string, id: string, dto: UpdateSignedProjectDto): Promise<SignedProjectDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const project = await writableAgreement(em, SignedProject, eventId, id, 'Signed project');
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
    return this.db.run(actor.workspaceId, (em) => removeAgreement(em, SignedProject, eventId, id, 'Signed project'));
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
  throw new AppException('VALIDATION_FAILED', `${field} is required when ${other} is given`, [
    { field, messages: [`${field} is required when ${other} is given`] },
  ]);
}

async function toDtos(em: EntityManager, projects: SignedProject[]): Promise<SignedProjectDto[]> {
  const orgs = await loadPartyOrganizations(
    em,
    projects.flatMap((p) => p.partyIds),
  );
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
