import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { unreadable } from './import-limits.js';

/** Text encodings a CSV list may be in; `auto` detects among them. */
export const CSV_ENCODINGS = ['auto', 'utf-8', 'gb18030', 'gbk', 'shift_jis'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
export type KnownEncoding = Exclude<CsvEncoding, 'auto'>;

/** Bytes looked at to decide; a list says which encoding it is in within its first lines. */
const SAMPLE = 256 * 1024;

/**
 * The encoding of a CSV: UTF-8 (with or without BOM) when its bytes are valid UTF-8; otherwise
 * GB18030 (which covers GBK and GB2312) or Shift_JIS, told apart by their double-byte ranges: GB2312
 * characters have both bytes in A1–FE, while Shift_JIS kana and most kanji start with 81–9F, which
 * GB2312 never uses. UTF-16 and undecodable text are refused with a hint.
 */
export function detectCsvEncoding(buffer: Buffer): KnownEncoding {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    throw unreadable('The CSV is UTF-16 text; save it as "CSV UTF-8 (comma delimited)"');
  }
  if (isUtf8(buffer)) return 'utf-8';
  const sample = buffer.subarray(0, SAMPLE);
  let pairs = 0;
  let gb2312 = 0;
  let sjisLead = 0;
  for (let i = 0; i < sample.length; i++) {
    const lead = sample[i];
    if (lead < 0x80) continue;
    const trail = sample[i + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    if (lead >= 0x81 && lead <= 0x9f && trail >= 0x40 && trail <= 0xfc && trail !== 0x7f) sjisLead++;
    i++;
  }
  const decodes = (encoding: KnownEncoding) => !iconv.decode(sample, encoding).slice(0, -1).includes('\ufffd');
  if (gb2312 >= pairs * 0.9 && decodes('gb18030')) return 'gb18030';
  if (sjisLead > 0 && decodes('shift_jis')) return 'shift_jis';
  if (decodes('gb18030')) return 'gb18030';
  throw unreadable('The CSV is not UTF-8, GB18030/GBK or Shift_JIS text; save it as "CSV UTF-8 (comma delimited)" or name its encoding');
}

/** The CSV's text, decoded from the named encoding or the detected one; a BOM is dropped. */
export function decodeCsv(buffer: Buffer, requested: CsvEncoding = 'auto'): { text: string; encoding: KnownEncoding } {
  const encoding = requested === 'auto' ? detectCsvEncoding(buffer) : requested;
  if (encoding === 'utf-8' && !isUtf8(buffer)) {
    throw unreadable('The CSV is not valid UTF-8 text; send it with encoding=auto or name its encoding (gb18030, shift_jis)');
  }
  const text = iconv.decode(buffer, encoding, { stripBOM: true });
  if (encoding !== 'utf-8' && text.includes('\ufffd')) {
    throw unreadable(`The CSV has bytes that are not ${encoding} text; send it with encoding=auto or the encoding it was saved in`);
  }
  return { text, encoding };
}
