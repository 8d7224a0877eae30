import { describe, expect, it } from 'vitest';
import { composeWriteup } from './compose-writeup.js';
import { cjkMoney, JA_CURRENCIES, ZH_CURRENCIES } from './locales/cjk-money.js';
import { buildSeedEvent } from './testing/seed-event.fixture.js';
import type { Writeup } from './types.js';

const projectsText = (w: Writeup) =>
  w.paragraphs
    .filter((p) => p.section === 'projects')
    .flatMap((p) => p.sentences.map((s) => s.text))
    .join(' ');

describe('the signed value of the projects', () => {
  it('states the combined amount when every amount is in one currency, in each language', () => {
    const event = buildSeedEvent();
    event.projects.forEach((p, i) => Object.assign(p, { amount: i === 0 ? '2000000000.50' : '25000000.00', currency: 'CNY' }));
    // 2,000,000,000.50 + 13 × 25,000,000 = 2,325,000,000.50
    expect(projectsText(composeWriteup(event, 'zh'))).toContain('签约总金额23.25亿元。');
    expect(projectsText(composeWriteup(event, 'ja'))).toContain('契約総額は23.25億元に上る。');
    expect(projectsText(composeWriteup(event, 'en'))).toContain('The projects are worth a combined 2.33 billion yuan.');
    const sentence = composeWriteup(event, 'en')
      .paragraphs.find((p) => p.section === 'projects')!
      .sentences.at(-1)!;
    expect(sentence.sources).toHaveLength(14);
  });

  it('says how many projects the amount covers when only some have one', () => {
    const event = buildSeedEvent();
    Object.assign(event.projects[0], { amount: '85000000', currency: 'HKD' });
    Object.assign(event.projects[1], { amount: '15000000', currency: 'hkd' });
    expect(projectsText(composeWriteup(event, 'zh'))).toContain('其中2个项目签约金额合计1亿港元。');
    expect(projectsText(composeWriteup(event, 'ja'))).toContain('このうち2件の契約額は合計1億香港ドル。');
    expect(projectsText(composeWriteup(event, 'en'))).toContain('Two of them are worth a combined 100 million Hong Kong dollars.');
  });

  it('states no total across currencies, and none without amounts', () => {
    const event = buildSeedEvent();
    Object.assign(event.projects[0], { amount: '100', currency: 'CNY' });
    Object.assign(event.projects[1], { amount: '100', currency: 'USD' });
    for (const lang of ['zh', 'ja', 'en'] as const) {
      expect(projectsText(composeWriteup(event, lang))).not.toMatch(/总金额|総額|combined/);
      expect(projectsText(composeWriteup(buildSeedEvent(), lang))).not.toMatch(/总金额|総額|combined/);
    }
  });

  it('writes Chinese and Japanese amounts in 亿/億 and 万', () => {
    expect(cjkMoney(850_000, 'CNY', '亿', ZH_CURRENCIES)).toBe('85万元');
    expect(cjkMoney(9_999, 'USD', '亿', ZH_CURRENCIES)).toBe('9999美元');
    expect(cjkMoney(120_000_000, 'JPY', '億', JA_CURRENCIES)).toBe('1.2億円');
    expect(cjkMoney(5_000, 'XAU', '億', JA_CURRENCIES)).toBe('5000XAU');
  });
});
