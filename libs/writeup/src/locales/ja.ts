import { jaMoney } from './cjk-money.js';
import type { CountQualifier, SpeechKind } from '../event-snapshot.js';
import type { Warning } from '../types.js';
import type { CountNoun, EventFacts, LocalDate, LocaleRules, Mood, PersonMention, SignatoryFacts } from './locale.js';

/** Japanese in the style of a newspaper: plain 「〜した」 endings, titles before names with 「氏」, 〇〇氏 by family name later. */

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

/** The word for the event in running text. */
export const EVENT_NOUNS: Record<string, string> = {
  exchange_meeting: '交流会',
  forum: 'フォーラム',
  signing_ceremony: '調印式',
  delegation_visit: '訪問',
  conference: '会議',
  joint_committee: '会議',
  expo: '博覧会',
  seminar: 'セミナー',
  unveiling_ceremony: '除幕式',
};
const noun = (e: EventFacts) => EVENT_NOUNS[e.kind] ?? '行事';
/** 「交流会では」 the first time, then 「会場では」, 「同日、」 */
const at = (e: EventFacts) => {
  const n = e.scene.uses++;
  if (n === 0) return `${noun(e)}では`;
  return n % 2 === 1 ? '会場では' : '同日、';
};

const DOCUMENTS: Record<string, string> = {
  mou: '覚書',
  agreement: '協力協定',
  strategic_cooperation_agreement: '戦略的協力協定',
  framework_agreement: '枠組み協定',
  letter_of_intent: '意向書',
  declaration: '共同宣言',
  minutes: '議事録',
  sister_city_agreement: '姉妹都市協定',
  sister_province_agreement: '姉妹省州協定',
  contract: '契約',
};
const doc = (type: string) => DOCUMENTS[type] ?? '協定';

const SPEECH_CONTEXT: Record<SpeechKind, string> = {
  opening_declaration: '開会に当たり、',
  welcome_address: '歓迎のあいさつで、',
  address: 'あいさつで、',
  keynote: '基調講演で、',
  keynote_report: '基調報告で、',
  remarks: '、',
  statement: '、',
  toast: '乾杯のあいさつで、',
  closing_remarks: '閉会のあいさつで、',
};

/** What a kind of speech is, as a predicate: te-form to chain, past, and plain for a plan. */
const SPOKE: Record<SpeechKind, [string, string, string]> = {
  opening_declaration: ['開会を宣言し', '開会を宣言した', '開会を宣言する'],
  welcome_address: ['歓迎のあいさつをし', '歓迎のあいさつをした', '歓迎のあいさつをする'],
  address: ['あいさつし', 'あいさつした', 'あいさつする'],
  keynote: ['基調講演を行い', '基調講演を行った', '基調講演を行う'],
  keynote_report: ['基調報告を行い', '基調報告を行った', '基調報告を行う'],
  remarks: ['発言し', '発言した', '発言する'],
  statement: ['発言し', '発言した', '発言する'],
  toast: ['乾杯のあいさつをし', '乾杯のあいさつをした', '乾杯のあいさつをする'],
  closing_remarks: ['閉会のあいさつをし', '閉会のあいさつをした', '閉会のあいさつをする'],
};

/** Compound family names of Chinese. */
const COMPOUND_SURNAMES =
  /^(欧阳|欧陽|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|夏侯|长孙|長孫|宇文|司徒|端木|澹台)/;

/** A text set inside a sentence: no closing 「。」. */
const clause = (text: string) => text.trim().replace(/[。．.\s]+$/, '');
/** A text set inside 「」: inner brackets become 『』. */
const inner = (text: string) => clause(text).replace(/「/g, '『').replace(/」/g, '』');
const unbracket = (text: string) => text.trim().replace(/^「(.*)」$/, '$1');
/** A clause before 「と述べた」: a noun ending takes the copula (…パートナーだと述べた). */
const reported = (text: string) => {
  const c = clause(text);
  return /[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9）)]$/.test(c) ? `${c}だ` : c;
};
/** Points that already say what the speaker did (…を紹介した, …と述べた) are stated as they are. */
const ACTION = /((紹介|表明|説明|報告|言及|歓迎|感謝|祝福|祝賀|要請|提案|呼び掛け|呼びかけ|強調|指摘)(した|しました)|(述べ|語っ|祝っ)た)$/;
/** Points ending in a feeling or an intention (…の喜び, …する意向) are shown: 「…を示した」. */
const SHOWN = /(喜び|意向|考え|決意|期待|謝意|祝意|意欲|方針)$/;

