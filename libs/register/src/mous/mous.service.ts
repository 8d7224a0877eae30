import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { TenantDb, type Actor, type Page, type CursorListQueryDto } from '@app/core';
import { nextOrd, requireWritableEvent } from '../common/event-writes.js';
import { assertReferences, findOr404 } from '../common/references.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { PeopleService } from '../people/people.service.js';
import {
  agreementsPage,
  eventAgreementsPage,
  loadPartyOrganizations,
  REGION_MATCH,
  removeAgreement,
  whereAgreementFilters,
  writableAgreement,
  type AgreementSql,
} from './agreements.js';
import type { PersonDto } from '../people/dto/person.dto.js';
import type { CreateMouDto, MouDto, MouPartyInputDto, MouQueryDto, UpdateMouDto } from './dto/mou.dto.js';
import { MouParty } from './mou-party.entity.js';
import { Mou } from './mou.entity.js';

/**
 * The cross-event filters over alias `m`. An MoU's date: when it was signed, else the day its event
 * started (local time), kept on the MoU by the database (`period_date`) and indexed.
 */
const MOU_SQL: AgreementSql = {
  date: 'm.period_date',
  hasParty: 'EXISTS (SELECT 1 FROM mou_parties mp WHERE mp.mou_id = m.id AND mp.organization_id = :org)',
  partyInRegion: `EXISTS (SELECT 1 FROM mou_parties mp JOIN organizations o ON o.id = mp.organization_id WHERE mp.mou_id = m.id AND ${REGION_MATCH('o')})`,
};

@Injectable()
export class MousService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleService,
  ) {}

  create(actor: Actor, eventId: string, dto: CreateMouDto): Promise<MouDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
      await assertPartiesAndWitnesses(em, dto.parties, dto.witnessIds);
      const saved = await em.getRepository(Mou).save({
        workspaceId: actor.workspaceId,
        eventId,
        ord: dto.order ?? (await nextOrd(em, 'mous', eventId)),
        title: dto.title,
        documentType: dto.documentType ?? 'mou',
        sectors: dto.sectors ?? [],
        purpose: dto.purpose ?? null,
        signedOn: dto.signedOn ?? null,
        status: dto.status ?? 'signed',
        witnessIds: dto.witnessIds ?? [],
      });
      await writeParties(em, actor, saved.id, dto.parties);
      return this.getIn(em, eventId, saved.id);
    });
  }

  listForEvent(actor: Actor, eventId: string, query: CursorListQueryDto): Promise<Page<MouDto>> {
    return this.db.run(actor.workspaceId, (em) => eventAgreementsPage(em, Mou, eventId, query, (rows) => this.toDtos(em, rows)));
  }

  /** MoUs across events, newest first unless `sort=date`. */
  list(actor: Actor, query: MouQueryDto): Promise<Page<MouDto>> {
    return this.db.run(actor.workspaceId, (em) => {
      const qb = whereAgreementFilters(em.getRepository(Mou).createQueryBuilder('m'), query, MOU_SQL);
      return agreementsPage(em, qb, query, MOU_SQL, (rows) => this.toDtos(em, rows));
    });
  }

  get(actor: Actor, eventId: string, id: string): Promise<MouDto> {
    return this.db.run(actor.workspaceId, (em) => this.getIn(em, eventId, id));
  }

  /** `parties` and `witnessIds`, when given, replace the whole list. */
  update(actor: Actor, eventId: string, id: string, dto: UpdateMouDto): Promise<MouDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const mou = await writableAgreement(em, Mou, eventId, id, 'MoU');
      await assertPartiesAndWitnesses(em, dto.parties ?? [], dto.witnessIds);
      Object.assign(mou, {
        ...(dto.title !== undefined && { title: dto.title }),
        ...(dto.documentType != null && { documentType: dto.documentType }),
        ...(dto.sectors !== undefined && { sectors: dto.sectors ?? [] }),
        ...(dto.purpose !== undefined && { purpose: dto.purpose ?? null }),
        ...(dto.signedOn !== undefined && { signedOn: dto.signedOn ?? null }),
        ...(dto.status != null && { status: dto.status }),
        ...(dto.witnessIds !== undefined && { witnessIds: dto.witnessIds ?? [] }),
        ...(dto.order != null && { ord: dto.order }),
      });
      await em.getRepository(Mou).save(mou);
      if (dto.parties !== undefined) {
        await em.getRepository(MouParty).delete({ mouId: id });
        await writeParties(em, actor, id, dto.parties);
      }
      return this.getIn(em, eventId, id);
    });
  }

  /** The parties go with the MoU. */
  remove(actor: Actor, eventId: string, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, (em) => removeAgreement(em, Mou, eventId, id, 'MoU'));
  }

  private async getIn(em: EntityManager, eventId: string, id: string): Promise<MouDto> {
    const [dto] = await this.toDtos(em, [await findOr404(em, Mou, { id, eventId }, 'MoU')]);
    return dto;
  }

  /** Adds parties (with organizations and signatories) and witnesses to a page of MoUs. */
  private async toDtos(em: EntityManager, mous: Mou[]): Promise<MouDto[]> {
    if (mous.length === 0) return [];
    const parties = await em.getRepository(MouParty).find({ where: { mouId: In(mous.map((m) => m.id)) }, order: { ord: 'ASC' } });
    const orgs = await loadPartyOrganizations(
      em,
      parties.map((p) => p.organizationId),
    );
    const personIds = [
      ...new Set([...parties.flatMap((p) => (p.signatoryId ? [p.signatoryId] : [])), ...mous.flatMap((m) => m.witnessIds)]),
    ];
    const people = new Map((await this.people.loadMany(em, personIds)).map((p) => [p.id, p]));
    return mous.map((m) => ({
      id: m.id,
      eventId: m.eventId,
      order: m.ord,
      title: m.title,
      documentType: m.documentType,
      sectors: m.sectors,
      purpose: m.purpose,
      signedOn: m.signedOn,
      status: m.status,
      parties: parties
        .filter((p) => p.mouId === m.id)
        .map((p) => ({
          organizationId: p.organizationId,
          organization: orgs.get(p.organizationId)!,
          signatoryId: p.signatoryId,
          signatory: p.signatoryId ? (people.get(p.signatoryId) ?? null) : null,
        })),
      witnessIds: m.witnessIds,
      witnesses: m.witnessIds.map((id) => people.get(id)).filter((p): p is PersonDto => !!p),
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    }));
  }
}

/** Organizations, signatories and witnesses must be records of the caller's workspace. */
async function assertPartiesAndWitnesses(em: EntityManager, parties: MouPartyInputDto[], witnessIds: string[] | undefined): Promise<void> {
  await assertReferences(
    em,
    Organization,
    parties.map((p) => p.organizationId),
    'Organization',
  );
  await assertReferences(em, Person, [...parties.map((p) => p.signatoryId), ...(witnessIds ?? [])], 'Person');
}

async function writeParties(em: EntityManager, actor: Actor, mouId: string, parties: MouPartyInputDto[]): Promise<void> {
  await em.getRepository(MouParty).insert(
    parties.map((p, ord) => ({
      workspaceId: actor.workspaceId,
      mouId,
      ord,
      organizationId: p.organizationId,
      signatoryId: p.signatoryId ?? null,
    })),
  );
}
