import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@app/core';
import { en } from './en.js';
import { LOCALES, localeRules } from './index.js';
import { ja } from './ja.js';
import type { PersonMention } from './locale.js';
import { zh } from './zh.js';

const SECTOR_KEYS = [
  'ai',
  'biomedicine',
  'digital_economy',
  'advanced_manufacturing',
  'new_energy',
  'new_materials',
  'marine_economy',
  'finance',
  'logistics',
  'education',
  'healthcare',
  'communications',
  'culture_tourism',
  'agriculture',
  'other',
];

const song = (full: boolean): PersonMention => ({
  name: 'Song Junji',
  full,
  positions: [{ titles: ['Vice Governor'], organization: { id: 'o1', name: 'Shandong Province' } }],
});

describe('locale registry', () => {
  it('has rules for every language', () => {
    for (const lang of LANGUAGES) expect(localeRules(lang).lang).toBe(lang);
    expect(Object.keys(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('translates every sector key in every language', () => {
    for (const rules of Object.values(LOCALES)) {
      for (const key of SECTOR_KEYS) expect(rules.sector(key), `${rules.lang}:${key}`).toBeTruthy();
      expect(rules.sector('space_mining')).toBeUndefined();
    }
  });
});

describe('en', () => {
  it('joins lists without a serial comma, with semicolons when items hold commas', () => {
    expect(en.list(['A'])).toBe('A');
    expect(en.list(['A', 'B'])).toBe('A and B');
    expect(en.list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(en.list(['A, x', 'B', 'C'])).toBe('A, x; B; and C');
  });

  it('counts with qualifiers and AP-style numbers', () => {
    expect(en.count(200, 'about', 'people')).toBe('about 200 people');
    expect(en.count(200, 'over', 'people')).toBe('more than 200 people');
    expect(en.count(200, 'nearly', 'people')).toBe('nearly 200 people');
    expect(en.count(1, 'exact', 'people')).toBe('one person');
    expect(en.count(1200, 'exact', 'projects')).toBe('1,200 projects');
  });

  it('writes dates and datelines', () => {
    expect(en.date({ year: 2024, month: 3, day: 25 })).toBe('March 25');
    expect(en.date({ year: 2024, month: 3, day: 31 }, { year: 2024, month: 4, day: 1 })).toBe('March 31–April 1');
    expect(en.dateline({ year: 2024, month: 3, day: 25 }, 'Qingdao')).toBe('Qingdao, March 25, 2024');
  });

  it('puts titles after names as appositives, closed by a comma before a verb', () => {
    expect(en.lead.speakers([song(true)])).toBe('Song Junji, Vice Governor of Shandong Province, addressed the event.');
    expect(en.lead.presiders([song(true), { name: 'Zhao Haozhi', full: true, positions: [] }])).toBe(
      'The event was presided over by Song Junji, Vice Governor of Shandong Province, and Zhao Haozhi.',
    );
    expect(en.speech.quote(song(true), 'We will act.')).toBe('“We will act,” said Song Junji, Vice Governor of Shandong Province.');
    expect(en.speech.quote(song(false), 'Why not?')).toBe('“Why not?” Song Junji said.');
    expect(en.speech.keyPoint(song(false), 'address', 'Ties are strong.', 0)).toBe('Ties are strong, Song Junji said in an address.');
  });

  it('adds "the" before the names of bodies and avoids a double full stop', () => {
    expect(en.policy('Qingdao Municipal Government', undefined)).toBe('The Qingdao Municipal Government gave a policy presentation.');
    expect(en.policy('Hualu Group', undefined)).toBe('Hualu Group gave a policy presentation.');
    expect(en.closing.hosts(['Acme Co., Ltd.'], [])).toBe('The event was hosted by Acme Co., Ltd.');
  });
});

describe('ja', () => {
  it('puts titles before names with 氏, joining positions with 「・」', () => {
    const zhao: PersonMention = {
      name: '趙豪志',
      full: true,
      positions: [{ titles: ['副書記'], organization: { id: 'o', name: '青島市党委員会' } }, { titles: ['市長'] }],
    };
    expect(ja.lead.speakers([zhao])).toBe('青島市党委員会副書記・市長の趙豪志氏が出席し、あいさつした。');
    expect(ja.speech.quote({ ...zhao, full: false }, '前進する。')).toBe('「前進する」と趙豪志氏は語った。');
  });

  it('counts with qualifiers and joins lists', () => {
    expect(ja.count(200, 'about', 'people')).toBe('約200人');
    expect(ja.count(200, 'over', 'people')).toBe('200人以上');
    expect(ja.count(200, 'nearly', 'people')).toBe('200人近く');
    expect(ja.list(['A', 'B'])).toBe('AとB');
    expect(ja.list(['A', 'B', 'C'])).toBe('A、B、C');
    expect(ja.date({ year: 2024, month: 3, day: 25 })).toBe('3月25日');
  });
});

describe('zh', () => {
  it('puts positions before names, 「，」 between people with positions', () => {
    const a: PersonMention = { name: '宋军继', full: true, positions: [{ titles: ['副省长'], organization: { id: 'o', name: '山东省' } }] };
    const b: PersonMention = {
      name: '孙海生',
      full: true,
      positions: [{ titles: ['党组书记', '厅长'], organization: { id: 'p', name: '山东省科技厅' } }],
    };
    expect(zh.lead.guests([a, b], true)).toBe('山东省副省长宋军继，山东省科技厅党组书记、厅长孙海生出席活动。');
    expect(
      zh.lead.guests(
        [
          { ...a, full: false },
          { ...b, full: false },
        ],
        false,
      ),
    ).toBe('宋军继、孙海生出席活动。');
    expect(zh.speech.quote({ ...a, full: false }, '我们将继续努力')).toBe('“我们将继续努力。”宋军继说。');
  });

  it('counts with qualifiers and joins lists', () => {
    expect(zh.count(200, 'about', 'people')).toBe('约200人');
    expect(zh.count(200, 'over', 'people')).toBe('200余人');
    expect(zh.count(200, 'nearly', 'people')).toBe('近200人');
    expect(zh.list(['A', 'B', 'C'])).toBe('A、B和C');
    expect(zh.date({ year: 2024, month: 3, day: 25 }, { year: 2024, month: 3, day: 26 })).toBe('3月25日至26日');
  });
});

describe('guests without speakers or presider', () => {
  it('does not say "also"', () => {
    const p: PersonMention = { name: '宋軍継', full: false, positions: [] };
    expect(ja.lead.guests([p], false)).toBe('宋軍継氏が出席した。');
    expect(ja.lead.guests([p], true)).toBe('宋軍継氏も出席した。');
    expect(en.lead.guests([{ ...p, name: 'Song Junji' }], false)).toBe('Attending the event was Song Junji.');
  });
});
