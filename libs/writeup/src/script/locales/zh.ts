import type { SpeechKind } from '../../event-snapshot.js';
import { EVENT_NOUNS, list, person } from '../../locales/zh.js';
import type { ScriptEvent, ScriptPerson, ScriptRules } from '../script-types.js';

/** Chinese: the presider's script (主持词) as government offices write it: positions before names, full-width punctuation. */

const noun = (e: ScriptEvent) => EVENT_NOUNS[e.kind] ?? '活动';
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

const INVITE: Record<SpeechKind, string> = {
  opening_declaration: '宣布开幕',
  welcome_address: '致欢迎辞',
  address: '致辞',
  keynote: '作主旨演讲',
  keynote_report: '作主旨报告',
  remarks: '发言',
  statement: '发言',
  toast: '致祝酒辞',
  closing_remarks: '作总结讲话',
};
const NOUN: Record<SpeechKind, string> = {
  opening_declaration: '致辞',
  welcome_address: '欢迎辞',
  address: '致辞',
  keynote: '主旨演讲',
  keynote_report: '主旨报告',
  remarks: '发言',
  statement: '发言',
  toast: '祝酒辞',
  closing_remarks: '总结讲话',
};

/** 「南通市市长吴建平」; a deputy 「南通市副市长陆海燕（受南通市市长吴建平委托）」 */
const formal = (p: ScriptPerson) => person(p.formal) + (p.behalf ? `（受${person(p.behalf.formal)}委托）` : '');
const names = (ps: ScriptPerson[]) => ps.map(formal).join('、');
/** 「上午」 before noon, 「下午」 until six, then 「晚上」 */
const partOfDay = (hour: number) => (hour < 12 ? '上午' : hour < 18 ? '下午' : '晚上');
const clause = (text: string) => text.trim().replace(/[。；，,.\s]+$/, '');
const unbracket = (text: string) => text.trim().replace(/^《(.*)》$/, '$1');

export const zhScript: ScriptRules = {
  invitationPositions: 'all',
  title: (e) => `${e.title}主持词`,
  details: { time: '时间', venue: '地点', presider: '主持人' },
  dateTime(e) {
    const { year, month, day } = e.date;
    const h = e.hour > 12 ? e.hour - 12 : e.hour;
    return `${year}年${month}月${day}日（星期${WEEKDAYS[e.weekday]}）${partOfDay(e.hour)}${h}:${String(e.minute).padStart(2, '0')}`;
  },
  headings: { opening: '开场', introduction: '介绍出席领导和嘉宾', programme: '议程', closing: '结束' },
  applause: '（掌声）',
  greeting: (e) => ['尊敬的各位领导、各位嘉宾，女士们、先生们、朋友们：', `大家${partOfDay(e.hour)}好！`],
  presiderName: (p) => person(p.formal),
  presiderSelf: () => undefined,
  opening(e, declared) {
    const where = e.venue ?? e.city;
    const lines = [
      declared ? `今天，我们${where ? `在${where}` : ''}隆重举行${e.title}。` : `今天，${e.title}${where ? `在${where}` : ''}隆重举行。`,
    ];
    if (e.theme) lines.push(`本次${noun(e)}以“${clause(e.theme)}”为主题。`);
    const on = e.hosts.length > 0 ? `我谨代表${list(e.hosts)}` : '我谨代表主办单位';
    lines.push(`首先，${on}，向出席今天${noun(e)}的各位领导和嘉宾表示热烈的欢迎和衷心的感谢！`);
    return lines;
  },
  introduction: {
    lead: () => '出席今天活动的领导和嘉宾有：',
    roll: (p, last) => `${person(p.full)}${p.behalf ? `（受${person(p.behalf.formal)}委托）` : ''}${last ? '。' : '；'}`,
    close: () => '让我们以热烈的掌声，对各位领导和嘉宾的到来表示欢迎！',
  },
  connective: (n) => (n % 2 === 0 ? '下面' : '接下来'),
  openingDeclaration(conn, performers, e) {
    if (performers.length === 0) return `现在，我宣布：${e.title}开幕！`;
    return `${conn}，请${names(performers)}宣布${noun(e)}开幕。`;
  },
  speech(conn, kind, p) {
    if (p.behalf) return `${conn}，请${person(p.formal)}受${person(p.behalf.formal)}委托${INVITE[kind]}。`;
    return `${conn}，请${person(p.formal)}${INVITE[kind]}。`;
  },
  // a leader's summing-up is an 重要讲话, not a 精彩 one
  thanks: (kind, p) =>
    kind === 'closing_remarks' ? `感谢${p.short}${p.title ?? ''}的重要讲话！` : `感谢${p.short}${p.title ?? ''}的精彩${NOUN[kind]}！`,
  signing: {
    announce: (conn, s) => `${conn}，进行《${unbracket(s.title)}》签约。`,
    invite: (s) => `请${names(s.signatories.map((x) => x.person))}上台签约。`,
    witnesses: (ps) => `请${names(ps)}上台见证签约。`,
    sign: '（签约）',
    inviteParties: (s) => `请${list(s.parties)}的代表上台签约。`,
    exchange: (s) => `请${s.parties.length > 2 ? '各方' : '双方'}交换文本，握手合影。`,
    congratulate: '让我们以热烈的掌声，祝贺签约成功！',
  },
  projects: {
    announce: (conn, n) => `${conn}，进行项目集中签约。本次共有${n}个项目签约：`,
    line: (p, i) => `（${i + 1}）${unbracket(p.title)}${p.parties.length > 0 ? `（${p.parties.join('、')}）` : ''}`,
    invite: () => '请各签约项目代表上台签约。',
    sign: '（签约）',
    congratulate: '让我们以热烈的掌声，祝贺各项目签约成功！',
  },
  unveiling(conn, subjects, performers) {
    const what = list(subjects);
    if (performers.length === 0) return [`${conn}，举行${what}揭牌仪式。`];
    return [`${conn}，请${names(performers)}为${what}揭牌。`];
  },
  unveilCue: '（揭牌）',
  policy(conn, org, subject, performers) {
    const who = performers.length > 0 ? names(performers) : org;
    if (who && subject) return `${conn}，请${who}推介${subject}。`;
    if (who) return `${conn}，请${who}作政策推介。`;
    return `${conn}，进行政策推介${subject ? `：${subject}` : ''}。`;
  },
  matchmaking: (conn) => `${conn}，进行商务对接。`,
  siteVisit: (conn, subject) => `${conn}，请各位领导和嘉宾前往${subject ?? '项目现场'}实地考察。`,
  other: (conn, title, summary) => (title ? `${conn}，进行${clause(title)}。` : summary ? `${conn}，${clause(summary)}。` : undefined),
  closing: (e) => [`女士们、先生们、朋友们，${e.title}到此结束。`, '再次感谢各位领导和嘉宾的光临！谢谢大家！'],
  place(venue, city) {
    if (venue && city) return venue.includes(city.replace(/[市省]$/, '')) ? venue : `${city}${venue}`;
    return venue ?? city;
  },
  unconfirmed: (ps) => `${ps.join('、')}仅受邀、尚未确认出席，本稿未作介绍；如确认出席，请更新出席状态后重新生成。`,
  rule: '介绍顺序按礼宾排序。只介绍已报名（预计出席）或已签到的人员；仅受邀未确认的人员和标记为缺席的人员不介绍。代理出席者在被代理人的位次介绍，并注明“受……委托”。',
  notesHeading: '礼宾提示',
};
