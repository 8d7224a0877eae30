import { In, type EntityManager } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import type { PartyOrganizationDto } from './dto/party-organization.dto.js';

/** Organizations by id, for the parties of MoUs and signed projects. */
export async function loadPartyOrganizations(em: EntityManager, ids: string[]): Promise<Map<string, PartyOrganizationDto>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await em.getRepository(Organization).find({ where: { id: In(unique) } }) : [];
  return new Map(rows.map((o) => [o.id, { id: o.id, kind: o.kind, name: o.name, shortName: o.shortName, region: o.region }]));
}

/** The local calendar date an event starts on, as SQL over the column holding the event id. */
export function eventStartDateSql(eventIdColumn: string): string {
  return `(SELECT (e.starts_at AT TIME ZONE e.time_zone)::date FROM events e WHERE e.id = ${eventIdColumn})`;
}

/** A `?region=` match (exact, case-insensitive) on an organization alias. */
export const REGION_MATCH = (orgAlias: string) => `lower(${orgAlias}.region) = lower(:region)`;

/** `YYYY-MM-DD` that is a real calendar date. */
export const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
