import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { recordedCheckInTime } from '../attendance/check-in-time.js';
import type { Event } from '../events/event.entity.js';
import type { ImportPlan, Ref } from './plan-import.js';

/** Rows written per statement: enough to be fast, few enough that each statement (with its audit triggers, about 1 ms a row on a busy machine) stays well inside the statement timeout. */
export const WRITE_BATCH = 500;

/**
 * Writes a checked plan inside the import's transaction, in multi-row statements: the new
 * organizations, then for each batch of rows the people they create, their positions and the
 * attendances. Ids are made here so rows link up without reading them back. `progress` is told the
 * rows written after each batch.
 */
export async function writePlan(
  em: EntityManager,
  workspaceId: string,
  event: Event,
  plan: ImportPlan,
  progress: (rowsDone: number) => Promise<void>,
): Promise<void> {
  const orgIds = plan.organizations.map(() => randomUUID());
  for (let at = 0; at < plan.organizations.length; at += WRITE_BATCH) {
    const batch = plan.organizations
      .slice(at, at + WRITE_BATCH)
      .map((o, i) => ({ id: orgIds[at + i], kind: o.kind, region: o.region, name: o.name }));
    await em.query(
      `INSERT INTO organizations (id, workspace_id, kind, region, name)
       SELECT r.id, $2, r.kind, r.region, r.name FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, region text, name jsonb)`,
      [JSON.stringify(batch), workspaceId],
    );
  }
  const orgId = (ref: Ref | null) => (ref === null ? null : 'id' in ref ? ref.id : orgIds[ref.index]);
  const personIds = plan.people.map(() => randomUUID());
  const checkedInAt = plan.attendances.some((a) => a.status === 'checked_in') ? await recordedCheckInTime(em, event) : null;

  for (let at = 0; at < plan.attendances.length; at += WRITE_BATCH) {
    const attendances = plan.attendances.slice(at, at + WRITE_BATCH);
    // a new person is created by exactly one row, so each batch writes the people its rows create
    const people = attendances.flatMap((a) => ('index' in a.person ? [a.person.index] : []));
    if (people.length) {
      await em.query(
        `INSERT INTO people (id, workspace_id, name, family_name, protocol_rank)
         SELECT r.id, $2, r.name, r.family_name, coalesce(r.rank, 1000)
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name jsonb, family_name jsonb, rank int)`,
        [
          JSON.stringify(
            people.map((index) => ({
              id: personIds[index],
              name: plan.people[index].name,
              family_name: plan.people[index].familyName ?? null,
              rank: plan.people[index].protocolRank ?? null,
            })),
          ),
          workspaceId,
        ],
      );
      const positions = people.flatMap((index) =>
        plan.people[index].positions.map((p, ord) => ({ person: personIds[index], ord, title: p.title, org: orgId(p.organization) })),
      );
      if (positions.length) {
        await em.query(
          `INSERT INTO positions (workspace_id, person_id, ord, title, organization_id)
           SELECT $2, r.person, r.ord, r.title, r.org FROM jsonb_to_recordset($1::jsonb) AS r(person uuid, ord int, title jsonb, org uuid)`,
          [JSON.stringify(positions), workspaceId],
        );
      }
    }
    await em.query(
      `INSERT INTO attendances (workspace_id, event_id, person_id, role, side, protocol_order, status, checked_in_at)
       SELECT $2, $3, r.person, r.role, r.side, r.ord, r.status, CASE WHEN r.status = 'checked_in' THEN $4::timestamptz END
         FROM jsonb_to_recordset($1::jsonb) AS r(person uuid, role text, side text, ord int, status text)`,
      [
        JSON.stringify(
          attendances.map((a) => ({
            person: 'id' in a.person ? a.person.id : personIds[a.person.index],
            role: a.role,
            side: a.side,
            ord: a.protocolOrder,
            status: a.status,
          })),
        ),
        workspaceId,
        event.id,
        checkedInAt,
      ],
    );
    await progress(at + attendances.length);
  }
}
