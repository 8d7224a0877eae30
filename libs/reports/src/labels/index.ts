import type { Language } from '@app/core';
import { en } from './en.js';
import { ja } from './ja.js';
import type { OrganizationKind, ReportLabels } from './report-labels.js';
import { ORGANIZATION_KINDS } from './report-labels.js';
import { zh } from './zh.js';

export type { AttendanceColumn, OrganizationKind, ReportLabels } from './report-labels.js';
export { ORGANIZATION_KINDS } from './report-labels.js';

/** One entry per language; the type makes a missing language a compile error. */
const REGISTRY: Record<Language, ReportLabels> = { ja, zh, en };

export function reportLabels(lang: Language): ReportLabels {
  return REGISTRY[lang];
}

export function organizationKindLabel(labels: ReportLabels, kind: string | null): string {
  if (!kind) return labels.unclassifiedKind;
  return (ORGANIZATION_KINDS as readonly string[]).includes(kind) ? labels.organizationKinds[kind as OrganizationKind] : kind;
}

export function roleLabel(labels: ReportLabels, role: string): string {
  return (labels.roles as Record<string, string>)[role] ?? role;
}

export function statusLabel(labels: ReportLabels, status: string): string {
  return (labels.statuses as Record<string, string>)[status] ?? status;
}

/** Sides are free text already in the report's language; an empty key stands for "no side". */
export function sideLabel(labels: ReportLabels, side: string | null): string {
  return side && side.trim() ? side : labels.noSide;
}
