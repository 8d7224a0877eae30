import type { Language } from '@app/core';

/** A font for Latin text and one for CJK text (the same for English). */
export interface DocxFont {
  latin: string;
  eastAsia: string;
}

/** One text style: font, size in points, weight, alignment. */
export interface DocxTextStyle {
  font: DocxFont;
  /** points */
  size: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right' | 'both';
}

/**
 * The house style of a writeup in Word, per language, as each language's news offices set their releases:
 * - zh: the government document conventions (GB/T 9704): headline in 小标宋 二号 (22 pt), section headings in
 *   黑体 三号, body in 仿宋 三号 (16 pt), the dateline centred in 楷体; fixed 28 pt lines;
 * - ja: headline and headings in a Gothic face, body in Mincho 10.5 pt, the date right-aligned as on a
 *   Japanese press release;
 * - en: headline in a sans-serif bold, body in Times New Roman 12 pt, the dateline run in before the lead in
 *   capitals (AP style: "QINGDAO, March 25, 2024 —").
 * Every heading is black and nothing is italic (CJK has no italic; a slanted 宋体 reads as a printing fault).
 */
export interface DocxHouseStyle {
  languageTag: string;
  title: DocxTextStyle;
  heading: DocxTextStyle;
  body: DocxTextStyle & { firstLineIndentChars: number; lineSpacing?: number };
  dateline: DocxTextStyle & { runIn: boolean; capitalizePlace: boolean };
  notes: DocxTextStyle;
  footer: DocxTextStyle;
  /** footer text around the page fields, e.g. ['第 ', ' 页 共 ', ' 页'] */
  pageNumber: [before: string, between: string, after: string];
}

const ZH_FANGSONG: DocxFont = { latin: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const JA_MINCHO: DocxFont = { latin: 'Century', eastAsia: 'ＭＳ 明朝' };
const JA_GOTHIC: DocxFont = { latin: 'Arial', eastAsia: 'ＭＳ ゴシック' };
const TIMES: DocxFont = { latin: 'Times New Roman', eastAsia: 'Times New Roman' };

export const DOCX_HOUSE_STYLES: Record<Language, DocxHouseStyle> = {
  zh: {
    languageTag: 'zh-CN',
    title: { font: { latin: 'Times New Roman', eastAsia: '方正小标宋简体' }, size: 22, align: 'center' },
    heading: { font: { latin: 'Times New Roman', eastAsia: '黑体' }, size: 16 },
    body: { font: ZH_FANGSONG, size: 16, align: 'both', firstLineIndentChars: 2, lineSpacing: 28 },
    dateline: {
      font: { latin: 'Times New Roman', eastAsia: '楷体_GB2312' },
      size: 16,
      align: 'center',
      runIn: false,
      capitalizePlace: false,
    },
    notes: { font: ZH_FANGSONG, size: 12 },
    footer: { font: { latin: 'Times New Roman', eastAsia: '宋体' }, size: 10.5, align: 'center' },
    pageNumber: ['第 ', ' 页 共 ', ' 页'],
  },
  ja: {
    languageTag: 'ja-JP',
    title: { font: JA_GOTHIC, size: 16, bold: true, align: 'center' },
    heading: { font: JA_GOTHIC, size: 12, bold: true },
    body: { font: JA_MINCHO, size: 10.5, align: 'both', firstLineIndentChars: 1 },
    dateline: { font: JA_MINCHO, size: 10.5, align: 'right', runIn: false, capitalizePlace: false },
    notes: { font: JA_MINCHO, size: 9 },
    footer: { font: JA_MINCHO, size: 9, align: 'center' },
    pageNumber: ['', ' / ', ' ページ'],
  },
  en: {
    languageTag: 'en-US',
    title: { font: { latin: 'Arial', eastAsia: 'Arial' }, size: 18, bold: true, align: 'left' },
    heading: { font: { latin: 'Arial', eastAsia: 'Arial' }, size: 12, bold: true },
    body: { font: TIMES, size: 12, align: 'left', firstLineIndentChars: 0 },
    dateline: { font: TIMES, size: 12, bold: true, align: 'left', runIn: true, capitalizePlace: true },
    notes: { font: TIMES, size: 10 },
    footer: { font: TIMES, size: 10, align: 'center' },
    pageNumber: ['Page ', ' of ', ''],
  },
};
