import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, toPage, pageWindow, type Actor, type Page } from '@app/core';
import { assertFound, findOr404 } from '../common/references.js';
import { whereTextContains } from '../common/text-search.js';
import type { CreateOrganizationDto, OrganizationDto, OrganizationQueryDto, UpdateOrganizationDto } from './dto/organization.dto.js';
import { Organization } from './organization.entity.js';

@Injectable()
export class OrganizationsService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const saved = await em.getRepository(Organization).save({
        workspaceId: actor.workspaceId,
        kind: dto.kind,
        region: dto.region?.trim() || null,
        name: dto.name,
        shortName: dto.shortName ?? null,
      });
      return toOrganizationDto(saved);
    });
  }

  list(actor: Actor, query: OrganizationQueryDto): Promise<Page<OrganizationDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { skip, take } = pageWindow(query);
      const qb = em.getRepository(Organization).createQueryBuilder('o');
      whereTextContains(qb, query.q);
      if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
      if (query.region) qb.andWhere('lower(o.region) = lower(:region)', { region: query.region });
      const [rows, total] = await qb.orderBy('o.created_at', 'ASC').addOrderBy('o.id').skip(skip).take(take).getManyAndCount();
      return toPage(rows.map(toOrganizationDto), total, query);
    });
  }

  get(actor: Actor, id: string): Promise<OrganizationDto> {
    return this.db.run(actor.workspaceId, async (em) => toOrganizationDto(await findOr404(em, Organization, { id }, 'Organization')));
  }

  update(actor: Actor, id: string, dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const org = await findOr404(em, Organization, { id }, 'Organization');
      if (dto.kind !== undefined) org.kind = dto.kind;
      if (dto.region !== undefined) org.region = dto.region?.trim() || null;
      if (dto.name !== undefined) org.name = dto.name;
      if (dto.shortName !== undefined) org.shortName = dto.shortName ?? null;
      return toOrganizationDto(await em.getRepository(Organization).save(org));
    });
  }

  /** Refused while people, events, agenda items, MoUs or projects still name the organization. */
  remove(actor: Actor, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Organization, id, 'Organization');
      const usedBy = await usesOfOrganization(em, id);
      if (Object.values(usedBy).some((n) => n > 0)) throw AppException.inUse('Organization', usedBy);
      await em.getRepository(Organization).delete({ id });
    });
  }
}

async function usesOfOrganization(em: EntityManager, id: string): Promise<Record<string, number>> {
  const [row] = await em.query<Record<string, number>[]>(
    `SELECT
       (SELECT count(*) FROM positions WHERE organization_id = $1)::int AS positions,
       (SELECT count(*) FROM event_organizations WHERE organization_id = $1)::int AS "event hosts",
       (SELECT count(*) FROM agenda_items WHERE organization_id = $1)::int AS "agenda items",
       (SELECT count(*) FROM mou_parties WHERE organization_id = $1)::int AS "MoU parties",
       (SELECT count(*) FROM signed_projects WHERE $1 = ANY(party_ids))::int AS "signed projects"`,
    [id],
  );
  return row;
}

export function toOrganizationDto(o: Organization): OrganizationDto {
  return {
    id: o.id,
    kind: o.kind,
    region: o.region,
    name: o.name,
    shortName: o.shortName,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
