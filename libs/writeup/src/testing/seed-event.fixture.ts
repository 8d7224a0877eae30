import type {
  EventSnapshot,
  SnapshotAgendaItem,
  SnapshotAttendee,
  SnapshotMou,
  SnapshotOrganization,
  SnapshotParticipantGroup,
  SnapshotPerson,
  SnapshotProject,
  SnapshotSpeech,
} from '../event-snapshot.js';

/**
 * A Shandong–Hong Kong science and technology cooperation meeting, recorded in zh, ja and en.
 * Key points and quotes are short paraphrases written for the fixture.
 * Export shape: plain records (`seedOrganizations`, `seedPeople`, …) and `buildSeedEvent()`, a fresh deep copy.
 */

const org = (
  id: string,
  kind: string,
  region: string,
  name: SnapshotOrganization['name'],
  shortName?: SnapshotOrganization['shortName'],
): SnapshotOrganization => ({ id, kind, region, name, shortName: shortName ?? null });

export const seedOrganizations = {
  shandong: org(
    'org-shandong',
    'government',
    'Shandong',
    { zh: '山东省人民政府', ja: '山東省人民政府', en: 'Shandong Province' },
    { zh: '山东省', ja: '山東省', en: 'Shandong Province' },
  ),
  shandongOffice: org('org-shandong-office', 'government', 'Shandong', {
    zh: '山东省政府办公厅',
    ja: '山東省政府弁公庁',
    en: 'General Office of the Shandong Provincial Government',
  }),
  shandongSt: org(
    'org-shandong-st',
    'government',
    'Shandong',
    { zh: '山东省科学技术厅', ja: '山東省科学技術庁', en: 'Shandong Provincial Department of Science and Technology' },
    { zh: '山东省科技厅', ja: '山東省科学技術庁' },
  ),
  qingdaoParty: org(
    'org-qingdao-party',
    'party_committee',
    'Qingdao',
    { zh: '中共青岛市委', ja: '中国共産党青島市委員会', en: 'Qingdao Municipal Party Committee' },
    { zh: '青岛市委', ja: '青島市党委員会' },
  ),
  qingdaoGov: org(
    'org-qingdao-gov',
    'government',
    'Qingdao',
    { zh: '青岛市人民政府', ja: '青島市人民政府', en: 'Qingdao Municipal Government' },
    { zh: '青岛市政府', ja: '青島市政府' },
  ),
  scoZone: org(
    'org-sco-zone',
    'development_zone',
    'Qingdao',
    {
      zh: '中国—上海合作组织地方经贸合作示范区',
      ja: '中国・上海協力機構地方経済貿易協力モデル区',
      en: 'China-SCO Local Economic and Trade Cooperation Demonstration Zone',
    },
    { zh: '上合示范区', ja: '上海協力機構モデル区', en: 'SCO Demonstration Zone' },
  ),
  jiaozhou: org('org-jiaozhou', 'government', 'Qingdao', { zh: '胶州市', ja: '膠州市', en: 'Jiaozhou' }),
  hkstp: org(
    'org-hkstp',
    'statutory_body',
    'Hong Kong',
    { zh: '香港科技园公司', ja: '香港サイエンスパーク公社', en: 'Hong Kong Science and Technology Parks Corporation' },
    { en: 'HKSTP' },
  ),
  hktdc: org(
    'org-hktdc',
    'statutory_body',
    'Hong Kong',
    { zh: '香港贸易发展局', ja: '香港貿易発展局', en: 'Hong Kong Trade Development Council' },
    { zh: '香港贸发局', en: 'HKTDC' },
  ),
  hualu: org(
    'org-hualu',
    'state_owned_enterprise',
    'Shandong',
    { zh: '华鲁控股集团', ja: '華魯控股集団', en: 'Hualu Holdings Group' },
    { zh: '华鲁集团', ja: '華魯グループ', en: 'Hualu Group' },
  ),
  scoHolding: org('org-sco-holding', 'state_owned_enterprise', 'Qingdao', {
    zh: '上合控股集团',
    ja: 'SCOホールディンググループ',
    en: 'SCO Holding Group',
  }),
  haichuanghui: org('org-haichuanghui', 'enterprise', 'Qingdao', {
    zh: '海创汇科技创业发展股份有限公司',
    ja: '海創匯科技創業発展',
    en: 'Haichuanghui Technology Entrepreneurship Development Co., Ltd.',
  }),
} as const;

