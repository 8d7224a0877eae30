import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_EVENT } from '../testing/seed-event.fixture.js';
import { composeScript } from './compose-script.js';
import { renderScriptMarkdown } from './render-script.js';
import { SIGNING_EVENT } from './testing/signing-event.fixture.js';

describe('dump', () => {
  it('dumps', () => {
    for (const [name, ev] of [
      ['seed', SEED_EVENT],
      ['signing', SIGNING_EVENT],
    ] as const)
      for (const lang of ['zh', 'ja', 'en'] as const)
        writeFileSync(`/tmp/script-${name}-${lang}.md`, renderScriptMarkdown(composeScript(ev, lang)));
    expect(1).toBe(1);
  });
});
