import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@app/core';
import { en, the } from './en.js';
import { LOCALES, localeRules } from './index.js';
import { ja } from './ja.js';
import type { EventFacts, PersonMention } from './locale.js';
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
  short: 'Song',
  honorific: '氏',
  full,
  positions: full ? [{ titles: ['Vice Governor'], organization: { id: 'o1', name: 'Shandong Province' } }] : [],
});

const event = (lang: 'ja' | 'zh' | 'en', over: Partial<EventFacts> = {}): EventFacts => ({
  title: { ja: '交流会', zh: '交流会', en: 'Exchange Meeting' }[lang],
  kind: 'forum',
  mood: 'held',
  start: { year: 2024, month: 3, day: 25 },
  scene: { uses: 0 },
  ...over,
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

  it('names every document type in every language', () => {
    const words = { ja: '戦略的協力協定', zh: '战略合作协议', en: 'Strategic cooperation agreement' };
    for (const rules of Object.values(LOCALES))
      expect(rules.mou.heading(['strategic_cooperation_agreement'], 'held')).toContain(words[rules.lang]);
    expect(ja.mou.heading(['minutes'], 'held')).toBe('議事録に調印');
    expect(zh.mou.heading(['letter_of_intent'], 'held')).toBe('签署合作意向书');
    expect(en.mou.heading(['sister_city_agreement', 'sister_city_agreement'], 'held')).toBe('Sister-city agreements signed');
    expect(zh.mou.heading(['mou', 'contract'], 'held')).toBe('签署合作文件');
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
    expect(en.dateline({ year: 2024, month: 3, day: 25 }, 'Qingdao', 'city_date')).toBe('Qingdao, March 25, 2024');
    expect(en.dateline({ year: 2024, month: 3, day: 25 }, 'Qingdao', 'wire')).toBe('QINGDAO, March 25 —');
    expect(en.dateline({ year: 2024, month: 3, day: 25 }, 'Qingdao', 'date')).toBe('March 25, 2024');
  });

  it('takes the family name from the record, else by rule: pinyin first, Western last, never a word like "He"', () => {
    expect(en.familyName('Song Junji', true)).toBe('Song');
    expect(en.familyName('Albert Wong', true)).toBe('Wong');
    expect(en.familyName('Maria Schmidt', false)).toBe('Schmidt');
    expect(en.familyName('SCHMIDT Maria', false)).toBe('Schmidt');
    expect(en.familyName('Kenichi Yamamoto', true, 'Yamamoto')).toBe('Yamamoto');
    expect(en.familyName('He Junfeng', true)).toBe('He Junfeng');
  });

  it('puts titles after names on first mention and the family name afterwards', () => {
    expect(en.lead.attended([song(true)], event('en'))).toBe('Song Junji, Vice Governor of Shandong Province, attended the forum.');
    expect(en.lead.presided([song(false)], event('en'))).toBe('Song presided over the forum.');
    expect(en.lead.presided([song(false), { ...song(false), short: 'Schmidt' }], event('en', { kind: 'joint_committee' }), 'address')).toBe(
      'Song and Schmidt co-chaired the meeting and gave addresses.',
    );
    expect(en.speech.quote(song(true), 'We will act.', false)).toBe('“We will act,” said Song Junji, Vice Governor of Shandong Province.');
    expect(en.speech.quote(song(false), 'Why not?', true)).toBe('“Why not?” Song added.');
  });

  it('writes key points as reported speech or actions, varying the frame within a paragraph', () => {
    const out = en.speech.paragraph({
      speakers: [song(false)],
      kind: 'address',
      points: [
        { text: 'Ties are strong.', action: false },
        { text: 'Both sides should do more', action: false },
        { text: 'Congratulated the two sides on the signing', action: false },
        { text: 'He hoped the centre would open soon', action: false },
        { text: 'Trade grew by a fifth', action: false },
      ],
    });
    expect(out).toEqual([
      'Ties are strong, Song said in an address.',
      'Song stressed that both sides should do more.',
      'Song also congratulated the two sides on the signing.',
      'Song further hoped the centre would open soon.',
      'Trade grew by a fifth, Song added.',
    ]);
    expect(
      en.speech.paragraph({
        speakers: [song(false), { ...song(false), short: 'Wong' }],
        kind: 'address',
        points: [{ text: 'Ties are strong', action: false }],
      }),
    ).toEqual(['Ties are strong, Song and Wong both said.']);
  });

  it('writes what is to come in the future tense', () => {
    const preview = event('en', { mood: 'preview' });
    expect(en.lead.opening(preview)).toBe('The Exchange Meeting will be held on March 25.');
    expect(en.lead.spoke([{ kind: 'keynote', people: [song(false)] }], preview)).toBe('Song will deliver a keynote speech.');
    expect(en.headline({ event: 'Exchange Meeting', eventKind: 'forum', city: 'Qingdao', mood: 'preview' })).toBe(
      'Exchange Meeting to be held in Qingdao',
    );
  });

  it('adds "the" before the names of bodies and avoids a double full stop', () => {
    expect(en.policy('Qingdao Municipal Government', undefined, event('en'))).toBe(
      'The Qingdao Municipal Government gave a policy presentation.',
    );
    expect(en.policy('Hualu Group', undefined, event('en'))).toBe('Hualu Group gave a policy presentation.');
    expect(en.closing.organizers({ hosts: ['Acme Co., Ltd.'], coHosts: [], organizers: [], supporting: [] }, event('en'))).toBe(
      'The forum was hosted by Acme Co., Ltd.',
    );
  });

  it('states money per currency', () => {
    expect(en.money({ amount: 2_350_000_000, currency: 'CNY' })).toBe('2.35 billion yuan');
    expect(
      en.projects.value(
        {
          sums: [
            { amount: 1e9, currency: 'CNY' },
            { amount: 5e6, currency: 'USD' },
          ],
          priced: 3,
          count: 3,
        },
        'held',
      ),
    ).toBe('The projects are worth a combined 1 billion yuan and 5 million US dollars.');
  });
});

