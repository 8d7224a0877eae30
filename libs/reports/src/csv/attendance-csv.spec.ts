import { Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from '../attendance-row.js';
import { collect, demoHeader, demoRows, fromArray, generateRows } from '../testing/rows.fixture.js';
import { attendanceCsvReadable, csvField, renderAttendanceCsv } from './attendance-csv.js';

/** A strict RFC 4180 reader: rows of fields, CRLF line ends. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('last line not terminated by CRLF');
  return rows;
}

const tricky = (name: string, order: number): AttendanceRow => ({
  ...demoRows('en')[0],
  order,
  attendanceId: `t${order}`,
  name,
});

describe('renderAttendanceCsv', () => {
  it('writes UTF-8 with BOM, a localized header and one CRLF line per attendee', async () => {
    const rows = demoRows('ja');
    const buffer = await collect((out) => renderAttendanceCsv(demoHeader('ja'), fromArray(rows), out));
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(buffer.toString('utf8').slice(1));
    expect(parsed[0]).toEqual(['順', '氏名', '役職', '所属機関', '役割', '所属側', '出欠', '受付時刻（北京時間）', '他言語表記']);
    expect(parsed).toHaveLength(rows.length + 1);
    // 孫海生: two positions joined, presider, checked in 09:02 Shanghai time
    expect(parsed[5]).toEqual([
      '5',
      '孫海生',
      '山東省科学技術庁党グループ書記、山東省科学技術庁長',
      '山東省科学技術庁',
      '主宰',
      '山東側',
      '出席',
      '2024-03-25 09:02',
      '',
    ]);
    expect(parsed[7][6]).toBe('欠席');
    expect(parsed[7][7]).toBe('');
  });

  it('quotes a name with a comma, a quote and a line break', async () => {
    const name = 'Smith, "Bob"\nJr.';
    const buffer = await collect((out) => renderAttendanceCsv(demoHeader('en'), fromArray([tricky(name, 1)]), out));
    const csv = buffer.toString('utf8');
    expect(csv).toContain('"Smith, ""Bob""\nJr."');
    expect(parseCsv(csv.slice(1))[1][1]).toBe(name);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const names = ['=SUM(1)', '+1', '-1', '@x', '\tTab', '=HYPERLINK("http://x","y")'];
    const buffer = await collect((out) => renderAttendanceCsv(demoHeader('en'), fromArray(names.map((n, i) => tricky(n, i + 1))), out));
    const parsed = parseCsv(buffer.toString('utf8').slice(1));
    expect(parsed.slice(1).map((r) => r[1])).toEqual(names.map((n) => `'${n}`));
    expect(csvField('Song Junji')).toBe('Song Junji');
  });

  it('waits for a slow destination and loses nothing', async () => {
    const chunks: Buffer[] = [];
    let pending = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        pending = Math.max(pending, slow.writableLength);
        setTimeout(done, 0);
      },
    });
    await renderAttendanceCsv(demoHeader('zh'), generateRows(2000), slow);
    const lines = Buffer.concat(chunks).toString('utf8').split('\r\n');
    expect(lines).toHaveLength(2002); // header, 2000 rows, trailing empty
    expect(slow.writableFinished).toBe(true);
    // never more than one chunk (~200 rows) queued beyond the high-water mark
    expect(pending).toBeLessThan(64 * 1024);
  });

  it('gives the same bytes as a Readable', async () => {
    const rows = demoRows('zh');
    const written = await collect((out) => renderAttendanceCsv(demoHeader('zh'), fromArray(rows), out));
    const read = (await buffer(attendanceCsvReadable(demoHeader('zh'), fromArray(rows)))).toString('utf8');
    expect(read).toBe(written.toString('utf8'));
    expect(read.startsWith('\uFEFF')).toBe(true);
    expect(read).toContain('宋军继');
  });

  it('destroys the destination when the rows fail mid-way', async () => {
    async function* failing() {
      yield await Promise.resolve(demoRows('en')[0]);
      throw new Error('cursor closed');
    }
    const out = new Writable({ write: (_c, _e, done) => done() });
    await expect(renderAttendanceCsv(demoHeader('en'), failing(), out)).rejects.toThrow('cursor closed');
    expect(out.destroyed).toBe(true);
  });

  it('writes GB18030 and Shift_JIS without a BOM on request, and names text from another language in its own column', async () => {
    const zhRows = demoRows('zh');
    zhRows[1] = { ...zhRows[1], fallbacks: [{ field: 'positions', used: 'ja' }] };
    const gb = await collect((out) => renderAttendanceCsv(demoHeader('zh'), fromArray(zhRows), out, 'gb18030'));
    // 序号 in GB18030 is D0 F2 BA C5; no BOM in front
    expect([...gb.subarray(0, 4)]).toEqual([0xd0, 0xf2, 0xba, 0xc5]);
    const zhText = iconv.decode(gb, 'gb18030');
    expect(zhText.startsWith('序号,姓名,职务,单位,身份,所属方,状态,签到时间（北京时间）,外文补录\r\n')).toBe(true);
    expect(parseCsv(zhText)[2][8]).toBe('职务（日文）');

    const sjis = await collect((out) => renderAttendanceCsv(demoHeader('ja'), fromArray(demoRows('ja')), out, 'shift_jis'));
    // 順 in Shift_JIS is 8F 87
    expect([...sjis.subarray(0, 2)]).toEqual([0x8f, 0x87]);
    expect(parseCsv(iconv.decode(sjis, 'shift_jis'))[5].slice(0, 2)).toEqual(['5', '孫海生']);
  });
});
