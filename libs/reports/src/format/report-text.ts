import type { AttendanceRow, ReportHeader } from '../attendance-row.js';
import type { ReportLabels } from '../labels/index.js';
import { organizationKindLabel, roleLabel, sideLabel, statusLabel } from '../labels/index.js';
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
 * status, check-in); the check-in instant is shaped by the caller (text for CSV, a date for XLSX).
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
  ];
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

/** The label/value lines printed under the title of every report. */
export function headerLines(header: ReportHeader, labels: ReportLabels): Array<[string, string]> {
  const lines: Array<[string, string]> = [[labels.date, `${eventDateText(header, labels)} (${header.timeZone})`]];
  const venue = venueText(header, labels);
  if (venue) lines.push([labels.venue, venue]);
  if (header.filterNote?.trim()) lines.push([labels.filter, header.filterNote]);
  lines.push([labels.generatedAt, `${formatZonedDateTime(header.generatedAt, header.timeZone)} (${header.timeZone})`]);
  return lines;
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