describe('referring expressions, title reminders and the house style', () => {
  const wang = (over: Partial<PersonMention> = {}): PersonMention => ({
    name: 'Wang Lei',
    short: 'Wang',
    honorific: '氏',
    full: false,
    positions: [],
    title: 'Vice Governor',
    ...over,
  });

  it('refers to a speaker by surname and by title in turn within a paragraph, never with the same frame twice', () => {
    const out = en.speech.paragraph({
      speakers: [wang()],
      kind: 'address',
      points: [
        { text: 'The two regions are natural partners', action: false },
        { text: 'introduced the province’s hydrogen plan', action: true },
        { text: 'the hydrogen corridor should open by 2027', action: false },
        { text: 'Ports must share data', action: false },
        { text: 'Universities will send more students', action: false },
      ],
    });
    expect(out).toEqual([
      'The two regions are natural partners, Wang said in an address.',
      'The vice governor also introduced the province’s hydrogen plan.',
      'Wang stressed that the hydrogen corridor should open by 2027.',
      'Ports must share data, the vice governor added.',
      'Universities will send more students, Wang said.',
    ]);
  });

  it('opens every other address paragraph with the occasion', () => {
    const points = [{ text: 'the two sides have much in common', action: false }];
    expect(en.speech.paragraph({ speakers: [wang()], kind: 'address', points, index: 1 })).toEqual([
      'In an address, Wang said the two sides have much in common.',
    ]);
    expect(ja.speech.paragraph({ speakers: [wang({ short: '王', name: '王磊' })], kind: 'address', points, index: 1 })[0]).toMatch(
      /語った。$/,
    );
    // a point that must open the sentence keeps its place and the frame names the event instead
    const named = [{ text: 'Qingdao will deepen cooperation', action: false }];
    expect(en.speech.paragraph({ speakers: [wang()], kind: 'address', points: named, index: 1, event: event('en') })).toEqual([
      'Qingdao will deepen cooperation, Wang told the forum.',
    ]);
  });

  it('does not repeat the title of a reminder in the next sentence', () => {
    const points = [
      { text: 'Qingdao will deepen cooperation', action: false },
      { text: 'Companies are welcome', action: false },
    ];
    expect(en.speech.paragraph({ speakers: [wang({ remind: true })], kind: 'address', points })).toEqual([
      'Qingdao will deepen cooperation, Vice Governor Wang said in an address.',
      'Companies are welcome, Wang added.',
    ]);
  });

  it('reminds the reader of the title after a long gap, in each language', () => {
    const later = { remind: true };
    expect(en.lead.presided([wang(later)], event('en'))).toBe('Vice Governor Wang presided over the forum.');
    expect(ja.lead.presided([wang({ ...later, short: '王', title: '副省長' })], event('ja'))).toBe('王副省長が司会を務めた。');
    expect(zh.lead.presided([wang({ ...later, short: '王磊', title: '副省长' })], event('zh'))).toBe('王磊副省长主持论坛。');
    expect(en.lead.presided([wang()], event('en'))).toBe('Wang presided over the forum.');
  });

  it('refers to the signatories of the sentence before as "they" (両氏)', () => {
    const agreement = { type: 'mou', title: 'Memorandum on Ports', parties: ['A', 'B'], unrepresented: [], planned: false };
    const signers = [
      { person: wang(), organization: 'A', statedInPosition: false },
      { person: { ...wang(), short: 'Brenner' }, organization: 'B', statedInPosition: false },
    ];
    expect(en.lead.signed(agreement, signers, [], event('en'), true)).toBe(
      'They signed the Memorandum on Ports on behalf of the two sides.',
    );
    const jaSigners = signers.map((x) => ({ ...x, person: { ...x.person, short: '王' } }));
    expect(ja.lead.signed({ ...agreement, title: '港湾覚書' }, jaSigners, [], event('ja'), true)).toBe(
      '両氏が双方を代表して「港湾覚書」に署名した。',
    );
  });

  it("names the party without a signatory as the one signed with, and closes the signatory's appositive", () => {
    const president = (name: string, short: string): PersonMention => ({
      name,
      short,
      honorific: '氏',
      full: true,
      positions: [{ titles: ['President'], organization: { id: 'u1', name: 'Nanjing University' } }],
    });
    const agreement = {
      type: 'mou',
      title: 'Memorandum on Exchange Students',
      parties: ['Nanjing University', 'Macau University of Science and Technology'],
      unrepresented: ['Macau University of Science and Technology'],
      planned: false,
    };
    const zhou = president('Zhou Wen', 'Zhou');
    // the position already names the organization signed for: no "for Nanjing University" after it
    expect(en.lead.signed(agreement, [{ person: zhou, organization: 'Nanjing University', statedInPosition: true }], [], event('en'))).toBe(
      'Zhou Wen, President of Nanjing University, signed the Memorandum on Exchange Students with the Macau University of Science and Technology.',
    );
    expect(
      en.lead.signed(agreement, [{ person: song(true), organization: 'Nanjing University', statedInPosition: false }], [], event('en')),
    ).toBe(
      'Song Junji, Vice Governor of Shandong Province, signed the Memorandum on Exchange Students for Nanjing University with the Macau University of Science and Technology.',
    );
    const zhZhou: PersonMention = {
      ...zhou,
      name: '周文',
      short: '周文',
      positions: [{ titles: ['校长'], organization: { id: 'u1', name: '南京大学' } }],
    };
    const zhAgreement = { ...agreement, title: '交换生协议', parties: ['南京大学', '澳门科技大学'], unrepresented: ['澳门科技大学'] };
    expect(zh.lead.signed(zhAgreement, [{ person: zhZhou, organization: '南京大学', statedInPosition: true }], [], event('zh'))).toBe(
      '南京大学校长周文代表南京大学与澳门科技大学签署《交换生协议》。',
    );
    const jaZhou: PersonMention = { ...zhZhou, positions: [{ titles: ['学長'], organization: { id: 'u1', name: '南京大学' } }] };
    expect(
      ja.lead.signed(
        { ...zhAgreement, title: '交換留学生協定', unrepresented: ['マカオ科技大学'] },
        [{ person: jaZhou, organization: '南京大学', statedInPosition: true }],
        [],
        event('ja'),
      ),
    ).toBe('南京大学を代表して南京大学学長の周文氏がマカオ科技大学との「交換留学生協定」に署名した。');
    // both parties with a signatory: nobody is "signed with"
    const both = [
      { person: zhou, organization: 'Nanjing University', statedInPosition: true },
      {
        person: { ...president('Li Hua', 'Li'), positions: [] },
        organization: 'Macau University of Science and Technology',
        statedInPosition: false,
      },
    ];
    expect(en.lead.signed({ ...agreement, unrepresented: [] }, both, [], event('en'))).toBe(
      'Zhou Wen, President of Nanjing University, and Li Hua of the Macau University of Science and Technology signed the Memorandum on Exchange Students on behalf of the two sides.',
    );
  });

  it('puts no "the" before a university named by its place, and keeps one a record or an "of" gives', () => {
    expect(the('Nanjing University')).toBe('Nanjing University');
    expect(the('Hong Kong Baptist University')).toBe('Hong Kong Baptist University');
    expect(the('The Hong Kong Polytechnic University')).toBe('the Hong Kong Polytechnic University');
    expect(the('University of Hong Kong')).toBe('the University of Hong Kong');
    expect(the('Shandong Provincial Department of Science and Technology')).toBe(
      'the Shandong Provincial Department of Science and Technology',
    );
    expect(the('Hong Kong Science Park')).toBe('the Hong Kong Science Park');
  });

  it('writes a delegation with its size, origin and head', () => {
    const head = { ...song(true) };
    expect(en.lead.delegation({ from: 'Osaka Prefecture', size: 8, head }, event('en'))).toBe(
      'An eight-member delegation from Osaka Prefecture led by Song Junji, Vice Governor of Shandong Province, attended the forum.',
    );
    expect(en.lead.delegation({ name: 'Osaka Business Delegation', size: 30 }, event('en', { kind: 'delegation_visit' }))).toBe(
      'The 30-member Osaka Business Delegation made the visit.',
    );
    expect(ja.lead.delegation({ from: '大阪府', size: 12, head: { ...wang(), short: '吉田' } }, event('ja'))).toBe(
      '吉田氏率いる大阪府の12人の代表団がフォーラムに参加した。',
    );
    expect(zh.lead.delegation({ from: '大阪府', size: 12, head: { ...wang(), short: '吉田健二' } }, event('zh'))).toBe(
      '以吉田健二为团长的大阪府12人代表团出席论坛。',
    );
    expect(zh.lead.delegation({ name: '大阪府经济代表团', size: 12 }, event('zh', { kind: 'delegation_visit', mood: 'preview' }))).toBe(
      '本次来访的将是大阪府经济代表团一行12人。',
    );
  });

  it('writes a title after a name in lower case when the house style says so, keeping what follows "of"', () => {
    expect(en.titleAfterName('Vice Governor', true)).toBe('Vice Governor');
    expect(en.titleAfterName('Vice Governor', false)).toBe('vice governor');
    expect(en.titleAfterName('CEO', false)).toBe('CEO');
    expect(en.titleAfterName('Chinese Ambassador', false)).toBe('Chinese ambassador');
    expect(en.titleAfterName('Party Secretary and Chairman', false)).toBe('Party secretary and chairman');
    expect(en.titleAfterName('Chief Representative for North and Northeast China', false)).toBe(
      'chief representative for North and Northeast China',
    );
    expect(ja.titleAfterName('副省長', false)).toBe('副省長');
  });

  it('writes each dateline form', () => {
    const d = { year: 2024, month: 3, day: 25 };
    expect(ja.dateline(d, '青島市', 'date_city')).toBe('2024年3月25日\u3000青島市');
    expect(ja.dateline(d, '青島市', 'bracket')).toBe('【青島市3月25日】');
    expect(zh.dateline(d, '青岛', 'dian')).toBe('青岛3月25日电');
    expect(zh.dateline(d, '青岛', 'date')).toBe('2024年3月25日');
  });
});

