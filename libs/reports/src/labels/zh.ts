import type { ReportLabels } from './report-labels.js';

export const zh: ReportLabels = {
  locale: 'zh-CN',
  attendanceTitle: '出席人员名单',
  signInSheetTitle: '签到表',
  columns: {
    order: '序号',
    name: '姓名',
    positions: '职务',
    organization: '单位',
    role: '身份',
    side: '所属方',
    status: '状态',
    checkedInAt: '签到时间',
  },
  signIn: { order: '序号', name: '姓名', positionsOrganization: '单位及职务', signature: '签名' },
  positionSeparator: '、',
  roles: { presider: '主持', speaker: '致辞', guest: '嘉宾', participant: '参会' },
  statuses: { invited: '已邀请', registered: '已报名', checked_in: '已签到', absent: '缺席' },
  noSide: '—',
  noOrganization: '无单位',
  organizationKinds: {
    government: '政府部门',
    party_committee: '党委',
    enterprise: '企业',
    state_owned_enterprise: '国有企业',
    statutory_body: '法定机构',
    university: '高校',
    research_institute: '科研院所',
    association: '社会团体',
    development_zone: '开发区',
    media: '新闻媒体',
    other: '其他',
  },
  unclassifiedKind: '未分类',
  date: '时间',
  venue: '地点',
  venueLine: (venue, city) => `${city}${venue}`,
  filter: '筛选条件',
  generatedAt: '生成时间',
  timeZone: '时区',
  page: (n, total) => `第 ${n} / ${total} 页`,
  continued: '（续）',
  noRows: '无符合条件的人员。',
  sheets: { attendees: '出席人员', summary: '汇总', signIn: '签到表' },
  totals: {
    heading: '汇总',
    total: '合计',
    registered: '已报名',
    checkedIn: '已签到',
    absent: '缺席',
    invited: '已邀请',
    byRole: '按身份',
    bySide: '按所属方',
    byOrganizationKind: '按单位类型',
    participantGroups: '参会群体',
    category: '类别',
    qualifier: '约数',
    count: '人数',
  },
  qualifiers: { exact: '', about: '约', over: '余', nearly: '近' },
  groupCount: (count, qualifier) =>
    qualifier === 'about'
      ? `约${count}人`
      : qualifier === 'over'
        ? `${count}余人`
        : qualifier === 'nearly'
          ? `近${count}人`
          : `${count}人`,
  longDate: (year, month, day) => `${year}年${month}月${day}日`,
};
