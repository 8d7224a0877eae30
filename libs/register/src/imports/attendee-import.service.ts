import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, LANGUAGES, TenantDb, type Actor, type LocalizedText } from '@app/core';
import { AttendanceService } from '../attendance/attendance.service.js';
import { requireWritableEvent } from '../common/event-writes.js';
import type { Event } from '../events/event.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { PeopleService } from '../people/people.service.js';
import { checkCells } from './cell-limits.js';
import type { AttendeeImportReportDto } from './dto/attendee-import.dto.js';
import type { ParsedRow, ParsedSheet } from './parse-attendee-sheet.js';
import { planImport, type ExistingPerson, type ImportContext, type ImportPlan, type Ref, type RowError } from './plan-import.js';

/** Row errors sent back at most; the message states the total. */
const MAX_REPORTED_ERRORS = 500;

@Injectable()
export class AttendeeImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleService,
    private readonly attendance: AttendanceService,
  ) {}

  /** Refuses early (before the upload is read) when the event is not the caller's or is cancelled. */
  assertImportable(actor: Actor, eventId: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await requireWritableEvent(em, eventId);
    });
  }

  /**
   * Imports a parsed list in one transaction: every row is checked first, any failing row rejects
   * the file with IMPORT_REJECTED, and a failing write rolls everything back. Imports into one
   * workspace run one at a time (a transaction-level advisory lock): a second import while one runs is
   * refused with IMPORT_IN_PROGRESS, and one that follows sees the people the earlier one recorded, so
   * a list imported twice never records a person twice.
   */
  async import(actor: Actor, eventId: string, sheet: ParsedSheet, dryRun: boolean): Promise<AttendeeImportReportDto> {
    const cellErrors = checkCells(sheet.rows);
    if (cellErrors.length) throw rejected(cellErrors, sheet.rows.length);
    return this.db.run(actor.workspaceId, async (em) => {
      if (!dryRun) await lockImports(em, actor.workspaceId);
      const event = await requireWritableEvent(em, eventId);
      const context = await this.loadContext(em, event, sheet.rows);
      const result = planImport(sheet.rows, context);
      if (!result.ok) throw rejected(result.errors, sheet.rows.length);
      const { plan } = result;
      const report = {
        rows: sheet.rows.length,
        peopleCreated: plan.people.length,
        peopleMatched: plan.attendances.filter((a) => a.matched).length,
        organizationsCreated: plan.organizations.length,
        dryRun,
        ignoredColumns: sheet.ignoredColumns,
      };
      if (dryRun) {
        return {
          ...report,
          attendancesAdded: 0,
          items: plan.attendances.map((a) => ({ row: a.row, personId: 'id' in a.person ? a.person.id : null, matched: a.matched })),
        };
      }
      const { personIds, attendanceIds } = await this.write(em, actor, eventId, plan);
      return {
        ...report,
        attendancesAdded: attendanceIds.length,
        items: plan.attendances.map((a, i) => ({ row: a.row, personId: personIds[i], attendanceId: attendanceIds[i], matched: a.matched })),
      };
    });
  }

  private async write(
    em: EntityManager,
    actor: Actor,
    eventId: string,
    plan: ImportPlan,
  ): Promise<{ personIds: string[]; attendanceIds: string[] }> {
    const orgIds: string[] = [];
    if (plan.organizations.length) {
      const inserted = await em.getRepository(Organization).insert(
        plan.organizations.map((o) => ({
          workspaceId: actor.workspaceId,
          kind: o.kind,
          region: o.region,
          name: o.name,
          shortName: null,
        })),
      );
      orgIds.push(...inserted.identifiers.map((i) => i.id as string));
    }
    const orgId = (ref: Ref | null) => (ref === null ? null : 'id' in ref ? ref.id : orgIds[ref.index]);
    const newPersonIds: string[] = [];
    // the plan's organizations exist (matched or just inserted), so people are written without re-checking or reloading
    for (const person of plan.people) {
      newPersonIds.push(
        await this.people.insertIn(em, actor, {
          name: person.name,
          familyName: person.familyName,
          protocolRank: person.protocolRank,
          positions: person.positions.map((p) => ({ title: p.title, organizationId: orgId(p.organization) })),
        }),
      );
    }
    const personIds = plan.attendances.map((a) => ('id' in a.person ? a.person.id : newPersonIds[a.person.index]));
    const attendanceIds = await this.attendance.addIn(
      em,
      actor,
      eventId,
      plan.attendances.map((a, i) => ({
        personId: personIds[i],
        role: a.role,
        side: a.side,
        protocolOrder: a.protocolOrder,
        status: a.status,
      })),
    );
    return { personIds, attendanceIds };
  }

  /** The event's sides and only those organizations and people whose names appear in the file. */
  private async loadContext(em: EntityManager, event: Event, rows: ParsedRow[]): Promise<ImportContext> {
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
}

function texts(names: LocalizedText[]): string[] {
  const all = new Set<string>();
  for (const name of names) for (const lang of LANGUAGES) if (name[lang]) all.add(name[lang]);
  return [...all];
}

/** IMPORT_REJECTED listing the rows' problems (the first MAX_REPORTED_ERRORS of them). */
function rejected(errors: RowError[], rowCount: number): AppException {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  const rows = new Set(errors.map((e) => e.row)).size;
  return new AppException(
    'IMPORT_REJECTED',
    `Nothing was imported: ${rows} of ${rowCount} rows have problems${shown.length < errors.length ? ` (the first ${shown.length} of ${errors.length} are listed)` : ''}`,
    { rows: shown },
  );
}

/** Takes the workspace's import lock for the transaction, or refuses at once when another import holds it. */
async function lockImports(em: EntityManager, workspaceId: string): Promise<void> {
  const [{ locked }] = await em.query<{ locked: boolean }[]>(
    `SELECT pg_try_advisory_xact_lock(hashtextextended('attendee-import:' || $1, 0)) AS locked`,
    [workspaceId],
  );
  if (!locked) {
    throw new AppException(
      'IMPORT_IN_PROGRESS',
      'Another attendee import into this workspace is running; send the file again when it has finished',
    );
  }
}
