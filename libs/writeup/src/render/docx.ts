import { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { IRunOptions, IRunStylePropertiesOptions } from 'docx';
import type { Writeup } from '../types.js';
import { DOCX_HOUSE_STYLES, type DocxTextStyle } from './docx-styles.js';
import { editorNotes, paragraphText } from './paragraph-text.js';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
} as const;
const BLACK = '000000';
/** twentieths of a point */
const twips = (points: number) => Math.round(points * 20);

/** Run properties of a text style: fonts for Latin and CJK, size in half-points, black, never italic. */
function runStyle(style: DocxTextStyle, languageTag: string): IRunStylePropertiesOptions {
  const { latin, eastAsia } = style.font;
  return {
    font: { ascii: latin, hAnsi: latin, eastAsia, cs: latin },
    size: Math.round(style.size * 2),
    bold: style.bold ?? false,
    italics: false,
    color: BLACK,
    language: { value: languageTag, eastAsia: languageTag },
  };
}

/** What a document in a language's house style is made of: its paragraphs, built with the house's styles. */
export interface HouseDocxContent {
  title: string;
  description: string;
  /** the paragraphs; styles: heading levels, `BodyText`, `Dateline`, `EditorNote`, and the run style `DatelineRunIn` */
  children: Paragraph[];
}

/**
 * A Word document in the language's house style (see DOCX_HOUSE_STYLES): styles defined once (title, headings, body,
 * dateline, notes), page numbers in the footer as the language writes them. The writeup and the presider's script are
 * both built on it.
 */
export async function renderHouseDocx(lang: Writeup['lang'], content: HouseDocxContent): Promise<Buffer> {
  const house = DOCX_HOUSE_STYLES[lang];
  const tag = house.languageTag;
  const body = house.body;
  const indent = body.firstLineIndentChars ? { firstLine: twips(body.size * body.firstLineIndentChars) } : undefined;
  const bodySpacing = body.lineSpacing ? { line: twips(body.lineSpacing), lineRule: LineRuleType.EXACT, after: 0 } : { after: 160 };

  const [before, between, after] = house.pageNumber;
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'PageFooter',
        children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after].filter((c) => c !== '') })],
      }),
    ],
  });

  const heading = (style: DocxTextStyle, before: number, after: number) => ({
    run: runStyle(style, tag),
    paragraph: { alignment: ALIGN[style.align ?? 'left'], spacing: { before: twips(before), after: twips(after) }, keepNext: true },
  });
  const doc = new Document({
    title: content.title,
    description: content.description,
    styles: {
      default: {
        document: { run: runStyle(body, tag) },
        title: heading(house.title, 0, 12),
        // every heading level and the caption redefined, so none keeps the word processor's blue or italics
        heading1: heading(house.heading, 12, 6),
        heading2: heading(house.heading, 12, 6),
        heading3: heading(house.heading, 12, 6),
        heading4: heading(house.heading, 12, 6),
        heading5: heading(house.heading, 12, 6),
        heading6: heading(house.heading, 12, 6),
        caption: { run: runStyle(house.notes, tag) },
      },
      paragraphStyles: [
        {
          id: 'BodyText',
          name: 'Body Text',
          basedOn: 'Normal',
          run: runStyle(body, tag),
          paragraph: { alignment: ALIGN[body.align ?? 'left'], indent, spacing: bodySpacing },
        },
        {
          id: 'Dateline',
          name: 'Dateline',
          basedOn: 'Normal',
          run: runStyle(house.dateline, tag),
          paragraph: { alignment: ALIGN[house.dateline.align ?? 'left'], spacing: { after: twips(house.dateline.size) } },
        },
        { id: 'EditorNote', name: 'Editor Note', basedOn: 'Normal', run: runStyle(house.notes, tag) },
        {
          id: 'PageFooter',
          name: 'Page Footer',
          basedOn: 'Normal',
          run: runStyle(house.footer, tag),
          paragraph: { alignment: ALIGN[house.footer.align ?? 'center'] },
        },
      ],
      characterStyles: [{ id: 'DatelineRunIn', name: 'Dateline Run-in', run: runStyle(house.dateline, tag) }],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } },
        footers: { default: footer },
        children: content.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * A Word document of the writeup in the language's house style: the headline as title, the dateline in its convention,
 * the paragraphs, and the notes for the editor at the end.
 */
export async function renderDocx(w: Writeup): Promise<Buffer> {
  const house = DOCX_HOUSE_STYLES[w.lang];
  const run = (text: string, extra: IRunOptions = {}) => new TextRun({ text, ...extra });
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(w.headline.text)] })];
  const dateline = house.dateline.capitalizePlace ? capitalizePlace(w.dateline) : w.dateline;
  if (!house.dateline.runIn) children.push(new Paragraph({ style: 'Dateline', children: [run(dateline)] }));

  w.paragraphs.forEach((p, i) => {
    if (p.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(p.heading)] }));
    const lead = i === 0 && house.dateline.runIn ? [new TextRun({ text: `${dateline} — `, style: 'DatelineRunIn' })] : [];
    children.push(new Paragraph({ style: 'BodyText', children: [...lead, run(paragraphText(w, p))] }));
  });

  const notes = editorNotes(w);
  if (notes) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 360 }, children: [run(notes.heading)] }));
    for (const line of notes.lines) children.push(new Paragraph({ style: 'EditorNote', bullet: { level: 0 }, children: [run(line)] }));
  }
  return renderHouseDocx(w.lang, { title: w.headline.text, description: w.dateline, children });
}

/** "Qingdao, March 25, 2024" → "QINGDAO, March 25, 2024": the place of an English dateline in capitals. */
function capitalizePlace(dateline: string): string {
  const comma = dateline.indexOf(',');
  if (comma <= 0 || /\d/.test(dateline.slice(0, comma))) return dateline;
  return dateline.slice(0, comma).toUpperCase() + dateline.slice(comma);
}
