import type { Writeup } from '../types.js';
import { editorNotes, paragraphText } from './paragraph-text.js';

/**
 * Escapes record text so that it stays text in Markdown (CommonMark and GFM): no heading, list, quote, table, link,
 * image, autolink, HTML, code or emphasis can come from it. Line breaks become spaces, so nothing can start a block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/([\\`*_[\]<>#|~&])/g, '\\$1')
    .replace(/(\w)(:\/\/)/g, '$1\\:\\/\\/')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/, '$1\\$2')
    .trimStart();
}

export function renderMarkdown(w: Writeup): string {
  const blocks = [`# ${escapeMarkdown(w.headline.text)}`, `*${escapeMarkdown(w.dateline)}*`];
  for (const p of w.paragraphs) {
    if (p.heading) blocks.push(`## ${escapeMarkdown(p.heading)}`);
    blocks.push(escapeMarkdown(paragraphText(w, p)));
  }
  const notes = editorNotes(w);
  if (notes) blocks.push('---', `### ${escapeMarkdown(notes.heading)}`, notes.lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