const o = seedOrganizations;

const person = (id: string, name: SnapshotPerson['name'], positions: SnapshotPerson['positions']): SnapshotPerson => ({
  id,
  name,
  positions,
});

export const seedPeople = {
  song: person('per-song', { zh: '宋军继', ja: '宋軍継', en: 'Song Junji' }, [
    { title: { zh: '副省长', ja: '副省長', en: 'Vice Governor' }, organization: o.shandong },
  ]),
  zhao: person('per-zhao', { zh: '赵豪志', ja: '趙豪志', en: 'Zhao Haozhi' }, [
    { title: { zh: '副书记', ja: '副書記', en: 'Deputy Secretary' }, organization: o.qingdaoParty },
    { title: { zh: '市长', ja: '市長', en: 'Mayor of Qingdao' } },
  ]),
  wong: person('per-wong', { zh: '黄克强', ja: '黄克強', en: 'Albert Wong' }, [
    { title: { zh: '行政总裁', ja: '最高経営責任者', en: 'Chief Executive Officer' }, organization: o.hkstp },
  ]),
  chen: person('per-chen', { zh: '陈嘉贤', ja: '陳嘉賢', en: 'Chen Jiaxian' }, [
    {
      title: { zh: '华北及东北首席代表', ja: '華北・東北首席代表', en: 'Chief Representative for North and Northeast China' },
      organization: o.hktdc,
    },
  ]),
  sun: person('per-sun', { zh: '孙海生', ja: '孫海生', en: 'Sun Haisheng' }, [
    { title: { zh: '党组书记', ja: '党組書記', en: 'Party Secretary' }, organization: o.shandongSt },
    { title: { zh: '厅长', ja: '庁長', en: 'Director' }, organization: o.shandongSt },
  ]),
  zhang: person('per-zhang', { zh: '张新竹', ja: '張新竹', en: 'Zhang Xinzhu' }, [
    { title: { zh: '常委', ja: '常務委員', en: 'Member of the Standing Committee' }, organization: o.qingdaoParty },
    { title: { zh: '党工委书记', ja: '党工作委員会書記', en: 'Secretary of the Party Working Committee' }, organization: o.scoZone },
  ]),
  liGang: person('per-li-gang', { zh: '李刚', ja: '李剛', en: 'Li Gang' }, [
    {
      title: { zh: '党工委副书记', ja: '党工作委員会副書記', en: 'Deputy Secretary of the Party Working Committee' },
      organization: o.scoZone,
    },
    {
      title: { zh: '管委常务副主任', ja: '管理委員会常務副主任', en: 'Executive Deputy Director of the Management Committee' },
      organization: o.scoZone,
    },
  ]),
  fan: person('per-fan', { zh: '樊军', ja: '樊軍', en: 'Fan Jun' }, [
    { title: { zh: '党委书记', ja: '党委員会書記', en: 'Party Secretary' }, organization: o.hualu },
    { title: { zh: '董事长', ja: '董事長', en: 'Chairman' }, organization: o.hualu },
  ]),
  liuTaiguang: person('per-liu-taiguang', { zh: '刘太广', ja: '劉太広', en: 'Liu Taiguang' }, [
    { title: { zh: '副主任', ja: '副主任', en: 'Deputy Director' }, organization: o.shandongOffice },
  ]),
  liHucheng: person('per-li-hucheng', { zh: '李虎成', ja: '李虎成', en: 'Li Hucheng' }, [
    { title: { zh: '秘书长', ja: '秘書長', en: 'Secretary-General' }, organization: o.qingdaoGov },
  ]),
  zhou: person('per-zhou', { zh: '周林', ja: '周林', en: 'Zhou Lin' }, [
    { title: { zh: '党工委委员', ja: '党工作委員会委員', en: 'Member of the Party Working Committee' }, organization: o.scoZone },
    { title: { zh: '管委副主任', ja: '管理委員会副主任', en: 'Deputy Director of the Management Committee' }, organization: o.scoZone },
  ]),
  liuChangwen: person('per-liu-changwen', { zh: '刘长文', ja: '劉長文', en: 'Liu Changwen' }, [
    { title: { zh: '董事长', ja: '董事長', en: 'Chairman' }, organization: o.haichuanghui },
  ]),
  yu: person('per-yu', { zh: '于冬泉', ja: '于冬泉', en: 'Yu Dongquan' }, [
    { title: { zh: '负责同志', ja: '幹部', en: 'Official' }, organization: o.scoZone },
  ]),
  liuYuyong: person('per-liu-yuyong', { zh: '刘玉勇', ja: '劉玉勇', en: 'Liu Yuyong' }, [
    { title: { zh: '负责同志', ja: '幹部', en: 'Official' }, organization: o.jiaozhou },
  ]),
} as const;

