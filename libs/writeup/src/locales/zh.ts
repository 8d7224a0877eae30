import { cjkMoney, ZH_CURRENCIES } from './cjk-money.js';
import type { CountQualifier, SpeechKind } from '../event-snapshot.js';
import type { CountNoun, LocalDate, LocaleRules, PersonMention } from './locale.js';

/** Chinese in the style of government news (Xinhua): positions before names, full-width punctuation. */

const SECTORS: Record<string, string> = {
  ai: '人工智能',
  biomedicine: '生物医药',
  digital_economy: '数字经济',
  advanced_manufacturing: '先进制造',
  new_energy: '新能源',
  new_materials: '新材料',
  marine_economy: '海洋经济',
  finance: '金融',
  logistics: '物流',
  education: '教育',
  healthcare: '医疗健康',
  communications: '通信',
  culture_tourism: '文化旅游',
  agriculture: '农业',
  other: '其他',
};

const SPEECH_CONTEXT: Record<SpeechKind, string> = {
  address: '在致辞中',
  keynote: '在主旨演讲中',
  remarks: '在发言中',
  statement: '',
};

/** A text set inside a sentence: no closing punctuation. */
const clause = (text: string) => text.trim().replace(/[。；，,.\s]+$/, '');
/** A quoted text: inner quotes become single, closed with a full stop. */
const quoted = (text: string) => {
  const q = text.trim().replace(/“/g, '‘').replace(/”/g, '’');
  return /[。！？…]$/.test(q) ? q : `${clause(q)}。`;
};
const unbracket = (text: string) => text.trim().replace(/^《(.*)》$/, '$1');

