import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppException, LANGUAGES, type LocalizedText } from '@app/core';
import { MAX_POSITIONS, columnKeyOf, mapHeader, slotSuffix, type ColumnKey } from './columns.js';
import type { SheetKind } from './sheet-format.js';

/** Attendee rows a file may hold; larger delegations are imported in several files. */
export const MAX_ROWS = 2000;
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
  positions: ParsedPosition[];
  role?: string;
  side?: string;
  protocolRank?: string;
  protocolOrder?: string;
  status?: string;
}

export interface ParsedSheet {
  rows: ParsedRow[];
  /** headers that were not recognised and were ignored */
  ignoredColumns: string[];
}

interface RawRow {
  row: number;
  cells: string[];
}

function unreadable(message: string): AppException {
  return new AppException('VALIDATION_FAILED', message, [{ field: 'file', messages: [message] }]);
}

/**
 * Reads an attendee list: the first non-empty row is the header, every later non-empty row an
 * attendee. Throws VALIDATION_FAILED when the file cannot be read or has no usable header or rows.
 */
export async function parseAttendeeSheet(buffer: Buffer, kind: SheetKind): Promise<ParsedSheet> {
  const raw = kind === 'xlsx' ? await readXlsx(buffer) : readCsv(buffer);
  const nonEmpty = raw.filter((r) => r.cells.some((c) => c.trim() !== ''));
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
  if (data.length > MAX_ROWS) throw unreadable(`The file has ${data.length} attendee rows; at most ${MAX_ROWS} can be imported at once`);
  return { rows: data.map((r) => toParsedRow(r, map.columns)), ignoredColumns: map.ignored };
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
  return {
    row: raw.row,
    name: text('name'),
    positions,
    role: cells.get('role'),
    side: cells.get('side'),
    protocolRank: cells.get('protocol_rank'),
    protocolOrder: cells.get('protocol_order'),
    status: cells.get('status'),
  };
}

/** UTF-8 with or without BOM, comma-separated, RFC 4180 quotes; rows numbered as a spreadsheet shows them. */
function readCsv(buffer: Buffer): RawRow[] {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    throw unreadable('The CSV is UTF-16 text; save it as "CSV UTF-8 (comma delimited)"');
  }
  let text: string;
  try {
    // strips a UTF-8 BOM
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw unreadable('The CSV is not UTF-8 text (GBK and Shift_JIS are not read); save it as "CSV UTF-8 (comma delimited)"');
  }
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) throw unreadable(`The CSV cannot be read: ${error.message}`);
    throw error;
  }
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

/** The first worksheet; each cell as the text it shows. */
async function readXlsx(buffer: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw unreadable('The XLSX workbook cannot be read; open it in Excel and save it again as .xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('The XLSX workbook has no worksheet');
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}
