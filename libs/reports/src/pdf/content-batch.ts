/**
 * Content operators of one PDF page gathered as text and added to the page in one piece.
 *
 * PDFKit turns every drawing call into its own line of content, copied byte by byte into a buffer of its own, and sets
 * each line of text through its text layout (options, the line wrapper, the string's width measured twice and its
 * glyphs once). A report row is some forty such calls. The batch writes the same operators, with PDFKit's own number
 * format and glyph encoding, into one string per row: `content-batch.spec.ts` checks that the page's content is the
 * same, byte for byte, as PDFKit's calls write (a centred line may start a millionth of a point apart: PDFKit's line
 * wrapper adds its width up word by word, each rounded).
 */

/** What this module relies on inside PDFKit: the current font object, its size and the page's font resources. */
interface PdfKitTextState {
  page: { height: number; fonts: Record<string, unknown> };
  _font: TextFont;
  _fontSize: number;
  /** the fill colour PDFKit sets again where it needs it (a wrapped text continued on a new page, an underline) */
  _fillColor?: [string, number | undefined];
}

interface TextFont {
  id: string;
  ascender: number;
  ref(): unknown;
  /** the glyph ids (four hex digits each) and positions (in thousandths of the font size) of `text` */
  encode(text: string): [string[], GlyphPosition[]];
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** PDFKit's number format (PDFObject.number): six decimals at most. */
function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** `#rrggbb` or `black` as PDFKit writes it: the device colour space, then the components over 255. */
function rgbComponents(color: string): string {
  if (color !== 'black' && !/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`ContentBatch takes #rrggbb or black, not ${color}`);
  const hex = color === 'black' ? 0 : parseInt(color.slice(1), 16);
  return [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(' ');
}

const colorCache = new Map<string, string>();

function colorOps(color: string, stroke: boolean): string {
  const key = `${stroke ? 'S' : 'f'}${color}`;
  let ops = colorCache.get(key);
  if (ops === undefined) {
    ops = stroke ? `/DeviceRGB CS\n${rgbComponents(color)} SCN\n` : `/DeviceRGB cs\n${rgbComponents(color)} scn\n`;
    colorCache.set(key, ops);
  }
  return ops;
}

export class ContentBatch {
  private content = '';

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  fillColor(color: string): this {
    this.content += colorOps(color, false);
    (this.doc as unknown as PdfKitTextState)._fillColor = [color, undefined];
    return this;
  }

  strokeColor(color: string): this {
    this.content += colorOps(color, true);
    return this;
  }

  lineWidth(width: number): this {
    this.content += `${num(width)} w\n`;
    return this;
  }

  rect(x: number, y: number, width: number, height: number): this {
    this.content += `${num(x)} ${num(y)} ${num(width)} ${num(height)} re\n`;
    return this;
  }

  moveTo(x: number, y: number): this {
    this.content += `${num(x)} ${num(y)} m\n`;
    return this;
  }

  lineTo(x: number, y: number): this {
    this.content += `${num(x)} ${num(y)} l\n`;
    return this;
  }

  /** fills the path, in `color` when given (as `doc.fill(color)`) */
  fill(color?: string): this {
    if (color) this.fillColor(color);
    this.content += 'f\n';
    return this;
  }

  stroke(): this {
    this.content += 'S\n';
    return this;
  }

  /**
   * One line of text in the document's current font and size with its top at y, never wrapped: by default as
   * `doc.text(text, x, y, { lineBreak: false })` sets it, starting at x. Aligned right or centred in `width` from x,
   * it goes where PDFKit puts a line of that width: right-aligned without its trailing spaces, centred on its whole
   * width.
   */
  text(line: string, x: number, y: number, box?: { align: 'left' | 'right' | 'center'; width: number }): this {
    if (line === '') return this;
    if (box?.align === 'right') x += box.width - this.doc.widthOfString(line.replace(/\s+$/, ''));
    if (box?.align === 'center') x += box.width / 2 - this.doc.widthOfString(line) / 2;
    // PDFKit sets the parts of a text with line breaks one after another, and places glyphs off the line (marks
    // positioned by the font) each with a text matrix of its own: such lines are left to PDFKit itself
    if (line.includes('\n')) return this.viaPdfKit(line, x, y);
    const { page, _font: font, _fontSize: size } = this.doc as unknown as PdfKitTextState;
    const [encoded, positions] = font.encode(line);
    if (positions.some((pos) => pos.xOffset || pos.yOffset)) return this.viaPdfKit(line, x, y);
    page.fonts[font.id] ??= font.ref();
    const dy = (font.ascender / 1000) * size;
    // PDFKit's runs: glyphs set together until one is kerned, whose adjustment ends the run
    let out = `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(page.height - y - dy)} Tm\n/${font.id} ${num(size)} Tf\n`;
    const commands: string[] = [];
    let last = 0;
    for (let i = 0; i < positions.length; i++) {
      const adjustment = positions[i].xAdvance - positions[i].advanceWidth;
      if (adjustment !== 0 || i === positions.length - 1) {
        commands.push(`<${encoded.slice(last, i + 1).join('')}> ${num(-adjustment)}`);
        last = i + 1;
      }
    }
    if (commands.length > 0) out += `[${commands.join(' ')}] TJ\n`;
    this.content += `${out}ET\nQ\n`;
    return this;
  }

  private viaPdfKit(line: string, x: number, y: number): this {
    this.flush();
    this.doc.text(line, x, y, { lineBreak: false });
    return this;
  }

  /** adds what was gathered to the page (before any drawing call made on the document itself) */
  flush(): void {
    if (this.content === '') return;
    this.doc.addContent(Buffer.from(this.content, 'latin1'));
    this.content = '';
  }
}
