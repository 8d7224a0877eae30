import { AppException } from '@app/core';

export type SheetKind = 'csv' | 'xlsx';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Browsers and mail clients send CSV under any of these. */
const CSV_MIMES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'text/plain', 'application/vnd.ms-excel']);
const NEUTRAL_MIMES = new Set(['', 'application/octet-stream']);

/** Signatures of formats that are certainly not a CSV or XLSX list. */
const OTHER_FORMATS: [string, number[]][] = [
  ['an Excel 97–2003 (.xls) workbook; save it as .xlsx or as CSV UTF-8', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);
}

function extensionOf(filename: string | undefined): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(filename ?? '');
  return match ? match[1].toLowerCase() : '';
}

function unsupported(message: string): AppException {
  return new AppException('UNSUPPORTED_MEDIA_TYPE', `${message}. Upload the list as a CSV (UTF-8) or XLSX file.`);
}

/**
 * Decides whether an upload is a CSV or an XLSX list from its name, its declared type and its first
 * bytes (`PK` for XLSX, a ZIP container). Anything else is refused with UNSUPPORTED_MEDIA_TYPE.
 */
export function detectSheetKind(buffer: Buffer, filename?: string, mimetype?: string): SheetKind {
  const ext = extensionOf(filename);
  const mime = (mimetype ?? '').split(';')[0].trim().toLowerCase();
  if (buffer.length === 0)
    throw new AppException('VALIDATION_FAILED', 'The uploaded file is empty', [{ field: 'file', messages: ['the file is empty'] }]);

  const zip = startsWith(buffer, [0x50, 0x4b, 0x03, 0x04]);
  if (zip) {
    if (ext === 'xlsx' || mime === XLSX_MIME || (ext === '' && NEUTRAL_MIMES.has(mime)) || ext === 'csv') return 'xlsx';
    throw unsupported(`The file is a ZIP container (${ext ? `.${ext}` : mime || 'unknown type'}), not an XLSX workbook`);
  }
  const other = OTHER_FORMATS.find(([, bytes]) => startsWith(buffer, bytes));
  if (other) throw unsupported(`The file is ${other[0]}`);
  if (ext === 'xlsx' || mime === XLSX_MIME) throw unsupported('The file is named or typed as XLSX but is not an XLSX workbook');

  const claimsCsv = ext === 'csv' || ext === 'txt' || CSV_MIMES.has(mime) || mime.startsWith('text/');
  if (!claimsCsv && !(ext === '' && NEUTRAL_MIMES.has(mime))) {
    throw unsupported(`Files of type ${ext ? `.${ext}` : mime} are not attendee lists`);
  }
  if (looksBinary(buffer)) throw unsupported('The file is not text');
  return 'csv';
}

/** UTF-16 text has NUL bytes too, but is named apart so the message can say how to fix it. */
function looksBinary(buffer: Buffer): boolean {
  if (startsWith(buffer, [0xff, 0xfe]) || startsWith(buffer, [0xfe, 0xff])) return false;
  return buffer.subarray(0, 8192).includes(0);
}
