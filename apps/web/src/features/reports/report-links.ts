import type { AttendanceReportQuery, SignInSheetQuery } from '../../lib/api';

const toSearch = (query: Record<string, string | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(query)
      .filter((e): e is [string, string | boolean] => e[1] !== undefined)
      .map(([key, value]) => [key, String(value)]),
  ).toString();

/**
 * Same-origin report URLs: a plain link downloads them in one click, the session cookie authenticates
 * the GET, and the server names the file (Content-Disposition) after the event date and title.
 */
export const attendanceReportHref = (eventId: string, query: AttendanceReportQuery): string =>
  `/api/v1/events/${encodeURIComponent(eventId)}/reports/attendance?${toSearch(query)}`;

export const signInSheetHref = (eventId: string, query: SignInSheetQuery): string =>
  `/api/v1/events/${encodeURIComponent(eventId)}/reports/sign-in-sheet?${toSearch(query)}`;

export const scriptHref = (eventId: string, query: { lang: string; format: 'md' | 'docx' }): string =>
  `/api/v1/events/${encodeURIComponent(eventId)}/script?${toSearch(query)}`;
