import { describe, expect, it } from 'vitest';
import { composeWriteup } from './compose-writeup.js';
import { jaMoney, zhMoney } from './locales/cjk-money.js';
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
    expect(projectsText(composeWriteup(event, 'ja'))).toContain('契約総額は23億2500万元に上る。');
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

  it('sums each currency apart, never across currencies, and states none without amounts', () => {
    const event = buildSeedEvent();
    Object.assign(event.projects[0], { amount: '120000000', currency: 'CNY' });
    Object.assign(event.projects[1], { amount: '3000000', currency: 'USD' });
    Object.assign(event.projects[2], { amount: '80000000', currency: 'CNY' });
    expect(projectsText(composeWriteup(event, 'zh'))).toContain('其中3个项目签约金额合计2亿元和300万美元。');
    expect(projectsText(composeWriteup(event, 'ja'))).toContain('このうち3件の契約額は合計2億元と300万米ドル。');
    expect(projectsText(composeWriteup(event, 'en'))).toContain(
      'Three of them are worth a combined 200 million yuan and 3 million US dollars.',
    );
    for (const lang of ['zh', 'ja', 'en'] as const) {
      expect(projectsText(composeWriteup(buildSeedEvent(), lang))).not.toMatch(/总金额|総額|combined/);
    }
  });

  it('writes Chinese amounts in 亿 and 万 with decimals, Japanese ones in 億 and 万 with whole numbers', () => {
    expect(zhMoney({ amount: 850_000, currency: 'CNY' })).toBe('85万元');
    expect(zhMoney({ amount: 9_999, currency: 'USD' })).toBe('9999美元');
    expect(zhMoney({ amount: 235_000_000, currency: 'CNY' })).toBe('2.35亿元');
    expect(jaMoney({ amount: 235_000_000, currency: 'CNY' })).toBe('2億3500万元');
    expect(jaMoney({ amount: 120_000_000, currency: 'JPY' })).toBe('1億2000万円');
    expect(jaMoney({ amount: 85_000_000, currency: 'HKD' })).toBe('8500万香港ドル');
    expect(jaMoney({ amount: 5_000, currency: 'XAU' })).toBe('5000XAU');
  });
});
