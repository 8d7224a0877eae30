import type { Writeup } from '../types.js';
import { editorNotes, paragraphText } from './paragraph-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An `<article>` fragment: headline in `<h1>`, section headings in `<h2>`, notes for the editor in an `<aside>`. */
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
  const notes = editorNotes(w);
  if (notes) {
    lines.push(`<aside class="editor-notes">`, `<h2>${escapeHtml(notes.heading)}</h2>`, '<ul>');
    for (const line of notes.lines) lines.push(`<li>${escapeHtml(line)}</li>`);
    lines.push('</ul>', '</aside>');
  }
  lines.push('</article>');
  return `${lines.join('\n')}\n`;
}
