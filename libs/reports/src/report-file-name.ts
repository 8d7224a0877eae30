export type ReportKind = 'attendance' | 'sign-in-sheet';
export type ReportFileExt = 'csv' | 'xlsx' | 'pdf';

export interface ReportFileNameInput {
  eventTitle: string;
  /** the event's local date, YYYY-MM-DD */
  date: string;
  kind: ReportKind;
  ext: ReportFileExt;
}

/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_TITLE_CODE_POINTS = 80;

/** `2024-03-25_<event title>_attendance.pdf`: the title kept in its own script, made safe for any file system. */
export function reportFileName({ eventTitle, date, kind, ext }: ReportFileNameInput): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`date must be YYYY-MM-DD, got ${date}`);
  const cleaned = eventTitle.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const title = Array.from(cleaned).slice(0, MAX_TITLE_CODE_POINTS).join('').trim().replaceAll(' ', '_');
  return [date, title, kind].filter(Boolean).join('_') + `.${ext}`;
}

/** RFC 5987 value-chars: encodeURIComponent leaves ' ( ) * unencoded, which attr-char does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 / RFC 5987).
 * The fallback has every non-ASCII or control character replaced by `_` and quotes and backslashes removed.
 */
export function contentDisposition(fileName: string): string {
  const fallback = Array.from(fileName)
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code < 0x20 || code > 0x7e ? '_' : c;
    })
    .join('')
    .replace(/["\\]/g, '');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
