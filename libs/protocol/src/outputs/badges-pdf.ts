import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Language } from '@app/core';
import { ReportFonts } from '@app/reports';
import { protocolLabels } from './labels.js';
import { centredLine, centredLines, pdfBuffer } from './seating-chart-pdf.js';

export interface Badge {
  name: string;
  title: string;
  side: string | null;
  /** what the QR code holds: the signed check-in code */
  code: string;
}

export interface BadgesInput {
  lang: Language;
  eventTitle: string;
  badges: Badge[];
  author?: string | null;
}

const MM = 72 / 25.4;
const BADGE_W = 90 * MM;
const BADGE_H = 60 * MM;
const COLS = 2;
const ROWS = 4;

/** Draws a QR code as vector squares, `size` points wide, its top-left corner at (x, y). */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      doc.rect(x + (quiet + start) * cell, y + (quiet + r) * cell, (c - start) * cell + 0.05, cell + 0.05);
    }
  }
  doc.fill('#000000');
}

/**
 * Name badges, eight to an A4 sheet (90 × 60 mm), with cut marks: the event, the name in large type, the
 * first position, the side, and a QR code holding the attendee's check-in code (printed under it too, to type).
 */
export async function renderBadgesPdf(input: BadgesInput): Promise<Buffer> {
  const labels = protocolLabels(input.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    lang: labels.locale,
    displayTitle: true,
    info: { Title: `${input.eventTitle} — ${labels.badgesTitle}`, ...(input.author ? { Author: input.author } : {}) },
  });
  const done = pdfBuffer(doc);
  const fonts = new ReportFonts(doc, input.lang);
  const perPage = COLS * ROWS;
  for (let i = 0; i < Math.max(1, input.badges.length); i += perPage) {
    doc.addPage();
    const x0 = (doc.page.width - COLS * BADGE_W) / 2;
    const y0 = (doc.page.height - ROWS * BADGE_H) / 2;
    input.badges.slice(i, i + perPage).forEach((badge, k) => {
      drawBadge(doc, fonts, labels.badgeScan, input.eventTitle, badge, x0 + (k % COLS) * BADGE_W, y0 + Math.floor(k / COLS) * BADGE_H);
    });
    cutMarks(doc, x0, y0);
  }
  doc.end();
  return done;
}

function drawBadge(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  scanLabel: string,
  event: string,
  badge: Badge,
  x: number,
  y: number,
): void {
  const pad = 10;
  doc.rect(x + 4, y + 4, BADGE_W - 8, 20).fill('#e6e6e6');
  centredLine(doc, fonts, event, x + pad, y + 9, BADGE_W - 2 * pad, { max: 9, min: 6, bold: true });
  const qrSize = 74;
  const textW = BADGE_W - 2 * pad - qrSize - 8;
  const body = y + 34;
  centredLine(doc, fonts, badge.name, x + pad, body + 6, textW, { max: 24, min: 10, bold: true });
  let ty = body + 40;
  if (badge.title) ty += centredLines(doc, fonts, badge.title, x + pad, ty, textW, { max: 9, min: 6 });
  if (badge.side) centredLine(doc, fonts, badge.side, x + pad, Math.max(ty + 4, body + 70), textW, { max: 8.5, min: 6, color: '#555555' });
  const qx = x + BADGE_W - pad - qrSize;
  const qy = body - 2;
  drawQr(doc, badge.code, qx, qy, qrSize);
  centredLine(doc, fonts, scanLabel, qx, qy + qrSize + 1, qrSize, { max: 6.5, min: 5, color: '#555555' });
  // the code itself along the bottom edge, for a desk that types it
  doc.font(fonts.pick(badge.code)).fontSize(5.5).fillColor('#555555');
  doc.text(badge.code, x + pad, y + BADGE_H - 12, { width: BADGE_W - 2 * pad, align: 'right', lineBreak: false });
}

/** Short marks outside the grid of badges where the cuts go. */
function cutMarks(doc: PDFKit.PDFDocument, x0: number, y0: number): void {
  const len = 10;
  doc.lineWidth(0.5).strokeColor('#000000');
  for (let c = 0; c <= COLS; c++) {
    const x = x0 + c * BADGE_W;
    doc
      .moveTo(x, y0 - len - 3)
      .lineTo(x, y0 - 3)
      .stroke();
    doc
      .moveTo(x, y0 + ROWS * BADGE_H + 3)
      .lineTo(x, y0 + ROWS * BADGE_H + len + 3)
      .stroke();
  }
  for (let r = 0; r <= ROWS; r++) {
    const y = y0 + r * BADGE_H;
    doc
      .moveTo(x0 - len - 3, y)
      .lineTo(x0 - 3, y)
      .stroke();
    doc
      .moveTo(x0 + COLS * BADGE_W + 3, y)
      .lineTo(x0 + COLS * BADGE_W + len + 3, y)
      .stroke();
  }
  // faint guides between the badges
  doc.save();
  doc.lineWidth(0.3).strokeColor('#cccccc').dash(2, { space: 3 });
  for (let c = 0; c <= COLS; c++)
    doc
      .moveTo(x0 + c * BADGE_W, y0)
      .lineTo(x0 + c * BADGE_W, y0 + ROWS * BADGE_H)
      .stroke();
  for (let r = 0; r <= ROWS; r++)
    doc
      .moveTo(x0, y0 + r * BADGE_H)
      .lineTo(x0 + COLS * BADGE_W, y0 + r * BADGE_H)
      .stroke();
  doc.undash();
  doc.restore();
}