/** 「A」「A和B」「A、B和C」 */
function list(items: readonly string[], and = '和'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('、')}${and}${items.at(-1)}`;
}

/** 「山东省副省长宋军继」 on first mention, 「宋军继」 afterwards. */
function person(m: PersonMention): string {
  if (!m.full || m.positions.length === 0) return m.name;
  return m.positions.map((g) => (g.organization?.name ?? '') + g.titles.join('、')).join('、') + m.name;
}

/** People with positions are separated by 「，」, bare names by 「、」. */
function people(ms: PersonMention[]): string {
  const withPositions = ms.some((m) => m.full && m.positions.length > 0);
  return ms.map(person).join(withPositions ? '，' : '、');
}

function date(start: LocalDate, end?: LocalDate): string {
  const day = `${start.month}月${start.day}日`;
  if (!end) return day;
  if (end.year !== start.year) return `${start.year}年${day}至${end.year}年${end.month}月${end.day}日`;
  return end.month === start.month ? `${day}至${end.day}日` : `${day}至${end.month}月${end.day}日`;
}

function count(n: number, qualifier: CountQualifier, noun: CountNoun): string {
  const unit = noun === 'people' ? '人' : '个';
  switch (qualifier) {
    case 'about':
      return `约${n}${unit}`;
    case 'over':
      return `${n}余${unit}`;
    case 'nearly':
      return `近${n}${unit}`;
    default:
      return `${n}${unit}`;
  }
}

function place(venue?: string, city?: string): string | undefined {
  if (venue && city) return venue.includes(city.replace(/[市省]$/, '')) ? venue : `${city}${venue}`;
  return venue ?? city;
}

export const zh: LocaleRules = {
  lang: 'zh',
  sentenceSeparator: '',
  orgNameForm: 'short',
  docx: { font: 'Microsoft YaHei', eastAsiaFont: 'Microsoft YaHei', languageTag: 'zh-CN' },

  list: (items) => list(items),
  count,
  sector: (key) => SECTORS[key],
  date,
  dateline: (d, city) => `${d.year}年${d.month}月${d.day}日${city ? `　${city}` : ''}`,
  headline: (event, where) => (where ? `${event}在${where}举行` : `${event}举行`),
  closeSentence: (text) => (/[。！？”」）)]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`),

  lead: {
    opening(e) {
      const where = place(e.venue, e.city);
      const theme = e.theme ? `以“${e.theme}”为主题的` : '';
      return `${date(e.start, e.end)}，${theme}${e.title}${where ? `在${where}` : ''}举行。`;
    },
    speakers: (ms) => `${people(ms)}出席并致辞。`,
    presiders: (ms) => `${people(ms)}主持活动。`,
    guests: (ms) => `${people(ms)}出席活动。`,
  },

  speech: {
    keyPoint(m, kind, text, index) {
      if (index === 1) return `${m.name}指出，${clause(text)}。`;
      if (index > 1) return `${m.name}强调，${clause(text)}。`;
      return `${person(m)}${SPEECH_CONTEXT[kind]}表示，${clause(text)}。`;
    },
    quote: (m, text) => `“${quoted(text)}”${person(m)}说。`,
  },

  unveiling: {
    heading: (subjects) => `${list(subjects)}揭牌`,
    sentence: (subjects) => `活动中，${list(subjects)}正式揭牌。`,
  },

  mou: {
    heading: () => '签署合作备忘录',
    signed: ({ title, parties }) =>
      parties.length > 0 ? `${list(parties, '与')}签署《${unbracket(title)}》。` : `活动现场签署了《${unbracket(title)}》。`,
    purpose: (purpose, n) => `根据备忘录，${n === 2 ? '双方' : '各方'}将${clause(purpose)}。`,
    signatories(s) {
      if (s.length === 1) return `${person(s[0].person)}代表${s[0].organization}签约。`;
      return `${people(s.map((x) => x.person))}分别代表${s.map((x) => x.organization).join('、')}签约。`;
    },
    witnesses: (ms) => `${people(ms)}见证签约。`,
  },

  projects: {
    heading: (n) => (n === 1 ? '合作项目签约' : `${n}个合作项目集中签约`),
    signed({ count: n, named }) {
      if (named.length < n) return `活动现场，${named.join('、')}等${n}个合作项目集中签约。`;
      if (n === 1) return `活动现场，${named[0].endsWith('项目') ? named[0] : `${named[0]}项目`}签约。`;
      return `活动现场，${list(named)}共${n}个合作项目集中签约。`;
    },
    sectors: (names) => (names.length === 1 ? `签约项目属于${names[0]}领域。` : `签约项目涵盖${names.join('、')}等领域。`),
    value: ({ amount, currency, priced, count: n }) =>
      priced === n
        ? `签约总金额${cjkMoney(amount, currency, '亿', ZH_CURRENCIES)}。`
        : `其中${priced}个项目签约金额合计${cjkMoney(amount, currency, '亿', ZH_CURRENCIES)}。`,
  },

  policy(org, subject) {
    if (org && subject) return `${org}在活动现场作政策推介，介绍了${subject}。`;
    if (org) return `${org}在活动现场作政策推介。`;
    if (subject) return `活动现场推介了${subject}。`;
    return '活动现场还进行了政策推介。';
  },

  visit: {
    matchmaking: () => '活动期间还举行了商务对接会。',
    siteVisit(subject, after) {
      const lead = after ? '对接会后，与会领导' : '与会领导还';
      return subject ? `${lead}实地考察了${subject}。` : `${lead}进行了实地考察。`;
    },
  },

  closing: {
    groups: (groups) => `${groups.map((g) => `来自${g.category}的${count(g.count, g.qualifier, 'people')}`).join('、')}参加活动。`,
    others(ms, orgs) {
      const names = ms.map((m) => m.name).join('、');
      return orgs.length > 0 ? `${orgs.join('、')}负责同志${names}等参加活动。` : `${names}等参加活动。`;
    },
    hosts(hosts, coHosts) {
      const h = list(hosts);
      const c = list(coHosts);
      if (h && c) return `本次活动由${h}主办，${c}协办。`;
      return h ? `本次活动由${h}主办。` : `本次活动由${c}协办。`;
    },
  },
};
