import type { EntityManager } from 'typeorm';
import { LANGUAGES, type LocalizedText } from '@app/core';
import type { Event } from '../events/event.entity.js';
import { checkCells } from './cell-limits.js';
import type { ParsedRow } from './parse-attendee-sheet.js';
import { planImport, type ExistingPerson, type ImportContext, type PlanResult } from './plan-import.js';

/**
 * Checks every row of a list against the event and the workspace's records, inside an open tenant
 * transaction: cell limits first, then what planImport decides. Nothing is written.
 */
export async function planRows(em: EntityManager, event: Event, rows: ParsedRow[]): Promise<PlanResult> {
  const cellErrors = checkCells(rows);
  if (cellErrors.length) return { ok: false, errors: cellErrors };
  return planImport(rows, await loadContext(em, event, rows));
}

/** The event's sides and only those organizations and people whose names appear in the file. */
async function loadContext(em: EntityManager, event: Event, rows: ParsedRow[]): Promise<ImportContext> {
  const personNames = texts(rows.map((r) => r.name));
  const orgNames = texts(rows.flatMap((r) => r.positions.map((p) => p.organization)));
  const organizations: { id: string; name: LocalizedText }[] = orgNames.length
    ? await em.query(
        `SELECT o.id, o.name FROM organizations o
          WHERE EXISTS (SELECT 1 FROM jsonb_each_text(o.name) t(lang, text) WHERE btrim(t.text) = ANY($1::text[]))
          ORDER BY o.created_at, o.id`,
        [orgNames],
      )
    : [];
  const people: { id: string; name: LocalizedText; org_ids: string[] }[] = personNames.length
    ? await em.query(
        `SELECT p.id, p.name,
                coalesce(array_agg(pos.organization_id::text) FILTER (WHERE pos.organization_id IS NOT NULL), '{}'::text[]) AS org_ids
           FROM people p LEFT JOIN positions pos ON pos.person_id = p.id
          WHERE EXISTS (SELECT 1 FROM jsonb_each_text(p.name) t(lang, text) WHERE btrim(t.text) = ANY($1::text[]))
          GROUP BY p.id
          ORDER BY p.created_at, p.id`,
        [personNames],
      )
    : [];
  const attending: { person_id: string }[] = people.length
    ? await em.query('SELECT person_id FROM attendances WHERE event_id = $1 AND person_id = ANY($2::uuid[])', [
        event.id,
        people.map((p) => p.id),
      ])
    : [];
  return {
    sides: event.sides,
    organizations,
    people: people.map((p): ExistingPerson => ({ id: p.id, name: p.name, organizationIds: p.org_ids })),
    attendingPersonIds: new Set(attending.map((a) => a.person_id)),
  };
}

function texts(names: LocalizedText[]): string[] {
  const all = new Set<string>();
  for (const name of names) for (const lang of LANGUAGES) if (name[lang]) all.add(name[lang]);
  return [...all];
}
