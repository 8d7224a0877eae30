import { localeRules } from '../locales/index.js';
import type { Paragraph, Writeup } from '../types.js';

/** The running text of a paragraph, its sentences joined as the language joins them. */
export function paragraphText(w: Writeup, p: Paragraph): string {
  return p.sentences.map((s) => s.text).join(localeRules(w.lang).sentenceSeparator);
}

/** The notes for the editor under the text: one line per warning, in the writeup's language; none when all is well. */
export function editorNotes(w: Writeup): { heading: string; lines: string[] } | undefined {
  if (w.warnings.length === 0) return undefined;
  const { notes } = localeRules(w.lang);
  return { heading: notes.heading, lines: w.warnings.map((x) => notes.warning(x)) };
}
