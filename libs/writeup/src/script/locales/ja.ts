import type { SpeechKind } from '../../event-snapshot.js';
import type { PersonMention } from '../../locales/locale.js';
import { EVENT_NOUNS } from '../../locales/ja.js';
import type { ScriptEvent, ScriptPerson, ScriptRules } from '../script-types.js';

/**
 * Japanese: the MC's script (司会台本) in the polite register of a ceremony: the presider names guests by position and
 * name with 様 (the spoken form, whatever honorific the written news uses), and speaks of their own side humbly.
 */

const noun = (e: ScriptEvent) => EVENT_NOUNS[e.kind] ?? '式典';
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 「南通市長」「山東省副省長・科学技術庁長」: the positions as a guest list prints them */
function positions(m: PersonMention): string {
  const parts = m.positions.map((g) => (g.organization?.name ?? '') + g.titles.join('・'));
  const sep = parts.length > 1 && parts.some((p) => p.includes('・')) ? '兼' : '・';
  return parts.join(sep);
}
/** 「南通市長 呉建平様」, with an ideographic space */
const named = (m: PersonMention) => {
  const where = positions(m);
  return `${where ? `${where}\u3000` : ''}${m.name}様`;
};
/** a deputy: 「南通市長 呉建平様の代理として、南通市副市長 陸海燕様」 */
const formal = (p: ScriptPerson) => (p.behalf ? `${named(p.behalf.formal)}の代理として、${named(p.formal)}` : named(p.formal));
const names = (ps: ScriptPerson[]) => ps.map(formal).join('、');
const greeting = (hour: number) => (hour < 11 ? 'おはようございます' : hour < 18 ? 'こんにちは' : 'こんばんは');
const clause = (text: string) => text.trim().replace(/[。、.\s]+$/, '');
const unbracket = (text: string) => text.trim().replace(/^[「『](.*)[」』]$/, '$1');

/** what the speaker is asked for, after 「…より」 */
const GIVEN: Record<SpeechKind, string> = {
  opening_declaration: '開会のご挨拶を頂戴いたします',
  welcome_address: '歓迎のご挨拶を頂戴いたします',
  address: 'ご挨拶を頂戴いたします',
  keynote: '基調講演を頂戴いたします',
  keynote_report: '基調報告を頂戴いたします',
  remarks: 'ご発言を頂戴いたします',
  statement: 'ご発言を頂戴いたします',
  toast: '乾杯のご発声を頂戴いたします',
  closing_remarks: '閉会のご挨拶を頂戴いたします',
};

