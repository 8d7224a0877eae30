import type { EventDto } from '../../lib/api';

/** The event's local date, YYYY-MM-DD, in its own zone. */
export function eventDate(event: Pick<EventDto, 'startsAt' | 'timeZone'>): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(event.startsAt),
    );
  } catch {
    return event.startsAt.slice(0, 10);
  }
}

/** `2024-03-25_<title>_<kind>.<ext>`, the names the server gives its report files. */
export function downloadName(event: Pick<EventDto, 'startsAt' | 'timeZone'>, title: string, kind: string, ext: string): string {
  const safe = Array.from(
    title
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, 80)
    .join('')
    .trim()
    .replaceAll(' ', '_');
  return `${[eventDate(event), safe, kind].filter(Boolean).join('_')}.${ext}`;
}
