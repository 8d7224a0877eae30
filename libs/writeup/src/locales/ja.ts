import { cjkMoney, JA_CURRENCIES } from './cjk-money.js';
import type { CountQualifier, SpeechKind } from '../event-snapshot.js';
import type { CountNoun, LocalDate, LocaleRules, PersonMention } from './locale.js';

/** Japanese in the style of a newspaper: plain 「〜した」 endings, titles before names with 「氏」. */

const SECTORS: Record<string, string> = {
  ai: '人工知能',
  biomedicine: 'バイオ医薬',
  digital_economy: 'デジタル経済',
  advanced_manufacturing: '先端製造',
  new_energy: '新エネルギー',
  new_materials: '新素材',
  marine_economy: '海洋経済',
  finance: '金融',
  logistics: '物流',
  education: '教育',
  healthcare: '医療・健康',
  communications: '通信',
  culture_tourism: '文化・観光',
  agriculture: '農業',
  other: 'その他',
};

const SPEECH_CONTEXT: Record<SpeechKind, string> = {
  address: 'あいさつで、',
  keynote: '基調講演で、',
  remarks: '、',
  statement: '、',
};

/** A text set inside a sentence: no closing 「。」. */
const clause = (text: string) => text.trim().replace(/[。．\s]+$/, '');
/** A text set inside 「」: inner brackets become 『』. */
const inner = (text: string) => clause(text).replace(/「/g, '『').replace(/」/g, '』');
const unbracket = (text: string) => text.trim().replace(/^「(.*)」$/, '$1');

/** 「A」「AとB」「A、B、C」 */
function list(items: readonly string[]): string {
  if (items.length === 2) return `${items[0]}と${items[1]}`;
  return items.join('、');
}

/** 「山東省副省長の宋軍継氏」 on first mention, 「宋軍継氏」 afterwards. */
function person(m: PersonMention): string {
  if (!m.full || m.positions.length === 0) return `${m.name}氏`;
  const parts = m.positions.map((g) => (g.organization?.name ?? '') + g.titles.join('・'));
  const sep = parts.length > 1 && parts.some((p) => p.includes('・')) ? '兼' : '・';
  return `${parts.join(sep)}の${m.name}氏`;
}

const people = (ms: PersonMention[]) => ms.map(person).join('、');

function date(start: LocalDate, end?: LocalDate): string {
  const day = `${start.month}月${start.day}日`;
  if (!end) return day;
  if (end.year !== start.year) return `${start.year}年${day}から${end.year}年${end.month}月${end.day}日まで`;
  return end.month === start.month ? `${day}から${end.day}日まで` : `${day}から${end.month}月${end.day}日まで`;
}

function count(n: number, qualifier: CountQualifier, noun: CountNoun): string {
  const unit = noun === 'people' ? '人' : '件';
  switch (qualifier) {
    case 'about':
      return `約${n}${unit}`;
    case 'over':
      return `${n}${unit}以上`;
    case 'nearly':
      return `${n}${unit}近く`;
    default:
      return `${n}${unit}`;
  }
}

function place(venue?: string, city?: string): string | undefined {
  if (venue && city) return venue.includes(city.replace(/[市省県区]$/, '')) ? venue : `${city}の${venue}`;
  return venue ?? city;
}

