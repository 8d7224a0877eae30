import type { Writeup } from '../types.js';
import { editorNotes, paragraphText } from './paragraph-text.js';

/** Plain text: headline, dateline, then headings and paragraphs separated by blank lines; notes for the editor last. */
export function renderText(w: Writeup): string {
  const blocks = [w.headline.text, w.dateline];
  for (const p of w.paragraphs) {
    if (p.heading) blocks.push(p.heading);
    blocks.push(paragraphText(w, p));
  }
  const notes = editorNotes(w);
  if (notes) blocks.push('――――', notes.heading, notes.lines.map((l) => `・${l}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
