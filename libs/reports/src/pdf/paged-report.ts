import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { AttendanceRow, ReportHeader } from '../attendance-row.js';
import { boundedCellText } from '../format/bounded-text.js';
import { endOutput, OutputClosedError, renderTo, waitForDrain } from '../format/output-stream.js';
import { headerLines } from '../format/report-text.js';
import type { FallbackNotes } from '../format/report-text.js';
import { TimeSlicer } from '../format/time-slice.js';
import type { ReportLabels } from '../labels/index.js';
import { PageFlow } from './page-flow.js';
import { PdfTable } from './pdf-table.js';
import type { PdfColumn, PdfTableStyle } from './pdf-table.js';
import type { FlowBlock, PageFurniture } from './page-flow.js';
import { ReportFonts } from './report-fonts.js';

/**
 * Opens a fresh pass over the rows. PDF reports read the rows twice (see renderPagedReport),
 * so the caller passes a factory, e.g. one that opens a new database cursor on the same snapshot.
 */
export type AttendanceRowsFactory = () => AsyncIterable<AttendanceRow>;

/** A4 portrait, points */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 42, bottom: 54, left: 40, right: 40 };
export const CONTENT_LEFT = MARGIN.left;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const GREY = '#555555';
/** rows between trims of PDFKit's per-string glyph layout cache, which would otherwise grow with every new name */
const ROWS_BETWEEN_CACHE_TRIMS = 500;

export interface PagedReportPass {
  doc: PDFKit.PDFDocument;
  flow: PageFlow;
  table: PdfTable;
  fonts: ReportFonts;
  labels: ReportLabels;
  /**
   * Await after each row: keeps memory flat (waits while the destination is full), lets other requests run
   * between short slices of layout work, and stops the render once the destination is closed.
   */
  rowDone: () => Promise<void>;
}

/**
 * Renders a paginated PDF in two passes without buffering pages:
 *  1. a layout pass measures every block (heightOfString on a document that is never written) and counts pages;
 *  2. the drawing pass lays out the same blocks with the same code, draws them and writes each page to `out`
 *     as soon as the next one opens, printing "n / N" in the footer from the count of pass 1.
 * `content` is called once per pass with a fresh iteration of the rows; it must place the same blocks both times.
 * Ends `out` when done.
 */
export async function renderPagedReport(
  fullHeader: ReportHeader,
  labels: ReportLabels,
  reportTitle: string,
  table: { columns: readonly PdfColumn[]; style: PdfTableStyle },
  rowsFactory: AttendanceRowsFactory,
  out: Writable,
  content: (pass: PagedReportPass, rows: AsyncIterable<AttendanceRow>) => Promise<void>,
): Promise<void> {
  const header = boundedHeader(fullHeader);
  await renderTo(out, async () => {
    // pass 1: layout only
    const { doc: ruler, fonts: rulerFonts } = createReportDocument(header, labels, reportTitle, true);
    const rulerTable = new PdfTable(ruler, rulerFonts, CONTENT_LEFT, CONTENT_WIDTH, table.columns, table.style);
    const layout = new PageFlow(furniture(ruler, rulerFonts, rulerTable, header, labels, reportTitle), {
      top: MARGIN.top,
      bottom: PAGE.height - MARGIN.bottom,
      drawing: false,
      addPage: () => undefined,
    });
    let measured = 0;
    const slicer = new TimeSlicer();
    await content(
      {
        doc: ruler,
        flow: layout,
        table: rulerTable,
        fonts: rulerFonts,
        labels,
        rowDone: async () => {
          if (++measured % ROWS_BETWEEN_CACHE_TRIMS === 0) trimLayoutCaches(ruler);
          if (!slicer.due) return;
          // nothing is written in this pass: notice here that the download was closed or timed out
          if (out.destroyed) throw new OutputClosedError();
          await slicer.pause();
        },
      },
      rowsFactory(),
    );
    const pageCount = Math.max(1, layout.pageCount);

    // pass 2: draw and stream
    const { doc, fonts } = createReportDocument(header, labels, reportTitle, false);
    doc.on('data', (chunk: Uint8Array) => out.write(chunk));
    const ended = once(doc, 'end');
    const docTable = new PdfTable(doc, fonts, CONTENT_LEFT, CONTENT_WIDTH, table.columns, table.style);
    const flow = new PageFlow(furniture(doc, fonts, docTable, header, labels, reportTitle), {
      top: MARGIN.top,
      bottom: PAGE.height - MARGIN.bottom,
      drawing: true,
      pageCount,
      addPage: () => doc.addPage(),
    });
    let drawn = 0;
    await content(
      {
        doc,
        flow,
        table: docTable,
        fonts,
        labels,
        rowDone: async () => {
          if (++drawn % ROWS_BETWEEN_CACHE_TRIMS === 0) trimLayoutCaches(doc);
          await slicer.pause();
          await waitForDrain(out);
        },
      },
      rowsFactory(),
    );
    if (flow.pageCount === 0) flow.place([blankBlock(0, false)]);
    doc.end();
    await ended;
    await endOutput(out);
  });
}

function createReportDocument(
  header: ReportHeader,
  labels: ReportLabels,
  reportTitle: string,
  measuring: boolean,
): { doc: PDFKit.PDFDocument; fonts: ReportFonts } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    // the layout pass needs a page to measure on; the drawing pass opens its own
    autoFirstPage: measuring,
    bufferPages: false,
    lang: labels.locale,
    displayTitle: true,
    info: {
      Title: `${header.eventTitle} — ${reportTitle}`,
      ...(header.author ? { Author: header.author } : {}),
      CreationDate: header.generatedAt,
      ModDate: header.generatedAt,
    },
  });
  const fonts = new ReportFonts(doc, header.lang);
  doc.font(fonts.pick(''));
  return { doc, fonts };
}

