import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { plainRun } from './plain-shaping.js';
import type { PlainRun, ShapedFont } from './plain-shaping.js';
import { ReportFonts } from './report-fonts.js';

interface EmbeddedFont {
  font: ShapedFont;
  layoutRun(text: string): PlainRun;
}

/** The four report fonts of a document, each with PDFKit's own (shaping) layout beside it. */
function reportFonts(): { name: string; font: ShapedFont; shaped: (text: string) => PlainRun }[] {
  const doc = new PDFDocument({ autoFirstPage: false });
  new ReportFonts(doc, 'zh');
  const families = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies;
  return ['SC-Regular', 'SC-Bold', 'JP-Regular', 'JP-Bold'].map((name) => {
    const embedded = families[name];
    const pdfKitLayout = Object.getPrototypeOf(embedded) as EmbeddedFont;
    return { name, font: embedded.font, shaped: (text: string) => pdfKitLayout.layoutRun.call(embedded, text) };
  });
}

const simple = (run: PlainRun) => ({
  glyphs: run.glyphs.map((glyph) => [glyph.id, glyph.codePoints]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  advanceWidth: run.advanceWidth,
});

function charactersOf(ranges: [number, number][]): string[] {
  const chars: string[] = [];
  for (const [from, to] of ranges) for (let codePoint = from; codePoint <= to; codePoint++) chars.push(String.fromCodePoint(codePoint));
  return chars;
}

/**
 * Lays out each text plainly and, where it is taken, compares it with the shaper's layout; answers how many were
 * taken.
 */
function takenAsShaped(name: string, font: ShapedFont, shaped: (text: string) => PlainRun, texts: readonly string[]): number {
  let taken = 0;
  for (const text of texts) {
    const plain = plainRun(font, text);
    if (!plain) continue;
    taken++;
    const expected = simple(shaped(text));
    if (JSON.stringify(simple(plain)) !== JSON.stringify(expected)) expect(simple(plain), `${name} ${text}`).toEqual(expected);
  }
  return taken;
}

describe('plain layout', () => {
  const fonts = reportFonts();

  it('lays out every character it takes exactly as the shaper does, and takes the ideographs and digits', () => {
    const all = charactersOf([
      [0x20, 0x7e],
      [0xa0, 0xff],
      [0x3000, 0x30ff],
      [0x4e00, 0x9fff],
      [0xff00, 0xffef],
    ]);
    for (const { name, font, shaped } of fonts) {
      const taken = takenAsShaped(name, font, shaped, all);
      // the font's ideographs (over 12,000 in either family) and the digits are taken
      expect(taken, name).toBeGreaterThan(12_000);
      for (const char of '0123456789中国日本語東京さ，。、（）') expect(plainRun(font, char), `${name} ${char}`).not.toBeNull();
    }
  });

  it('lays out names, numbers and mixed text as the shaper does', () => {
    const pieces = charactersOf([
      [0x30, 0x39],
      [0x3001, 0x3002],
      [0x3041, 0x3096],
      [0x30a1, 0x30fc],
      [0x4e00, 0x4fff],
      [0x738b, 0x738b],
      [0xff08, 0xff09],
    ])
      .concat([' ', '-', '.', '(', ')', '·', '・', '　'])
      // characters all four fonts have (a report sets each text in a font that has its characters)
      .filter((char) => fonts.every(({ font }) => font.glyphForCodePoint(char.codePointAt(0) ?? 0).id !== 0));
    // a fixed walk over the pieces (no randomness): 4,000 strings of two to nine characters
    const texts = ['参会者12345', '王小明', '欧阳明', '田中 太郎', 'さくら（東京）', '12345', '2024-03-26 09:12', '第1页 共5页'];
    for (let i = 0; texts.length < 4_000; i++) {
      let text = '';
      for (let k = 0; k < 2 + (i % 8); k++) text += pieces[(i * 7919 + k * 104_729) % pieces.length];
      texts.push(text);
    }
    for (const { name, font, shaped } of fonts) {
      const taken = takenAsShaped(name, font, shaped, texts);
      expect(taken, name).toBeGreaterThan(1_000);
    }
  });

  it('leaves text the shaper may change to the shaper: Latin letters (kerned; digits of another form), marks, kana it composes', () => {
    for (const { font } of fonts) {
      for (const text of ['Organization 5', 'AV', 'Zhang Wei', '参会者 A', 'か\u3099', 'は', 'Cafe\u0301', '09:12']) {
        expect(plainRun(font, text), text).toBeNull();
      }
    }
  });
});
