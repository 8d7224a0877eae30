import { boundedCellText } from '../format/bounded-text.js';
import { ContentBatch } from './content-batch.js';
import type { FlowBlock } from './page-flow.js';
import { SIMPLE_CHARACTERS } from './plain-shaping.js';
import type { ReportFonts } from './report-fonts.js';

export interface PdfColumn {
  title: string;
  /** relative width; columns without `fit` share what the fitted ones leave, in proportion */
  weight: number;
  /** a column just wide enough for the widest of these texts (and the longest word of its title) */
  fit?: readonly string[];
  align?: 'left' | 'center' | 'right';
}

export interface PdfTableStyle {
  fontSize: number;
  headerFontSize: number;
  paddingX: number;
  paddingY: number;
  lineGap: number;
  /** extra space after each line break inside a cell, so that several positions read as separate entries */
  paragraphGap: number;
  /** smallest row height, e.g. room for a signature */
  minRowHeight: number;
  ruleColor: string;
  headerFill: string;
  zebraFill: string | null;
  groupFill: string;
  verticalAlign: 'top' | 'middle';
}

export const DEFAULT_TABLE_STYLE: PdfTableStyle = {
  fontSize: 8.5,
  headerFontSize: 8.5,
  paddingX: 3.5,
  paddingY: 3.5,
  lineGap: 1.2,
  paragraphGap: 2,
  minRowHeight: 0,
  ruleColor: '#9e9e9e',
  headerFill: '#e6e6e6',
  zebraFill: '#f6f6f6',
  groupFill: '#eeeeee',
  verticalAlign: 'top',
};

/**
 * Wrapped heights already measured, by font, size, width, gaps and text: the same for every document, so both passes
 * of a report (and the next report) measure an organization, a position or a status once, not on every row. Emptied
 * when full, so it stays small however many distinct names pass through.
 */
const measuredHeights = new Map<string, Map<string, number>>();
/** The width of each character set alone, by font and size (emptied when full, like the heights). */
const charWidths = new Map<string, Map<string, number>>();
/** entries kept per font, size and width */
const KEPT = 10_000;

function keptMap(maps: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let map = maps.get(key);
  if (!map) {
    map = new Map();
    maps.set(key, map);
  }
  return map;
}
/** A line of simple characters only is as wide as its characters (give or take kerning). */
const SIMPLE_LINE = new RegExp(`^[${SIMPLE_CHARACTERS}]+$`);
/** kerning and ligatures change a line's width by far less than a tenth */
const KERNING_SLACK = 1.1;

