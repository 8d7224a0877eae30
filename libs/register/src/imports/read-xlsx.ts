import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { IMPORT_LIMITS, tooLarge, unreadable, type RawRow, type RowSink } from './import-limits.js';

const XLSX_UNREADABLE = 'The XLSX workbook cannot be read; open it in Excel and save it again as .xlsx';

/**
 * Reads the first worksheet of an XLSX workbook as a stream, handing each row to `sink` as it is read.
 * Nothing large is held: the ZIP directory is checked first (entry count, declared sizes), each part
 * is inflated and parsed chunk by chunk with its unpacked size counted, shared strings are counted as
 * they are read, and the sink refuses rows past the row limit. A workbook over a limit is refused with
 * IMPORT_TOO_LARGE before or while it is unpacked, never after.
 */
export async function readXlsxRows(buffer: Buffer, sink: RowSink): Promise<void> {
  const zip = await openZip(buffer);
  try {
    const entries = await listEntries(zip);
    const workbook = entries.get('xl/workbook.xml');
    if (!workbook) throw unreadable(XLSX_UNREADABLE);
    const firstSheetRelId = await firstSheetRelationId(zip, workbook);
    const rels = entries.get('xl/_rels/workbook.xml.rels');
    const targets = rels ? await relationTargets(zip, rels) : new Map<string, { type: string; target: string }>();
    const sheetTarget = (firstSheetRelId && targets.get(firstSheetRelId)?.target) || 'worksheets/sheet1.xml';
    const sheet = entries.get(partPath(sheetTarget));
    if (!sheet) throw unreadable('The XLSX workbook has no worksheet');
    const stringsTarget = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'sharedStrings.xml';
    const strings = entries.get(partPath(stringsTarget));
    const shared = strings ? await readSharedStrings(zip, strings) : [];
    await readSheet(zip, sheet, shared, sink);
  } finally {
    zip.close();
  }
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error ? reject(unreadable(XLSX_UNREADABLE)) : resolve(zip),
    ),
  );
}

/** Every entry of the ZIP directory, refused when there are too many or the parts read declare too much. */
function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  if (zip.entryCount > IMPORT_LIMITS.xlsxEntries) {
    return Promise.reject(tooLarge(`The workbook holds ${zip.entryCount} files; at most ${IMPORT_LIMITS.xlsxEntries} are read`, 'entries'));
  }
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName.replace(/^\/+/, ''), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(unreadable(XLSX_UNREADABLE)));
    zip.readEntry();
  });
}

/** `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml` */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Name without its namespace prefix: `x:row` → `row`. */
const local = (tag: { name: string }) => tag.name.slice(tag.name.indexOf(':') + 1);

/**
 * Inflates one part and feeds it to a SAX parser chunk by chunk, counting the unpacked bytes: past
 * the limit, or past what the entry declared (a forged size), reading stops with IMPORT_TOO_LARGE.
 */
async function parsePart(zip: ZipFile, entry: Entry, setup: (parser: SaxesParser) => void): Promise<void> {
  if (entry.uncompressedSize > IMPORT_LIMITS.xlsxPartBytes) throw partTooLarge(entry.fileName, entry.uncompressedSize);
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error ? reject(unreadable(XLSX_UNREADABLE)) : resolve(s))),
  );
  const parser = new SaxesParser();
  setup(parser);
  let bytes = 0;
  try {
    stream.setEncoding('utf8');
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk);
      if (bytes > IMPORT_LIMITS.xlsxPartBytes) throw partTooLarge(entry.fileName, bytes);
      parser.write(chunk);
    }
    parser.close();
  } catch (error) {
    if (error instanceof Error && /too many bytes in the stream/.test(error.message)) {
      throw tooLarge(
        `The workbook part ${entry.fileName} unpacks to more than it declares; the file is damaged or forged`,
        'xlsxPartBytes',
      );
    }
    if (isAppError(error)) throw error;
    throw unreadable(XLSX_UNREADABLE);
  } finally {
    stream.destroy();
  }
}

const isAppError = (error: unknown) => error instanceof Error && error.name === 'AppException';

function partTooLarge(name: string, bytes: number) {
  const max = IMPORT_LIMITS.xlsxPartBytes / 1048576;
  return tooLarge(
    `The workbook part ${name} unpacks to ${(bytes / 1048576).toFixed(1)} MiB or more; at most ${max} MiB are read`,
    'xlsxPartBytes',
  );
}

async function firstSheetRelationId(zip: ZipFile, entry: Entry): Promise<string | undefined> {
  let id: string | undefined;
  await parsePart(zip, entry, (parser) =>
    parser.on('opentag', (tag) => {
      if (id === undefined && local(tag) === 'sheet') {
        const attrs = tag.attributes;
        id = Object.entries(attrs).find(([name]) => name === 'r:id' || name.endsWith(':id'))?.[1];
      }
    }),
  );
  return id;
}