/** The title block's texts, bounded like table cells. */
function boundedHeader(header: ReportHeader): ReportHeader {
  const bounded = (text: string | null) => (text === null ? null : boundedCellText(text));
  return {
    ...header,
    eventTitle: boundedCellText(header.eventTitle),
    venue: bounded(header.venue),
    city: bounded(header.city),
    filterNote: bounded(header.filterNote),
  };
}

/** PDFKit caches the glyph layout of every distinct string; for 50,000 names that is memory that only grows. */
function trimLayoutCaches(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies;
  for (const font of Object.values(families ?? {})) {
    if (font.layoutCache) font.layoutCache = Object.create(null) as object;
  }
}

export function blankBlock(height: number, inTable: boolean): FlowBlock {
  return { height, inTable, draw: () => undefined };
}

function furniture(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  table: PdfTable,
  header: ReportHeader,
  labels: ReportLabels,
  reportTitle: string,
): PageFurniture {
  return {
    firstPageHeader: titleBlock(doc, fonts, header, labels, reportTitle),
    laterPageHeader: runningHeader(doc, fonts, header, reportTitle),
    tableHeader: table.headerBlock(),
    footer: (n, total) => {
      const text = labels.page(n, total);
      doc.font(fonts.pick(text)).fontSize(8).fillColor(GREY);
      doc.text(text, CONTENT_LEFT, PAGE.height - MARGIN.bottom + 18, {
        width: CONTENT_WIDTH,
        height: 14,
        align: 'center',
      });
      doc.fillColor('black');
    },
  };
}

/** Event title centred, report title under it, then date, venue, filter and generated-at lines. */
function titleBlock(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  header: ReportHeader,
  labels: ReportLabels,
  reportTitle: string,
): FlowBlock {
  const width = CONTENT_WIDTH;
  const labelWidth = labels.locale === 'en' ? 62 : 52;
  const lines = headerLines(header, labels);
  doc.font(fonts.pick(header.eventTitle, true)).fontSize(15);
  const titleHeight = doc.heightOfString(header.eventTitle, { width, align: 'center', lineGap: 2 });
  doc.font(fonts.pick(reportTitle, true)).fontSize(11.5);
  const subtitleHeight = doc.heightOfString(reportTitle, { width, align: 'center' });
  const lineHeights = lines.map(([, value]) => {
    doc.font(fonts.pick(value)).fontSize(8.5);
    return doc.heightOfString(value, { width: width - labelWidth, lineGap: 1 });
  });
  const gapAfterTitle = 4;
  const gapAfterSubtitle = 12;
  const gapAfterLines = 12;
  const height = titleHeight + gapAfterTitle + subtitleHeight + gapAfterSubtitle + lineHeights.reduce((a, b) => a + b, 0) + gapAfterLines;
  return {
    height,
    inTable: false,
    draw: (top) => {
      let y = top;
      doc.fillColor('black').font(fonts.pick(header.eventTitle, true)).fontSize(15);
      doc.text(header.eventTitle, CONTENT_LEFT, y, { width, align: 'center', lineGap: 2, height: titleHeight + 1 });
      y += titleHeight + gapAfterTitle;
      doc.font(fonts.pick(reportTitle, true)).fontSize(11.5);
      doc.text(reportTitle, CONTENT_LEFT, y, { width, align: 'center', height: subtitleHeight + 1 });
      y += subtitleHeight + gapAfterSubtitle;
      lines.forEach(([label, value], i) => {
        doc.font(fonts.pick(label, true)).fontSize(8.5).fillColor(GREY);
        doc.text(label, CONTENT_LEFT, y, { width: labelWidth - 4, height: lineHeights[i] + 1, lineBreak: false });
        doc.font(fonts.pick(value)).fillColor('black');
        doc.text(value, CONTENT_LEFT + labelWidth, y, { width: width - labelWidth, lineGap: 1, height: lineHeights[i] + 1 });
        y += lineHeights[i];
      });
    },
  };
}

/** Later pages: event and report title in small grey type over a thin rule. */
function runningHeader(doc: PDFKit.PDFDocument, fonts: ReportFonts, header: ReportHeader, reportTitle: string): FlowBlock {
  const height = 20;
  const text = `${header.eventTitle}\u3000${reportTitle}`;
  return {
    height,
    inTable: false,
    draw: (top) => {
      doc.font(fonts.pick(text)).fontSize(7.5).fillColor(GREY);
      doc.text(text, CONTENT_LEFT, top, {
        width: CONTENT_WIDTH,
        height: 11,
        ellipsis: true,
        lineBreak: false,
      });
      doc
        .lineWidth(0.5)
        .strokeColor('#9e9e9e')
        .moveTo(CONTENT_LEFT, top + 12)
        .lineTo(CONTENT_LEFT + CONTENT_WIDTH, top + 12)
        .stroke();
      doc.fillColor('black');
    },
  };
}

/** Under the table: the language rule and the rows it applied to, when any text came from another language. */
export function placeFootnote(pass: PagedReportPass, notes: FallbackNotes): void {
  const footnote = notes.footnote();
  if (!footnote) return;
  const { doc, fonts, flow } = pass;
  flow.place([blankBlock(8, false)]);
  for (const [i, text] of [footnote.heading, ...footnote.lines].entries()) {
    const font = fonts.pick(text, i === 0);
    doc.font(font).fontSize(8);
    const height = doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: 1 }) + 2;
    flow.place([
      {
        height,
        inTable: false,
        draw: (y) => {
          doc.fillColor('black').font(font).fontSize(8);
          doc.text(text, CONTENT_LEFT, y, { width: CONTENT_WIDTH, lineGap: 1, height });
        },
      },
    ]);
  }
}