const p = seedPeople;

const roles: [SnapshotPerson, SnapshotAttendee['role'], string][] = [
  [p.song, 'speaker', 'Shandong'],
  [p.zhao, 'speaker', 'Shandong'],
  [p.wong, 'speaker', 'Hong Kong'],
  [p.chen, 'speaker', 'Hong Kong'],
  [p.sun, 'presider', 'Shandong'],
  [p.zhang, 'guest', 'Shandong'],
  [p.liGang, 'guest', 'Shandong'],
  [p.fan, 'guest', 'Shandong'],
  [p.liuTaiguang, 'guest', 'Shandong'],
  [p.liHucheng, 'guest', 'Shandong'],
  [p.zhou, 'participant', 'Shandong'],
  [p.yu, 'participant', 'Shandong'],
  [p.liuYuyong, 'participant', 'Shandong'],
  [p.liuChangwen, 'participant', 'Shandong'],
];

/** Attendees in protocol order; attendance ids are `att-` plus the person id without `per-`. */
export const seedAttendees: SnapshotAttendee[] = roles.map(([person, role, side], i) => ({
  id: person.id.replace(/^per-/, 'att-'),
  person,
  role,
  side,
  order: i + 1,
}));

const attendeeOf = (person: SnapshotPerson) => person.id.replace(/^per-/, 'att-');

const speech = (
  id: string,
  kind: SnapshotSpeech['kind'],
  speaker: SnapshotPerson,
  keyPoints: SnapshotSpeech['keyPoints'],
  quotes: SnapshotSpeech['quotes'] = [],
): SnapshotSpeech => ({ id, kind, speaker, attendeeId: attendeeOf(speaker), keyPoints, quotes, language: 'zh' });

