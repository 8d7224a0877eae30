import { AppException } from '@app/core';

/**
 * What an attendee list may hold. Each is checked while the file is read, before anything large is
 * kept: a file over a limit is refused with 413 IMPORT_TOO_LARGE naming the limit.
 */
export const IMPORT_LIMITS = {
  /** the uploaded file, in bytes */
  fileBytes: 20 * 1024 * 1024,
  /** attendee rows (after the header) */
  rows: 200_000,
  /** columns of a row that hold a value */
  columns: 200,
  /** files inside an XLSX workbook (a ZIP container) */
  xlsxEntries: 2000,
  /** unpacked size of each workbook part that is read (the worksheet, the shared strings, …) */
  xlsxPartBytes: 64 * 1024 * 1024,
  /** distinct texts of a workbook (its shared strings) */
  sharedStrings: 500_000,
} as const;

export type ImportLimit = keyof typeof IMPORT_LIMITS | 'entries';

/** One row as read from the file: its number as a spreadsheet shows it, and each cell's text. */
export interface RawRow {
  row: number;
  cells: string[];
}

/** Receives each row as it is read; throws to stop reading. */
export type RowSink = (row: RawRow) => void;

export function tooLarge(message: string, limit: ImportLimit): AppException {
  return new AppException('IMPORT_TOO_LARGE', message, { limit });
}

export function unreadable(message: string): AppException {
  return new AppException('VALIDATION_FAILED', message, [{ field: 'file', messages: [message] }]);
}
