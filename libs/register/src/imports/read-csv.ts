import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { IMPORT_LIMITS, tooLarge, unreadable, type RowSink } from './import-limits.js';

/** Bytes handed to the parser at a time. */
const CHUNK = 64 * 1024;

function* chunks(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += CHUNK) yield buffer.subarray(at, at + CHUNK);
}

/**
 * Reads a CSV (UTF-8 with or without BOM, comma-separated, RFC 4180 quotes) as a stream, handing each
 * record to `sink` as it is parsed; rows are numbered as a spreadsheet shows them. A record with a
 * value past the column limit is refused with IMPORT_TOO_LARGE; the sink refuses rows past the row limit.
 */
export async function readCsvRows(buffer: Buffer, sink: RowSink): Promise<void> {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    throw unreadable('The CSV is UTF-16 text; save it as "CSV UTF-8 (comma delimited)"');
  }
  if (!isUtf8(buffer)) {
    throw unreadable('The CSV is not UTF-8 text (GBK and Shift_JIS are not read); save it as "CSV UTF-8 (comma delimited)"');
  }
  const parser = Readable.from(chunks(buffer)).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      const last = cells.findLastIndex((c) => c.trim() !== '');
      if (last >= IMPORT_LIMITS.columns) {
        throw tooLarge(`Row ${row} has a value in column ${last + 1}; at most ${IMPORT_LIMITS.columns} columns are read`, 'columns');
      }
      sink({ row, cells: cells.slice(0, last + 1) });
    }
  } catch (error) {
    if (error instanceof CsvError) throw unreadable(`The CSV cannot be read: ${error.message}`);
    throw error;
  } finally {
    parser.destroy();
  }
}