export const seedSpeeches: SnapshotSpeech[] = [
  speech('sp-song', 'address', p.song, [
    {
      zh: '希望以鲁港科技合作创新中心为纽带，把山东的产业优势与香港的创新资源紧密结合，推动新技术新产品加快转移孵化',
      ja: '山東・香港科学技術協力イノベーションセンターを足掛かりに、山東の産業の強みと香港の研究資源を結び付け、新技術や新製品の移転と事業化を急ぎたい',
      en: "The new cooperation centre should link Shandong's industrial strength with Hong Kong's research resources so that new technologies and products move quickly from lab to market",
    },
    {
      zh: '推动更多科研成果转化为现实生产力，实现互利共赢',
      ja: '研究の成果をより多く実際の生産に生かし、双方が利益を分かち合えるようにしたい',
      en: 'More research results should be put to productive use, to the benefit of both sides',
    },
  ]),
  speech('sp-zhao', 'address', p.zhao, [
    {
      zh: '青岛将依托上合示范区等国家级开放平台，深化与香港在科技创新、经贸等领域的务实合作',
      ja: '青島は上海協力機構モデル区などの国家級の開放拠点を生かし、科学技術や経済・貿易の分野で香港との実務協力を深める',
      en: 'Qingdao will use the SCO Demonstration Zone and other national opening-up platforms to deepen practical cooperation with Hong Kong in technology, the economy and trade',
    },
    {
      zh: '欢迎更多香港企业来青投资兴业',
      ja: '香港企業による青島への投資や拠点設置を歓迎する',
      en: 'Hong Kong companies are welcome to invest and set up operations in the city',
    },
  ]),
  speech('sp-wong', 'address', p.wong, [
    {
      zh: '山东与香港是天然的合作伙伴，双方优势互补',
      ja: '山東と香港は互いの強みを補い合える理想的なパートナーだ',
      en: 'Shandong and Hong Kong are natural partners whose strengths complement each other',
    },
    {
      zh: '山东企业可借助香港及香港科技园的平台走向国际市场',
      ja: '山東の企業は香港とサイエンスパークを足場に海外市場へ進出できる',
      en: 'Shandong companies can use Hong Kong and its science park as a springboard to international markets',
    },
  ]),
  speech('sp-chen', 'address', p.chen, [
    {
      zh: '香港和山东都把科技创新作为经济发展的重点',
      ja: '香港と山東はいずれも科学技術イノベーションを経済成長の柱に据えている',
      en: 'Both Hong Kong and Shandong treat technological innovation as a priority for growth',
    },
    {
      zh: '科技园与示范区的合作将为香港初创企业提供丰富的应用场景和广阔的内地市场',
      ja: 'サイエンスパークとモデル区の連携は、香港の新興企業に豊富な実証の場と広い中国本土市場をもたらす',
      en: 'Cooperation between the science park and the zone will give Hong Kong start-ups real-world testing grounds and a wide mainland market',
    },
  ]),
  speech(
    'sp-zhou',
    'remarks',
    p.zhou,
    [
      {
        zh: '中心将聚焦人工智能、生物医药、数字经济等重点领域，汇聚政产学研金服用各类创新要素',
        ja: 'センターは人工知能やバイオ医薬、デジタル経済に重点を置き、行政、産業界、大学、研究機関、金融の資源を集める',
        en: 'The centre will concentrate on artificial intelligence, biomedicine and the digital economy, drawing together government, industry, universities, research institutes and finance',
      },
    ],
    [
      {
        zh: '我们希望通过今天签约的项目，加快两地企业之间的合作。',
        ja: 'きょう調印したプロジェクトを通じ、両地域の企業の協力を加速させたい。',
        en: 'We want the projects signed today to speed up cooperation between companies from both places.',
      },
    ],
  ),
  speech(
    'sp-liu-changwen',
    'remarks',
    p.liuChangwen,
    [],
    [
      {
        zh: '香港科研基础雄厚，科技企业众多。借助这个中心，我们能更好地对接香港市场，开拓新的发展路径。',
        ja: '香港は研究の基盤が厚く、技術系の企業も多い。センターを通じてその市場とつながり、新たな成長の道を開きたい。',
        en: 'Hong Kong has a strong research base and many technology firms. Through the centre we can reach that market and open new paths for growth.',
      },
    ],
  ),
  speech(
    'sp-zhang',
    'remarks',
    p.zhang,
    [],
    [
      {
        zh: '中心正式运营是一个新起点。我们将持续优化政策和服务供给，把示范区打造成面向上合组织国家的科技创新策源地。',
        ja: 'センターの本格稼働は新たな出発点だ。政策とサービスの充実を続け、モデル区を上海協力機構加盟国に向けたイノベーションの発信地にしていく。',
        en: 'The launch of the centre is a new starting point. We will keep improving our policies and services so that the zone becomes a source of innovation for SCO countries.',
      },
    ],
  ),
];

const centre = {
  zh: '鲁港科技合作创新中心',
  ja: '山東・香港科学技術協力イノベーションセンター',
  en: 'Shandong-Hong Kong Science and Technology Cooperation Innovation Center',
};

export const seedAgenda: SnapshotAgendaItem[] = [
  { id: 'ag-opening', kind: 'opening', order: 1 },
  { id: 'ag-addresses', kind: 'address', order: 2 },
  { id: 'ag-unveiling', kind: 'unveiling', order: 3, subject: centre },
  { id: 'ag-mou', kind: 'mou_signing', order: 4 },
  { id: 'ag-projects', kind: 'project_signing', order: 5 },
  {
    id: 'ag-policy',
    kind: 'policy_presentation',
    order: 6,
    organization: o.scoZone,
    subject: {
      zh: '山东省、青岛市和示范区三级科技支持政策',
      ja: '山東省、青島市、モデル区の3層にわたる科学技術支援策',
      en: 'science and technology support policies at the provincial, municipal and zone levels',
    },
    summary: {
      zh: '三级政策相互衔接，合力支持科技型企业成长。',
      ja: '3層の政策を組み合わせ、技術系企業の成長を後押しする。',
      en: 'The three tiers of policy are meant to work together to help technology companies grow.',
    },
  },
  { id: 'ag-matchmaking', kind: 'matchmaking', order: 7 },
  { id: 'ag-visit', kind: 'site_visit', order: 8, subject: centre },
];

