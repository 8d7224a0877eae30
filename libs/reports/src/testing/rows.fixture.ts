import { PassThrough } from 'node:stream';
import type { Writable } from 'node:stream';
import type { Language } from '@app/core';
import type { AttendanceRow, AttendanceSummary, ParticipantGroupLine, ReportHeader } from '../attendance-row.js';

type Tri = Record<Language, string>;

interface Official {
  name: Tri;
  positions: Tri[];
  organization: Tri;
  kind: string;
  role: AttendanceRow['role'];
  side: Tri;
}

const SHANDONG: Tri = { zh: '山东方', ja: '山東側', en: 'Shandong' };
const HONG_KONG: Tri = { zh: '香港方', ja: '香港側', en: 'Hong Kong' };

const TITLE: Tri = {
  zh: '鲁港科技创新合作交流会',
  ja: '魯港科学技術革新協力交流会',
  en: 'Shandong–Hong Kong Science and Technology Innovation Cooperation Meeting',
};
const VENUE: Tri = {
  zh: '上合示范区国际会议中心',
  ja: '上海協力機構モデル区 国際会議センター',
  en: 'SCO Demonstration Zone Conference Centre',
};
const CITY: Tri = { zh: '青岛', ja: '青島', en: 'Qingdao' };

/** The officials of a Shandong–Hong Kong science and technology cooperation meeting, in protocol order. */
const OFFICIALS: Official[] = [
  {
    name: { zh: '宋军继', ja: '宋軍継', en: 'Song Junji' },
    positions: [{ zh: '山东省副省长', ja: '山東省副省長', en: 'Vice Governor of Shandong Province' }],
    organization: { zh: '山东省人民政府', ja: '山東省人民政府', en: "Shandong Provincial People's Government" },
    kind: 'government',
    role: 'speaker',
    side: SHANDONG,
  },
  {
    name: { zh: '赵豪志', ja: '趙豪志', en: 'Zhao Haozhi' },
    positions: [
      { zh: '青岛市委副书记', ja: '青島市党委員会副書記', en: 'Deputy Secretary of the CPC Qingdao Municipal Committee' },
      { zh: '青岛市市长', ja: '青島市長', en: 'Mayor of Qingdao' },
    ],
    organization: { zh: '青岛市人民政府', ja: '青島市人民政府', en: "Qingdao Municipal People's Government" },
    kind: 'government',
    role: 'speaker',
    side: SHANDONG,
  },
  {
    name: { zh: '黄克强', ja: '黄克強', en: 'Albert Wong' },
    positions: [
      {
        zh: '香港科技园公司行政总裁',
        ja: '香港科学技術園公司最高経営責任者',
        en: 'Chief Executive Officer, Hong Kong Science and Technology Parks Corporation',
      },
    ],
    organization: { zh: '香港科技园公司', ja: '香港科学技術園公司', en: 'Hong Kong Science and Technology Parks Corporation' },
    kind: 'enterprise',
    role: 'speaker',
    side: HONG_KONG,
  },
  {
    name: { zh: '陈嘉贤', ja: '陳嘉賢', en: 'Chan Ka-yin' },
    positions: [
      {
        zh: '香港贸易发展局华北及东北首席代表',
        ja: '香港貿易発展局華北・東北首席代表',
        en: 'Chief Representative, North and Northeast China, Hong Kong Trade Development Council',
      },
    ],
    organization: { zh: '香港贸易发展局', ja: '香港貿易発展局', en: 'Hong Kong Trade Development Council' },
    kind: 'association',
    role: 'speaker',
    side: HONG_KONG,
  },
  {
    name: { zh: '孙海生', ja: '孫海生', en: 'Sun Haisheng' },
    positions: [
      {
        zh: '山东省科学技术厅党组书记',
        ja: '山東省科学技術庁党グループ書記',
        en: 'Secretary of the Party Leadership Group, Shandong Provincial Department of Science and Technology',
      },
      {
        zh: '山东省科学技术厅厅长',
        ja: '山東省科学技術庁長',
        en: 'Director-General, Shandong Provincial Department of Science and Technology',
      },
    ],
    organization: { zh: '山东省科学技术厅', ja: '山東省科学技術庁', en: 'Shandong Provincial Department of Science and Technology' },
    kind: 'government',
    role: 'presider',
    side: SHANDONG,
  },
  {
    name: { zh: '张新竹', ja: '張新竹', en: 'Zhang Xinzhu' },
    positions: [
      { zh: '青岛市委常委', ja: '青島市党委員会常務委員', en: 'Member of the Standing Committee, CPC Qingdao Municipal Committee' },
      {
        zh: '上合示范区党工委书记',
        ja: '上海協力機構モデル区党工作委員会書記',
        en: 'Secretary, Party Working Committee of the SCO Demonstration Zone',
      },
    ],
    organization: { zh: '中共青岛市委', ja: '中国共産党青島市委員会', en: 'CPC Qingdao Municipal Committee' },
    kind: 'party_committee',
    role: 'guest',
    side: SHANDONG,
  },
  {
    name: { zh: '李刚', ja: '李剛', en: 'Li Gang' },
    positions: [
      {
        zh: '上合示范区党工委副书记',
        ja: '上海協力機構モデル区党工作委員会副書記',
        en: 'Deputy Secretary, Party Working Committee of the SCO Demonstration Zone',
      },
      {
        zh: '上合示范区管委会常务副主任',
        ja: '上海協力機構モデル区管理委員会常務副主任',
        en: 'Executive Deputy Director, SCO Demonstration Zone Administrative Committee',
      },
    ],
    organization: { zh: '上合示范区管委会', ja: '上海協力機構モデル区管理委員会', en: 'SCO Demonstration Zone Administrative Committee' },
    kind: 'development_zone',
    role: 'guest',
    side: SHANDONG,
  },
  {
    name: { zh: '樊军', ja: '樊軍', en: 'Fan Jun' },
    positions: [
      { zh: '华鲁集团党委书记、董事长', ja: '華魯グループ党委員会書記・董事長', en: 'Party Secretary and Chairman, Hualu Group' },
    ],
    organization: { zh: '华鲁控股集团', ja: '華魯控股集団', en: 'Hualu Holdings Group' },
    kind: 'state_owned_enterprise',
    role: 'guest',
    side: SHANDONG,
  },
  {
    name: { zh: '刘太广', ja: '劉太広', en: 'Liu Taiguang' },
    positions: [
      {
        zh: '山东省政府办公厅副主任',
        ja: '山東省政府弁公庁副主任',
        en: 'Deputy Director, General Office of the Shandong Provincial Government',
      },
    ],
    organization: { zh: '山东省人民政府办公厅', ja: '山東省人民政府弁公庁', en: 'General Office of the Shandong Provincial Government' },
    kind: 'government',
    role: 'guest',
    side: SHANDONG,
  },
  {
    name: { zh: '李虎成', ja: '李虎成', en: 'Li Hucheng' },
    positions: [{ zh: '青岛市政府秘书长', ja: '青島市政府秘書長', en: 'Secretary-General, Qingdao Municipal Government' }],
    organization: { zh: '青岛市人民政府', ja: '青島市人民政府', en: "Qingdao Municipal People's Government" },
    kind: 'government',
    role: 'guest',
    side: SHANDONG,
  },
];