describe('ja', () => {
  const zhao: PersonMention = {
    name: '趙豪志',
    short: '趙',
    honorific: '氏',
    full: true,
    positions: [{ titles: ['副書記'], organization: { id: 'o', name: '青島市党委員会' } }, { titles: ['市長'] }],
  };

  it('puts titles before names with 氏 and uses the family name with 氏 afterwards', () => {
    expect(ja.lead.attended([zhao], event('ja'))).toBe('青島市党委員会副書記・市長の趙豪志氏が出席した。');
    expect(ja.lead.presided([{ ...zhao, full: false }], event('ja'))).toBe('趙氏が司会を務めた。');
    expect(ja.speech.quote({ ...zhao, full: false }, '前進する。', false)).toBe('「前進する」と趙氏は語った。');
    expect(ja.familyName('宋軍継', true)).toBe('宋');
    expect(ja.familyName('欧陽明', true)).toBe('欧陽');
    expect(ja.familyName('マリア・シュミット', false)).toBe('シュミット');
  });

  it('keeps key points grammatical: a noun ending takes だ, an action or a feeling is stated as such', () => {
    const out = ja.speech.paragraph({
      speakers: [{ ...zhao, full: false }],
      kind: 'address',
      points: [
        { text: '両地域は理想的なパートナー', action: false },
        { text: '協力を強化すべきだ', action: false },
        { text: '協定の締結に対する喜び', action: false },
        { text: '市の投資環境を紹介した', action: false },
      ],
    });
    expect(out).toEqual([
      '趙氏はあいさつで、両地域は理想的なパートナーだと述べた。',
      'また、協力を強化すべきだと強調した。',
      'さらに、協定の締結に対する喜びを示した。',
      'このほか、市の投資環境を紹介した。',
    ]);
  });

  it('counts with qualifiers, joins lists and writes money as newspapers do', () => {
    expect(ja.count(200, 'about', 'people')).toBe('約200人');
    expect(ja.count(200, 'over', 'people')).toBe('200人以上');
    expect(ja.count(200, 'nearly', 'people')).toBe('200人近く');
    expect(ja.list(['A', 'B'])).toBe('AとB');
    expect(ja.list(['A', 'B', 'C'])).toBe('A、B、C');
    expect(ja.date({ year: 2024, month: 3, day: 25 })).toBe('3月25日');
    expect(ja.money({ amount: 235_000_000, currency: 'CNY' })).toBe('2億3500万元');
    expect(ja.money({ amount: 200_000_000, currency: 'USD' })).toBe('2億米ドル');
  });

  it('writes what is to come as a plan', () => {
    expect(ja.lead.opening(event('ja', { mood: 'preview' }))).toBe('交流会が3月25日に開かれる予定だ。');
  });
});

