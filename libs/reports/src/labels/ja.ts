import type { ReportLabels } from './report-labels.js';

export const ja: ReportLabels = {
  locale: 'ja-JP',
  attendanceTitle: '出席者名簿',
  signInSheetTitle: '受付署名簿',
  columns: {
    order: '順',
    name: '氏名',
    positions: '役職',
    organization: '所属機関',
    role: '役割',
    side: '所属側',
    status: '出欠',
    checkedInAt: '受付時刻',
  },
  signIn: { order: '順', name: '氏名', positionsOrganization: '所属機関・役職', signature: '署名' },
  positionSeparator: '、',
  roles: { presider: '主宰', speaker: '登壇者', guest: '来賓', participant: '参加者' },
  statuses: { invited: '招待済', registered: '登録済', checked_in: '出席', absent: '欠席' },
  noSide: '—',
  noOrganization: '所属なし',
  organizationKinds: {
    government: '政府機関',
    party_committee: '党委員会',
    enterprise: '企業',
    state_owned_enterprise: '国有企業',
    statutory_body: '法定機関',
    university: '大学',
    research_institute: '研究機関',
    association: '団体・協会',
    development_zone: '開発区',
    media: '報道機関',
    other: 'その他',
  },
  unclassifiedKind: '未分類',
  date: '日時',
  venue: '会場',
  venueLine: (venue, city) => `${venue}（${city}）`,
  filter: '抽出条件',
  generatedAt: '作成日時',
  timeZone: 'タイムゾーン',
  page: (n, total) => `${n} / ${total} ページ`,
  continued: '（続き）',
  noRows: '該当する出席者はいません。',
  sheets: { attendees: '出席者', summary: '集計', signIn: '署名簿' },
  totals: {
    heading: '集計',
    total: '合計',
    registered: '登録済',
    checkedIn: '出席',
    absent: '欠席',
    invited: '招待済',
    byRole: '役割別',
    bySide: '所属側別',
    byOrganizationKind: '機関種別',
    participantGroups: '参加者グループ',
    category: '区分',
    qualifier: '概数',
    count: '人数',
  },
  qualifiers: { exact: '', about: '約', over: '余り', nearly: '近く' },
  groupCount: (count, qualifier) =>
    qualifier === 'about'
      ? `約${count}名`
      : qualifier === 'over'
        ? `${count}名余り`
        : qualifier === 'nearly'
          ? `${count}名近く`
          : `${count}名`,
  longDate: (year, month, day) => `${year}年${month}月${day}日`,
};
