import type { LocalizedText } from '@app/core';
import {
  ATTENDANCE_ROLES,
  ATTENDANCE_STATUSES,
  ORGANIZATION_KINDS,
  type AttendanceRole,
  type AttendanceStatus,
  type OrganizationKind,
} from '../common/vocabulary.js';
import { NameIndex } from './name-index.js';
import { slotSuffix } from './columns.js';
import type { ParsedPosition, ParsedRow } from './parse-attendee-sheet.js';

export interface ExistingOrganization {
  id: string;
  name: LocalizedText;
}

export interface ExistingPerson {
  id: string;
  name: LocalizedText;
  /** organizations of the person's positions */
  organizationIds: string[];
}

/** What the import is checked against: the event's sides and the workspace's records that could match. */
export interface ImportContext {
  sides: { code: string; name: LocalizedText }[];
  /** oldest first; the oldest wins when several match */
  organizations: ExistingOrganization[];
  /** oldest first; the oldest wins when several match */
  people: ExistingPerson[];
  /** people already attending the event */
  attendingPersonIds: ReadonlySet<string>;
}

/** An existing record (`id`) or one the import creates (`index` into the plan's list). */
export type Ref = { id: string } | { index: number };

export interface PlannedOrganization {
  name: LocalizedText;
  kind: OrganizationKind;
  region: string | null;
}

export interface PlannedPerson {
  name: LocalizedText;
  familyName?: LocalizedText;
  protocolRank?: number;
  positions: { title: LocalizedText; organization: Ref | null }[];
}

export interface PlannedAttendance {
  row: number;
  person: Ref;
  /** the row named a person already recorded */
  matched: boolean;
  role: AttendanceRole;
  side: string | null;
  protocolOrder: number | null;
  status: AttendanceStatus;
}

export interface ImportPlan {
  organizations: PlannedOrganization[];
  people: PlannedPerson[];
  attendances: PlannedAttendance[];
}

export interface RowError {
  row: number;
  field?: string;
  reason: string;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; errors: RowError[] };

const RANK_MAX = 100000;

/**
 * Checks every row and decides, without touching the database, which organizations and people are
 * matched or created and which attendances are added. Any row error rejects the whole file.
 */
export function planImport(rows: ParsedRow[], context: ImportContext): PlanResult {
  const errors: RowError[] = [];
  const plan: ImportPlan = { organizations: [], people: [], attendances: [] };
  const existingOrgs = new NameIndex(context.organizations);
  const newOrgs = new NameIndex<{ index: number; name: LocalizedText }>([]);
  const existingPeople = new NameIndex(context.people);
  const firstRowOfExisting = new Map<string, number>();
  const newPeople = new NameIndex<{ index: number; row: number; name: LocalizedText; orgs: Ref[] }>([]);

  for (const row of rows) {
    const fail = (field: string | undefined, reason: string) => errors.push({ row: row.row, ...(field ? { field } : {}), reason });
    const before = errors.length;
    if (!Object.keys(row.name).length) fail('name', 'no name: fill at least one of name_zh, name_ja, name_en');
    const role = vocabulary(row.role, ATTENDANCE_ROLES, 'participant', 'role', fail);
    const status = vocabulary(row.status, ATTENDANCE_STATUSES, 'registered', 'status', fail);
    const side = sideCode(row.side, context, fail);
    const protocolRank = integer(row.protocolRank, 'protocol_rank', fail);
    const protocolOrder = integer(row.protocolOrder, 'protocol_order', fail);
    const familyName = checkFamilyName(row, fail);
    const positions = row.positions.map((p) => checkPosition(p, fail));
    if (errors.length > before) continue;

    const orgRefs: Ref[] = [];
    const planned = positions.map((p) => {
      const organization = p.organization ? resolveOrganization(p, existingOrgs, newOrgs, plan) : null;
      if (organization) orgRefs.push(organization);
      return { title: p.title, organization };
    });

    const matched = matchPerson(row.name, orgRefs, existingPeople);
    let person: Ref;
    if (matched) {
      const earlier = firstRowOfExisting.get(matched.id);
      if (earlier !== undefined) {
        fail('name', `the same person as row ${earlier}; list each person once`);
        continue;
      }
      if (context.attendingPersonIds.has(matched.id)) {
        fail('name', 'this person already attends the event');
        continue;
      }
      firstRowOfExisting.set(matched.id, row.row);
      person = { id: matched.id };
    } else {
      const twin = newPeople.find(row.name).find((n) => sameOrganizations(n.orgs, orgRefs));
      if (twin) {
        fail('name', `the same person as row ${twin.row}; list each person once`);
        continue;
      }
      const index =
        plan.people.push({
          name: row.name,
          ...(familyName ? { familyName } : {}),
          ...(protocolRank !== undefined ? { protocolRank } : {}),
          positions: planned,
        }) - 1;
      newPeople.add({ index, row: row.row, name: row.name, orgs: orgRefs });
      person = { index };
    }
    plan.attendances.push({ row: row.row, person, matched: !!matched, role, side, protocolOrder: protocolOrder ?? null, status });
  }
  return errors.length ? { ok: false, errors } : { ok: true, plan };
}

