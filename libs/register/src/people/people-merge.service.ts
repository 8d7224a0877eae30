import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, LANGUAGES, MAX_ITEMS, TenantDb, type Actor, type Language, type LocalizedText } from '@app/core';
import type { PersonDto, PositionDto } from './dto/person.dto.js';
import type { MergedEventDto, MergePeopleDto, PersonMergeDto } from './dto/person-merge.dto.js';
import { PeopleService } from './people.service.js';
import { Person } from './person.entity.js';
import { Position } from './position.entity.js';

interface EventRow {
  event_id: string;
  title: LocalizedText;
  starts_at: Date;
  duplicate_attendance: string;
  kept_attendance: string | null;
}

/**
 * Merges two records of the same person into one, keeping the history of both: the duplicate's attendances (with
 * their speeches and delegation headships), MoU signatures and witnessings and positions move to the kept person,
 * then the duplicate is removed, all in one transaction. Where both attended one event, the kept person's attendance
 * stays and takes from the duplicate's what it lacks.
 */
@Injectable()
export class PeopleMergeService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleService,
  ) {}

  merge(actor: Actor, keptId: string, dto: MergePeopleDto): Promise<PersonMergeDto> {
    if (keptId === dto.duplicateId) {
      throw new AppException('MERGE_SAME_PERSON', 'A person cannot be merged with their own record', [
        { field: 'duplicateId', messages: ['duplicateId must be another person than the one kept'] },
      ]);
    }
    return this.db.run(actor.workspaceId, async (em) => {
      // both rows locked, in a fixed order, so that two merges of the same people wait for each other
      const locked = await em.query<{ id: string }[]>('SELECT id FROM people WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
        [keptId, dto.duplicateId],
      ]);
      const found = new Set(locked.map((r) => r.id));
      for (const id of [keptId, dto.duplicateId]) if (!found.has(id)) throw AppException.notFound('Person', id);
      const [kept, duplicate] = await this.people.loadMany(em, [keptId, dto.duplicateId]);
      if (!kept || !duplicate) throw AppException.notFound('Person');

      const events = await em.query<EventRow[]>(
        `SELECT d.event_id, e.title, e.starts_at, d.id AS duplicate_attendance, k.id AS kept_attendance
           FROM attendances d
           JOIN events e ON e.id = d.event_id
           LEFT JOIN attendances k ON k.event_id = d.event_id AND k.person_id = $1
          WHERE d.person_id = $2
          ORDER BY e.starts_at, e.id`,
        [keptId, dto.duplicateId],
      );
      const combined = events.filter((e) => e.kept_attendance !== null);
      const duplicateAttendances = events.map((e) => e.duplicate_attendance);
      const [counts] = await em.query<{ speeches: number; signatures: number; witnesses: number; heads: number }[]>(
        `SELECT (SELECT count(*) FROM speeches WHERE attendance_id = ANY($2::uuid[]))::int AS speeches,
                (SELECT count(*) FROM mou_parties WHERE signatory_id = $1)::int AS signatures,
                (SELECT count(*) FROM mous WHERE $1 = ANY(witness_ids))::int AS witnesses,
                (SELECT count(*) FROM delegations WHERE head_attendance_id = ANY($2::uuid[]))::int AS heads`,
        [dto.duplicateId, duplicateAttendances],
      );
      const merged = mergeRecords(kept, duplicate);
      const result: PersonMergeDto = {
        dryRun: dto.dryRun === true,
        person: merged.person,
        duplicate,
        attendancesMoved: events.filter((e) => e.kept_attendance === null).map(toMergedEvent),
        attendancesCombined: combined.map(toMergedEvent),
        speechesMoved: counts?.speeches ?? 0,
        mouSignaturesMoved: counts?.signatures ?? 0,
        mouWitnessesMoved: counts?.witnesses ?? 0,
        delegationHeadsMoved: counts?.heads ?? 0,
        positionsAdded: merged.positionsAdded,
        positionsLeftOut: merged.positionsLeftOut,
        namesAdded: merged.namesAdded,
      };
      if (dto.dryRun) return result;

      await this.combineAttendances(em, combined);
      await em.query('UPDATE attendances SET person_id = $1 WHERE person_id = $2', [keptId, dto.duplicateId]);
      await em.query('UPDATE mou_parties SET signatory_id = $1 WHERE signatory_id = $2', [keptId, dto.duplicateId]);
      await em.query(
        `UPDATE mous SET witness_ids = CASE WHEN $1 = ANY(witness_ids) THEN array_remove(witness_ids, $2)
                                            ELSE array_replace(witness_ids, $2, $1) END
          WHERE $2 = ANY(witness_ids)`,
        [keptId, dto.duplicateId],
      );
      await em.getRepository(Person).delete({ id: dto.duplicateId });
      await em.getRepository(Person).update(
        { id: keptId },
        {
          name: merged.person.name,
          familyName: merged.person.familyName,
          reading: merged.person.reading,
          note: merged.person.note,
        },
      );
      if (merged.positionsChanged) {
        await em.getRepository(Position).delete({ personId: keptId });
        if (merged.person.positions.length > 0) {
          await em.getRepository(Position).insert(
            merged.person.positions.map((p, ord) => ({
              workspaceId: actor.workspaceId,
              personId: keptId,
              ord,
              title: p.title,
              organizationId: p.organizationId,
            })),
          );
        }
      }
      const [person] = await this.people.loadMany(em, [keptId]);
      return { ...result, person: person ?? merged.person };
    });
  }

  /** The kept attendance takes the duplicate's speeches and headships, and what it lacks; the duplicate's goes. */
  private async combineAttendances(em: EntityManager, combined: EventRow[]): Promise<void> {
    for (const row of combined) {
      const params = [row.kept_attendance, row.duplicate_attendance];
      await em.query('UPDATE speeches SET attendance_id = $1 WHERE attendance_id = $2', params);
      await em.query('UPDATE delegations SET head_attendance_id = $1 WHERE head_attendance_id = $2', params);
      await em.query(
        `UPDATE attendances k
            SET side = coalesce(k.side, d.side),
                protocol_order = coalesce(k.protocol_order, d.protocol_order),
                status = CASE WHEN k.status <> 'checked_in' AND d.status = 'checked_in' THEN d.status ELSE k.status END,
                checked_in_at = CASE WHEN k.status <> 'checked_in' AND d.status = 'checked_in' THEN d.checked_in_at
                                     ELSE k.checked_in_at END
           FROM attendances d
          WHERE k.id = $1 AND d.id = $2`,
        params,
      );
      await em.query('DELETE FROM attendances WHERE id = $1', [row.duplicate_attendance]);
    }
  }
}

