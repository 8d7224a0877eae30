import { FALLBACK_ORDER } from '@app/core';
import type { AttendanceRow, ReportHeader, TextFallback } from '../attendance-row.js';
import type { ReportLabels } from '../labels/index.js';
import { organizationKindLabel, roleLabel, sideLabel, statusLabel } from '../labels/index.js';
import { zoneName } from '../labels/zone-names.js';
import { formatZonedDateTime, formatZonedTime, zonedParts } from './zoned-time.js';

/** The printable text of one attendance row, column by column (check-in time still an instant). */
export interface AttendanceCells {
  order: string;
  name: string;
  positions: string[];
  organization: string;
  role: string;
  side: string;
  status: string;
  checkedInAt: Date | null;
}

export function attendanceCells(row: AttendanceRow, labels: ReportLabels): AttendanceCells {
  return {
    order: String(row.order),
    name: row.name,
    positions: row.positions.filter((p) => p.trim() !== ''),
    organization: row.organization?.trim() ? row.organization : '',
    role: roleLabel(labels, row.role),
    side: row.side?.trim() ? row.side : '',
    status: statusLabel(labels, row.status),
    checkedInAt: row.checkedInAt,
  };
}

/**
 * One attendee as a flat table row, in column order (order, name, positions, organization, role, side,
 * status, check-in, fields taken from another language); the check-in instant is shaped by the caller
 * (text for CSV, a date for XLSX).
 */
export function attendanceRowValues<T>(
  row: AttendanceRow,
  labels: ReportLabels,
  checkIn: (instant: Date) => T,
): (string | number | T | null)[] {
  const cells = attendanceCells(row, labels);
  return [
    row.order,
    cells.name,
    cells.positions.join(labels.positionSeparator),
    cells.organization,
    cells.role,
    cells.side,
    cells.status,
    cells.checkedInAt ? checkIn(cells.checkedInAt) : null,
    fallbackText(row, labels) || null,
  ];
}

/** The check-in column's title with the zone its times are in: 签到时间（北京时间）/ Checked in (Beijing time). */
export function checkInTitle(header: ReportHeader, labels: ReportLabels, separator?: string): string {
  const suffix = zoneSuffix(header, labels, header.startsAt);
  return `${labels.columns.checkedInAt}${separator === undefined ? suffix : separator + suffix.trim()}`;
}

/** The column titles of a flat attendance table (CSV, XLSX), in the order of attendanceRowValues. */
export function attendanceColumnTitles(header: ReportHeader, labels: ReportLabels): string[] {
  const c = labels.columns;
  return [c.order, c.name, c.positions, c.organization, c.role, c.side, c.status, checkInTitle(header, labels), labels.fallback.column];
}

/** The organization/positions cell of a sign-in sheet; the organization is left out when it is the group heading. */
export function signInDetail(row: AttendanceRow, labels: ReportLabels, groupBy: 'protocol' | 'organization'): string {
  const cells = attendanceCells(row, labels);
  const positions = cells.positions.join(labels.positionSeparator);
  return groupBy === 'organization' ? positions : [cells.organization, positions].filter(Boolean).join('\n');
}

/** "25 March 2024 09:30–11:30" / "2024年3月25日 09:30–11:30", local to the event's zone. */
export function eventDateText(header: ReportHeader, labels: ReportLabels): string {
  const start = zonedParts(header.startsAt, header.timeZone);
  const startText = `${labels.longDate(start.year, start.month, start.day)} ${formatZonedTime(header.startsAt, header.timeZone)}`;
  if (!header.endsAt) return startText;
  const end = zonedParts(header.endsAt, header.timeZone);
  const sameDay = end.year === start.year && end.month === start.month && end.day === start.day;
  const endText = sameDay
    ? formatZonedTime(header.endsAt, header.timeZone)
    : `${labels.longDate(end.year, end.month, end.day)} ${formatZonedTime(header.endsAt, header.timeZone)}`;
  return `${startText} – ${endText}`;
}

