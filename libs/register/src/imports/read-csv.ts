import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { IMPORT_LIMITS, tooLarge, unreadable, type RowSink } from './import-limits.js';

/** Characters handed to the parser at a time. */
const CHUNK = 64 * 1024;

function* chunks(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += CHUNK) yield text.slice(at, at + CHUNK);
}

/**
 * Reads a CSV's text (decoded by decodeCsv; comma-separated, RFC 4180 quotes) as a stream, handing each
 * record to `sink` as it is parsed; rows are numbered as a spreadsheet shows them. A record with a
 * value past the column limit is refused with IMPORT_TOO_LARGE; the sink refuses rows past the row limit.
 */
export async function readCsvRows(text: string, sink: RowSink): Promise<void> {
  const parser = Readable.from(chunks(text)).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
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
