import type { Writeup } from '../types.js';
import { paragraphText } from './paragraph-text.js';

/** Escapes the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

export function renderMarkdown(w: Writeup): string {
  const blocks = [`# ${escapeMarkdown(w.headline.text)}`, `*${escapeMarkdown(w.dateline)}*`];
  for (const p of w.paragraphs) {
    if (p.heading) blocks.push(`## ${escapeMarkdown(p.heading)}`);
    blocks.push(escapeMarkdown(paragraphText(w, p)));
  }
  return `${blocks.join('\n\n')}\n`;
}