type Fail = (field: string | undefined, reason: string) => void;

function vocabulary<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, field: string, fail: Fail): T {
  if (value === undefined) return fallback;
  const normalized = value.toLowerCase().replace(/[\s-]+/g, '_');
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  fail(field, `unknown ${field.replace(/_/g, ' ')} "${value}"; use one of ${allowed.join(', ')}`);
  return fallback;
}

function integer(value: string | undefined, field: string, fail: Fail): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= RANK_MAX) return n;
  fail(field, `"${value}" is not a whole number from 1 to ${RANK_MAX}`);
  return undefined;
}

/** A family name is part of the name in the same language ("Yamamoto" of "Kenichi Yamamoto"). */
function checkFamilyName(row: ParsedRow, fail: Fail): LocalizedText | undefined {
  const entries = Object.entries(row.familyName ?? {}) as [keyof LocalizedText, string][];
  if (entries.length === 0) return undefined;
  for (const [lang, family] of entries) {
    const name = row.name[lang];
    if (!name) fail(`family_name_${lang}`, `a family name needs the name in the same language (name_${lang})`);
    else if (!name.includes(family)) fail(`family_name_${lang}`, `"${family}" is not part of the name "${name}"`);
  }
  return row.familyName;
}

function sideCode(value: string | undefined, context: ImportContext, fail: Fail): string | null {
  if (value === undefined) return null;
  const side =
    context.sides.find((s) => s.code.toLowerCase() === value.toLowerCase()) ??
    context.sides.find((s) => Object.values(s.name).some((text) => text?.trim() === value));
  if (side) return side.code;
  const known = context.sides.map((s) => s.code).join(', ');
  fail('side', `unknown side "${value}"; ${known ? `the event's sides are ${known}` : 'the event has no sides'}`);
  return null;
}

interface CheckedPosition {
  title: LocalizedText;
  organization: LocalizedText | null;
  kind: OrganizationKind;
  region: string | null;
}

function checkPosition(p: ParsedPosition, fail: Fail): CheckedPosition {
  const s = slotSuffix(p.slot);
  const hasTitle = Object.keys(p.title).length > 0;
  const hasOrg = Object.keys(p.organization).length > 0;
  const kind = vocabulary(p.kind, ORGANIZATION_KINDS, 'other', `organization${s}_kind`, fail);
  if (!hasTitle)
    fail(
      `title${s}`,
      hasOrg ? 'an organization needs the title held in it (title_zh, title_ja or title_en)' : 'no title for this position',
    );
  else if ((p.kind || p.region) && !hasOrg) fail(`organization${s}`, 'organization kind or region given without an organization');
  return { title: p.title, organization: hasOrg ? p.organization : null, kind, region: p.region ?? null };
}

/** An organization of the workspace with the same name in some language, else one planned by an earlier row, else a new one. */
function resolveOrganization(
  p: CheckedPosition,
  existing: NameIndex<ExistingOrganization>,
  planned: NameIndex<{ index: number; name: LocalizedText }>,
  plan: ImportPlan,
): Ref {
  const name = p.organization!;
  const found = existing.find(name)[0];
  if (found) return { id: found.id };
  const earlier = planned.find(name)[0];
  if (earlier) {
    const merged = plan.organizations[earlier.index];
    const added = { ...name, ...merged.name };
    if (Object.keys(added).length > Object.keys(merged.name).length) {
      merged.name = added;
      planned.add({ index: earlier.index, name: added });
    }
    return { index: earlier.index };
  }
  const index = plan.organizations.push({ name, kind: p.kind, region: p.region }) - 1;
  planned.add({ index, name });
  return { index };
}

/**
 * The person of the workspace with the same name who holds a position in one of the row's
 * organizations (the oldest if several do); with no organization on the row, the only person of that name.
 */
function matchPerson(name: LocalizedText, orgRefs: Ref[], people: NameIndex<ExistingPerson>): ExistingPerson | undefined {
  const candidates = people.find(name);
  if (orgRefs.length === 0) return candidates.length === 1 ? candidates[0] : undefined;
  const orgIds = new Set(orgRefs.flatMap((r) => ('id' in r ? [r.id] : [])));
  return candidates.find((c) => c.organizationIds.some((id) => orgIds.has(id)));
}

function sameOrganizations(a: Ref[], b: Ref[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === 0 && b.length === 0;
  const key = (r: Ref) => ('id' in r ? `id:${r.id}` : `new:${r.index}`);
  const keys = new Set(a.map(key));
  return b.some((r) => keys.has(key(r)));
}