/** 2024-03-25 09:30 in Asia/Shanghai */
export const EVENT_START = new Date('2024-03-25T01:30:00Z');

export function demoHeader(lang: Language, overrides: Partial<ReportHeader> = {}): ReportHeader {
  return {
    lang,
    eventTitle: TITLE[lang],
    startsAt: EVENT_START,
    endsAt: new Date('2024-03-25T03:30:00Z'),
    timeZone: 'Asia/Shanghai',
    venue: VENUE[lang],
    city: CITY[lang],
    generatedAt: new Date('2024-03-26T02:15:00Z'),
    filterNote: null,
    ...overrides,
  };
}

/** Check-in instants a few minutes before the start; the 7th official did not come, the 10th registered late. */
export function demoRows(lang: Language): AttendanceRow[] {
  return OFFICIALS.map((o, i) => {
    const status: AttendanceRow['status'] = i === 6 ? 'absent' : i === 9 ? 'registered' : 'checked_in';
    return {
      order: i + 1,
      attendanceId: `att-${i + 1}`,
      name: o.name[lang],
      positions: o.positions.map((p) => p[lang]),
      organization: o.organization[lang],
      organizationKind: o.kind,
      role: o.role,
      side: o.side[lang],
      status,
      checkedInAt: status === 'checked_in' ? new Date(EVENT_START.getTime() - (40 - i * 3) * 60_000) : null,
    };
  });
}