export const seedMous: SnapshotMou[] = [
  {
    id: 'mou-centre',
    title: {
      zh: '共建鲁港科技合作创新中心合作备忘录',
      ja: '山東・香港科学技術協力イノベーションセンター共同建設に関する覚書',
      en: 'Memorandum of Understanding on Jointly Building the Shandong-Hong Kong Science and Technology Cooperation Innovation Center',
    },
    purpose: {
      zh: '推动平台联动和资源共享，促进两地产业链供应链深度融合',
      ja: '双方の拠点を結び付けて資源を共有し、両地域の産業・供給網の一体化を後押しする',
      en: 'connect their platforms, share resources and bring the industrial and supply chains of the two regions closer together',
    },
    signedOn: '2024-03-25',
    status: 'signed',
    parties: [{ organization: o.scoHolding }, { organization: o.hkstp }],
    witnesses: [],
  },
];

const SECTOR_CYCLE = ['ai', 'biomedicine', 'digital_economy', 'advanced_manufacturing'];

export const seedProjects: SnapshotProject[] = [
  {
    id: 'prj-01',
    title: {
      zh: 'Handle技术应用标准联合实验中心',
      ja: 'Handle技術応用標準共同実験センター',
      en: 'Handle Technology Application Standards Joint Laboratory Center',
    },
    sector: 'digital_economy',
    parties: [o.scoZone],
  },
  {
    id: 'prj-02',
    title: {
      zh: '上合跨境通信数据创新中心',
      ja: '上海協力機構越境通信データ・イノベーションセンター',
      en: 'SCO Cross-Border Communication Data Innovation Center',
    },
    sector: 'communications',
    parties: [o.scoZone],
  },
  ...Array.from({ length: 12 }, (_, i): SnapshotProject => ({
    id: `prj-${String(i + 3).padStart(2, '0')}`,
    title: { zh: `鲁港合作项目${i + 3}`, ja: `山東・香港協力プロジェクト${i + 3}`, en: `Shandong-Hong Kong cooperation project ${i + 3}` },
    sector: SECTOR_CYCLE[i % SECTOR_CYCLE.length],
    parties: [o.scoZone],
  })),
];

export const seedParticipantGroups: SnapshotParticipantGroup[] = [
  {
    id: 'grp-all',
    category: {
      zh: '省市有关部门、鲁港企业、科研院所及相关单位',
      ja: '省・市の関係部門、山東と香港の企業、研究機関、関係団体',
      en: 'provincial and municipal departments, Shandong and Hong Kong companies, research institutes and other organizations',
    },
    count: 200,
    qualifier: 'over',
  },
];

export const SEED_EVENT: EventSnapshot = {
  id: 'evt-seed',
  title: {
    zh: '鲁港科技创新合作交流会',
    ja: '山東・香港科学技術イノベーション協力交流会',
    en: 'Shandong-Hong Kong Science and Technology Innovation Cooperation Exchange Meeting',
  },
  kind: 'exchange_meeting',
  status: 'held',
  startsAt: '2024-03-25T01:30:00.000Z',
  endsAt: '2024-03-25T05:00:00.000Z',
  timeZone: 'Asia/Shanghai',
  venue: { zh: '上合示范区', ja: '上海協力機構モデル区', en: 'SCO Demonstration Zone' },
  city: { zh: '青岛', ja: '青島市', en: 'Qingdao' },
  theme: null,
  hosts: [],
  coHosts: [],
  attendees: seedAttendees,
  agenda: seedAgenda,
  speeches: seedSpeeches,
  mous: seedMous,
  projects: seedProjects,
  participantGroups: seedParticipantGroups,
};

/** A fresh deep copy of the seed event, to change freely in a test. */
export function buildSeedEvent(): EventSnapshot {
  return structuredClone(SEED_EVENT);
}

/** Attendance ids of the lead, in the order the lead must state them. */
export const SEED_LEAD_ORDER = {
  speakers: ['att-song', 'att-zhao', 'att-wong', 'att-chen'],
  presiders: ['att-sun'],
  guests: ['att-zhang', 'att-li-gang', 'att-fan', 'att-liu-taiguang', 'att-li-hucheng'],
} as const;