/** Venue and city on one line, or null when neither is known. */
export function venueText(header: ReportHeader, labels: ReportLabels): string | null {
  const venue = header.venue?.trim();
  const city = header.city?.trim();
  if (venue && city) return venue.includes(city) ? venue : labels.venueLine(venue, city);
  return venue || city || null;
}

/** A zone name in brackets as the language writes them: （北京时间）/（日本時間）/ (Beijing time). */
export function zoneSuffix(header: ReportHeader, labels: ReportLabels, at: Date): string {
  const name = zoneName(header.timeZone, labels.zoneNames, labels.locale, at);
  return labels.locale === 'en' ? ` (${name})` : `（${name}）`;
}

/** The label/value lines printed under the title of every report. */
export function headerLines(header: ReportHeader, labels: ReportLabels): Array<[string, string]> {
  const lines: Array<[string, string]> = [[labels.date, `${eventDateText(header, labels)}${zoneSuffix(header, labels, header.startsAt)}`]];
  const venue = venueText(header, labels);
  if (venue) lines.push([labels.venue, venue]);
  if (header.filterNote?.trim()) lines.push([labels.filter, header.filterNote]);
  lines.push([labels.orderLabel, labels.orders[header.order ?? 'protocol']]);
  lines.push([
    labels.generatedAt,
    `${formatZonedDateTime(header.generatedAt, header.timeZone)}${zoneSuffix(header, labels, header.generatedAt)}`,
  ]);
  return lines;
}

/** "职务（日文）、单位（日文）": the fields of a row taken from another language, or '' when none. */
export function fallbackText(row: AttendanceRow, labels: ReportLabels): string {
  const f = labels.fallback;
  return (row.fallbacks ?? []).map((x) => f.field(f.fields[x.field], f.languages[x.used])).join(labels.positionSeparator);
}

/** The fields a sign-in sheet prints (it has no side column). */
export const SIGN_IN_FIELDS: readonly TextFallback['field'][] = ['name', 'positions', 'organization'];

/** True when a field the report prints was taken from another language. */
export function hasFallback(row: AttendanceRow, printed?: readonly TextFallback['field'][]): boolean {
  return (row.fallbacks ?? []).some((f) => !printed || printed.includes(f.field));
}

/** The numbers of rows with fallback text, collected while rows stream (at most `limit` kept), and the footnote. */
export class FallbackNotes {
  private readonly numbers: number[] = [];
  private count = 0;

  constructor(
    private readonly labels: ReportLabels,
    private readonly lang: ReportHeader['lang'],
    /** the fields the report prints; all when absent */
    private readonly printed?: readonly TextFallback['field'][],
    private readonly limit = 200,
  ) {}

  /** Records the row; true when a field it prints was taken from another language. */
  add(row: AttendanceRow): boolean {
    if (!hasFallback(row, this.printed)) return false;
    this.count++;
    if (this.numbers.length < this.limit) this.numbers.push(row.order);
    return true;
  }

  get any(): boolean {
    return this.count > 0;
  }

  /** The rule and the rows, or null when every text was in the report's language. */
  footnote(): { heading: string; lines: string[] } | null {
    if (!this.count) return null;
    const f = this.labels.fallback;
    const order = FALLBACK_ORDER[this.lang].map((l) => f.languages[l]).join(' → ');
    const rest = this.count - this.numbers.length;
    const rows = f.rows(this.numbers.join(this.labels.positionSeparator)) + (rest > 0 ? f.more(rest) : '');
    return { heading: f.heading, lines: [f.rule(order), rows] };
  }
}

/** Summary map entries in a stable order: known keys in the given order first, then the rest by count. */
export function orderedEntries(counts: Record<string, number>, knownOrder: readonly string[] = []): Array<[string, number]> {
  const entries = Object.entries(counts);
  const rank = (key: string) => {
    const i = knownOrder.indexOf(key);
    return i === -1 ? knownOrder.length : i;
  };
  return entries.sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]));
}

export { organizationKindLabel, roleLabel, sideLabel, statusLabel };