export const jaScript: ScriptRules = {
  invitationPositions: 'all',
  title: (e) => `${e.title}\u3000司会台本`,
  details: { time: '日時', venue: '会場', presider: '司会' },
  dateTime(e) {
    const { year, month, day } = e.date;
    const ampm = e.hour < 12 ? '午前' : '午後';
    const h = e.hour > 12 ? e.hour - 12 : e.hour;
    return `${year}年${month}月${day}日（${WEEKDAYS[e.weekday]}）${ampm}${h}時${e.minute ? `${e.minute}分` : ''}`;
  },
  headings: { opening: '開会', introduction: 'ご来賓紹介', programme: '式次第', closing: '閉会' },
  applause: '（拍手）',
  greeting: (e) => [`ご来場の皆様、${greeting(e.hour)}。`],
  presiderName: (p) => {
    const where = positions(p.formal);
    return `${where ? `${where}　` : ''}${p.formal.name}`;
  },
  presiderSelf(presiders) {
    if (presiders.length !== 1) return undefined;
    const m = presiders[0].formal;
    const where = positions(m);
    return `本日の司会進行を務めます、${where ? `${where}の` : ''}${m.name}でございます。どうぞよろしくお願いいたします。`;
  },
  opening(e, declared) {
    const lines: string[] = [];
    if (!declared) lines.push(`定刻となりましたので、ただいまより${e.title}を開催いたします。`);
    lines.push(`本日はご多用の中、${e.venue ? `ここ${e.venue}に` : ''}お集まりいただき、誠にありがとうございます。`);
    if (e.theme) lines.push(`本${noun(e)}のテーマは「${clause(e.theme)}」でございます。`);
    if (e.hosts.length > 0) lines.push(`本${noun(e)}は、${e.hosts.join('、')}の主催でございます。`);
    return lines;
  },
  introduction: {
    lead: () => 'ここで、ご来賓の皆様をご紹介いたします。',
    roll: (p) => (p.behalf ? `${named(p.behalf.full)}の代理として、${named(p.full)}` : named(p.full)),
    close: () => '皆様、盛大な拍手でお迎えください。',
  },
  connective: (n, afterIntroduction) => (n === 0 ? (afterIntroduction ? 'それでは' : 'はじめに') : n % 2 === 1 ? '続きまして' : '次に'),
  openingDeclaration(conn, performers, e) {
    if (performers.length === 0) return `ただいまより、${e.title}を開会いたします。`;
    return `${conn}、${names(performers)}に開会を宣言していただきます。`;
  },
  speech(conn, kind, p) {
    if (p.behalf)
      return `${conn}、${named(p.formal)}より、${named(p.behalf.formal)}の代理として${GIVEN[kind]}。${p.formal.name}様、よろしくお願いいたします。`;
    return `${conn}、${named(p.formal)}より${GIVEN[kind]}。${p.formal.name}様、よろしくお願いいたします。`;
  },
  thanks: (_kind, p) => `${p.formal.name}様、ありがとうございました。`,
  signing: {
    announce: (conn, s) => `${conn}、「${unbracket(s.title)}」の調印を執り行います。`,
    invite: (s) => `ご署名いただきますのは、${names(s.signatories.map((x) => x.person))}でございます。ご登壇をお願いいたします。`,
    witnesses: (ps) => `立会人として、${names(ps)}にもご登壇をお願いいたします。`,
    inviteParties: (s) => `${s.parties.join('、')}のご代表の皆様、ご登壇をお願いいたします。`,
    sign: '（署名）',
    exchange: () => 'それでは、署名された文書の交換をお願いいたします。',
    congratulate: '調印が無事に執り行われました。皆様、盛大な拍手をお願いいたします。',
  },
  projects: {
    announce: (conn, n) => `${conn}、プロジェクトの調印に移ります。本日調印されるのは、次の${n}件でございます。`,
    line: (p, i) => `${i + 1}．${unbracket(p.title)}${p.parties.length > 0 ? `（${p.parties.join('、')}）` : ''}`,
    invite: () => '各プロジェクトのご代表の皆様、ご登壇をお願いいたします。',
    sign: '（署名）',
    congratulate: '皆様、盛大な拍手をお願いいたします。',
  },
  unveiling(conn, subjects, performers) {
    const what = subjects.join('、');
    if (performers.length === 0) return [`${conn}、${what}の除幕を執り行います。`];
    return [`${conn}、${what}の除幕を執り行います。`, `${names(performers)}、ご登壇をお願いいたします。`];
  },
  unveilCue: '（除幕）',
  policy(conn, org, subject, performers) {
    const who = performers.length > 0 ? names(performers) : org;
    const what = subject ? `${subject}についてご紹介を頂戴いたします` : '施策のご紹介を頂戴いたします';
    return who ? `${conn}、${who}より、${what}。` : `${conn}、${subject ? `${subject}について` : '施策の'}ご紹介をいたします。`;
  },
  matchmaking: (conn) => `${conn}、ビジネスマッチングに移ります。`,
  siteVisit: (conn, subject) => `${conn}、${subject ? `${subject}の` : ''}視察に移ります。皆様、ご移動をお願いいたします。`,
  other: (conn, title, summary) =>
    title ? `${conn}、${clause(title)}に移ります。` : summary ? `${conn}、${clause(summary)}。` : undefined,
  closing: (e) => [
    `以上をもちまして、${e.title}を閉会いたします。`,
    '本日はご多用の中、最後までご臨席を賜り、誠にありがとうございました。',
    'お忘れ物のございませんよう、お気を付けてお帰りください。',
  ],
  place(venue, city) {
    if (venue && city) return venue.includes(city.replace(/[市県省]$/, '')) ? venue : `${city}${venue}`;
    return venue ?? city;
  },
  unconfirmed: (ps) =>
    `${ps.join('、')}は招待のみで出欠が未確認のため、本台本ではご紹介していません。出席が確認されたら、出欠を更新して作り直してください。`,
  rule: 'ご紹介は席次（プロトコル順）に従います。登録済み（出席予定）または受付済みの方のみをご紹介し、招待のみで出欠未確認の方と欠席の方はご紹介しません。代理出席の方は、ご本人の席次で「…の代理として」ご紹介します。',
  notesHeading: '進行上の注意',
};