/** 「A」「AとB」「A、B、C」 */
export function list(items: readonly string[]): string {
  if (items.length === 2) return `${items[0]}と${items[1]}`;
  return items.join('、');
}

/** 「山東省副省長の宋軍継氏」 on first mention, 「宋氏」 afterwards, 「宋副省長」 after a long gap (さん for 氏 in that house style). */
function person(m: PersonMention): string {
  if (!m.full) return m.remind && m.title ? `${m.short}${m.title}` : `${m.short}${m.honorific}`;
  const behalf = m.behalf ? `（${person(m.behalf)}の代理）` : '';
  if (m.positions.length === 0) return `${m.name}${m.honorific}${behalf}`;
  const parts = m.positions.map((g) => (g.organization?.name ?? '') + g.titles.join('・'));
  const sep = parts.length > 1 && parts.some((p) => p.includes('・')) ? '兼' : '・';
  return `${parts.join(sep)}の${m.name}${m.honorific}${behalf}`;
}

const people = (ms: PersonMention[]) =>
  ms.some((m) => m.full && m.positions.length > 0) ? ms.map(person).join('、') : list(ms.map(person));

/** 「…した」 for what happened, 「…する予定だ」 for what is to come. */
const done = (mood: Mood, past: string, plain: string) => (mood === 'held' ? past : `${plain}予定だ`);

function date(start: LocalDate, end?: LocalDate): string {
  const day = `${start.month}月${start.day}日`;
  if (!end) return day;
  if (end.year !== start.year) return `${start.year}年${day}から${end.year}年${end.month}月${end.day}日まで`;
  return end.month === start.month ? `${day}から${end.day}日まで` : `${day}から${end.month}月${end.day}日まで`;
}

const UNITS: Record<CountNoun, string> = { people: '人', projects: '件', organizations: '団体', agreements: '件' };

