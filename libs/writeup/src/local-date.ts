import type { LocalDate } from './locales/locale.js';

/** The calendar date of an instant in a time zone; throws RangeError on an unknown zone. */
export function localDate(iso: string, timeZone: string): LocalDate {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Invalid instant: ${iso}`);
  const parts = dateFormat(timeZone).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A formatter per zone, made once: making one takes longer than the rest of a date's work. */
const formats = new Map<string, Intl.DateTimeFormat>();
/** Zones are a few hundred; spellings that differ in case only are more, so the kept ones are bounded. */
const KEPT_FORMATS = 1000;

/** The date formatter of a zone; throws RangeError on an unknown zone (which is not kept). */
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    if (formats.size >= KEPT_FORMATS) formats.clear();
    formats.set(timeZone, format);
  }
  return format;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Negative when `a` is before `b`, 0 on the same date, positive after. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
