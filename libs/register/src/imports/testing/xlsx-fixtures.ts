import zlib from 'node:zlib';

/** A ZIP entry already deflated: the raw deflate bytes, the size they unpack to and its CRC-32. */
interface Deflated {
  deflated: Buffer;
  size: number;
  crc: number;
}

export interface ZipEntry {
  name: string;
  data: Buffer | Deflated;
  /** the uncompressed size written in the headers, when it should differ from the real one (a forged entry) */
  declaredSize?: number;
}

function deflate(data: Buffer): Deflated {
  return { deflated: zlib.deflateRawSync(data), size: data.length, crc: zlib.crc32(data) };
}

/** A ZIP archive (no ZIP64) of deflated entries, as spreadsheet programs write them. */
export function zip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const d = Buffer.isBuffer(entry.data) ? deflate(entry.data) : entry.data;
    const size = entry.declaredSize ?? d.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(d.crc >>> 0, 14);
    local.writeUInt32LE(d.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    local.copy(header, 8, 6, 30); // flags … name length, extra length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34);
    header.writeUInt16LE(0, 36);
    header.writeUInt32LE(0, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, d.deflated);
    offset += local.length + name.length + d.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/** A minimal workbook whose first sheet has the given `<row>` elements, and shared strings when given. */
export function xlsxOf(rowsXml: string | ZipEntry['data'], sharedStringsXml?: string, declaredSheetSize?: number): Buffer {
  const sheet = typeof rowsXml === 'string' ? Buffer.from(SHEET_START + rowsXml + SHEET_END) : rowsXml;
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: declaredSheetSize },
    ...(sharedStringsXml ? [{ name: 'xl/sharedStrings.xml', data: Buffer.from(sharedStringsXml) }] : []),
  ]);
}

/**
 * Deflates `prefix + repeat × times + suffix` without holding it: `repeat` is deflated once on its
 * own (a full flush makes its blocks independent) and its blocks are written `times` times.
 */
export function deflateRepeated(prefix: string, repeat: Buffer, times: number, suffix: string): Deflated {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  const body = zlib.deflateRawSync(repeat, flush);
  let crc = zlib.crc32(head);
  for (let i = 0; i < times; i++) crc = zlib.crc32(repeat, crc);
  crc = zlib.crc32(tail, crc);
  return {
    deflated: Buffer.concat([zlib.deflateRawSync(head, flush), ...Array<Buffer>(times).fill(body), zlib.deflateRawSync(tail)]),
    size: head.length + repeat.length * times + tail.length,
    crc,
  };
}

/**
 * A zip bomb dressed as an attendee list: one cell of `unpackedMiB` MiB of the same letter, in a file
 * of about a thousandth of that. `forged` writes a small size in its headers, as an attacker would;
 * `declaredBytes` writes that size instead.
 */
export function xlsxBomb(unpackedMiB: number, options: { forged?: boolean; declaredBytes?: number } = {}): Buffer {
  const sheet = deflateRepeated(
    `${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>name_en</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>`,
    Buffer.alloc(1024 * 1024, 'a'),
    unpackedMiB,
    `</t></is></c></row>${SHEET_END}`,
  );
  return xlsxOf(sheet, undefined, options.declaredBytes ?? (options.forged ? 4096 : undefined));
}

/** A workbook of `rows` small rows, compressed, under the part-size limit but over the row limit. */
export function xlsxManyRows(rows: number): Buffer {
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Person</t></is></c></row>`;
  const block = Array.from({ length: 1000 }, (_, i) => row(i + 2)).join('');
  return xlsxOf(
    deflateRepeated(
      `${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>name_en</t></is></c></row>`,
      Buffer.from(block),
      Math.ceil(rows / 1000),
      SHEET_END,
    ),
  );
}
