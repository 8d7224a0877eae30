/**
 * Glyph layout without shaping for text that shaping would leave as it is.
 *
 * PDFKit lays out each new string with fontkit's OpenType shaper: a plan, a script, the lookups of the default
 * features run over the glyphs. For a report of 50,000 names and row numbers that is most of the cost of setting its
 * text, and for Chinese and Japanese names it changes nothing: a lookup only acts at a glyph its coverage lists, and
 * ideographs, kana and digits are in none of the lookups these fonts run for Han, kana and script-less text. So a
 * string made only of such characters is laid out here as fontkit would lay it out (each character's glyph from the
 * character map, advanced by its width), and any other string is shaped by fontkit as before.
 * `plain-shaping.spec.ts` compares the two, glyph by glyph, over every character and over names.
 */

/** The fontkit font, as far as this module reads it. */
export interface ShapedFont {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): FontGlyph;
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  /** present when the font has the tables fontkit lays out otherwise (AAT, the old kerning table) */
  morx?: unknown;
  kern?: unknown;
}

interface FontGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface LayoutTable {
  /** present in a variable font whose features change with its axes */
  featureVariations?: unknown;
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(index: number): { subTables: Record<string, unknown>[] } };
}

type Coverage = { version: 1; glyphs: number[] } | { version: 2; rangeRecords: { start: number; end: number }[] };
type ClassDef =
  | { version: 1; startGlyph: number; classValueArray: number[] }
  | { version: 2; classRangeRecord: { start: number; end: number; class: number }[] };

/** A glyph run as PDFKit's EmbeddedFont.layoutRun answers it (positions in thousandths of the font size). */
export interface PlainRun {
  glyphs: FontGlyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  readonly advanceWidth: number;
}

/** the features fontkit's default shaper asks for, whatever the text (fontkit 2: DefaultShaper) */
const DEFAULT_FEATURES = new Set([
  'rvrn',
  'ltra',
  'ltrm',
  'frac',
  'numr',
  'dnom',
  'ccmp',
  'locl',
  'rlig',
  'mark',
  'mkmk',
  'calt',
  'clig',
  'liga',
  'rclt',
  'curs',
  'kern',
]);
/**
 * The script tags fontkit picks for text of Han, Hiragana, Katakana and common characters (the first character of a
 * script of its own decides; text of common characters alone is 'zzzz'); a tag the font lacks falls back to these.
 */
const SCRIPT_TAGS = ['hani', 'hira', 'kana', 'zzzz'];
const FALLBACK_SCRIPT_TAGS = ['DFLT', 'dflt', 'latn'];
/**
 * Latin-1 without the soft hyphen, CJK symbols and kana, the unified ideographs and the full- and half-width forms:
 * characters of scripts whose shaping neither joins nor reorders them (a regular expression's character class).
 */
export const SIMPLE_CHARACTERS = '\\u0020-\\u007e\\u00a0-\\u00ac\\u00ae-\\u00ff\\u3000-\\u30ff\\u4e00-\\u9fff\\uff00-\\uffef';
/**
 * Characters that may be laid out plainly when their glyph is in no lookup: the simple characters of the Han, kana
 * or common script (so Latin letters, which are shaped under the Latin script, are not), and no combining marks.
 */
const CANDIDATE = new RegExp(`^[${SIMPLE_CHARACTERS}]$`);
const OWN_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Common}]$/u;
const MARK = /^\p{M}$/u;

