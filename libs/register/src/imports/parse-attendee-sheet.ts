import { LANGUAGES, type LocalizedText } from '@app/core';
import { MAX_POSITIONS, columnKeyOf, mapHeader, slotSuffix, type ColumnKey } from './columns.js';
import { IMPORT_LIMITS, tooLarge, unreadable, type RawRow } from './import-limits.js';
import { decodeCsv, type CsvEncoding, type KnownEncoding } from './detect-encoding.js';
import { readCsvRows } from './read-csv.js';
import { readXlsxRows } from './read-xlsx.js';
import type { SheetKind } from './sheet-format.js';

/** Attendee rows a file may hold; larger lists are imported in several files. */
export const MAX_ROWS = IMPORT_LIMITS.rows;
/** Rows above the header (a title, a date line) that are skipped when looking for it. */
const HEADER_SEARCH_ROWS = 10;

/** One (title, organization) pair as the row states it; `slot` is 1 for `title_zh`, 2 for `title_2_zh`… */
export interface ParsedPosition {
  slot: number;
  title: LocalizedText;
  organization: LocalizedText;
  kind?: string;
  region?: string;
}

/** One attendee row, as written: trimmed text, nothing validated yet. */
export interface ParsedRow {
  /** row number as a spreadsheet shows it, the header row included (the first data row is usually 2) */
  row: number;
  name: LocalizedText;
  /** the family name later mentions in a writeup use ("Yamamoto" of "Kenichi Yamamoto") */
  familyName?: LocalizedText;
  positions: ParsedPosition[];
  role?: string;
  side?: string;
  protocolRank?: string;
  protocolOrder?: string;
  status?: string;
}

export interface ParsedSheet {
  rows: ParsedRow[];
  /** the CSV's text encoding (null for XLSX) */
  encoding: KnownEncoding | null;
  /** headers that were not recognised and were ignored */
  ignoredColumns: string[];
}

function tooManyRows(count: number | string) {
  return tooLarge(
    `The file has ${count} attendee rows; at most ${MAX_ROWS} can be imported at once (split the list into several files)`,
    'rows',
  );
}

/**
 * Reads an attendee list: the first non-empty row is the header, every later non-empty row an
 * attendee. The file is read as a stream and refused with IMPORT_TOO_LARGE as soon as it passes a
 * limit (IMPORT_LIMITS); VALIDATION_FAILED when it cannot be read or has no usable header or rows.
 */
export async function parseAttendeeSheet(buffer: Buffer, kind: SheetKind, encoding: CsvEncoding = 'auto'): Promise<ParsedSheet> {
  const nonEmpty: RawRow[] = [];
  // the header is among the first HEADER_SEARCH_ROWS rows, so more rows than this are too many whatever it is
  const most = MAX_ROWS + HEADER_SEARCH_ROWS;
  const sink = (row: RawRow) => {
    if (!row.cells.some((c) => c.trim() !== '')) return;
    if (nonEmpty.length >= most) throw tooManyRows(`more than ${MAX_ROWS}`);
    nonEmpty.push(row);
  };
  let textEncoding: KnownEncoding | null = null;
  if (kind === 'xlsx') await readXlsxRows(buffer, sink);
  else {
    const csv = decodeCsv(buffer, encoding);
    textEncoding = csv.encoding;
    await readCsvRows(csv.text, sink);
  }
  if (!nonEmpty.length)
    throw unreadable('The file has no rows; the first row must be a header such as name_zh, name_en, title_zh, organization_zh, role');
  // a list often opens with a title line ("参会名单") above the header: the header is the first row naming a name column
  const at = nonEmpty.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => hasNameColumn(r.cells));
  const header = nonEmpty[Math.max(at, 0)];
  const data = nonEmpty.slice(Math.max(at, 0) + 1);
  const map = mapHeader(header.cells);
  if (map.problems.length) {
    const hint =
      kind === 'csv' && header.cells.length === 1 && /[;\t]/.test(header.cells[0]) ? ' (columns must be separated by commas)' : '';
    throw unreadable(`The header row cannot be used: ${map.problems.join('; ')}${hint}`);
  }
  if (data.length === 0) throw unreadable('The file has a header but no attendee rows');
  if (data.length > MAX_ROWS) throw tooManyRows(data.length);
  return { rows: data.map((r) => toParsedRow(r, map.columns)), ignoredColumns: map.ignored, encoding: textEncoding };
}

function hasNameColumn(cells: string[]): boolean {
  return cells.some((c) => columnKeyOf(c)?.startsWith('name_'));
}

function toParsedRow(raw: RawRow, columns: Map<number, ColumnKey>): ParsedRow {
  const cells = new Map<ColumnKey, string>();
  columns.forEach((key, index) => {
    const value = (raw.cells[index] ?? '').trim();
    if (value) cells.set(key, value);
  });
  const text = (prefix: string): LocalizedText => {
    const out: LocalizedText = {};
    for (const lang of LANGUAGES) {
      const value = cells.get(`${prefix}_${lang}` as ColumnKey);
      if (value) out[lang] = value;
    }
    return out;
  };
  const positions: ParsedPosition[] = [];
  for (let slot = 1; slot <= MAX_POSITIONS; slot++) {
    const s = slotSuffix(slot);
    const position: ParsedPosition = {
      slot,
      title: text(`title${s}`),
      organization: text(`organization${s}`),
      kind: cells.get(`organization${s}_kind` as ColumnKey),
      region: cells.get(`region${s}` as ColumnKey),
    };
    if (Object.keys(position.title).length || Object.keys(position.organization).length || position.kind || position.region)
      positions.push(position);
  }
  const familyName = text('family_name');
  return {
    row: raw.row,
    name: text('name'),
    ...(Object.keys(familyName).length > 0 && { familyName }),
    positions,
    role: cells.get('role'),
    side: cells.get('side'),
    protocolRank: cells.get('protocol_rank'),
    protocolOrder: cells.get('protocol_order'),
    status: cells.get('status'),
  };
}