function count(n: number, qualifier: CountQualifier, noun: CountNoun, unit = UNITS[noun]): string {
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

function signers(s: SignatoryFacts[]): string {
  return list(
    s.map((x) => (x.person.full && x.person.positions.length === 0 ? `${x.organization}の${person(x.person)}` : person(x.person))),
  );
}

const KINDS: Record<Warning['recordType'], string> = {
  event: '行事',
  person: '人物',
  attendee: '出席者',
  speech: '発言',
  mou: '協定',
  project: 'プロジェクト',
  group: '参加者グループ',
  agenda: '日程',
  organization: '組織',
  delegation: '代表団',
};

function note(w: Warning): string {
  const where = `${KINDS[w.recordType]}（${w.field}）`;
  switch (w.code) {
    case 'TRANSLATION_NEEDED':
      return `要翻訳：${where}は日本語の記録がない。原文（${w.used}）：${w.text ?? ''}`;
    case 'LANGUAGE_FALLBACK':
      return `${where}は日本語の記録がなく、${w.used}の表記を使った。`;
    case 'MISSING_TEXT':
      return `${where}の記録が空。`;
    case 'UNKNOWN_SECTOR':
      return `${where}の分野名に訳語がない。`;
    case 'INVALID_TIME_ZONE':
      return '時間帯が不明なため、日付は協定世界時で計算した。';
    case 'PROTOCOL_TIE':
      return `${where}の席次が前の人と同じ。登録順に書いたので、席次を確認のこと。`;
    case 'HELD_IN_FUTURE':
      return '開催済みとなっているが、日付が今日より後。';
    case 'NOT_MARKED_HELD':
      return '日付は過ぎているが、開催済みになっていない。開催済みとして書いた。';
    case 'UNCONFIRMED_ATTENDANCE':
      return `${where}は招待のみで出席が確認されていないため、記事に含めていない。`;
  }
}

export const ja: LocaleRules = {
  lang: 'ja',
  sentenceSeparator: '',
  orgNameForm: 'short',
  headlineLength: 40,

  placeholder: (original) => (original ? `【要翻訳：${original}】` : '【要翻訳】'),
  list,
  count: (n, qualifier, noun) => count(n, qualifier, noun),
  money: jaMoney,
  sector: (key) => SECTORS[key],
  familyName(name, chinese, recorded) {
    if (recorded) return recorded;
    if (/[・･]/.test(name)) return name.split(/[・･]/).at(-1)!;
    if (/^[A-Za-z][A-Za-z.'-]*( [A-Za-z.'-]+)+$/.test(name)) return name.split(' ').at(-1)!;
    if (!/^[\u3400-\u9fff]+$/.test(name) || name.length < 2) return name;
    if (chinese && COMPOUND_SURNAMES.test(name) && name.length > 2) return name.slice(0, 2);
    return name.length >= 4 ? name.slice(0, 2) : name.slice(0, 1);
  },
  date,
  dateline(d, city, form) {
    if (form === 'bracket') return `【${city ?? ''}${d.month}月${d.day}日】`;
    return `${d.year}年${d.month}月${d.day}日${city && form === 'date_city' ? `\u3000${city}` : ''}`;
  },
  titleAfterName: (title) => title,
  headline({ event, eventKind, place: where, mood, news }) {
    if (mood === 'preview') return where ? `${event}、${where}で開催へ` : `${event}、開催へ`;
    let item: string | undefined;
    if (news?.kind === 'agreement') {
      const what = news.count === 1 ? doc(news.type) : `${doc(news.type)}など${news.count}件`;
      item = news.parties.length === 2 && news.count === 1 ? `${news.parties[0]}と${news.parties[1]}が${what}に調印` : `${what}に調印`;
    } else if (news?.kind === 'projects') {
      const value = news.value?.length === 1 ? `、総額${jaMoney(news.value[0])}` : '';
      item = `協力プロジェクト${news.count}件に調印${value}`;
    } else if (news?.kind === 'unveiling') {
      item = `${news.subject}を除幕`;
    }
    const held = eventKind === 'delegation_visit' ? event : where ? `${event}が${where}で開催` : `${event}を開催`;
    if (!item) return held;
    if (news?.kind === 'agreement' && news.parties.length > 0) return item;
    const full = `${event}\u3000${item}`;
    return full.length <= this.headlineLength ? full : item;
  },
  closeSentence: (text) => (/[。！？」』）)]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`),

  lead: {
    opening(e) {
      const where = place(e.venue, e.city);
      const part = e.parent ? `${e.parent}の一環として、` : '';
      const rest = `${e.theme ? `「${unbracket(e.theme)}」をテーマに` : ''}${where ? `${where}で` : ''}`;
      const when = date(e.start, e.end);
      // a visit takes place (行われた); a meeting is held (開かれた)
      const verb =
        e.kind === 'delegation_visit' ? done(e.mood, '行われた', '行われる') + '。' : e.mood === 'held' ? '開かれた。' : '開かれる予定だ。';
      if (rest) return `${part}${e.title}が${when}、${rest}${verb}`;
      return `${part}${e.title}が${when}${e.end ? '' : 'に'}${verb}`;
    },
    focus: (e, sectors) => `${noun(e)}は${list(sectors)}の分野を${done(e.mood, '取り上げた', '取り上げる')}。`,
    attended: (ms, e) => `${people(ms)}が${done(e.mood, '出席した', '出席する')}。`,
    presided(ms, e, spoke) {
      const role = ms.length === 1 ? '司会を' : e.kind === 'joint_committee' ? '共同議長を' : '共同で司会を';
      if (spoke) return `${people(ms)}が${role}務め、${done(e.mood, SPOKE[spoke][1], SPOKE[spoke][2])}。`;
      return `${people(ms)}が${role}${done(e.mood, '務めた', '務める')}。`;
    },
    spoke(groups, e) {
      const parts = groups.map((g, i) => {
        const [te, past, plain] = SPOKE[g.kind];
        return `${list(g.people.map(person))}が${i < groups.length - 1 ? te : done(e.mood, past, plain)}`;
      });
      return `${parts.join('、')}。`;
    },
    delegation(d, e) {
      const led = d.head ? `${person(d.head)}率いる` : '';
      const what = d.name
        ? `${d.name}${d.size ? `（${d.size}人）` : ''}`
        : `${d.from ? `${d.from}の` : ''}${d.size ? `${d.size}人の` : ''}代表団`;
      // the visit is the event itself: say who made it rather than that it was made again
      if (e.kind === 'delegation_visit') return `今回${e.mood === 'held' ? '訪れたのは' : '訪れるのは'}、${led}${what}だ。`;
      return `${led}${what}が${noun(e)}に${done(e.mood, '参加した', '参加する')}。`;
    },
    signed(a, s, witnesses, e, sameAsBefore) {
      const witnessed = witnesses.length > 0 ? `${list(witnesses.map(person))}の立ち会いの下、` : '';
      const others = a.unrepresented;
      const behalf =
        s.length === 1
          ? `${s[0].organization}を代表して`
          : others.length > 0
            ? `それぞれ${list(s.map((x) => x.organization))}を代表して`
            : s.length === 2
              ? '双方を代表して'
              : 'それぞれを代表して';
      // the parties without a signatory are the ones signed with: Bとの「…」
      const counterpart = others.length > 0 ? `${list(others)}との` : '';
      const planned = a.planned || e.mood === 'preview';
      // the people of the sentence before are not named again: 両氏 (2人 with さん)
      const both = s[0].person.honorific === '氏' ? (s.length === 2 ? '両氏' : '各氏') : `${s.length}人`;
      const who = sameAsBefore ? both : signers(s);
      return `${witnessed}${s.length === 1 ? `${behalf}${person(s[0].person)}` : `${who}が${behalf}`}${s.length === 1 ? 'が' : ''}${counterpart}「${unbracket(a.title)}」に${planned ? '署名する予定だ' : '署名した'}。`;
    },
  },

  speech: {
    paragraph({ speakers, kind, points, index = 0 }) {
      // every other paragraph opens with another verb, so two in a row do not end alike
      const used = new Set<string>(index % 2 === 1 ? ['述べた'] : []);
      const verb = (text: string) => {
        const options = /べき|必要があ|なければならない|重要だ|欠かせない/.test(text)
          ? ['強調した', '述べた', '語った']
          : ['述べた', '語った', '指摘した', '付け加えた'];
        const chosen = options.find((v) => !used.has(v)) ?? options[0];
        used.add(chosen);
        return chosen;
      };
      const joint = speakers.length > 1;
      const subject = joint ? `${list(speakers.map(person))}は共に、` : `${person(speakers[0])}は${SPEECH_CONTEXT[kind]}`;
      const connectors = ['また、', 'さらに、', 'このほか、'];
      return points.map((p, i) => {
        const lead = i === 0 ? subject : connectors[(i - 1) % connectors.length];
        const text = clause(p.text);
        if (p.action || ACTION.test(text)) return `${lead}${text}。`;
        if (SHOWN.test(text)) return `${lead}${text}を示した。`;
        return `${lead}${reported(text)}と${verb(text)}。`;
      });
    },
    quote: (m, text, again) => `「${inner(text)}」と${person(m)}は${again ? '付け加えた' : '語った'}。`,
  },

  unveiling: {
    heading: (subjects, mood) => `${list(subjects)}を除幕${mood === 'preview' ? 'へ' : ''}`,
    sentence(subjects, performers, e) {
      if (performers.length > 0) return `${people(performers)}が${list(subjects)}の除幕を${done(e.mood, '行った', '行う')}。`;
      return `${at(e)}${list(subjects)}の除幕式が${done(e.mood, '行われた', '行われる')}。`;
    },
  },

  mou: {
    heading(types, mood) {
      const what = new Set(types).size === 1 ? doc(types[0]) : '協力文書';
      return `${what}に調印${mood === 'preview' ? 'へ' : ''}`;
    },
    signed(a, e) {
      const planned = a.planned || e.mood === 'preview';
      const verb = planned ? '調印する予定だ' : '調印した';
      return a.parties.length > 0
        ? `${list(a.parties)}は「${unbracket(a.title)}」に${verb}。`
        : `「${unbracket(a.title)}」が${planned ? '調印される予定だ' : '調印された'}。`;
    },
    purpose: (purpose, n, type) => `${n === 2 ? '両者' : n > 2 ? `${n}者` : '当事者'}はこの${doc(type)}に基づき、${clause(purpose)}。`,
    sectors: (sectors, type) => `${doc(type)}の対象分野は${list(sectors)}。`,
    signatories: (s, type, planned) =>
      `${doc(type)}には、${s.map((x) => `${x.organization}を代表して${person(x.person)}`).join('、')}が${planned ? '署名する予定だ' : '署名した'}。`,
    witnesses: (ms, planned) => `${people(ms)}が調印に${planned ? '立ち会う予定だ' : '立ち会った'}。`,
  },

  projects: {
    heading: (n, mood) => `協力プロジェクト${n}件${mood === 'preview' ? 'に調印へ' : 'に調印'}`,
    signed({ count: n, named }, e) {
      const verb = done(e.mood, '調印された', '調印される');
      if (named.length < n) return `${at(e)}、${named.join('、')}など計${n}件の協力プロジェクトが${verb}。`;
      if (n === 1) return `${at(e)}、協力プロジェクト「${unbracket(named[0])}」が${verb}。`;
      return `${at(e)}、${named.join('、')}の計${n}件の協力プロジェクトが${verb}。`;
    },
    sectors: (names) => (names.length === 1 ? `対象分野は${names[0]}。` : `対象分野は${list(names)}に及ぶ。`),
    value: ({ sums, priced, count: n }) =>
      priced === n ? `契約総額は${list(sums.map(jaMoney))}に上る。` : `このうち${priced}件の契約額は合計${list(sums.map(jaMoney))}。`,
    total(t, e) {
      const what = t.category ?? (t.kind === 'projects' ? 'プロジェクト' : doc(t.documentType ?? 'agreement'));
      const sectors = t.sectorCount ? `${t.sectorCount}分野の` : '';
      const n = count(t.count, t.qualifier, t.kind);
      const where = t.cumulative ? 'これまでに累計で' : at(e);
      const verb = t.kind === 'projects' ? '調印' : '締結';
      if (t.cumulative || e.mood === 'held') {
        const head = `${where}${sectors}${what}${n}が${verb}され`;
        return t.value ? `${head}、総額は${jaMoney(t.value)}に上った。` : `${head}た。`;
      }
      return `${where}${sectors}${what}${n}${t.value ? `（総額${jaMoney(t.value)}）` : ''}が${verb}される予定だ。`;
    },
  },

  policy(org, subject, e) {
    if (org && subject) return `${org}は${subject}について${done(e.mood, '説明した', '説明する')}。`;
    if (org) return `${org}は政策説明を${done(e.mood, '行った', '行う')}。`;
    if (subject) return `${at(e)}${subject}についての説明が${done(e.mood, '行われた', '行われる')}。`;
    return `${at(e)}政策説明も${done(e.mood, '行われた', '行われる')}。`;
  },

  visit: {
    matchmaking: (e) => `${at(e)}商談会も${done(e.mood, '開かれた', '開かれる')}。`,
    siteVisit(subject, after, performers, e) {
      const when = after ? '商談会の後、' : '';
      if (performers.length > 0) return `${when}${people(performers)}が${subject ?? '現地'}を${done(e.mood, '視察した', '視察する')}。`;
      return `${when}${subject ? `${subject}の` : ''}現地視察が${done(e.mood, '行われた', '行われる')}。`;
    },
  },

  closing: {
    groups(groups, e) {
      const items = groups.map((g) => {
        if (g.count === null) return g.category;
        if (g.unit === 'organizations')
          return `${g.category}${count(g.count, g.qualifier, 'organizations', /企業|会社|社$/.test(g.category) ? '社' : '団体')}`;
        return `${g.category}から${count(g.count, g.qualifier, 'people')}`;
      });
      return `${items.join('、')}が${done(e.mood, '参加した', '参加する')}。`;
    },
    others(ms, orgs, e) {
      const names = ms.map((m) => `${m.name}${m.honorific}`).join('、');
      return `${orgs.length > 0 ? `${list(orgs)}の` : ''}${names}も${done(e.mood, '出席した', '出席する')}。`;
    },
    crowd({ count: n, fromOrganizations, organizations: orgs, organizationCount, companies }, e) {
      const people = count(n, 'exact', 'people');
      if (orgs.length === 0) return `このほか、${people}が${done(e.mood, '出席した', '出席する')}。`;
      const from =
        organizationCount > orgs.length
          ? `${orgs.join('、')}など${count(organizationCount, 'exact', 'organizations', companies ? '社' : '団体')}`
          : list(orgs);
      if (fromOrganizations === n) return `このほか、${from}から${people}が${done(e.mood, '出席した', '出席する')}。`;
      const some = count(fromOrganizations, 'exact', 'people');
      return e.mood === 'held'
        ? `このほか、${people}が出席し、うち${some}は${from}の関係者だった。`
        : `このほか、${people}が出席する予定で、うち${some}は${from}の関係者だ。`;
    },
    organizers({ hosts, coHosts, organizers, supporting }) {
      const parts = [
        hosts.length ? `主催は${list(hosts)}` : '',
        coHosts.length ? `共催は${list(coHosts)}` : '',
        organizers.length ? `運営は${list(organizers)}` : '',
        supporting.length ? `協力は${list(supporting)}` : '',
      ].filter(Boolean);
      return `${parts.join('、')}。`;
    },
  },

  notes: { heading: '編集メモ', warning: note },
};
