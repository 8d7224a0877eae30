import { zhMoney } from './cjk-money.js';
import type { CountQualifier, SpeechKind } from '../event-snapshot.js';
import type { Warning } from '../types.js';
import type { CountNoun, EventFacts, LocalDate, LocaleRules, Mood, PersonMention, SignatoryFacts } from './locale.js';

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

/** The word for the event in running text (主持论坛, 签约仪式上). */
export const EVENT_NOUNS: Record<string, string> = {
  exchange_meeting: '交流会',
  forum: '论坛',
  signing_ceremony: '签约仪式',
  conference: '会议',
  joint_committee: '会议',
  expo: '博览会',
  seminar: '研讨会',
  unveiling_ceremony: '揭牌仪式',
};
const noun = (e: EventFacts) => EVENT_NOUNS[e.kind] ?? '活动';
/** 「交流会上」 the first time, then 「会上」, 「现场」 (「活动中」 for events without a kind word) */
const at = (e: EventFacts) => {
  const n = e.scene.uses++;
  if (n === 0) return EVENT_NOUNS[e.kind] ? `${noun(e)}上` : '活动中';
  return n % 2 === 1 ? '会上' : '现场';
};

const DOCUMENTS: Record<string, [string, string]> = {
  mou: ['合作备忘录', '备忘录'],
  agreement: ['合作协议', '协议'],
  strategic_cooperation_agreement: ['战略合作协议', '协议'],
  framework_agreement: ['框架协议', '协议'],
  letter_of_intent: ['合作意向书', '意向书'],
  declaration: ['联合宣言', '宣言'],
  minutes: ['会议纪要', '纪要'],
  sister_city_agreement: ['友好城市关系协议书', '协议书'],
  sister_province_agreement: ['友好省州关系协议书', '协议书'],
  contract: ['合同', '合同'],
};
const doc = (type: string) => (DOCUMENTS[type] ?? DOCUMENTS.agreement)[0];
const docShort = (type: string) => (DOCUMENTS[type] ?? DOCUMENTS.agreement)[1];

const SPEECH_CONTEXT: Record<SpeechKind, string> = {
  opening_declaration: '',
  welcome_address: '在欢迎辞中',
  address: '在致辞中',
  keynote: '在主旨演讲中',
  keynote_report: '在主旨报告中',
  remarks: '在发言中',
  statement: '',
  toast: '在祝酒辞中',
  closing_remarks: '在总结讲话中',
};

const SPOKE: Record<SpeechKind, (e: EventFacts) => string> = {
  opening_declaration: (e) => `宣布${noun(e)}开幕`,
  welcome_address: () => '致欢迎辞',
  address: () => '致辞',
  keynote: () => '作主旨演讲',
  keynote_report: () => '作主旨报告',
  remarks: () => '发言',
  statement: () => '发言',
  toast: () => '致祝酒辞',
  closing_remarks: () => '作总结讲话',
};

/** A text set inside a sentence: no closing punctuation. */
const clause = (text: string) => text.trim().replace(/[。；，,.\s]+$/, '');
/** A quoted text: inner quotes become single, closed with a full stop. */
const quoted = (text: string) => {
  const q = text.trim().replace(/“/g, '‘').replace(/”/g, '’');
  return /[。！？…]$/.test(q) ? q : `${clause(q)}。`;
};
const unbracket = (text: string) => text.trim().replace(/^《(.*)》$/, '$1');
/** Points that say what the speaker did (详细介绍了…, 对…表示祝贺) are stated as predicates, not after 「表示，」. */
const ACTION = /^(详细|简要|全面|重点|系统)?(介绍|回顾|通报|阐述|解读|宣布|祝贺|感谢|代表|向|对|肯定|赞扬|就)|表示/;
const EMPHATIC = /要|必须|应当|应该|需要|务必|一定/;

