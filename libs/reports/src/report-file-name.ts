import { create as createContentDisposition } from 'content-disposition';

export type ReportKind = 'attendance' | 'sign-in-sheet';
export type ReportFileExt = 'csv' | 'xlsx' | 'pdf';
/** Every file the service names: reports, the pipeline report, writeups (`writeup-<lang>`), presider's scripts (`script-<lang>`) and protocol files (`seating-chart-<lang>`, …). */
export type FileKind =
  | ReportKind
  | 'pipeline'
  | `writeup-${string}`
  | `script-${string}`
  | `seating-chart-${string}`
  | `place-cards-${string}`
  | `badges-${string}`;
export type FileExt = ReportFileExt | 'md' | 'html' | 'txt' | 'docx' | 'json';

export interface ReportFileNameInput {
  eventTitle: string;
  /** the event's local date, YYYY-MM-DD */
  date: string;
  kind: FileKind;
  ext: FileExt;
}

/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_TITLE_CODE_POINTS = 80;

function safeTitle(eventTitle: string): string {
  const cleaned = eventTitle.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return Array.from(cleaned).slice(0, MAX_TITLE_CODE_POINTS).join('').trim().replaceAll(' ', '_');
}

function checkDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`date must be YYYY-MM-DD, got ${date}`);
}

/** `2024-03-25_<event title>_attendance.pdf`: the title kept in its own script, made safe for any file system. */
export function reportFileName({ eventTitle, date, kind, ext }: ReportFileNameInput): string {
  checkDate(date);
  return [date, safeTitle(eventTitle), kind].filter(Boolean).join('_') + `.${ext}`;
}

/**
 * The same name in printable ASCII for clients that do not read `filename*`: the title with its accents
 * dropped and dashes made plain when it is written in Latin letters, else left out
 * (`2024-03-25_writeup-zh.docx`), never a run of `?`.
 */
export function asciiFileName({ eventTitle, date, kind, ext }: ReportFileNameInput): string {
  checkDate(date);
  const latin = safeTitle(
    eventTitle
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019]/g, "'"),
  );
  const ascii = /^[\x20-\x7e]+$/.test(latin) ? latin.replace(/['%]/g, '') : '';
  return [date, ascii, kind].filter(Boolean).join('_') + `.${ext}`;
}

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 / RFC 8187), written by
 * the `content-disposition` package. Without a fallback, the name itself with anything outside printable ASCII
 * replaced by `_`.
 */
export function contentDisposition(fileName: string, fallback?: string): string {
  const plain =
    fallback ??
    Array.from(fileName)
      .map((c) => {
        const code = c.codePointAt(0) ?? 0;
        return code < 0x20 || code > 0x7e ? '_' : c;
      })
      .join('')
      .replace(/["\\]/g, '');
  return createContentDisposition(fileName.replace(/[\r\n]/g, ' '), { fallback: plain });
}

/** Content-Disposition for a named file: the full name, and the ASCII name as fallback. */
export function fileDisposition(input: ReportFileNameInput): string {
  return contentDisposition(reportFileName(input), asciiFileName(input));
}
