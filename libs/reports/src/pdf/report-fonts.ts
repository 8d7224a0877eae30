import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Language } from '@app/core';
import { plainRun } from './plain-shaping.js';
import type { ShapedFont } from './plain-shaping.js';

type Family = 'SC' | 'JP';
type Weight = '400Regular' | '700Bold';

const require = createRequire(import.meta.url);
/** the TTF files are 5-10 MB: read each once per process; PDFKit parses them per document and embeds subsets */
const fontFiles = new Map<string, Buffer>();

function fontPath(family: Family, weight: Weight): string {
  const dir = dirname(require.resolve(`@expo-google-fonts/noto-sans-${family.toLowerCase()}/package.json`));
  return join(dir, weight, `NotoSans${family}_${weight}.ttf`);
}

function fontFile(family: Family, weight: Weight): Buffer {
  const key = `${family}/${weight}`;
  let data = fontFiles.get(key);
  if (!data) {
    data = readFileSync(fontPath(family, weight));
    fontFiles.set(key, data);
  }
  return data;
}

const ALL_FONTS: [Family, Weight][] = [
  ['SC', '400Regular'],
  ['SC', '700Bold'],
  ['JP', '400Regular'],
  ['JP', '700Bold'],
];

/**
 * Reads the font files (asynchronously) and parses them once, ahead of the first PDF: decoding a CJK font's
 * tables is one long synchronous stretch (and much garbage) that no report should spend while other
 * requests wait.
 */
export async function preloadReportFonts(): Promise<void> {
  await Promise.all(
    ALL_FONTS.map(async ([family, weight]) => {
      const key = `${family}/${weight}`;
      if (!fontFiles.has(key)) fontFiles.set(key, await readFile(fontPath(family, weight)));
    }),
  );
  for (const [family, weight] of ALL_FONTS) {
    const parsed = parsedFont(family, weight);
    if (!parsed) return;
    // touch the tables a report reads (character map, metrics, layout) so they are decoded now
    parsed.font.hasGlyphForCodePoint(0x4e00);
    parsed.font.layout('中文 日本語 English 0123');
  }
}

/** What this module relies on inside PDFKit: each document keeps its fonts in `_fontFamilies`. */
interface PdfKitFonts {
  _fontFamilies?: Record<string, unknown>;
  _fontCount?: number;
  _font?: { font: ParsedFont; constructor: EmbeddedFontClass };
}
interface ParsedFont extends CoverageFont, ShapedFont {
  layout(text: string): unknown;
}
/** PDFKit's font object of a document: lays out each new string through `layoutRun` (see plain-shaping.ts) */
interface EmbeddedFont {
  layoutRun(text: string, features?: unknown): unknown;
}
type EmbeddedFontClass = new (doc: PDFKit.PDFDocument, font: ParsedFont, id: string) => EmbeddedFont;

/** Fonts parsed once per process (fontkit), shared by every document: PDFKit would parse them again for each. */
const parsedFonts = new Map<string, { font: ParsedFont; EmbeddedFont: EmbeddedFontClass } | null>();

function parsedFont(family: Family, weight: Weight): { font: ParsedFont; EmbeddedFont: EmbeddedFontClass } | null {
  const key = `${family}/${weight}`;
  let parsed = parsedFonts.get(key);
  if (parsed === undefined) {
    const probe = new PDFDocument({ autoFirstPage: false });
    probe.registerFont('probe', fontFile(family, weight));
    probe.font('probe');
    const embedded = (probe as unknown as PdfKitFonts)._font;
    parsed =
      embedded?.font && typeof embedded.constructor === 'function' ? { font: embedded.font, EmbeddedFont: embedded.constructor } : null;
    parsedFonts.set(key, parsed);
  }
  return parsed;
}

/**
 * Registers a font with a document, reusing the process's parsed copy: the document gets its own PDFKit
 * font object (its own subset and layout cache) over the shared, read-only fontkit font.
 */
function registerFont(doc: PDFKit.PDFDocument, name: string, family: Family, weight: Weight): void {
  doc.registerFont(name, fontFile(family, weight));
  const internals = doc as unknown as PdfKitFonts;
  const parsed = parsedFont(family, weight);
  if (!parsed || !internals._fontFamilies || typeof internals._fontCount !== 'number') return;
  internals._fontCount += 1;
  const embedded = new parsed.EmbeddedFont(doc, parsed.font, `F${internals._fontCount}`);
  const shaped = embedded.layoutRun.bind(embedded);
  // text that shaping leaves as it is (Chinese and Japanese names, numbers) is laid out without the shaper
  embedded.layoutRun = (text, features) => (features ? null : plainRun(parsed.font, text)) ?? shaped(text, features);
  internals._fontFamilies[name] = embedded;
}

/** Noto Sans JP for Japanese (Japanese glyph shapes), Noto Sans SC for Chinese and English. */
export function primaryFamily(lang: Language): Family {
  return lang === 'ja' ? 'JP' : 'SC';
}

interface CoverageFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * The fonts of one report document. Text falls back to the other CJK family when the primary one lacks a
 * glyph: a Japanese report may carry a simplified-Chinese name (东, 业 are not in Noto Sans JP) when a
 * text had no Japanese version, and the other way round.
 */
export class ReportFonts {
  private readonly names: Record<'primary' | 'fallback', Record<'regular' | 'bold', string>>;
  private readonly primaryCoverage: CoverageFont;
  private readonly fallbackCoverage: CoverageFont;
  /** code point -> use the fallback family; bounded by the number of distinct characters */
  private readonly needsFallback = new Map<number, boolean>();

  constructor(doc: PDFKit.PDFDocument, lang: Language) {
    const primary = primaryFamily(lang);
    const fallback: Family = primary === 'JP' ? 'SC' : 'JP';
    this.names = {
      primary: { regular: `${primary}-Regular`, bold: `${primary}-Bold` },
      fallback: { regular: `${fallback}-Regular`, bold: `${fallback}-Bold` },
    };
    for (const [family, names] of [
      [primary, this.names.primary],
      [fallback, this.names.fallback],
    ] as const) {
      registerFont(doc, names.regular, family, '400Regular');
      registerFont(doc, names.bold, family, '700Bold');
    }
    this.fallbackCoverage = coverageOf(doc, this.names.fallback.regular);
    this.primaryCoverage = coverageOf(doc, this.names.primary.regular);
  }

  /** The registered font name to set text in (regular and bold have the same coverage). */
  pick(text: string, bold = false): string {
    const weight = bold ? 'bold' : 'regular';
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (codePoint < 0x2e80) continue; // below the CJK blocks both families agree
      let fallback = this.needsFallback.get(codePoint);
      if (fallback === undefined) {
        fallback = !this.primaryCoverage.hasGlyphForCodePoint(codePoint) && this.fallbackCoverage.hasGlyphForCodePoint(codePoint);
        this.needsFallback.set(codePoint, fallback);
      }
      if (fallback) return this.names.fallback[weight];
    }
    return this.names.primary[weight];
  }
}

/** PDFKit keeps the parsed font (fontkit) on the current font object; it is the only way to ask for coverage. */
function coverageOf(doc: PDFKit.PDFDocument, name: string): CoverageFont {
  doc.font(name);
  const font = (doc as unknown as { _font?: { font?: CoverageFont } })._font?.font;
  if (!font || typeof font.hasGlyphForCodePoint !== 'function') {
    return { hasGlyphForCodePoint: () => true };
  }
  return font;
}
