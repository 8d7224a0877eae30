import PDFDocument from 'pdfkit';
import type { Language } from '@app/core';
import { ReportFonts } from '@app/reports';
import type { BlockKind, PlanKind } from '../seating/layout.js';
import { protocolLabels, type ProtocolLabels } from './labels.js';

/** A seat as a file prints it, already in the file's language. */
export interface OutputSeat {
  seat: number;
  /** place in order of honour within its row or table (1 = most honoured), where the plan gives one */
  rank?: number;
  /** empty string for an empty seat */
  name: string;
  /** the first position, short */
  title: string;
}

export interface OutputBlock {
  block: number;
  kind: BlockKind;
  /** in seat-number order */
  seats: OutputSeat[];
}

export interface ChartInput {
  lang: Language;
  paper: 'a4' | 'a3';
  eventTitle: string;
  /** date, venue */
  subtitle: string;
  planName: string;
  kind: PlanKind;
  blocks: OutputBlock[];
  unseated: number;
  generatedAt: string;
  author?: string | null;
}

const MARGIN = 36;
const INK = '#000000';
const GREY = '#666666';
const LIGHT = '#e8e8e8';

/** Fits one line of text into a width: the largest size from `max` down to `min`, then cut with an ellipsis. */
export function fitText(doc: PDFKit.PDFDocument, text: string, width: number, max: number, min: number): { text: string; size: number } {
  let size = max;
  doc.fontSize(size);
  while (size > min && doc.widthOfString(text) > width) {
    size -= 0.5;
    doc.fontSize(size);
  }
  let shown = text;
  while (shown.length > 1 && doc.widthOfString(shown) > width) shown = shown.slice(0, -2) + '…';
  return { text: shown, size };
}