/** Measures and draws table rows on one document; heights come from the wrapped text (heightOfString). */
export class PdfTable {
  readonly widths: number[];
  readonly width: number;
  private readonly maxFitWidth: number;
  /** by column, then font and size: the maps of measuredHeights that the column's cells use */
  private readonly columnHeights: Map<string, Map<string, number>>[] = [];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: ReportFonts,
    private readonly x: number,
    width: number,
    private readonly columns: readonly PdfColumn[],
    private readonly style: PdfTableStyle = DEFAULT_TABLE_STYLE,
  ) {
    this.maxFitWidth = width / 5;
    const fitted = columns.map((c) => (c.fit ? this.fitWidth(c) : null));
    const left = width - fitted.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    const total = columns.reduce((sum, c, i) => sum + (fitted[i] === null ? c.weight : 0), 0);
    this.widths = columns.map((c, i) => fitted[i] ?? (c.weight / total) * left);
    this.width = width;
  }

  private fitWidth(column: PdfColumn): number {
    const { doc, style } = this;
    let widest = 0;
    for (const text of column.fit ?? []) {
      doc.font(this.fonts.pick(text)).fontSize(style.fontSize);
      widest = Math.max(widest, doc.widthOfString(text));
    }
    // a title set on several lines keeps each line whole; otherwise it may wrap between words
    for (const word of column.title.includes('\n') ? column.title.split('\n') : column.title.split(/\s+/)) {
      doc.font(this.fonts.pick(word, true)).fontSize(style.headerFontSize);
      widest = Math.max(widest, doc.widthOfString(word));
    }
    // a fitted column never takes more than a fifth of the table (a long free-text value wraps instead); the
    // kerning slack lets its texts pass fitsOneLine instead of being shaped one by one (a row number is unique)
    return Math.min(Math.ceil(widest * KERNING_SLACK + 2 * style.paddingX + 1), this.maxFitWidth);
  }

  headerBlock(): FlowBlock {
    const { doc, style } = this;
    const titles = this.columns.map((c) => c.title);
    const cellHeights = this.measure(titles, true, style.headerFontSize);
    const height = rowHeight(cellHeights, style.paddingY);
    return {
      height,
      inTable: true,
      draw: (y) => {
        const ops = new ContentBatch(doc).rect(this.x, y, this.width, height).fill(style.headerFill);
        this.drawTexts(ops, titles, cellHeights, y, height, true, style.headerFontSize, true);
        this.drawRules(ops, y, height);
        ops.flush();
      },
    };
  }

  /** One table row; each cell's text is bounded (see boundedCellText) so that a row costs little and fits a page. */
  rowBlock(cellTexts: readonly string[], shaded: boolean): FlowBlock {
    const { doc, style } = this;
    const texts = cellTexts.map((text) => boundedCellText(text));
    const cellHeights = this.measure(texts, false, style.fontSize);
    const height = Math.max(style.minRowHeight, rowHeight(cellHeights, style.paddingY));
    return {
      height,
      inTable: true,
      draw: (y) => {
        const ops = new ContentBatch(doc);
        if (shaded && style.zebraFill) ops.rect(this.x, y, this.width, height).fill(style.zebraFill);
        this.drawTexts(ops, texts, cellHeights, y, height, false, style.fontSize, false);
        this.drawRules(ops, y, height);
        ops.flush();
      },
    };
  }

  /** A full-width row, e.g. an organization heading or "no attendees". */
  spanningBlock(fullText: string, options: { bold: boolean; fill: string | null }): FlowBlock {
    const { doc, style } = this;
    const text = boundedCellText(fullText);
    const font = this.fonts.pick(text, options.bold);
    const innerWidth = this.width - 2 * style.paddingX;
    doc.font(font).fontSize(style.fontSize);
    const height = this.textHeight(text, innerWidth, font, style.fontSize) + 2 * style.paddingY;
    return {
      height,
      inTable: true,
      draw: (y) => {
        if (options.fill) doc.rect(this.x, y, this.width, height).fill(options.fill);
        doc.fillColor('black').font(font).fontSize(style.fontSize);
        doc.text(text, this.x + style.paddingX, y + style.paddingY, {
          width: innerWidth,
          height: height - style.paddingY,
          lineGap: style.lineGap,
        });
        doc.lineWidth(0.5).strokeColor(style.ruleColor).rect(this.x, y, this.width, height).stroke();
      },
    };
  }

  /** height of `text` wrapped to `width` in `font` at `size`, both set (at least one line, no trailing gap) */
  private textHeight(text: string, width: number, font: string, size: number): number {
    const { doc, style } = this;
    const lineHeight = doc.currentLineHeight(true);
    if (text === '') return lineHeight;
    // heightOfString counts the line and paragraph gap after the last line too; the padding stands for it
    const measured = this.fitsOneLine(text, width, font, size)
      ? // what heightOfString adds up for one line, in its order (so the sum is the same to the last bit)
        doc.y + (lineHeight + style.lineGap) + style.paragraphGap - doc.y
      : doc.heightOfString(text, { width, lineGap: style.lineGap, paragraphGap: style.paragraphGap });
    return Math.max(lineHeight, measured - style.lineGap - style.paragraphGap);
  }

  /**
   * True when `text` surely sets on one line of `width`, known without shaping it (PDFKit shapes each new string
   * afresh, the dearest part of measuring a unique name): text of simple scripts only, whose characters' own widths
   * add up, with room to spare for kerning, to less than the width. Anything else is measured in full.
   */
  private fitsOneLine(text: string, width: number, font: string, size: number): boolean {
    if (!SIMPLE_LINE.test(text)) return false;
    const widths = keptMap(charWidths, `${font}\u0000${size}`);
    let sum = 0;
    for (const char of text) {
      let charWidth = widths.get(char);
      if (charWidth === undefined) {
        charWidth = this.doc.widthOfString(char);
        if (widths.size >= KEPT) widths.clear();
        widths.set(char, charWidth);
      }
      sum += charWidth;
    }
    return sum * KERNING_SLACK + 1 <= width;
  }

  /** the wrapped text height of each cell */
  private measure(texts: readonly string[], bold: boolean, size: number): number[] {
    const { doc, style } = this;
    return texts.map((text, i) => {
      const font = this.fonts.pick(text, bold);
      const width = this.widths[i] - 2 * style.paddingX;
      const heights = this.heightsOf(i, font, size);
      let height = heights.get(text);
      if (height === undefined) {
        doc.font(font).fontSize(size);
        height = this.textHeight(text, width, font, size);
        if (heights.size >= KEPT) heights.clear();
        heights.set(text, height);
      }
      return height;
    });
  }

  /**
   * The measured heights of column `column`'s texts in `font` at `size` (the shared map, found once per table and
   * not by a key written out for every cell).
   */
  private heightsOf(column: number, font: string, size: number): Map<string, number> {
    const key = `${font}\u0000${size}`;
    const found = this.columnHeights[column]?.get(key);
    if (found) return found;
    const { style } = this;
    const width = this.widths[column] - 2 * style.paddingX;
    const heights = keptMap(measuredHeights, `${key}\u0000${width}\u0000${style.lineGap}\u0000${style.paragraphGap}`);
    (this.columnHeights[column] ??= new Map()).set(key, heights);
    return heights;
  }

  /** Sets each cell's text: a one-line cell through the batch, a wrapped one by PDFKit's line wrapper. */
  private drawTexts(
    ops: ContentBatch,
    texts: readonly string[],
    cellHeights: readonly number[],
    y: number,
    height: number,
    bold: boolean,
    size: number,
    header: boolean,
  ): void {
    const { doc, style } = this;
    ops.fillColor('black');
    let x = this.x;
    texts.forEach((text, i) => {
      const width = this.widths[i];
      if (text !== '') {
        const middle = header || style.verticalAlign === 'middle';
        doc.font(this.fonts.pick(text, bold)).fontSize(size);
        const offset = middle ? Math.max(0, (height - 2 * style.paddingY - cellHeights[i]) / 2) : 0;
        const align = header ? 'center' : (this.columns[i].align ?? 'left');
        const left = x + style.paddingX;
        const top = y + style.paddingY + offset;
        const innerWidth = width - 2 * style.paddingX;
        // a one-line cell is set as one line, as PDFKit's line wrapper would set it, without the wrapper's work
        // (a header title is set by the wrapper: it may break at the newlines its text has)
        if (!header && cellHeights[i] < 1.5 * doc.currentLineHeight(true)) {
          ops.text(text, left, top, { align, width: innerWidth });
        } else {
          ops.flush();
          doc.text(text, left, top, {
            width: innerWidth,
            // explicit height: text never spills onto a new page, a too-tall cell is clipped instead
            height: height - style.paddingY - offset,
            lineGap: style.lineGap,
            paragraphGap: style.paragraphGap,
            align,
          });
        }
      }
      x += width;
    });
  }

  private drawRules(ops: ContentBatch, y: number, height: number): void {
    const { style } = this;
    ops.lineWidth(0.5).strokeColor(style.ruleColor);
    ops.rect(this.x, y, this.width, height).stroke();
    let x = this.x;
    for (let i = 0; i < this.widths.length - 1; i++) {
      x += this.widths[i];
      ops
        .moveTo(x, y)
        .lineTo(x, y + height)
        .stroke();
    }
  }
}

function rowHeight(cellHeights: readonly number[], paddingY: number): number {
  return Math.ceil(Math.max(0, ...cellHeights) + 2 * paddingY);
}