export const DEMO_GROUPS: ParticipantGroupLine[] = [
  { category: '山东省有关部门和企业代表', count: 100, qualifier: 'about' },
  { category: '香港科技企业代表', count: 30, qualifier: 'over' },
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超'];
const ORGS = [
  { name: '山东省科学技术厅', kind: 'government' },
  { name: '青岛市科技局', kind: 'government' },
  { name: '山东大学', kind: 'university' },
  { name: '中国海洋大学', kind: 'university' },
  { name: '山东省科学院', kind: 'research_institute' },
  { name: '海尔集团', kind: 'enterprise' },
  { name: '香港科技园公司', kind: 'enterprise' },
  { name: '香港生产力促进局', kind: 'association' },
];
const ROLES: AttendanceRow['role'][] = ['participant', 'participant', 'participant', 'guest'];
const STATUSES: AttendanceRow['status'][] = ['checked_in', 'checked_in', 'registered', 'absent', 'invited'];

/** A synthetic attendee; deterministic in `i`. Sorted by organization when `byOrganization`. */
export function syntheticRow(i: number, ordersPerOrg = 0): AttendanceRow {
  const org = ORGS[ordersPerOrg ? Math.floor(i / ordersPerOrg) % ORGS.length : i % ORGS.length];
  const status = STATUSES[i % STATUSES.length];
  return {
    order: i + 1,
    attendanceId: `gen-${i + 1}`,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i % 7 === 0 ? GIVEN[i % GIVEN.length] : ''}`,
    positions: i % 5 === 0 ? [`${org.name}副主任`, '科技合作专班成员'] : [`${org.name}${i % 3 === 0 ? '处长' : '工程师'}`],
    organization: org.name,
    organizationKind: org.kind,
    role: ROLES[i % ROLES.length],
    side: org.name.startsWith('香港') ? '香港方' : '山东方',
    status,
    checkedInAt: status === 'checked_in' ? new Date(EVENT_START.getTime() - ((i % 50) + 1) * 60_000) : null,
  };
}

/** `count` synthetic rows, generated one at a time (nothing held). */
export async function* generateRows(count: number, ordersPerOrg = 0): AsyncGenerator<AttendanceRow> {
  for (let i = 0; i < count; i++) yield await Promise.resolve(syntheticRow(i, ordersPerOrg));
}

export async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

/** What the SQL aggregate would return for these rows. */
export function summarize(rows: readonly AttendanceRow[], groups: ParticipantGroupLine[] = DEMO_GROUPS): AttendanceSummary {
  const count = (key: (r: AttendanceRow) => string) =>
    rows.reduce<Record<string, number>>((acc, r) => ((acc[key(r)] = (acc[key(r)] ?? 0) + 1), acc), {});
  return {
    total: rows.length,
    registered: rows.filter((r) => r.status === 'registered').length,
    checkedIn: rows.filter((r) => r.status === 'checked_in').length,
    absent: rows.filter((r) => r.status === 'absent').length,
    invited: rows.filter((r) => r.status === 'invited').length,
    byRole: count((r) => r.role),
    bySide: count((r) => r.side ?? ''),
    byOrganizationKind: count((r) => r.organizationKind ?? ''),
    participantGroups: groups,
  };
}

/** Runs a renderer against a PassThrough and returns everything it wrote. */
export async function collect(render: (out: Writable) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await render(out);
  return Buffer.concat(chunks);
}
