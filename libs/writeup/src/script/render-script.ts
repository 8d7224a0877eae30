import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { renderHouseDocx } from '../render/docx.js';
import { escapeMarkdown } from '../render/markdown.js';
import type { PresiderScript } from './script-types.js';

const colon = (s: PresiderScript) => (s.lang === 'en' ? ': ' : '：');

/** The script as Markdown: title, details, one section per part, the roll as a list, cues on lines of their own. */
export function renderScriptMarkdown(s: PresiderScript): string {
  const blocks = [
    `# ${escapeMarkdown(s.title)}`,
    s.details.map((d) => `**${escapeMarkdown(d.label)}**${colon(s)}${escapeMarkdown(d.value)}`).join('  \n'),
  ];
  for (const section of s.sections) {
    blocks.push(`## ${escapeMarkdown(section.heading)}`);
    let roll: string[] = [];
    const flush = () => {
      if (roll.length > 0) blocks.push(roll.join('\n'));
      roll = [];
    };
    for (const b of section.blocks) {
      if (b.kind === 'roll') {
        roll.push(`- ${escapeMarkdown(b.text)}`);
        continue;
      }
      flush();
      blocks.push(b.kind === 'cue' ? `*${escapeMarkdown(b.text)}*` : escapeMarkdown(b.text));
    }
    flush();
  }
  blocks.push('---', `### ${escapeMarkdown(s.notes.heading)}`, s.notes.lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** The script as a Word document in the language's house style (the writeup's fonts, sizes and page numbers). */
export function renderScriptDocx(s: PresiderScript): Promise<Buffer> {
  const run = (text: string, bold = false) => new TextRun({ text, bold });
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(s.title)] })];
  for (const d of s.details) children.push(new Paragraph({ style: 'Dateline', children: [run(`${d.label}${colon(s)}${d.value}`)] }));
  for (const section of s.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(section.heading)] }));
    for (const b of section.blocks) children.push(new Paragraph({ style: 'BodyText', children: [run(b.text, b.kind === 'cue')] }));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 360 }, children: [run(s.notes.heading)] }));
  for (const line of s.notes.lines) children.push(new Paragraph({ style: 'EditorNote', bullet: { level: 0 }, children: [run(line)] }));
  return renderHouseDocx(s.lang, { title: s.title, description: s.details.map((d) => d.value).join(' · '), children });
}
