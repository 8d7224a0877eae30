import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeWriteup } from './compose-writeup.js';
import { renderText } from './render/index.js';
import { SEED_EVENT } from './testing/seed-event.fixture.js';

/** The real article the genre was learnt from; the writeup is written from records, never copied from it. */
const SEED_ARTICLE = fileURLToPath(new URL('../../../../shared/seed/article-ja.txt', import.meta.url));

describe.skipIf(!existsSync(SEED_ARTICLE))('originality against the seed article', () => {
  it('shares no sentence longer than 15 characters with the Japanese writeup of the same event', () => {
    const w = composeWriteup(SEED_EVENT, 'ja');
    const output = [renderText(w), ...w.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))].join('\n');
    const sentences = readFileSync(SEED_ARTICLE, 'utf8')
      .split('。')
      .flatMap((chunk) => chunk.split(/\n+/))
      .map((s) => s.trim())
      .filter((s) => s.length > 15);
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(output, sentence).not.toContain(sentence);
  });
});
