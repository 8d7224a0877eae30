import type { Writeup } from '../types.js';
import { paragraphText } from './paragraph-text.js';

/** Plain text: headline, dateline, then headings and paragraphs separated by blank lines. */
export function renderText(w: Writeup): string {
  const blocks = [w.headline.text, w.dateline];
  for (const p of w.paragraphs) {
    if (p.heading) blocks.push(p.heading);
    blocks.push(paragraphText(w, p));
  }
  return `${blocks.join('\n\n')}\n`;
}