export const ja: LocaleRules = {
  lang: 'ja',
  sentenceSeparator: '',
  orgNameForm: 'short',
  docx: { font: 'Noto Sans CJK JP', eastAsiaFont: 'Noto Sans CJK JP', languageTag: 'ja-JP' },

  list,
  count,
  sector: (key) => SECTORS[key],
  date,
  dateline: (d, city) => `${d.year}年${d.month}月${d.day}日${city ? `　${city}` : ''}`,
  headline: (event, where) => (where ? `${event}が${where}で開催` : `${event}を開催`),
  closeSentence: (text) => (/[。！？」』）)]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`),

  lead: {
    opening(e) {
      const where = place(e.venue, e.city);
      const rest = `${e.theme ? `「${unbracket(e.theme)}」をテーマに` : ''}${where ? `${where}で` : ''}`;
      const when = date(e.start, e.end);
      if (rest) return `${e.title}が${when}、${rest}開かれた。`;
      return `${e.title}が${when}${e.end ? '' : 'に'}開かれた。`;
    },
    speakers: (ms) => `${people(ms)}が出席し、あいさつした。`,
    presiders: (ms) => `${people(ms)}が司会を務めた。`,
    guests: (ms, also) => `${people(ms)}${also ? 'も' : 'が'}出席した。`,
  },

  speech: {
    keyPoint(m, kind, text, index) {
      if (index === 1) return `また、${clause(text)}と語った。`;
      if (index > 1) return `さらに、${clause(text)}と述べた。`;
      return `${person(m)}は${SPEECH_CONTEXT[kind]}${clause(text)}と述べた。`;
    },
    quote: (m, text) => `「${inner(text)}」と${person(m)}は語った。`,
  },

  unveiling: {
    heading: (subjects) => `${list(subjects)}を除幕`,
    sentence: (subjects) => `会場では${list(subjects)}の除幕式が行われた。`,
  },

  mou: {
    heading: () => '協力覚書に調印',
    signed: ({ title, parties }) =>
      parties.length > 0 ? `${list(parties)}は「${unbracket(title)}」に調印した。` : `「${unbracket(title)}」の調印が行われた。`,
    purpose: (purpose, n) => `${n === 2 ? '両者' : n > 2 ? `${n}者` : '当事者'}はこの覚書に基づき、${clause(purpose)}。`,
    signatories: (s) => `覚書には、${s.map((x) => `${x.organization}を代表して${person(x.person)}`).join('、')}が署名した。`,
    witnesses: (ms) => `${people(ms)}が調印に立ち会った。`,
  },

  projects: {
    heading: (n) => `協力プロジェクト${n}件が調印`,
    signed({ count: n, named }) {
      if (named.length < n) return `会場では、${named.join('、')}など計${n}件の協力プロジェクトが調印された。`;
      if (n === 1) return `会場では、協力プロジェクト「${unbracket(named[0])}」が調印された。`;
      return `会場では、${named.join('、')}の計${n}件の協力プロジェクトが調印された。`;
    },
    sectors: (names) => (names.length === 1 ? `対象分野は${names[0]}。` : `対象分野は${list(names)}に及ぶ。`),
    value: ({ amount, currency, priced, count: n }) =>
      priced === n
        ? `契約総額は${cjkMoney(amount, currency, '億', JA_CURRENCIES)}に上る。`
        : `このうち${priced}件の契約額は合計${cjkMoney(amount, currency, '億', JA_CURRENCIES)}。`,
  },

  policy(org, subject) {
    if (org && subject) return `${org}は会場で${subject}について説明した。`;
    if (org) return `${org}は会場で政策説明を行った。`;
    if (subject) return `会場では${subject}についての説明が行われた。`;
    return '会場では政策説明も行われた。';
  },

  visit: {
    matchmaking: () => '会場では商談会も開かれた。',
    siteVisit(subject, after) {
      const lead = after ? '商談会の後、出席者らは' : '出席者らはその後、';
      return subject ? `${lead}${subject}を視察した。` : `${lead}現地を視察した。`;
    },
  },

  closing: {
    groups: (groups) => `${groups.map((g) => `${g.category}から${count(g.count, g.qualifier, 'people')}`).join('、')}が参加した。`,
    others(ms, orgs) {
      const names = ms.map((m) => `${m.name}氏`).join('、');
      return orgs.length > 0 ? `このほか、${list(orgs)}から${names}らが出席した。` : `このほか、${names}らが出席した。`;
    },
    hosts(hosts, coHosts) {
      const h = list(hosts);
      const c = list(coHosts);
      if (h && c) return `${h}が主催し、${c}が共催した。`;
      return h ? `${h}が主催した。` : `${c}が共催した。`;
    },
  },
};