function coveredGlyphs(font: ShapedFont): Set<number> | null {
  if (!font.GSUB || !font.GPOS || font.morx || font.kern || font.GSUB.featureVariations || font.GPOS.featureVariations) return null;
  const covered = new Set<number>();
  for (const table of [font.GSUB, font.GPOS]) {
    const scripts = new Map(table.scriptList.map((entry) => [entry.tag, entry.script]));
    const fallback = FALLBACK_SCRIPT_TAGS.map((tag) => scripts.get(tag)).find((script) => script);
    const lookups = new Set<number>();
    for (const tag of SCRIPT_TAGS) {
      const script = scripts.get(tag) ?? fallback;
      for (const index of script?.defaultLangSys?.featureIndexes ?? []) {
        const record = table.featureList[index];
        if (DEFAULT_FEATURES.has(record.tag)) for (const lookup of record.feature.lookupListIndexes) lookups.add(lookup);
      }
    }
    for (const index of lookups) {
      for (const subTable of table.lookupList.get(index).subTables) {
        // an extension lookup holds the real subtable; every coverage it has counts (the first glyph's decides
        // where a lookup may act; the others, of context and marks, are listed too, to be safe)
        const real = (subTable.extension as Record<string, unknown> | undefined) ?? subTable;
        for (const [key, value] of Object.entries(real)) {
          if (!/coverage/i.test(key)) continue;
          for (const coverage of (Array.isArray(value) ? value : [value]) as (Coverage | null)[]) addCoverage(covered, coverage);
        }
      }
    }
  }
  return covered;
}

function addCoverage(covered: Set<number>, coverage: Coverage | null): void {
  if (!coverage) return;
  if (coverage.version === 1) {
    for (const glyph of coverage.glyphs) covered.add(glyph);
  } else {
    for (const range of coverage.rangeRecords) for (let glyph = range.start; glyph <= range.end; glyph++) covered.add(glyph);
  }
}

function glyphClass(classDef: ClassDef | undefined, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) return classDef.classValueArray[glyph - classDef.startGlyph] ?? 0;
  return classDef.classRangeRecord.find((range) => range.start <= glyph && glyph <= range.end)?.class ?? 0;
}

interface PlainGlyphs {
  /** the glyphs some lookup may act on; null: the font is left to the shaper */
  covered: Set<number> | null;
  /** by code point: its glyph when it needs no shaping, else null */
  glyphs: Map<number, FontGlyph | null>;
}

/** Per font, what plainGlyph found so far. */
const plainGlyphs = new WeakMap<ShapedFont, PlainGlyphs>();

function plainGlyphsOf(font: ShapedFont): PlainGlyphs {
  let entry = plainGlyphs.get(font);
  if (!entry) {
    entry = { covered: coveredGlyphs(font), glyphs: new Map() };
    plainGlyphs.set(font, entry);
  }
  return entry;
}

function plainGlyph(font: ShapedFont, entry: PlainGlyphs, char: string): FontGlyph | null {
  const codePoint = char.codePointAt(0) ?? 0;
  let glyph = entry.glyphs.get(codePoint);
  if (glyph === undefined) {
    glyph = null;
    if (entry.covered && CANDIDATE.test(char) && OWN_SCRIPT.test(char) && !MARK.test(char)) {
      const found = font.glyphForCodePoint(codePoint);
      // a mark (GDEF class 3) would have its advance zeroed; a glyph fontkit first made for another character (a
      // hyphen's for the soft hyphen) is hidden or kept by that character: left to the shaper
      const own = found.codePoints.length === 1 && found.codePoints[0] === codePoint;
      if (own && !entry.covered.has(found.id) && glyphClass(font.GDEF?.glyphClassDef, found.id) !== 3) glyph = found;
    }
    entry.glyphs.set(codePoint, glyph);
  }
  return glyph;
}

/**
 * `text` laid out as PDFKit's EmbeddedFont.layoutRun lays it out (fontkit's run, positions scaled to thousandths of
 * the font size), when no character of it needs shaping; null otherwise.
 */
export function plainRun(font: ShapedFont, text: string): PlainRun | null {
  const entry = plainGlyphsOf(font);
  const scale = 1000 / font.unitsPerEm;
  const glyphs: FontGlyph[] = [];
  const positions: PlainRun['positions'] = [];
  for (const char of text) {
    const glyph = plainGlyph(font, entry, char);
    if (!glyph) return null;
    glyphs.push(glyph);
    const advance = glyph.advanceWidth * scale;
    positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
  }
  return {
    glyphs,
    positions,
    // fontkit's GlyphRun adds the advances up when asked
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  };
}
