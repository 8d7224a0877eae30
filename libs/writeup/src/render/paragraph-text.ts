import { localeRules } from '../locales/index.js';
import type { Paragraph, Writeup } from '../types.js';

/** The running text of a paragraph, its sentences joined as the language joins them. */
export function paragraphText(w: Writeup, p: Paragraph): string {
  return p.sentences.map((s) => s.text).join(localeRules(w.lang).sentenceSeparator);
}
