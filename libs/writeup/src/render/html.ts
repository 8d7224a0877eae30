import type { Writeup } from '../types.js';
import { paragraphText } from './paragraph-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An `<article>` fragment: headline in `<h1>`, section headings in `<h2>`. */
export function renderHtml(w: Writeup): string {
  const lines = [
    `<article lang="${escapeHtml(w.lang)}" class="writeup">`,
    `<h1>${escapeHtml(w.headline.text)}</h1>`,
    `<p class="dateline">${escapeHtml(w.dateline)}</p>`,
  ];
  for (const p of w.paragraphs) {
    if (p.heading) lines.push(`<h2>${escapeHtml(p.heading)}</h2>`);
    lines.push(`<p data-section="${escapeHtml(p.section)}">${escapeHtml(paragraphText(w, p))}</p>`);
  }
  lines.push('</article>');
  return `${lines.join('\n')}\n`;
}