/** 「A」「A和B」「A、B和C」 */
export function list(items: readonly string[], and = '和'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('、')}${and}${items.at(-1)}`;
}

/** 「山东省副省长宋军继」 on first mention, 「宋军继」 afterwards, 「宋军继副省长」 after a long gap. */
export function person(m: PersonMention): string {
  if (!m.full) return m.remind && m.title ? `${m.short}${m.title}` : m.short;
  const behalf = m.behalf ? `（受${person(m.behalf)}委托）` : '';
  if (m.positions.length === 0) return m.name + behalf;
  return m.positions.map((g) => (g.organization?.name ?? '') + g.titles.join('、')).join('、') + m.name + behalf;
}

/** People with positions are separated by 「，」, bare names by 「、」. */
function people(ms: PersonMention[]): string {
  const withPositions = ms.some((m) => m.full && m.positions.length > 0);
  return ms.map(person).join(withPositions ? '，' : '、');
}

/** 「将」 before the verb of what is to come. */
const will = (mood: Mood) => (mood === 'preview' ? '将' : '');

function date(start: LocalDate, end?: LocalDate): string {
  const day = `${start.month}月${start.day}日`;
  if (!end) return day;
  if (end.year !== start.year) return `${start.year}年${day}至${end.year}年${end.month}月${end.day}日`;
  return end.month === start.month ? `${day}至${end.day}日` : `${day}至${end.month}月${end.day}日`;
}

const UNITS: Record<CountNoun, string> = { people: '人', projects: '个', organizations: '家', agreements: '份' };

function count(n: number, qualifier: CountQualifier, noun: CountNoun): string {
  const unit = UNITS[noun];
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

function signers(s: SignatoryFacts[]): string {
  return list(
    s.map((x) => person(x.person)),
    '与',
  );
}

const KINDS: Record<Warning['recordType'], string> = {
  event: '活动',
  person: '人员',
  attendee: '出席记录',
  speech: '讲话',
  mou: '协议',
  project: '项目',
  group: '参会群体',
  agenda: '议程',
  organization: '机构',
  delegation: '代表团',
};

function note(w: Warning): string {
  const where = `${KINDS[w.recordType]}（${w.field}）`;
  switch (w.code) {
    case 'TRANSLATION_NEEDED':
      return `待翻译：${where}没有中文记录。原文（${w.used}）：${w.text ?? ''}`;
    case 'LANGUAGE_FALLBACK':
      return `${where}没有中文记录，使用了${w.used}文本。`;
    case 'MISSING_TEXT':
      return `${where}记录为空。`;
    case 'UNKNOWN_SECTOR':
      return `${where}的领域没有中文名称。`;
    case 'INVALID_TIME_ZONE':
      return '时区无效，日期按协调世界时计算。';
    case 'PROTOCOL_TIE':
      return `${where}与前一位的排序相同，已按登记顺序排列，请核对排序。`;
    case 'HELD_IN_FUTURE':
      return '活动标记为已举行，但日期晚于今天。';
    case 'NOT_MARKED_HELD':
      return '活动日期已过，但未标记为已举行，稿件按已举行撰写。';
    case 'UNCONFIRMED_ATTENDANCE':
      return `${where}仅受邀、未确认出席，稿件未写入。`;
  }
}

export const zh: LocaleRules = {
  lang: 'zh',
  sentenceSeparator: '',
  orgNameForm: 'short',
  headlineLength: 36,

  placeholder: (original) => (original ? `【待翻译：${original}】` : '【待翻译】'),
  list: (items) => list(items),
  count,
  money: zhMoney,
  sector: (key) => SECTORS[key],
  // Chinese and Japanese names stay whole; a transcribed foreign name (英格丽德·索尔贝格) is shortened to the surname
  familyName: (name, _chinese, recorded) => (/[·・]/.test(name) ? (recorded ?? name.split(/[·・]/).at(-1)!) : name),
  date,
  dateline(d, city, form) {
    if (form === 'dian') return `${city ?? ''}${d.month}月${d.day}日电`;
    return `${d.year}年${d.month}月${d.day}日${city && form === 'date_city' ? `\u3000${city}` : ''}`;
  },
  titleAfterName: (title) => title,
  headline({ event, eventKind, place: where, mood, news }) {
    if (mood === 'preview') return where ? `${event}将在${where}举行` : `${event}将举行`;
    let item: string | undefined;
    if (news?.kind === 'agreement') {
      const what = news.count === 1 ? doc(news.type) : `${news.count}份合作文件`;
      item = news.parties.length === 2 && news.count === 1 ? `${news.parties[0]}与${news.parties[1]}签署${what}` : `签署${what}`;
    } else if (news?.kind === 'projects') {
      const value = news.value?.length === 1 ? `总金额${zhMoney(news.value[0])}` : '';
      item = `${news.count}个项目集中签约${value ? ` ${value}` : ''}`;
    } else if (news?.kind === 'unveiling') {
      item = `${news.subject}揭牌`;
    }
    // a visit's title is a sentence of its own (代表团访问大连): nothing is "held"
    const visit = eventKind === 'delegation_visit';
    const held = visit ? event : where ? `${event}在${where}举行` : `${event}举行`;
    if (!item) return held;
    if (news?.kind === 'agreement' && news.parties.length > 0) return item;
    const full = `${event}${visit ? '' : '举行'} ${item}`;
    return full.length <= this.headlineLength ? full : item;
  },
  closeSentence: (text) => (/[。！？”」）)]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`),

  lead: {
    opening(e) {
      const where = place(e.venue, e.city);
      const theme = e.theme ? `以“${e.theme}”为主题的` : '';
      if (e.kind === 'delegation_visit') {
        const rest = where ? `，${e.mood === 'preview' ? '相关活动将' : '相关活动'}在${where}举行` : '';
        return `${date(e.start, e.end)}，${e.title}${rest}。`;
      }
      if (e.mood === 'preview') return `${theme}${e.title}将于${date(e.start, e.end)}${where ? `在${where}` : ''}举行。`;
      return `${date(e.start, e.end)}，${e.parent ? `${e.parent}期间，` : ''}${theme}${e.title}${where ? `在${where}` : ''}举行。`;
    },
    focus: (e, sectors) => `本次${noun(e)}${will(e.mood)}聚焦${list(sectors)}领域。`,
    attended: (ms, e) => `${people(ms)}${will(e.mood)}出席${noun(e)}。`,
    presided(ms, e, spoke) {
      const also = spoke ? `并${SPOKE[spoke](e)}` : '';
      if (ms.length === 1) return `${person(ms[0])}${will(e.mood)}主持${noun(e)}${also}。`;
      return `${people(ms)}${will(e.mood)}共同主持${noun(e)}${also}。`;
    },
    spoke: (groups, e) => `${groups.map((g) => `${people(g.people)}${will(e.mood)}${SPOKE[g.kind](e)}`).join('，')}。`,
    delegation(d, e) {
      const led = d.head ? `以${person(d.head)}为团长的` : '';
      const what = d.name ? `${d.name}${d.size ? `一行${d.size}人` : ''}` : `${d.from ?? ''}${d.size ? `${d.size}人` : ''}代表团`;
      // the visit is the event itself: say who made it rather than that it was made again
      if (e.kind === 'delegation_visit') return `本次来访的${e.mood === 'preview' ? '将' : ''}是${led}${what}。`;
      return `${led}${what}${will(e.mood)}出席${noun(e)}。`;
    },
    // Chinese names the signatories again, as its news does
    signed(a, s, witnesses, e) {
      const planned = a.planned || e.mood === 'preview';
      const witnessed = witnesses.length > 0 ? `在${people(witnesses)}的见证下，` : '';
      const others = a.unrepresented;
      // the parties without a signatory are the ones signed with: 代表A与B签署
      const behalf =
        s.length === 1
          ? `代表${s[0].organization}`
          : others.length > 0
            ? `分别代表${s.map((x) => x.organization).join('、')}`
            : s.length === 2
              ? '分别代表双方'
              : '分别代表各方';
      const counterpart = others.length > 0 ? `与${others.join('、')}` : '';
      return `${witnessed}${signers(s)}${behalf}${counterpart}${planned ? '将' : ''}签署《${unbracket(a.title)}》。`;
    },
  },

  speech: {
    paragraph({ speakers, kind, points }) {
      const used = new Set<string>(['表示']);
      const verb = (text: string) => {
        const options = EMPHATIC.test(text) ? ['强调', '指出', '认为'] : ['指出', '认为', '强调'];
        const chosen = options.find((v) => !used.has(v)) ?? '还表示';
        used.add(chosen);
        return chosen;
      };
      const joint = speakers.length > 1;
      const first = joint ? `${list(speakers.map(person), '、')}均` : `${person(speakers[0])}${SPEECH_CONTEXT[kind]}`;
      const again = joint ? list(speakers.map((m) => m.short)) : speakers[0].short;
      return points.map((p, i) => {
        const text = clause(p.text);
        if (p.action || ACTION.test(text)) return i === 0 ? `${first}${text}。` : `${again}还${text}。`;
        return i === 0 ? `${first}表示，${text}。` : `${again}${verb(text)}，${text}。`;
      });
    },
    quote: (m, text) => `“${quoted(text)}”${person(m)}说。`,
  },

  unveiling: {
    heading: (subjects, mood) => `${list(subjects)}${will(mood)}揭牌`,
    sentence(subjects, performers, e) {
      if (performers.length === 1) return `${people(performers)}${will(e.mood)}为${list(subjects)}揭牌。`;
      if (performers.length > 1) return `${people(performers)}${will(e.mood)}共同为${list(subjects)}揭牌。`;
      return `${at(e)}，${list(subjects)}${will(e.mood)}正式揭牌。`;
    },
  },

  mou: {
    heading(types, mood) {
      const what = new Set(types).size === 1 ? doc(types[0]) : '合作文件';
      return `${will(mood)}签署${what}`;
    },
    signed(a, e) {
      const planned = a.planned || e.mood === 'preview' ? '将' : '';
      return a.parties.length > 0
        ? `${list(a.parties, '与')}${planned}签署《${unbracket(a.title)}》。`
        : `${at(e)}${planned}签署《${unbracket(a.title)}》。`;
    },
    purpose: (purpose, n, type) => `根据${docShort(type)}，${n === 2 ? '双方' : '各方'}将${clause(purpose)}。`,
    sectors: (sectors, type) => `${docShort(type)}涵盖${list(sectors)}领域。`,
    signatories(s, _type, planned) {
      const w = planned ? '将' : '';
      if (s.length === 1) return `${person(s[0].person)}代表${s[0].organization}${w}签约。`;
      return `${people(s.map((x) => x.person))}分别代表${s.map((x) => x.organization).join('、')}${w}签约。`;
    },
    witnesses: (ms, planned) => `${people(ms)}${planned ? '将' : ''}见证签约。`,
  },

  projects: {
    heading: (n, mood) => (n === 1 ? `合作项目${will(mood)}签约` : `${n}个合作项目${will(mood)}集中签约`),
    signed({ count: n, named }, e) {
      const w = will(e.mood);
      if (named.length < n) return `${at(e)}，${named.join('、')}等${n}个合作项目${w}集中签约。`;
      if (n === 1) return `${at(e)}，${named[0].endsWith('项目') ? named[0] : `${named[0]}项目`}${w}签约。`;
      return `${at(e)}，${list(named)}共${n}个合作项目${w}集中签约。`;
    },
    sectors: (names) => (names.length === 1 ? `签约项目属于${names[0]}领域。` : `签约项目涵盖${list(names)}领域。`),
    value: ({ sums, priced, count: n }) =>
      priced === n ? `签约总金额${list(sums.map(zhMoney))}。` : `其中${priced}个项目签约金额合计${list(sums.map(zhMoney))}。`,
    total(t, e) {
      const what = t.category ?? (t.kind === 'projects' ? '项目' : doc(t.documentType ?? 'agreement'));
      const n = count(t.count, t.qualifier, t.kind);
      const verb = t.kind === 'projects' ? '签约' : '签署';
      const head = t.cumulative ? `截至目前，累计${verb}` : `${at(e)}，${will(e.mood)}${t.kind === 'projects' ? '集中签约' : '签署'}`;
      const sectors = t.sectorCount ? `，涵盖${t.sectorCount}个领域` : '';
      const value = t.value ? `，总金额${zhMoney(t.value)}` : '';
      return `${head}${what}${n}${sectors}${value}。`;
    },
  },

  policy(org, subject, e) {
    const w = will(e.mood);
    if (org && subject) return `${org}${w}作政策推介，${e.mood === 'preview' ? '介绍' : '介绍了'}${subject}。`;
    if (org) return `${org}${w}作政策推介。`;
    if (subject) return `${at(e)}，${w}推介${subject}。`;
    return `${at(e)}还${w}进行政策推介。`;
  },

  visit: {
    matchmaking: (e) => `${noun(e)}期间还${e.mood === 'preview' ? '将举行' : '举行了'}商务对接会。`,
    siteVisit(subject, after, performers, e) {
      const when = after ? '商务对接会后，' : '';
      const visited = e.mood === 'preview' ? '将实地考察' : '实地考察了';
      if (performers.length > 0) return `${when}${people(performers)}${visited}${subject ?? '项目现场'}。`;
      // nobody recorded as making the visit: the programme had one, without saying who went
      const arranged = e.mood === 'preview' ? '还将安排' : '还安排了';
      return `${when || `${noun(e)}期间，`}${arranged}${subject ? `${subject}` : ''}实地考察。`;
    },
  },

  closing: {
    groups(groups, e) {
      const items = groups.map((g) => {
        if (g.count === null) return g.category;
        if (g.unit === 'organizations') return `${count(g.count, g.qualifier, 'organizations')}${g.category}`;
        return `来自${g.category}的${count(g.count, g.qualifier, 'people')}`;
      });
      return `${items.join('、')}${will(e.mood)}参加${noun(e)}。`;
    },
    others(ms, orgs, e) {
      const names = ms.map((m) => m.name).join('、');
      return `${orgs.length > 0 ? `${orgs.join('、')}的` : ''}${names}也${e.mood === 'preview' ? '将参加' : '参加了'}${noun(e)}。`;
    },
    crowd({ count: n, fromOrganizations, organizations: orgs, organizationCount, companies }, e) {
      const verb = `${e.mood === 'preview' ? '将参加' : '参加了'}${noun(e)}`;
      const people = count(n, 'exact', 'people');
      if (orgs.length === 0) return `另有${people}${verb}。`;
      const from =
        organizationCount > orgs.length
          ? `${orgs.join('、')}等${count(organizationCount, 'exact', 'organizations')}${companies ? '企业' : '单位'}`
          : list(orgs);
      if (fromOrganizations === n) return `另有来自${from}的${people}${verb}。`;
      return `另有${people}${verb}，其中${count(fromOrganizations, 'exact', 'people')}来自${from}。`;
    },
    organizers({ hosts, coHosts, organizers, supporting }, e) {
      const parts: string[] = [];
      const add = (names: string[], role: string) => {
        if (names.length > 0) parts.push(`${parts.length === 0 ? '由' : ''}${names.join('、')}${role}`);
      };
      add(hosts, '主办');
      add(coHosts, '联合主办');
      add(organizers, '承办');
      add(supporting, '协办');
      return `本次${noun(e)}${parts.join('，')}。`;
    },
  },

  notes: { heading: '编辑提示', warning: note },
};
