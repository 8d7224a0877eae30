import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { localeRules } from '../locales/index.js';
import type { Writeup } from '../types.js';
import { editorNotes, paragraphText } from './paragraph-text.js';

/** A Word document of the writeup: title, dateline, section headings, paragraphs and the notes for the editor. */
export async function renderDocx(w: Writeup): Promise<Buffer> {
  const { docx: style } = localeRules(w.lang);
  const font = {
    ascii: style.font,
    hAnsi: style.font,
    eastAsia: style.eastAsiaFont ?? style.font,
    cs: style.font,
  };
  const language = { value: style.languageTag, eastAsia: style.languageTag };
  const run = (text: string, extra: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new TextRun({ text, font, language, ...extra });

  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(w.headline.text)] }),
    new Paragraph({ spacing: { after: 240 }, children: [run(w.dateline, { italics: true })] }),
  ];
  for (const p of w.paragraphs) {
    if (p.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(p.heading)] }));
    children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: 160 },
        children: [run(paragraphText(w, p), { size: 22 })],
      }),
    );
  }

  const notes = editorNotes(w);
  if (notes) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 360 }, children: [run(notes.heading)] }));
    for (const line of notes.lines) children.push(new Paragraph({ bullet: { level: 0 }, children: [run(line, { size: 20 })] }));
  }

  const doc = new Document({
    title: w.headline.text,
    description: w.dateline,
    styles: { default: { document: { run: { font, language } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