/** Splits text into lines no wider than `width` at the current font and size: at spaces, or anywhere in CJK text. */
export function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const latin = /\s/.test(text) && !/[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(text);
  const pieces = latin ? text.split(/\s+/) : Array.from(text);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line ? (latin ? `${line} ${piece}` : line + piece) : piece;
    if (line && doc.widthOfString(next) > width) {
      lines.push(line);
      line = piece;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Writes text centred in a box on up to `lines` lines (default 2) at the largest size from `max` down to
 * `min` that fits, balancing CJK lines; cut with an ellipsis if even `min` does not. Returns the height used.
 */
export function centredLines(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  text: string,
  x: number,
  y: number,
  width: number,
  opts: { max: number; min: number; bold?: boolean; color?: string; lines?: number },
): number {
  if (!text) return 0;
  const most = opts.lines ?? 2;
  doc.font(fonts.pick(text, opts.bold));
  let size = opts.max;
  let lines: string[] = [];
  for (; size >= opts.min; size -= 0.5) {
    doc.fontSize(size);
    lines = wrapLines(doc, text, width);
    if (lines.length <= most) break;
  }
  size = Math.max(size, opts.min);
  doc.fontSize(size);
  if (lines.length > most) lines = [...lines.slice(0, most - 1), lines.slice(most - 1).join(/\s/.test(text) ? ' ' : '')];
  // balance a two-line CJK title (香港特区政府商务 / 及经济发展局局长 rather than a long line and a stub)
  if (lines.length === 2 && !/\s/.test(text)) {
    const middle = Math.ceil(Array.from(text).length / 2);
    const chars = Array.from(text);
    const balanced = [chars.slice(0, middle).join(''), chars.slice(middle).join('')];
    if (balanced.every((l) => doc.widthOfString(l) <= width)) lines = balanced;
  }
  lines.forEach((line, i) => centredLine(doc, fonts, line, x, y + i * size * 1.2, width, { ...opts, max: size }));
  return size * 1.2 * lines.length + size * 0.05;
}

/** Writes a line centred in a box, fitted to its width. */
export function centredLine(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  text: string,
  x: number,
  y: number,
  width: number,
  opts: { max: number; min: number; bold?: boolean; color?: string },
): number {
  if (!text) return 0;
  doc.font(fonts.pick(text, opts.bold));
  const fitted = fitText(doc, text, width, opts.max, opts.min);
  doc.fontSize(fitted.size).fillColor(opts.color ?? INK);
  const w = doc.widthOfString(fitted.text);
  doc.text(fitted.text, x + (width - w) / 2, y, { lineBreak: false });
  return fitted.size;
}

function blockLabel(labels: ProtocolLabels, block: OutputBlock): string {
  if (block.kind === 'table') return labels.table(block.block);
  if (block.kind === 'signing-table') return labels.signingTable;
  if (block.kind === 'witnesses') return labels.witnesses;
  return labels.row(block.block);
}

/**
 * The seating chart as the person setting the room reads it: A4 or A3 landscape, the rows drawn as seen from
 * the audience (the stage at the top, the audience at the bottom), tables from above with the entrance at the
 * bottom; each seat with its number, name and short title; the viewpoint stated under the title.
 */
export async function renderSeatingChartPdf(input: ChartInput): Promise<Buffer> {
  const labels = protocolLabels(input.lang);
  const doc = new PDFDocument({
    size: input.paper === 'a3' ? 'A3' : 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: labels.locale,
    displayTitle: true,
    info: { Title: `${input.eventTitle} — ${labels.chartTitle(input.planName)}`, ...(input.author ? { Author: input.author } : {}) },
  });
  const done = pdfBuffer(doc);
  const fonts = new ReportFonts(doc, input.lang);
  const width = doc.page.width - 2 * MARGIN;
  const left = MARGIN;
  const scale = input.paper === 'a3' ? 1.4 : 1;

  // title, subtitle, viewpoint
  let y = MARGIN;
  centredLine(doc, fonts, input.eventTitle, left, y, width, { max: 18 * scale, min: 10, bold: true });
  y += 24 * scale;
  centredLine(doc, fonts, labels.chartTitle(input.planName), left, y, width, { max: 15 * scale, min: 9, bold: true });
  y += 20 * scale;
  if (input.subtitle) {
    centredLine(doc, fonts, input.subtitle, left, y, width, { max: 10 * scale, min: 7, color: GREY });
    y += 15 * scale;
  }
  const viewpoint =
    input.kind === 'banquet' ? labels.viewpoint.tables : input.kind === 'theatre' ? labels.viewpoint.theatre : labels.viewpoint.headTable;
  doc.rect(left, y, width, 18 * scale).fill(LIGHT);
  centredLine(doc, fonts, `▲ ${viewpoint}`, left, y + 4 * scale, width, { max: 10.5 * scale, min: 7, bold: true });
  y += 26 * scale;

  const bottom = doc.page.height - MARGIN - 14;
  if (input.kind === 'banquet') drawTables(doc, fonts, labels, input.blocks, left, y, width, bottom - y - 24 * scale, scale);
  else drawRows(doc, fonts, labels, input, left, y, width, bottom - y - 28 * scale, scale);

  // the audience (or the entrance) at the bottom
  const footBand = 22 * scale;
  const footY = bottom - footBand;
  doc.rect(left, footY, width, footBand).lineWidth(0.8).dash(4, { space: 3 }).strokeColor(GREY).stroke().undash();
  const foot = input.kind === 'banquet' ? `▼ ${labels.entrance}` : `▼ ${labels.audience}`;
  centredLine(doc, fonts, foot, left, footY + 5 * scale, width, { max: 11 * scale, min: 8, bold: true, color: GREY });

  const ranked = input.kind !== 'banquet' && input.blocks.some((b) => b.seats.some((s) => s.name && s.rank));
  const note = [
    ranked ? labels.rankKey : '',
    input.unseated ? labels.unseated(input.unseated) : '',
    `${labels.generatedAt} ${input.generatedAt}`,
  ]
    .filter(Boolean)
    .join('    ');
  doc
    .font(fonts.pick(note))
    .fontSize(7.5)
    .fillColor(GREY)
    .text(note, left, bottom + 3, { width, align: 'right', lineBreak: false });
  doc.end();
  return done;
}

/** The document's bytes once it ends (protocol files are a few pages: no need to stream them). */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Rows (head table, theatre, signing table): the stage at the top; the front row (1) nearest the audience, except theatre rows which face the stage. */
function drawRows(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  labels: ProtocolLabels,
  input: ChartInput,
  left: number,
  top: number,
  width: number,
  height: number,
  scale: number,
): void {
  const labelWidth = 64 * scale;
  const stageBand = 20 * scale;
  // the stage band: for a head table the rows sit on it; for theatre rows it is in front of them
  doc.rect(left, top, width, stageBand).fill('#d9d9d9');
  centredLine(doc, fonts, input.kind === 'theatre' ? labels.stage : `${labels.stage}`, left, top + 4.5 * scale, width, {
    max: 11 * scale,
    min: 8,
    bold: true,
  });
  let y = top + stageBand + 10 * scale;
  // top to bottom: head tables and signing from the back row to the front row; theatre from the front row back
  const blocks = input.kind === 'theatre' ? input.blocks : [...input.blocks].reverse();
  const maxSeats = Math.max(1, ...blocks.map((b) => b.seats.length));
  const gap = 6 * scale;
  const seatWidth = Math.min(120 * scale, (width - labelWidth - gap * (maxSeats - 1)) / maxSeats);
  const rowGap = 12 * scale;
  const seatHeight = Math.max(
    34,
    Math.min(Math.max(84, seatWidth * 1.05) * scale, (height - stageBand - rowGap * blocks.length) / blocks.length),
  );
  const used = blocks.reduce((sum, b) => sum + seatHeight + rowGap + (b.kind === 'signing-table' ? 14 * scale : 0), 0);
  // a head table stands at the back of the stage, under its band; theatre rows and signing tables are centred
  if (input.kind !== 'head-table') y += Math.max(0, (height - stageBand - 10 * scale - used) / 2);
  // one size for every name of the chart, the largest at which the longest fits its seat
  const nameMax = Math.min(24 * scale, seatHeight / 3.6);
  const nameSize = Math.min(
    nameMax,
    ...blocks.flatMap((b) =>
      b.seats
        .filter((s) => s.name)
        .map((s) => {
          doc.font(fonts.pick(s.name, true));
          return fitText(doc, s.name, seatWidth - 8, nameMax, 6).size;
        }),
    ),
  );
  for (const block of blocks) {
    const n = block.seats.length;
    const rowWidth = n * seatWidth + (n - 1) * gap;
    const x0 = left + labelWidth + (width - labelWidth - rowWidth) / 2;
    doc
      .font(fonts.pick(blockLabel(labels, block), true))
      .fontSize(9 * scale)
      .fillColor(GREY);
    doc.text(blockLabel(labels, block), left, y + seatHeight / 2 - 6 * scale, {
      width: labelWidth - 6,
      lineBreak: true,
      height: seatHeight,
    });
    if (block.kind === 'signing-table') {
      // the table itself, in front of the two signatories
      doc.rect(x0 - 20 * scale, y + seatHeight + 2, rowWidth + 40 * scale, 10 * scale).fill('#bfbfbf');
    }
    block.seats.forEach((seat, i) => {
      const x = x0 + i * (seatWidth + gap);
      drawSeat(doc, fonts, labels, seat, x, y, seatWidth, seatHeight, scale, signatoryNote(labels, block, i), nameSize);
    });
    y += seatHeight + rowGap + (block.kind === 'signing-table' ? 14 * scale : 0);
  }
}

/** On a signing table: which signatory sits where (the guest's on the audience's left). */
function signatoryNote(labels: ProtocolLabels, block: OutputBlock, index: number): string | null {
  if (block.kind !== 'signing-table') return null;
  return index === 0 ? labels.signatory.guest : labels.signatory.host;
}

function drawSeat(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  labels: ProtocolLabels,
  seat: OutputSeat,
  x: number,
  y: number,
  w: number,
  h: number,
  scale: number,
  note: string | null,
  nameSize: number,
): void {
  const empty = !seat.name;
  doc
    .roundedRect(x, y, w, h, 4)
    .lineWidth(empty ? 0.6 : 1.1)
    .strokeColor(empty ? '#aaaaaa' : INK);
  if (empty) doc.dash(3, { space: 2 }).stroke().undash();
  else doc.stroke();
  // the seat number in a tab at the top left; a seated person's place in order of honour in a tab at the top right
  const number = labels.seat(seat.seat);
  const tabSize = Math.min(8 * scale, h / 5);
  const tabHeight = Math.min(11 * scale, h / 4);
  doc.font(fonts.pick(number, true)).fontSize(tabSize);
  const tab = doc.widthOfString(number) + 8;
  doc.rect(x, y, tab, tabHeight).fill(empty ? '#f2f2f2' : LIGHT);
  doc.fillColor(GREY).text(number, x + 4, y + 1.5, { lineBreak: false });
  if (!empty && seat.rank) {
    // the full mark (位次 1) where it fits beside the number, else the bare number
    const full = labels.rank(seat.rank);
    doc.font(fonts.pick(full, true)).fontSize(tabSize);
    const rank = doc.widthOfString(full) + 8 <= w - tab - 4 ? full : String(seat.rank);
    doc.font(fonts.pick(rank, true));
    const rankTab = doc.widthOfString(rank) + 8;
    doc.rect(x + w - rankTab, y, rankTab, tabHeight).fill(INK);
    doc.fillColor('#ffffff').text(rank, x + w - rankTab + 4, y + 1.5, { lineBreak: false });
  }
  const inner = w - 8;
  if (empty) {
    centredLine(doc, fonts, labels.emptySeat, x + 4, y + h / 2 - 5, inner, { max: 8 * scale, min: 6, color: '#999999' });
    return;
  }
  // the name and up to two lines of title, centred in the box (below the number tab)
  const titleMax = Math.min(10 * scale, h / 7);
  const nameY = y + Math.max(h * 0.2, (h - nameSize * 1.25 - titleMax * 2.4) / 2 + 4);
  centredLine(doc, fonts, seat.name, x + 4, nameY, inner, { max: nameSize, min: 6, bold: true });
  if (seat.title) {
    const lines = Math.max(2, Math.floor((y + h - (note ? 14 * scale : 4) - (nameY + nameSize + 5)) / (titleMax * 1.2)));
    centredLines(doc, fonts, seat.title, x + 4, nameY + nameSize + 5, inner, { max: titleMax, min: 5.5, lines: Math.min(lines, 4) });
  }
  if (note) centredLine(doc, fonts, note, x + 4, y + h - 12 * scale, inner, { max: 8.5 * scale, min: 5, color: GREY });
}

/** Round tables seen from above, in a grid (table 1 first), seat 1 at the top facing the entrance below, numbered clockwise. */
function drawTables(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  labels: ProtocolLabels,
  blocks: OutputBlock[],
  left: number,
  top: number,
  width: number,
  height: number,
  scale: number,
): void {
  const count = Math.max(1, blocks.length);
  let cols = Math.min(count, Math.ceil(Math.sqrt(count * (width / height))));
  let rows = Math.ceil(count / cols);
  while (cols > 1 && Math.ceil(count / (cols - 1)) === rows) cols--;
  rows = Math.ceil(count / cols);
  const cellW = width / cols;
  const cellH = height / rows;
  blocks.forEach((block, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    // the last row is centred
    const inRow = row === rows - 1 ? count - row * cols : cols;
    const cx = left + (width - inRow * cellW) / 2 + col * cellW + cellW / 2;
    const cy = top + row * cellH + cellH / 2;
    const n = block.seats.length;
    // seat labels on a ring far enough out that neighbours do not touch: R·sin(2π/n) ≥ box width
    const spread = Math.sin((2 * Math.PI) / Math.max(n, 4));
    const boxW = Math.min(92 * scale, (cellW / 2 - 6) / (1 / spread + 0.5), (cellH / 2 - 6) / (1 / spread + 0.25));
    const boxH = Math.max(16, boxW * 0.42);
    const ring = boxW / spread;
    const radius = Math.max(12, ring - boxW / 2 - 4);
    doc.circle(cx, cy, radius).lineWidth(1.2).fillAndStroke('#f4f4f4', INK);
    centredLine(doc, fonts, labels.table(block.block), cx - radius, cy - 6 * scale, radius * 2, { max: 12 * scale, min: 6, bold: true });
    block.seats.forEach((seat, k) => {
      // seat 1 at the top, then clockwise (the page's y runs downward)
      const angle = -Math.PI / 2 + (k * 2 * Math.PI) / n;
      const sx = cx + ring * Math.cos(angle);
      const sy = cy + ring * Math.sin(angle);
      doc
        .roundedRect(sx - boxW / 2, sy - boxH / 2, boxW, boxH, 3)
        .lineWidth(seat.name ? 0.8 : 0.5)
        .fillAndStroke('#ffffff', seat.name ? INK : '#aaaaaa');
      const numberText = String(seat.seat);
      doc
        .font(fonts.pick(numberText, true))
        .fontSize(Math.min(6.5 * scale, boxH / 3))
        .fillColor(GREY);
      doc.text(numberText, sx - boxW / 2 + 2, sy - boxH / 2 + 1, { lineBreak: false });
      if (!seat.name) return;
      const nameSize = Math.min(10 * scale, boxH / 2.4);
      const hasTitle = !!seat.title && boxH >= 22;
      centredLine(doc, fonts, seat.name, sx - boxW / 2 + 7, sy - (hasTitle ? nameSize * 0.9 : nameSize / 2) - 1, boxW - 9, {
        max: nameSize,
        min: 4.5,
        bold: true,
      });
      if (hasTitle)
        centredLine(doc, fonts, seat.title, sx - boxW / 2 + 3, sy + 2, boxW - 6, { max: Math.min(6 * scale, boxH / 4), min: 4 });
    });
  });
}
