import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppException,
  TenantDb,
  cursorTimestampSql,
  decodeCursor,
  encodeCursor,
  pageWindow,
  toCursorPage,
  wantsTotal,
  type Actor,
  type Page,
} from '@app/core';
import { assertReferences, assertFound, findOr404 } from '../common/references.js';
import { whereTextContains } from '../common/text-search.js';
import { Organization } from '../organizations/organization.entity.js';
import { organizationRefJson } from '../organizations/organization-ref.sql.js';
import type { CreatePersonDto, PersonDto, PersonQueryDto, PositionInputDto, UpdatePersonDto } from './dto/person.dto.js';
import { Person } from './person.entity.js';
import { Position } from './position.entity.js';

const PEOPLE_CURSOR = 'people';

@Injectable()
export class PeopleService {
  constructor(private readonly db: TenantDb) {}

  create(actor: Actor, dto: CreatePersonDto): Promise<PersonDto> {
    return this.db.run(actor.workspaceId, (em) => this.createIn(em, actor, dto));
  }

  /** Creates a person inside an open workspace transaction (used by imports and the demo too). */
  async createIn(em: EntityManager, actor: Actor, dto: CreatePersonDto): Promise<PersonDto> {
    await assertReferences(
      em,
      Organization,
      (dto.positions ?? []).map((p) => p.organizationId),
      'Organization',
    );
    return this.load(em, await this.insertIn(em, actor, dto));
  }

  /** Writes a person and their positions whose organizations are known to exist; returns the id. */
  async insertIn(em: EntityManager, actor: Actor, dto: CreatePersonDto): Promise<string> {
    const person = await em.getRepository(Person).save({
      workspaceId: actor.workspaceId,
      name: dto.name,
      familyName: dto.familyName ?? null,
      reading: dto.reading ?? null,
      protocolRank: dto.protocolRank ?? 1000,
      note: dto.note ?? null,
    });
    await this.writePositions(em, actor, person.id, dto.positions ?? []);
    return person.id;
  }

