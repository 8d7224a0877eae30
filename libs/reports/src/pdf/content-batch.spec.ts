import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ContentBatch } from './content-batch.js';
import { ReportFonts } from './report-fonts.js';

/** An uncompressed document whose bytes depend only on what is drawn. */
async function render(lang: 'zh' | 'ja', draw: (doc: PDFKit.PDFDocument, fonts: ReportFonts) => void): Promise<string> {
  const at = new Date('2024-03-25T01:00:00Z');
  const doc = new PDFDocument({ size: 'A4', compress: false, info: { CreationDate: at, ModDate: at } });
  const fonts = new ReportFonts(doc, lang);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  draw(doc, fonts);
  doc.end();
  await ended;
  return Buffer.concat(chunks).toString('latin1');
}

const LINES = [
  '参会者12345',
  '山东省科学技术厅',
  'Organization 5', // kerned pairs: runs end at each adjustment
  'AVATAR Ltd. — Wharf & Co.',
  'Dr. José Núñez', // precomposed accents
  'Cafe\u0301 Zoe\u0308', // combining marks
  '東京都 さくら ホテル',
  '东', // not in the Japanese font: set in the Chinese one
  '  leading and trailing  ',
  'two\nlines as one',
];

describe('ContentBatch', () => {
  for (const lang of ['zh', 'ja'] as const) {
    it(`writes, byte for byte, what PDFKit's own calls write (${lang})`, async () => {
      const rows = (doc: PDFKit.PDFDocument, fonts: ReportFonts, batched: boolean, align: 'right' | 'center') => {
        LINES.forEach((text, i) => {
          const y = 60 + i * 24.37;
          const ops = new ContentBatch(doc);
          if (batched) ops.rect(40, y, 515.28, 20.5).fill('#f6f6f6').fillColor('black');
          else doc.rect(40, y, 515.28, 20.5).fill('#f6f6f6').fillColor('black');
          for (const [x, size, bold] of [
            [43.5, 8.5, false],
            [301.123456789, 11.5, true],
          ] as const) {
            doc.font(fonts.pick(text, bold)).fontSize(size);
            if (batched) ops.text(text, x, y + 3.5);
            else doc.text(text, x, y + 3.5, { lineBreak: false });
          }
          // aligned in a box wide enough for the line, as PDFKit's line wrapper aligns it
          if (!text.includes('\n')) {
            doc.font(fonts.pick(text)).fontSize(7);
            if (batched) ops.text(text, 150.25, y + 2, { align, width: 140.5 });
            else doc.text(text, 150.25, y + 2, { align, width: 140.5, lineGap: 1.2, height: 20 });
          }
          if (batched) {
            ops.lineWidth(0.5).strokeColor('#9e9e9e').rect(40, y, 515.28, 20.5).stroke();
            ops
              .moveTo(159.162162, y)
              .lineTo(159.162162, y + 20.5)
              .stroke();
            ops.flush();
          } else {
            doc.lineWidth(0.5).strokeColor('#9e9e9e').rect(40, y, 515.28, 20.5).stroke();
            doc
              .moveTo(159.162162, y)
              .lineTo(159.162162, y + 20.5)
              .stroke();
          }
        });
      };
      const expected = await render(lang, (doc, fonts) => rows(doc, fonts, false, 'right'));
      const actual = await render(lang, (doc, fonts) => rows(doc, fonts, true, 'right'));
      // the cases worth checking are there: runs broken by kerning, and a second font (the fallback)
      expect(expected).toMatch(/> -?[1-9][\d.]* </);
      expect(new Set(expected.match(/\/F\d+ [\d.]+ Tf/g)).size).toBeGreaterThanOrEqual(lang === 'ja' ? 4 : 2);
      expect(actual).toBe(expected);

      // centred: PDFKit's wrapper adds up the width of a line word by word, each rounded to a millionth of a point,
      // so the line may start a millionth or two of a point from where the batch starts it
      const startsRounded = (pdf: string) =>
        pdf
          .replace(
            /^(1 0 0 1 )([\d.]+) ([\d.]+)( Tm)$/gm,
            (_, a: string, x: string, y: string, b: string) => `${a}${Number(x).toFixed(4)} ${y}${b}`,
          )
          .replace(/\/Length \d+/g, '')
          .replace(/^\d{10} 00000 n $/gm, '')
          .replace(/startxref\n\d+/, '');
      const centred = await render(lang, (doc, fonts) => rows(doc, fonts, false, 'center'));
      const centredBatch = await render(lang, (doc, fonts) => rows(doc, fonts, true, 'center'));
      expect(startsRounded(centredBatch)).toBe(startsRounded(centred));
    });
  }

  it('adds nothing for an empty line or an empty batch', async () => {
    const plain = await render('zh', () => undefined);
    const empty = await render('zh', (doc) => {
      const ops = new ContentBatch(doc);
      ops.text('', 40, 40);
      ops.flush();
    });
    expect(empty).toBe(plain);
  });
});
