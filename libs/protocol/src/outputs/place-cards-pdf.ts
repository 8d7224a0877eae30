import PDFDocument from 'pdfkit';
import type { Language } from '@app/core';
import { ReportFonts } from '@app/reports';
import { protocolLabels } from './labels.js';
import { centredLine, fitText, pdfBuffer } from './seating-chart-pdf.js';

export interface PlaceCard {
  /** the name in the cards' first language */
  name: string;
  /** the name in the second language, when the cards have one and it differs */
  second: string | null;
  /** where the card goes, printed small: 主席台 第1排 4号 */
  ref: string;
}

export interface PlaceCardsInput {
  lang: Language;
  eventTitle: string;
  planName: string;
  cards: PlaceCard[];
  author?: string | null;
}

const GREY = '#777777';

/**
 * Place cards (桌签): folded tent cards, two to an A4 sheet. Each card is half the sheet, cut along the middle
 * and folded along its own middle; the name is on both faces, the upper face turned 180° so that, folded,
 * both read upright from either side of the table. Large type, the second language under the name.
 */
export async function renderPlaceCardsPdf(input: PlaceCardsInput): Promise<Buffer> {
  const labels = protocolLabels(input.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    lang: labels.locale,
    displayTitle: true,
    info: { Title: `${input.eventTitle} — ${input.planName} ${labels.placeCardsTitle}`, ...(input.author ? { Author: input.author } : {}) },
  });
  const done = pdfBuffer(doc);
  const fonts = new ReportFonts(doc, input.lang);
  const cards = input.cards.length ? input.cards : [{ name: '', second: null, ref: '' }];
  for (let i = 0; i < cards.length; i += 2) {
    doc.addPage();
    const w = doc.page.width;
    const h = doc.page.height;
    const cardH = h / 2;
    [cards[i], cards[i + 1]].forEach((card, k) => {
      if (card) drawCard(doc, fonts, card, k * cardH, w, cardH);
    });
    // cut line between the two cards, with marks in the margins
    doc.save();
    doc.lineWidth(0.6).strokeColor(GREY).dash(6, { space: 4 }).moveTo(0, cardH).lineTo(w, cardH).stroke().undash();
    doc.restore();
    doc
      .font(fonts.pick(labels.cut))
      .fontSize(7)
      .fillColor(GREY)
      .text(`✂ ${labels.cut}`, 14, cardH - 10, { lineBreak: false });
    for (const x of [0, w - 18])
      doc
        .lineWidth(1)
        .strokeColor('#000000')
        .moveTo(x, cardH)
        .lineTo(x + 18, cardH)
        .stroke();
    // fold lines at the middle of each card
    for (const top of [0, cardH]) {
      const fold = top + cardH / 2;
      doc.save();
      doc
        .lineWidth(0.4)
        .strokeColor('#bbbbbb')
        .dash(1.5, { space: 3 })
        .moveTo(30, fold)
        .lineTo(w - 30, fold)
        .stroke()
        .undash();
      doc.restore();
      for (const x of [0, w - 14])
        doc
          .lineWidth(0.8)
          .strokeColor(GREY)
          .moveTo(x, fold)
          .lineTo(x + 14, fold)
          .stroke();
      doc
        .font(fonts.pick(labels.fold))
        .fontSize(6.5)
        .fillColor(GREY)
        .text(labels.fold, w - 120, fold + 3, { width: 100, align: 'right', lineBreak: false });
    }
  }
  doc.end();
  return done;
}

/** One card: the lower face upright, the upper face the same turned 180° about its centre. */
function drawCard(doc: PDFKit.PDFDocument, fonts: ReportFonts, card: PlaceCard, top: number, w: number, h: number): void {
  const face = h / 2;
  drawFace(doc, fonts, card, top + face, w, face, true);
  doc.save();
  doc.rotate(180, { origin: [w / 2, top + face / 2] });
  drawFace(doc, fonts, card, top, w, face, false);
  doc.restore();
}

function drawFace(doc: PDFKit.PDFDocument, fonts: ReportFonts, card: PlaceCard, top: number, w: number, h: number, withRef: boolean): void {
  if (!card.name) return;
  const side = 42;
  const width = w - 2 * side;
  const secondSize = card.second ? 26 : 0;
  doc.font(fonts.pick(card.name, true));
  // as large as the face allows: CJK names of 2–4 characters at about 100 pt, Latin names smaller to fit the width
  const nameSize = fitText(doc, card.name, width, Math.min(108, h * 0.58 - secondSize * 0.6), 24).size;
  const block = nameSize * 1.2 + (card.second ? secondSize * 1.4 : 0);
  const y = top + (h - block) / 2 - nameSize * 0.08;
  centredLine(doc, fonts, card.name, side, y, width, { max: nameSize, min: 20, bold: true });
  if (card.second) centredLine(doc, fonts, card.second, side, y + nameSize * 1.3, width, { max: secondSize, min: 12 });
  if (withRef && card.ref) {
    doc
      .font(fonts.pick(card.ref))
      .fontSize(6.5)
      .fillColor('#999999')
      .text(card.ref, side, top + h - 14, { width, align: 'right', lineBreak: false });
  }
}