function toMergedEvent(row: EventRow): MergedEventDto {
  return { eventId: row.event_id, title: row.title, startsAt: row.starts_at };
}

/** Each language the first text lacks, taken from the second. */
function fillLanguages(first: LocalizedText | null, second: LocalizedText | null): { text: LocalizedText | null; added: Language[] } {
  if (!second) return { text: first, added: [] };
  const text: LocalizedText = { ...(first ?? {}) };
  const added: Language[] = [];
  for (const lang of LANGUAGES) {
    if (!text[lang]?.trim() && second[lang]?.trim()) {
      text[lang] = second[lang];
      added.push(lang);
    }
  }
  return { text: Object.keys(text).length > 0 ? text : null, added };
}

/** The same position: in the same organization (or both in none), with the same title in a language both state. */
function samePosition(a: PositionDto, b: PositionDto): boolean {
  if (a.organizationId !== b.organizationId) return false;
  return LANGUAGES.some((l) => !!a.title[l]?.trim() && a.title[l]?.trim() === b.title[l]?.trim());
}

/** The kept record completed from the duplicate: names in missing languages, reading, note, positions not held. */
export function mergeRecords(kept: PersonDto, duplicate: PersonDto) {
  const name = fillLanguages(kept.name, duplicate.name);
  const familyName = fillLanguages(kept.familyName, duplicate.familyName);
  const positions = kept.positions.map((p) => ({ ...p, title: { ...p.title } }));
  let positionsChanged = false;
  let added = 0;
  let leftOut = 0;
  for (const p of duplicate.positions) {
    const same = positions.find((k) => samePosition(k, p));
    if (same) {
      const filled = fillLanguages(same.title, p.title);
      if (filled.added.length > 0) {
        same.title = filled.text ?? same.title;
        positionsChanged = true;
      }
    } else if (positions.length < MAX_ITEMS.positions) {
      positions.push(p);
      added++;
      positionsChanged = true;
    } else {
      leftOut++;
    }
  }
  const person: PersonDto = {
    ...kept,
    name: name.text ?? kept.name,
    familyName: familyName.text,
    reading: kept.reading ?? duplicate.reading,
    note: kept.note?.trim() ? kept.note : duplicate.note,
    positions,
  };
  return {
    person,
    positionsChanged,
    positionsAdded: added,
    positionsLeftOut: leftOut,
    namesAdded: [...new Set([...name.added, ...familyName.added])],
  };
}
