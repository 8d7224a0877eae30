/**
 * The one place where instants become dates and times on the event's local clock.
 * Every renderer formats through here so a CSV, a workbook and a PDF of the same event agree.
 */

export interface ZonedParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // throws RangeError for an unknown zone, which is what a caller should see
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of `instant` in `timeZone`, as the time-zone database gives them. */
function partsFromZoneData(instant: Date, timeZone: string): ZonedParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at `time` (whole seconds, in ms), from the time-zone data (years 1900 on). */
function offsetAt(time: number, timeZone: string): number {
  const p = partsFromZoneData(new Date(time), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - time;
}

/** the instants whose minute offsets are kept (check-ins, events): years 1900 to 2999 */
const KEPT_FROM = Date.UTC(1900, 0, 2);
const KEPT_UNTIL = Date.UTC(3000, 0, 1);

/**
 * The zone's offset from UTC in each UTC minute asked, by zone (null: the offset changes within that minute). A
 * minute that starts and ends on the same offset has that offset throughout (a zone never changes twice in a minute),
 * so a report's check-ins, thousands in the same hour, ask the zone data twice a minute instead of once a cell.
 * Emptied when full.
 */
const minuteOffsets = new Map<string, Map<number, number | null>>();
const KEPT_MINUTES = 10_000;
const MINUTE = 60_000;

function minuteOffset(minute: number, timeZone: string): number | null {
  let offsets = minuteOffsets.get(timeZone);
  let offset = offsets?.get(minute);
  if (offset === undefined) {
    const start = offsetAt(minute * MINUTE, timeZone);
    offset = offsetAt((minute + 1) * MINUTE, timeZone) === start ? start : null;
    if (!offsets) minuteOffsets.set(timeZone, (offsets = new Map()));
    if (offsets.size >= KEPT_MINUTES) offsets.clear();
    offsets.set(minute, offset);
  }
  return offset;
}

/** The wall-clock fields of `instant` in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const time = instant.getTime();
  const offset = time >= KEPT_FROM && time < KEPT_UNTIL ? minuteOffset(Math.floor(time / MINUTE), timeZone) : null;
  if (offset === null) return partsFromZoneData(instant, timeZone);
  const wall = new Date(time + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-MM-dd` in the zone. */
export function formatZonedDate(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `HH:mm` in the zone. */
export function formatZonedTime(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `yyyy-MM-dd HH:mm` in the zone. */
export function formatZonedDateTime(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * A Date whose UTC fields are the wall-clock time of `instant` in `timeZone`.
 * Spreadsheets have no zones: a date cell written from this shows the event's local time.
 */
export function zonedWallClock(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}