async function relationTargets(zip: ZipFile, entry: Entry): Promise<Map<string, { type: string; target: string }>> {
  const targets = new Map<string, { type: string; target: string }>();
  await parsePart(zip, entry, (parser) =>
    parser.on('opentag', (tag) => {
      if (local(tag) !== 'Relationship') return;
      const { Id, Type, Target } = tag.attributes;
      if (Id && Target && targets.size < IMPORT_LIMITS.xlsxEntries) targets.set(Id, { type: Type ?? '', target: Target });
    }),
  );
  return targets;
}

/**
 * Collects the text of `<t>` elements, leaving out phonetic guides (`<rPh>`, the furigana of
 * Japanese workbooks), as one string per `<si>` / `<is>`.
 */
class RichTextCollector {
  private depthInPhonetic = 0;
  private inText = false;
  private parts: string[] = [];

  open(name: string): void {
    if (name === 'rPh') this.depthInPhonetic++;
    else if (name === 't' && this.depthInPhonetic === 0) this.inText = true;
  }
  close(name: string): void {
    if (name === 'rPh') this.depthInPhonetic--;
    else if (name === 't') this.inText = false;
  }
  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }
}

async function readSharedStrings(zip: ZipFile, entry: Entry): Promise<string[]> {
  const strings: string[] = [];
  const limit = IMPORT_LIMITS.sharedStrings;
  const refuse = (count: number) =>
    tooLarge(`The workbook has ${count} distinct texts; at most ${limit} are read (split the list into several files)`, 'sharedStrings');
  const rich = new RichTextCollector();
  let inItem = false;
  await parsePart(zip, entry, (parser) => {
    parser.on('opentag', (tag) => {
      const name = local(tag);
      if (name === 'sst') {
        const declared = Number(tag.attributes.uniqueCount);
        if (declared > limit) throw refuse(declared);
      } else if (name === 'si') {
        if (strings.length >= limit) throw refuse(strings.length + 1);
        inItem = true;
      } else if (inItem) rich.open(name);
    });
    parser.on('text', (text) => rich.text(text));
    parser.on('closetag', (tag) => {
      const name = local(tag);
      if (name === 'si') {
        strings.push(rich.take());
        inItem = false;
      } else if (inItem) rich.close(name);
    });
  });
  return strings;
}

/** `B12` → column 2 (1-based); undefined when the reference has no letters. */
function columnOf(ref: string | undefined): number | undefined {
  const letters = ref ? /^[A-Za-z]{1,3}/.exec(ref)?.[0] : undefined;
  if (!letters) return undefined;
  let column = 0;
  for (const c of letters.toUpperCase()) column = column * 26 + (c.charCodeAt(0) - 64);
  return column;
}

/** The text a cell shows, from its type and raw value (numbers without the display format). */
function cellText(type: string, value: string, inline: string, shared: string[]): string {
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'str':
    case 'e':
    case 'd':
      return value;
    default: {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? String(n) : value;
    }
  }
}

async function readSheet(zip: ZipFile, entry: Entry, shared: string[], sink: RowSink): Promise<void> {
  const maxColumns = IMPORT_LIMITS.columns;
  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let cell: { type: string; value: string[]; inValue: boolean } | null = null;
  const rich = new RichTextCollector();
  await parsePart(zip, entry, (parser) => {
    parser.on('opentag', (tag) => {
      const name = local(tag);
      const attrs = tag.attributes;
      if (name === 'row') {
        const r = Number(attrs.r);
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        cells = [];
        column = 0;
      } else if (name === 'c') {
        column = columnOf(attrs.r) ?? column + 1;
        cell = { type: attrs.t ?? 'n', value: [], inValue: false };
      } else if (cell) {
        if (name === 'v') cell.inValue = true;
        else rich.open(name);
      }
    });
    parser.on('text', (text) => {
      if (!cell) return;
      if (cell.inValue) cell.value.push(text);
      else rich.text(text);
    });
    parser.on('closetag', (tag) => {
      const name = local(tag);
      if (name === 'c' && cell) {
        const text = cellText(cell.type, cell.value.join(''), rich.take(), shared);
        if (text !== '') {
          if (column > maxColumns) {
            throw tooLarge(`Row ${rowNumber} has a value in column ${column}; at most ${maxColumns} columns are read`, 'columns');
          }
          cells[column - 1] = text;
        }
        cell = null;
      } else if (name === 'v' && cell) {
        cell.inValue = false;
      } else if (cell) {
        rich.close(name);
      } else if (name === 'row') {
        sink({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
      }
    });
  });
}

export type { RawRow };