  /** People by protocol rank, then when recorded: a page after the cursor's person, or at an offset. */
  list(actor: Actor, query: PersonQueryDto): Promise<Page<PersonDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { skip, take } = pageWindow(query);
      const qb = em.getRepository(Person).createQueryBuilder('p');
      const searched = whereTextContains(qb, query.q);
      if (query.organizationId) {
        qb.andWhere('EXISTS (SELECT 1 FROM positions pos WHERE pos.person_id = p.id AND pos.organization_id = :org)', {
          org: query.organizationId,
        });
      }
      const counter = qb.clone();
      // a search's matches come whole from the table's matching function: the page counts them as it reads
      // them (one read instead of two); a page read by cursor starts after them, so it counts apart
      // by cursor, the total is counted only when asked (`withTotal`)
      const counted = wantsTotal(query);
      const countInPage = counted && searched && !query.cursor;
      let total = !counted ? null : countInPage ? undefined : await counter.getCount();
      if (query.cursor) {
        const [rank, created, id] = decodeCursor(PEOPLE_CURSOR, query.cursor, ['int', 'timestamp', 'uuid'] as const);
        qb.andWhere('(p.protocol_rank, p.created_at, p.id) > (:rank, CAST(:created AS timestamptz), CAST(:id AS uuid))', {
          rank,
          created,
          id,
        });
      }
      const rows = await qb
        .select([
          'p.id AS id',
          'p.protocol_rank AS rank',
          `${cursorTimestampSql('p.created_at')} AS created_key`,
          ...(countInPage ? ['count(*) OVER () AS matches'] : []),
        ])
        .orderBy('p.protocol_rank')
        .addOrderBy('p.created_at')
        .addOrderBy('p.id')
        .offset(query.cursor ? 0 : skip)
        .limit(take + 1)
        .getRawMany<{ id: string; rank: number; created_key: string; matches?: string }>();
      if (total === undefined) total = rows.length ? Number(rows[0].matches) : await counter.getCount();
      const page = rows.slice(0, take);
      const last = page.at(-1);
      const nextCursor = rows.length > take && last ? encodeCursor(PEOPLE_CURSOR, [last.rank, last.created_key, last.id]) : null;
      const people = page.length
        ? await this.loadMany(
            em,
            page.map((r) => r.id),
          )
        : [];
      return toCursorPage(people, total, query, nextCursor);
    });
  }

  get(actor: Actor, id: string): Promise<PersonDto> {
    return this.db.run(actor.workspaceId, (em) => this.load(em, id));
  }

  /** `positions`, when given, replaces the whole list. */
  update(actor: Actor, id: string, dto: UpdatePersonDto): Promise<PersonDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const person = await findOr404(em, Person, { id }, 'Person');
      if (dto.name !== undefined) person.name = dto.name;
      if (dto.familyName !== undefined) person.familyName = dto.familyName ?? null;
      if (dto.reading !== undefined) person.reading = dto.reading ?? null;
      if (dto.protocolRank !== undefined) person.protocolRank = dto.protocolRank;
      if (dto.note !== undefined) person.note = dto.note ?? null;
      await em.getRepository(Person).save(person);
      if (dto.positions !== undefined) {
        await assertReferences(
          em,
          Organization,
          dto.positions.map((p) => p.organizationId),
          'Organization',
        );
        await em.getRepository(Position).delete({ personId: id });
        await this.writePositions(em, actor, id, dto.positions);
      }
      return this.load(em, id);
    });
  }

  /** Refused while the person attends an event or signed or witnessed an MoU. */
  remove(actor: Actor, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await assertFound(em, Person, id, 'Person');
      const [usedBy] = await em.query<Record<string, number>[]>(
        `SELECT (SELECT count(*) FROM attendances WHERE person_id = $1)::int AS attendances,
                (SELECT count(*) FROM mou_parties WHERE signatory_id = $1)::int AS "MoU signatures",
                (SELECT count(*) FROM mous WHERE $1 = ANY(witness_ids))::int AS "MoU witnesses"`,
        [id],
      );
      if (Object.values(usedBy).some((n) => n > 0)) throw AppException.inUse('Person', usedBy);
      await em.getRepository(Person).delete({ id });
    });
  }

  private async writePositions(em: EntityManager, actor: Actor, personId: string, positions: PositionInputDto[]): Promise<void> {
    if (positions.length === 0) return;
    await em.getRepository(Position).insert(
      positions.map((p, ord) => ({
        workspaceId: actor.workspaceId,
        personId,
        ord,
        title: p.title,
        organizationId: p.organizationId ?? null,
      })),
    );
  }

  private async load(em: EntityManager, id: string): Promise<PersonDto> {
    const [person] = await this.loadMany(em, [id]);
    if (!person) throw AppException.notFound('Person', id);
    return person;
  }

  /** People by id, in the order of `ids`, inside an open workspace transaction. */
  async loadMany(em: EntityManager, ids: string[]): Promise<PersonDto[]> {
    if (ids.length === 0) return [];
    const rows = await em.query<PersonDto[]>(`${PERSON_SELECT} WHERE p.id = ANY ($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((p): p is PersonDto => !!p);
  }
}

/**
 * People in the shape of `PersonDto` (a WHERE on `p` follows), their positions in order with each one's
 * organization built as JSON by PostgreSQL: a fixed statement, where an entity query with two joins cost
 * more in building SQL and hydrating entities than the database spent answering.
 */
export const PERSON_SELECT = `
  SELECT p.id, p.name, p.family_name AS "familyName", p.reading, p.protocol_rank AS "protocolRank", p.note,
         coalesce((SELECT json_agg(json_build_object(
                             'title', pos.title,
                             'organizationId', pos.organization_id,
                             'organization', CASE WHEN o.id IS NULL THEN NULL ELSE ${organizationRefJson('o')} END)
                           ORDER BY pos.ord)
                     FROM positions pos LEFT JOIN organizations o ON o.id = pos.organization_id
                    WHERE pos.person_id = p.id), '[]') AS positions,
         p.created_at AS "createdAt", p.updated_at AS "updatedAt"
    FROM people p`;
