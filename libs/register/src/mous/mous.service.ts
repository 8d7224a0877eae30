import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { TenantDb, pageWindow, toPage, type Actor, type Page, type PageQueryDto } from '@app/core';
import { assertReferences, findOr404 } from '../common/references.js';
import { whereTextContains } from '../common/text-search.js';
import { Event } from '../events/event.entity.js';
import { assertNotCancelled } from '../events/event-lifecycle.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { PeopleService } from '../people/people.service.js';
import { eventStartDateSql, loadPartyOrganizations, REGION_MATCH } from './agreements.js';
import type { PersonDto } from '../people/dto/person.dto.js';
import type { CreateMouDto, MouDto, MouPartyInputDto, MouQueryDto, UpdateMouDto } from './dto/mou.dto.js';
import { MouParty } from './mou-party.entity.js';
import { Mou } from './mou.entity.js';

/** The MoU's date: when it was signed, else the day its event started (local time). */
const MOU_DATE = `coalesce(m.signed_on, ${eventStartDateSql('m.event_id')})`;

@Injectable()
export class MousService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleService,
  ) {}

  create(actor: Actor, eventId: string, dto: CreateMouDto): Promise<MouDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      assertNotCancelled((await findOr404(em, Event, { id: eventId }, 'Event')).status);
      await assertPartiesAndWitnesses(em, dto.parties, dto.witnessIds);
      const [{ next }] = await em.query('SELECT coalesce(max(ord) + 1, 0)::int AS next FROM mous WHERE event_id = $1', [eventId]);
      const saved = await em.getRepository(Mou).save({
        workspaceId: actor.workspaceId,
        eventId,
        ord: dto.order ?? next,
        title: dto.title,
        purpose: dto.purpose ?? null,
        signedOn: dto.signedOn ?? null,
        status: dto.status ?? 'signed',
        witnessIds: dto.witnessIds ?? [],
      });
      await writeParties(em, actor, saved.id, dto.parties);
      return this.getIn(em, eventId, saved.id);
    });
  }

  listForEvent(actor: Actor, eventId: string, query: PageQueryDto): Promise<Page<MouDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      await findOr404(em, Event, { id: eventId }, 'Event');
      const { skip, take } = pageWindow(query);
      const [rows, total] = await em.getRepository(Mou).findAndCount({
        where: { eventId },
        order: { ord: 'ASC', createdAt: 'ASC', id: 'ASC' },
        skip,
        take,
      });
      return toPage(await this.toDtos(em, rows), total, query);
    });
  }

  /** MoUs across events, newest first unless `sort=date`. */
  list(actor: Actor, query: MouQueryDto): Promise<Page<MouDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { skip, take } = pageWindow(query);
      const qb = em.getRepository(Mou).createQueryBuilder('m');
      whereTextContains(qb, 'm.title', query.q);
      if (query.eventId) qb.andWhere('m.event_id = :eventId', { eventId: query.eventId });
      if (query.status) qb.andWhere('m.status = :status', { status: query.status });
      if (query.organizationId) {
        qb.andWhere('EXISTS (SELECT 1 FROM mou_parties mp WHERE mp.mou_id = m.id AND mp.organization_id = :org)', { org: query.organizationId });
      }
      if (query.region) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM mou_parties mp JOIN organizations o ON o.id = mp.organization_id WHERE mp.mou_id = m.id AND ${REGION_MATCH('o')})`,
          { region: query.region.trim() },
        );
      }
      if (query.from) qb.andWhere(`${MOU_DATE} >= CAST(:from AS date)`, { from: query.from });
      if (query.to) qb.andWhere(`${MOU_DATE} <= CAST(:to AS date)`, { to: query.to });
      const [rows, total] = await qb
        .orderBy(MOU_DATE, query.sort === 'date' ? 'ASC' : 'DESC')
        .addOrderBy('m.event_id', 'ASC')
        .addOrderBy('m.ord', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .skip(skip)
        .take(take)
        .getManyAndCount();
      return toPage(await this.toDtos(em, rows), total, query);
    });
  }

  get(actor: Actor, eventId: string, id: string): Promise<MouDto> {
    return this.db.run(actor.workspaceId, (em) => this.getIn(em, eventId, id));
  }

  /** `parties` and `witnessIds`, when given, replace the whole list. */
  update(actor: Actor, eventId: string, id: string, dto: UpdateMouDto): Promise<MouDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      assertNotCancelled((await findOr404(em, Event, { id: eventId }, 'Event')).status);
      const mou = await findOr404(em, Mou, { id, eventId }, 'MoU');
      await assertPartiesAndWitnesses(em, dto.parties ?? [], dto.witnessIds);
      Object.assign(mou, {
        ...(dto.title !== undefined && { title: dto.title }),
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
    return this.db.run(actor.workspaceId, async (em) => {
      await findOr404(em, Mou, { id, eventId }, 'MoU');
      await em.getRepository(Mou).delete({ id });
    });
  }

  private async getIn(em: EntityManager, eventId: string, id: string): Promise<MouDto> {
    const [dto] = await this.toDtos(em, [await findOr404(em, Mou, { id, eventId }, 'MoU')]);
    return dto;
  }

  /** Adds parties (with organizations and signatories) and witnesses to a page of MoUs. */
  private async toDtos(em: EntityManager, mous: Mou[]): Promise<MouDto[]> {
    if (mous.length === 0) return [];
    const parties = await em.getRepository(MouParty).find({ where: { mouId: In(mous.map((m) => m.id)) }, order: { ord: 'ASC' } });
    const orgs = await loadPartyOrganizations(em, parties.map((p) => p.organizationId));
    const personIds = [...new Set([...parties.flatMap((p) => (p.signatoryId ? [p.signatoryId] : [])), ...mous.flatMap((m) => m.witnessIds)])];
    const people = new Map((await this.people.loadMany(em, personIds)).map((p) => [p.id, p]));
    return mous.map((m) => ({
      id: m.id,
      eventId: m.eventId,
      order: m.ord,
      title: m.title,
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
  await assertReferences(em, Organization, parties.map((p) => p.organizationId), 'Organization');
  await assertReferences(em, Person, [...parties.map((p) => p.signatoryId), ...(witnessIds ?? [])], 'Person');
}

async function writeParties(em: EntityManager, actor: Actor, mouId: string, parties: MouPartyInputDto[]): Promise<void> {
  await em.getRepository(MouParty).insert(
    parties.map((p, ord) => ({ workspaceId: actor.workspaceId, mouId, ord, organizationId: p.organizationId, signatoryId: p.signatoryId ?? null })),
  );
}