describe('zh', () => {
  const a: PersonMention = {
    name: '宋军继',
    short: '宋军继',
    honorific: '氏',
    full: true,
    positions: [{ titles: ['副省长'], organization: { id: 'o', name: '山东省' } }],
  };
  const b: PersonMention = {
    name: '孙海生',
    short: '孙海生',
    honorific: '氏',
    full: true,
    positions: [{ titles: ['党组书记', '厅长'], organization: { id: 'p', name: '山东省科技厅' } }],
  };

  it('puts positions before names, 「，」 between people with positions, the event kind as the object', () => {
    expect(zh.lead.attended([a, b], event('zh'))).toBe('山东省副省长宋军继，山东省科技厅党组书记、厅长孙海生出席论坛。');
    expect(zh.lead.presided([{ ...a, full: false }], event('zh', { kind: 'signing_ceremony' }))).toBe('宋军继主持签约仪式。');
    expect(
      zh.lead.spoke(
        [
          { kind: 'opening_declaration', people: [{ ...b, full: false }] },
          { kind: 'address', people: [{ ...a, full: false }] },
        ],
        event('zh'),
      ),
    ).toBe('孙海生宣布论坛开幕，宋军继致辞。');
    expect(zh.speech.quote({ ...a, full: false }, '我们将继续努力', false)).toBe('“我们将继续努力。”宋军继说。');
  });

  it('writes actions as predicates and varies the verbs', () => {
    const out = zh.speech.paragraph({
      speakers: [{ ...a, full: false }],
      kind: 'address',
      points: [
        { text: '双方合作前景广阔', action: false },
        { text: '要加快项目落地', action: false },
        { text: '详细介绍了合作区建设情况', action: false },
        { text: '企业是合作的主体', action: false },
      ],
    });
    expect(out).toEqual([
      '宋军继在致辞中表示，双方合作前景广阔。',
      '宋军继强调，要加快项目落地。',
      '宋军继还详细介绍了合作区建设情况。',
      '宋军继指出，企业是合作的主体。',
    ]);
  });

  it('counts with qualifiers, joins lists and writes money in 亿 and 万', () => {
    expect(zh.count(200, 'about', 'people')).toBe('约200人');
    expect(zh.count(200, 'over', 'people')).toBe('200余人');
    expect(zh.count(200, 'nearly', 'people')).toBe('近200人');
    expect(zh.count(80, 'over', 'organizations')).toBe('80余家');
    expect(zh.list(['A', 'B', 'C'])).toBe('A、B和C');
    expect(zh.date({ year: 2024, month: 3, day: 25 }, { year: 2024, month: 3, day: 26 })).toBe('3月25日至26日');
    expect(zh.money({ amount: 2_350_000_000, currency: 'CNY' })).toBe('23.5亿元');
    expect(zh.money({ amount: 850_000, currency: 'USD' })).toBe('85万美元');
  });

  it('writes what is to come with 将', () => {
    expect(zh.lead.opening(event('zh', { mood: 'preview' }))).toBe('交流会将于3月25日举行。');
    expect(zh.lead.attended([{ ...a, full: false }], event('zh', { mood: 'preview' }))).toBe('宋军继将出席论坛。');
  });
});
