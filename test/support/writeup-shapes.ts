import type { LocalizedText } from '../../libs/core/src/index.js';

/**
 * Events of the shapes real press releases cover, with invented people and organizations, entered through the API by
 * the writeup end-to-end tests. Every text is given in the languages a real organizer would have: some only in English.
 */

const t = (zh: string, ja: string, en: string): LocalizedText => ({ zh, ja, en });

export interface ShapeOrg {
  kind?: string;
  name: LocalizedText;
  shortName?: LocalizedText;
}
export interface ShapePerson {
  name: LocalizedText;
  familyName?: LocalizedText;
  rank: number;
  positions: { title: LocalizedText; org?: string }[];
}
export interface ShapeAttendee {
  person: string;
  role: 'presider' | 'speaker' | 'guest' | 'participant';
  status?: 'invited' | 'registered' | 'checked_in';
  protocolOrder?: number;
  side?: string;
}
export interface Shape {
  name: string;
  orgs: Record<string, ShapeOrg>;
  people: Record<string, ShapePerson>;
  /** the event this one is a session of */
  parent?: { title: LocalizedText; kind: string; startsAt: string };
  event: {
    title: LocalizedText;
    kind: string;
    status: 'draft' | 'scheduled' | 'held';
    startsAt: string;
    endsAt?: string;
    timeZone: string;
    venue?: LocalizedText;
    city?: LocalizedText;
    hosts?: string[];
    coHosts?: string[];
    organizers?: string[];
    supporting?: string[];
    sectors?: string[];
    facts?: LocalizedText[];
    signingTotals?: Record<string, unknown>[];
    sides?: { code: string; name: LocalizedText }[];
  };
  attendees: ShapeAttendee[];
  /** a side's delegation: its head (a person key) and size */
  delegations?: { side: string; head?: string; size?: number; name?: LocalizedText }[];
  agenda?: { kind: string; subject?: LocalizedText; performers?: string[]; org?: string }[];
  speeches?: {
    speaker: string;
    kind: string;
    language?: string;
    keyPoints: LocalizedText[];
    actionKeyPoints?: number[];
    quotes?: LocalizedText[];
  }[];
  mous?: {
    title: LocalizedText;
    documentType: string;
    status?: string;
    parties: { org: string; signatory?: string }[];
    witnesses?: string[];
    purpose?: LocalizedText;
  }[];
  projects?: { title: LocalizedText; sector?: string; amount?: string; currency?: string; parties: string[] }[];
  groups?: { category: LocalizedText; count?: number; qualifier?: string; unit?: string }[];
  expect: {
    /** people of the lead, in the order the lead must name them */
    leadOrder: string[];
    /** people who must not appear at all (invited, never confirmed) */
    absent?: string[];
    mood: 'held' | 'preview';
    /** the word for what was signed, per language */
    document?: LocalizedText;
    /** people whose short form is shared with another or reads as a word ("He"), so their full name may repeat */
    sharedShortForm?: string[];
    /** sentences an editor looks for, per language: the delegation, a title reminder, a referring expression */
    says?: LocalizedText[];
  };
}

const bilateral: Shape = {
  name: 'bilateral signing with two signatories and witnesses',
  orgs: {
    province: {
      name: t('江苏省人民政府', '江蘇省人民政府', 'Jiangsu Provincial Government'),
      shortName: t('江苏省', '江蘇省', 'Jiangsu Province'),
    },
    city: {
      name: t('南通市人民政府', '南通市人民政府', 'Nantong Municipal Government'),
      shortName: t('南通市政府', '南通市政府', 'Nantong'),
    },
    consulate: {
      name: t('德意志联邦共和国驻上海总领事馆', 'ドイツ連邦共和国駐上海総領事館', 'Consulate General of Germany in Shanghai'),
      shortName: t('德国驻沪总领馆', '駐上海ドイツ総領事館', 'German Consulate General'),
    },
    hafen: {
      kind: 'enterprise',
      name: t('哈芬施塔特物流集团', 'ハーフェンシュタット物流グループ', 'Hafenstadt Logistics Group'),
    },
  },
  people: {
    jiang: {
      name: t('蒋立华', '蒋立華', 'Jiang Lihua'),
      rank: 5,
      positions: [{ title: t('副省长', '副省長', 'Vice Governor'), org: 'province' }],
    },
    vogel: {
      name: t('安妮特·福格尔', 'アネッテ・フォーゲル', 'Annette Vogel'),
      rank: 8,
      positions: [{ title: t('总领事', '総領事', 'Consul General'), org: 'consulate' }],
    },
    wu: { name: t('吴建平', '呉建平', 'Wu Jianping'), rank: 10, positions: [{ title: t('市长', '市長', 'Mayor'), org: 'city' }] },
    brenner: {
      name: t('克劳斯·布伦纳', 'クラウス・ブレンナー', 'Klaus Brenner'),
      rank: 20,
      positions: [{ title: t('首席执行官', '最高経営責任者', 'Chief Executive Officer'), org: 'hafen' }],
    },
    lu: { name: t('陆海燕', '陸海燕', 'Lu Haiyan'), rank: 30, positions: [{ title: t('副市长', '副市長', 'Vice Mayor'), org: 'city' }] },
  },
  event: {
    title: t(
      '南通市与哈芬施塔特物流集团战略合作签约仪式',
      '南通市・ハーフェンシュタット物流グループ戦略的協力調印式',
      'Signing Ceremony of the Strategic Cooperation between Nantong and Hafenstadt Logistics Group',
    ),
    kind: 'signing_ceremony',
    status: 'held',
    startsAt: '2024-06-18T10:00:00+08:00',
    timeZone: 'Asia/Shanghai',
    venue: t('南通国际会议中心', '南通国際会議センター', 'Nantong International Conference Center'),
    city: t('南通', '南通市', 'Nantong'),
  },
  attendees: [
    { person: 'lu', role: 'presider' },
    { person: 'wu', role: 'speaker' },
    { person: 'brenner', role: 'speaker' },
    { person: 'jiang', role: 'guest' },
    { person: 'vogel', role: 'guest' },
  ],
  speeches: [
    {
      speaker: 'wu',
      kind: 'address',
      keyPoints: [
        t(
          '南通港口条件优越，物流需求旺盛',
          '南通は港湾の条件に恵まれ、物流の需要も旺盛だ',
          'Nantong has excellent port conditions and strong demand for logistics',
        ),
        t(
          '欢迎哈芬施塔特物流集团在南通设立区域总部',
          'ハーフェンシュタット物流グループが南通に地域本部を置くことを歓迎する',
          'The city welcomes Hafenstadt Logistics Group to set up its regional headquarters in Nantong',
        ),
      ],
    },
    {
      speaker: 'brenner',
      kind: 'address',
      language: 'en',
      keyPoints: [
        t(
          '集团将把南通作为长江流域的物流枢纽',
          'グループは南通を長江流域の物流拠点とする',
          'The group will make Nantong its logistics hub for the Yangtze River basin',
        ),
      ],
      actionKeyPoints: [],
    },
  ],
  mous: [
    {
      title: t(
        '南通市人民政府与哈芬施塔特物流集团战略合作协议',
        '南通市人民政府とハーフェンシュタット物流グループの戦略的協力協定',
        'Strategic Cooperation Agreement between the Nantong Municipal Government and Hafenstadt Logistics Group',
      ),
      documentType: 'strategic_cooperation_agreement',
      parties: [
        { org: 'city', signatory: 'wu' },
        { org: 'hafen', signatory: 'brenner' },
      ],
      witnesses: ['jiang', 'vogel'],
      purpose: t(
        '共建江海联运物流园区，开通至汉堡的定期班列',
        '江海一貫輸送の物流団地を共同で整備し、ハンブルク行きの定期貨物列車を運行する',
        'jointly build a river-sea logistics park and open a scheduled freight train service to Hamburg',
      ),
    },
  ],
  expect: {
    leadOrder: ['jiang', 'vogel', 'wu', 'brenner', 'lu'],
    mood: 'held',
    document: t('战略合作协议', '戦略的協力協定', 'strategic cooperation agreement'),
    // the two who spoke are the two who signed: the signing sentence refers to them
    says: [t('吴建平、布伦纳致辞。', '呉氏とブレンナー氏があいさつした。', 'Wu and Brenner gave addresses. They signed the Strategic')],
  },
};

const jointCommittee: Shape = {
  name: 'joint committee co-chaired by two ministers',
  orgs: {
    most: {
      name: t('中华人民共和国科学技术部', '中華人民共和国科学技術部', 'Ministry of Science and Technology of China'),
      shortName: t('科技部', '科学技術部', 'Ministry of Science and Technology'),
    },
    nmer: {
      name: t('挪威教育与研究部', 'ノルウェー教育研究省', 'Norwegian Ministry of Education and Research'),
      shortName: t('挪威教研部', 'ノルウェー教育研究省', 'Norwegian Ministry of Education and Research'),
    },
    embassy: {
      name: t('挪威驻华大使馆', '駐中国ノルウェー大使館', 'Royal Norwegian Embassy in Beijing'),
      shortName: t('挪威驻华使馆', 'ノルウェー大使館', 'Norwegian Embassy'),
    },
  },
  people: {
    lin: {
      name: t('林振宇', '林振宇', 'Lin Zhenyu'),
      rank: 1,
      positions: [{ title: t('副部长', '副部長', 'Vice Minister'), org: 'most' }],
    },
    solberg: {
      name: t('英格丽德·索尔贝格', 'イングリッド・ソールベルグ', 'Ingrid Solberg'),
      rank: 1,
      positions: [{ title: t('大臣', '大臣', 'Minister'), org: 'nmer' }],
    },
    dahl: {
      name: t('埃里克·达尔', 'エリック・ダール', 'Erik Dahl'),
      rank: 10,
      positions: [{ title: t('大使', '大使', 'Ambassador'), org: 'embassy' }],
    },
    zheng: {
      name: t('郑晓梅', '鄭暁梅', 'Zheng Xiaomei'),
      rank: 20,
      positions: [
        { title: t('国际合作司司长', '国際協力司司長', 'Director-General of the Department of International Cooperation'), org: 'most' },
      ],
    },
  },
  event: {
    title: t(
      '中挪科技合作联合委员会第九次会议',
      '中国・ノルウェー科学技術協力合同委員会第9回会議',
      'Ninth Meeting of the China-Norway Joint Committee on Science and Technology Cooperation',
    ),
    kind: 'joint_committee',
    status: 'held',
    startsAt: '2024-11-05T09:30:00+01:00',
    timeZone: 'Europe/Oslo',
    venue: t('挪威教育与研究部', 'ノルウェー教育研究省', 'Norwegian Ministry of Education and Research'),
    city: t('奥斯陆', 'オスロ', 'Oslo'),
  },
  attendees: [
    { person: 'lin', role: 'presider' },
    { person: 'solberg', role: 'presider' },
    { person: 'dahl', role: 'guest' },
    { person: 'zheng', role: 'guest' },
  ],
  speeches: [
    {
      speaker: 'lin',
      kind: 'address',
      keyPoints: [
        t(
          '两国科技合作成果丰硕',
          '両国の科学技術協力は大きな成果を上げてきた',
          'Science and technology cooperation between the two countries has been fruitful',
        ),
        t(
          '中方愿在极地研究和海洋可再生能源领域深化合作',
          '中国側は極地研究と海洋再生可能エネルギーの分野で協力を深めたい',
          'China is ready to deepen cooperation in polar research and marine renewable energy',
        ),
      ],
    },
    {
      speaker: 'solberg',
      kind: 'address',
      keyPoints: [
        t(
          '两国科技合作成果丰硕',
          '両国の科学技術協力は大きな成果を上げてきた',
          'Science and technology cooperation between the two countries has been fruitful',
        ),
        t(
          '祝贺双方联合实验室通过中期评估',
          '双方の共同研究室が中間評価を通過したことを祝った',
          'congratulated the joint laboratories of the two sides on passing their mid-term review',
        ),
      ],
      actionKeyPoints: [1],
    },
  ],
  mous: [
    {
      title: t(
        '中挪科技合作联合委员会第九次会议纪要',
        '中国・ノルウェー科学技術協力合同委員会第9回会議議事録',
        'Minutes of the Ninth Meeting of the China-Norway Joint Committee on Science and Technology Cooperation',
      ),
      documentType: 'minutes',
      parties: [
        { org: 'most', signatory: 'lin' },
        { org: 'nmer', signatory: 'solberg' },
      ],
      purpose: t(
        '在未来两年共同资助12个联合研究项目',
        '今後2年間に12件の共同研究プロジェクトに共同で資金を出す',
        'jointly fund 12 joint research projects over the next two years',
      ),
    },
  ],
  expect: {
    leadOrder: ['lin', 'solberg', 'dahl', 'zheng'],
    mood: 'held',
    document: t('纪要', '議事録', 'minutes'),
  },
};

const sisterProvince: Shape = {
  name: 'sister-province signing abroad',
  orgs: {
    fujian: {
      name: t('福建省人民政府', '福建省人民政府', 'Fujian Provincial People’s Government'),
      shortName: t('福建省', '福建省', 'Fujian Province'),
    },
    drenthe: { name: t('荷兰德伦特省', 'オランダ・ドレンテ州', 'Province of Drenthe'), shortName: t('德伦特省', 'ドレンテ州', 'Drenthe') },
    embassy: {
      name: t('中华人民共和国驻荷兰王国大使馆', '駐オランダ中国大使館', 'Embassy of China in the Netherlands'),
      shortName: t('中国驻荷兰使馆', '駐オランダ中国大使館', 'Chinese Embassy'),
    },
  },
  people: {
    guo: {
      name: t('郭文斌', '郭文斌', 'Guo Wenbin'),
      rank: 1,
      positions: [{ title: t('副省长', '副省長', 'Vice Governor'), org: 'fujian' }],
    },
    jansen: {
      name: t('玛丽克·扬森', 'マリーケ・ヤンセン', 'Marieke Jansen'),
      rank: 2,
      positions: [{ title: t('省长', '州知事', "King's Commissioner"), org: 'drenthe' }],
    },
    he: {
      name: t('何俊峰', '何俊峰', 'He Junfeng'),
      rank: 5,
      positions: [{ title: t('公使衔参赞', '公使参事官', 'Minister-Counsellor'), org: 'embassy' }],
    },
  },
  event: {
    title: t(
      '福建省与德伦特省缔结友好省关系签字仪式',
      '福建省・ドレンテ州友好省州締結調印式',
      'Signing Ceremony for the Sister-Province Relationship between Fujian and Drenthe',
    ),
    kind: 'signing_ceremony',
    status: 'held',
    startsAt: '2024-05-14T14:00:00+02:00',
    timeZone: 'Europe/Amsterdam',
    venue: t('德伦特省议会大厦', 'ドレンテ州議会議事堂', 'Provinciehuis Drenthe'),
    city: t('阿森', 'アッセン', 'Assen'),
  },
  attendees: [
    { person: 'jansen', role: 'speaker' },
    { person: 'guo', role: 'speaker' },
    { person: 'he', role: 'guest' },
  ],
  speeches: [
    {
      speaker: 'jansen',
      kind: 'welcome_address',
      keyPoints: [
        t(
          '德伦特省的农业科技和能源转型经验愿与福建分享',
          'ドレンテ州は農業技術とエネルギー転換の経験を福建省と共有したい',
          'Drenthe wants to share its experience in agricultural technology and the energy transition with Fujian',
        ),
      ],
    },
    {
      speaker: 'guo',
      kind: 'address',
      keyPoints: [
        t(
          '双方应在现代农业、清洁能源和职业教育领域开展务实合作',
          '双方は近代農業、クリーンエネルギー、職業教育の分野で実務協力を進めるべきだ',
          'The two sides should pursue practical cooperation in modern agriculture, clean energy and vocational education',
        ),
      ],
    },
  ],
  mous: [
    {
      title: t(
        '中华人民共和国福建省与荷兰王国德伦特省缔结友好省关系协议书',
        '中華人民共和国福建省とオランダ王国ドレンテ州の友好省州関係締結協定書',
        'Agreement on the Establishment of Sister-Province Relations between Fujian Province of China and the Province of Drenthe of the Netherlands',
      ),
      documentType: 'sister_province_agreement',
      parties: [
        { org: 'fujian', signatory: 'guo' },
        { org: 'drenthe', signatory: 'jansen' },
      ],
      witnesses: ['he'],
    },
  ],
  expect: {
    sharedShortForm: ['he'],
    leadOrder: ['guo', 'jansen', 'he'],
    mood: 'held',
    document: t('友好省州关系协议书', '姉妹省州協定', 'sister-province agreement'),
  },
};

/** Sixteen officials of a provincial forum: ranks, names and posts. */
const FORUM_OFFICIALS: [string, string, string, string, string, string, string][] = [
  // key, zh name, ja name, en name, zh title, ja title, en title
  ['secretary', '马国强', '馬国強', 'Ma Guoqiang', '省委书记', '省党委書記', 'Secretary of the Provincial Party Committee'],
  ['governor', '梁思远', '梁思遠', 'Liang Siyuan', '省长', '省長', 'Governor'],
  ['viceGovernor', '唐雅琴', '唐雅琴', 'Tang Yaqin', '副省长', '副省長', 'Vice Governor'],
  ['academician', '傅明哲', '傅明哲', 'Fu Mingzhe', '中国科学院院士', '中国科学院院士', 'Academician of the Chinese Academy of Sciences'],
  ['mayor', '钱立德', '銭立徳', 'Qian Lide', '市长', '市長', 'Mayor of Hefei'],
  [
    'director',
    '汪晓峰',
    '汪暁峰',
    'Wang Xiaofeng',
    '省科技厅厅长',
    '省科学技術庁長',
    'Director of the Provincial Department of Science and Technology',
  ],
  [
    'deputyDirector',
    '王海鹰',
    '王海鷹',
    'Wang Haiying',
    '省科技厅副厅长',
    '省科学技術庁副庁長',
    'Deputy Director of the Provincial Department of Science and Technology',
  ],
  ['commerce', '邵家宁', '邵家寧', 'Shao Jianing', '省商务厅厅长', '省商務庁長', 'Director of the Provincial Department of Commerce'],
  [
    'industry',
    '袁启明',
    '袁啓明',
    'Yuan Qiming',
    '省经济和信息化厅厅长',
    '省経済情報化庁長',
    'Director of the Provincial Department of Economy and Information Technology',
  ],
  [
    'finance',
    '柯文静',
    '柯文静',
    'Ke Wenjing',
    '省财政厅副厅长',
    '省財政庁副庁長',
    'Deputy Director of the Provincial Department of Finance',
  ],
  [
    'university',
    '沈卓然',
    '沈卓然',
    'Shen Zhuoran',
    '中国科学技术大学校长',
    '中国科学技術大学学長',
    'President of the University of Science and Technology of China',
  ],
  [
    'zone',
    '程志刚',
    '程志剛',
    'Cheng Zhigang',
    '合肥高新区管委会主任',
    '合肥ハイテク区管理委員会主任',
    'Director of the Hefei High-Tech Zone Management Committee',
  ],
  ['bank', '贺春生', '賀春生', 'He Chunsheng', '省分行行长', '省支店長', 'President of the Provincial Branch of the Bank of Construction'],
  ['institute', '丁雪松', '丁雪松', 'Ding Xuesong', '省科学院院长', '省科学院院長', 'President of the Provincial Academy of Sciences'],
  [
    'association',
    '邹慧敏',
    '鄒慧敏',
    'Zou Huimin',
    '省科协主席',
    '省科学技術協会主席',
    'Chair of the Provincial Association for Science and Technology',
  ],
  ['enterprise', '彭浩', '彭浩', 'Peng Hao', '量子科技公司董事长', '量子科技公司董事長', 'Chairman of Quantum Tech Co.'],
];

const forum: Shape = {
  name: 'a forum of sixteen officials where the most senior only attends',
  orgs: {
    host: {
      name: t('安徽省科学技术厅', '安徽省科学技術庁', 'Anhui Provincial Department of Science and Technology'),
      shortName: t('省科技厅', '省科学技術庁', 'Department of Science and Technology'),
    },
    hefei: {
      name: t('合肥市人民政府', '合肥市人民政府', 'Hefei Municipal Government'),
      shortName: t('合肥市政府', '合肥市政府', 'Hefei Municipal Government'),
    },
  },
  people: {
    ...Object.fromEntries(
      FORUM_OFFICIALS.map(([key, zhName, jaName, enName, zhTitle, jaTitle, enTitle], i) => [
        key,
        { name: t(zhName, jaName, enName), rank: (i + 1) * 10, positions: [{ title: t(zhTitle, jaTitle, enTitle) }] },
      ]),
    ),
    invitee: {
      name: t('孔德伟', '孔徳偉', 'Kong Dewei'),
      rank: 15,
      positions: [{ title: t('国家科技部副部长', '国家科学技術部副部長', 'Vice Minister of Science and Technology') }],
    },
  },
  event: {
    title: t(
      '2024长三角科技创新合作论坛',
      '2024長江デルタ科学技術イノベーション協力フォーラム',
      '2024 Yangtze River Delta Science and Technology Innovation Cooperation Forum',
    ),
    kind: 'forum',
    status: 'held',
    startsAt: '2024-10-16T09:00:00+08:00',
    timeZone: 'Asia/Shanghai',
    venue: t('合肥滨湖国际会展中心', '合肥濱湖国際会議展示センター', 'Hefei Binhu International Convention and Exhibition Center'),
    city: t('合肥', '合肥市', 'Hefei'),
    hosts: ['host'],
    organizers: ['hefei'],
    sectors: ['ai', 'new_energy'],
  },
  attendees: [
    ...FORUM_OFFICIALS.map(([key], i): ShapeAttendee => ({
      person: key,
      role: key === 'director' ? 'presider' : ['governor', 'academician', 'mayor'].includes(key) ? 'speaker' : i < 13 ? 'guest' : 'guest',
    })),
    { person: 'invitee', role: 'guest', status: 'invited' },
  ],
  // the vice governor, named in the lead only, returns after the addresses: her title reminds the reader who she is
  agenda: [
    {
      kind: 'site_visit',
      subject: t('合肥量子信息产业园', '合肥量子情報産業パーク', 'Hefei Quantum Information Industrial Park'),
      performers: ['viceGovernor'],
    },
  ],
  speeches: [
    {
      speaker: 'mayor',
      kind: 'welcome_address',
      keyPoints: [
        t(
          '合肥已集聚量子信息和新能源汽车企业两千余家',
          '合肥には量子情報と新エネルギー車の企業が2000社余り集積している',
          'Hefei is home to more than 2000 quantum information and new-energy vehicle companies',
        ),
      ],
    },
    {
      speaker: 'governor',
      kind: 'address',
      keyPoints: [
        t(
          '要推动长三角创新链与产业链深度融合',
          '長江デルタのイノベーションチェーンと産業チェーンの融合を進めなければならない',
          'The innovation and industrial chains of the Yangtze River Delta must be integrated more closely',
        ),
      ],
    },
    {
      speaker: 'academician',
      kind: 'keynote',
      keyPoints: [
        t(
          '量子计算将在十年内进入实用阶段',
          '量子コンピューターは10年以内に実用段階に入る',
          'Quantum computing will reach practical use within ten years',
        ),
      ],
    },
  ],
  groups: [
    {
      category: t(
        '长三角三省一市科技部门、高校、科研院所和企业',
        '長江デルタ3省1市の科学技術部門、大学、研究機関、企業',
        'science and technology departments, universities, research institutes and companies of the Yangtze River Delta',
      ),
      count: 300,
      qualifier: 'over',
    },
    { category: t('企业', '企業', 'companies'), count: 80, qualifier: 'about', unit: 'organizations' },
  ],
  expect: {
    leadOrder: FORUM_OFFICIALS.map(([key]) => key),
    absent: ['invitee'],
    mood: 'held',
    sharedShortForm: ['director', 'deputyDirector'],
    says: [
      t(
        '唐雅琴副省长实地考察了合肥量子信息产业园。',
        '唐副省長が合肥量子情報産業パークを視察した。',
        'Vice Governor Tang visited the Hefei Quantum Information Industrial Park.',
      ),
    ],
  },
};

const englishKeynotes: Shape = {
  name: 'a two-day forum with keynotes given in English only',
  orgs: {
    nipn: { kind: 'association', name: { en: 'Nordic Innovation Parks Network' } },
    kyoto: { kind: 'university', name: t('京都先端科学大学', '京都先端科学大学', 'Kyoto University of Advanced Science') },
    host: {
      name: t('深圳市科技创新局', '深圳市科学技術イノベーション局', 'Shenzhen Science, Technology and Innovation Bureau'),
      shortName: t('深圳市科创局', '深圳市科学技術イノベーション局', 'Shenzhen Innovation Bureau'),
    },
  },
  people: {
    lindqvist: { name: { en: 'Helena Lindqvist' }, rank: 20, positions: [{ title: { en: 'President' }, org: 'nipn' }] },
    tanaka: {
      name: t('田中优子', '田中優子', 'Yuko Tanaka'),
      familyName: t('田中', '田中', 'Tanaka'),
      rank: 25,
      positions: [{ title: t('教授', '教授', 'Professor'), org: 'kyoto' }],
    },
    luo: {
      name: t('罗志斌', '羅志斌', 'Luo Zhibin'),
      rank: 10,
      positions: [{ title: t('局长', '局長', 'Director General'), org: 'host' }],
    },
  },
  event: {
    title: t(
      '2024深圳国际科技园区合作论坛',
      '2024深圳国際サイエンスパーク協力フォーラム',
      '2024 Shenzhen International Science Park Cooperation Forum',
    ),
    kind: 'forum',
    status: 'held',
    startsAt: '2024-09-12T09:00:00+08:00',
    endsAt: '2024-09-13T17:00:00+08:00',
    timeZone: 'Asia/Shanghai',
    venue: t('深圳会展中心', '深圳コンベンション・展示センター', 'Shenzhen Convention and Exhibition Center'),
    city: t('深圳', '深圳市', 'Shenzhen'),
    hosts: ['host'],
  },
  attendees: [
    { person: 'luo', role: 'presider' },
    { person: 'lindqvist', role: 'speaker' },
    { person: 'tanaka', role: 'speaker' },
  ],
  speeches: [
    {
      speaker: 'lindqvist',
      kind: 'keynote',
      language: 'en',
      keyPoints: [
        { en: 'Science parks that share pilot facilities bring products to market two years faster' },
        { en: 'Nordic and Chinese parks should open their testing grounds to each other' },
      ],
    },
    {
      speaker: 'tanaka',
      kind: 'keynote',
      language: 'en',
      keyPoints: [{ en: 'Universities must keep a share of their patents open for start-ups' }],
      quotes: [{ en: 'Openness is the fastest way to turn research into jobs.' }],
    },
  ],
  expect: { leadOrder: ['luo', 'lindqvist', 'tanaka'], mood: 'held' },
};

const scheduled: Shape = {
  name: 'a scheduled event in the future',
  orgs: {
    gd: {
      name: t('广东省商务厅', '広東省商務庁', 'Guangdong Provincial Department of Commerce'),
      shortName: t('省商务厅', '省商務庁', 'Department of Commerce'),
    },
    penang: { name: t('槟城州政府', 'ペナン州政府', 'Penang State Government'), shortName: t('槟城州', 'ペナン州', 'Penang') },
  },
  people: {
    chow: {
      name: t('周家豪', '周家豪', 'Chow Ka Ho'),
      familyName: { en: 'Chow', ja: '周', zh: '周家豪' },
      rank: 5,
      positions: [{ title: t('首席部长', '首席大臣', 'Chief Minister'), org: 'penang' }],
    },
    xu: { name: t('许静怡', '許静怡', 'Xu Jingyi'), rank: 10, positions: [{ title: t('厅长', '庁長', 'Director'), org: 'gd' }] },
    ye: { name: t('叶文涛', '葉文濤', 'Ye Wentao'), rank: 20, positions: [{ title: t('副厅长', '副庁長', 'Deputy Director'), org: 'gd' }] },
  },
  event: {
    title: t('粤槟经贸合作交流会', '広東・ペナン経済貿易協力交流会', 'Guangdong-Penang Economic and Trade Cooperation Meeting'),
    kind: 'exchange_meeting',
    status: 'scheduled',
    startsAt: '2031-05-20T09:30:00+08:00',
    timeZone: 'Asia/Shanghai',
    venue: t('广州白云国际会议中心', '広州白雲国際会議センター', 'Guangzhou Baiyun International Convention Center'),
    city: t('广州', '広州市', 'Guangzhou'),
  },
  attendees: [
    { person: 'chow', role: 'speaker', status: 'invited' },
    { person: 'xu', role: 'speaker' },
    { person: 'ye', role: 'presider' },
  ],
  agenda: [
    { kind: 'unveiling', subject: t('粤槟企业服务中心', '広東・ペナン企業サービスセンター', 'Guangdong-Penang Business Service Center') },
  ],
  mous: [
    {
      title: t(
        '粤槟经贸合作备忘录',
        '広東・ペナン経済貿易協力覚書',
        'Memorandum of Understanding on Guangdong-Penang Economic and Trade Cooperation',
      ),
      documentType: 'mou',
      status: 'planned',
      parties: [{ org: 'gd' }, { org: 'penang' }],
    },
  ],
  groups: [{ category: t('两地企业', '両地域の企業', 'companies from both sides'), count: 150, qualifier: 'about' }],
  expect: { leadOrder: ['chow', 'xu', 'ye'], mood: 'preview', document: t('备忘录', '覚書', 'memorandum of understanding') },
};

const expoSession: Shape = {
  name: 'an expo session with projects in two currencies',
  orgs: {
    yunnan: {
      name: t('云南省投资促进局', '雲南省投資促進局', 'Yunnan Investment Promotion Bureau'),
      shortName: t('省投促局', '省投資促進局', 'Investment Promotion Bureau'),
    },
    lao: { kind: 'enterprise', name: t('万象绿谷农业公司', 'ビエンチャン・グリーンバレー農業', 'Vientiane Green Valley Agriculture Co.') },
    dianchi: { kind: 'enterprise', name: t('滇池新能源集团', '滇池新エネルギーグループ', 'Dianchi New Energy Group') },
    mekong: { kind: 'enterprise', name: t('湄公河物流公司', 'メコン物流', 'Mekong Logistics Co.') },
    pharma: { kind: 'enterprise', name: t('彩云生物医药公司', '彩雲バイオ医薬', 'Caiyun Biopharma Co.') },
  },
  parent: {
    title: t('第8届南亚东南亚商品博览会', '第8回南アジア・東南アジア商品博覧会', '8th South and Southeast Asia Commodity Expo'),
    kind: 'expo',
    startsAt: '2024-08-08T09:00:00+08:00',
  },
  people: {
    yang: {
      name: t('杨春林', '楊春林', 'Yang Chunlin'),
      rank: 10,
      positions: [{ title: t('局长', '局長', 'Director General'), org: 'yunnan' }],
    },
    bounmy: {
      name: t('本米·西萨瓦', 'ブンミー・シサワット', 'Bounmy Sisavath'),
      rank: 5,
      positions: [{ title: t('董事长', '会長', 'Chairman'), org: 'lao' }],
    },
  },
  event: {
    title: t('投资推介暨项目签约会', '投資説明・プロジェクト調印会', 'Investment Promotion and Project Signing Session'),
    kind: 'signing_ceremony',
    status: 'held',
    startsAt: '2024-08-09T14:30:00+08:00',
    timeZone: 'Asia/Shanghai',
    venue: t('昆明滇池国际会展中心', '昆明滇池国際会議展示センター', 'Kunming Dianchi International Convention and Exhibition Center'),
    city: t('昆明', '昆明市', 'Kunming'),
    signingTotals: [
      {
        kind: 'agreements',
        count: 5,
        category: t('三方合作协议', '三者協力協定', 'three-party cooperation agreements'),
        documentType: 'agreement',
      },
      { kind: 'projects', count: 86, sectorCount: 7, cumulative: true },
    ],
  },
  attendees: [
    { person: 'yang', role: 'presider' },
    { person: 'bounmy', role: 'speaker' },
  ],
  speeches: [
    {
      speaker: 'bounmy',
      kind: 'address',
      keyPoints: [
        t(
          '中老铁路让老挝农产品三天即可运抵昆明',
          '中国ラオス鉄道により、ラオスの農産物は3日で昆明に届く',
          'The China-Laos Railway brings Lao farm produce to Kunming in three days',
        ),
      ],
    },
  ],
  projects: [
    {
      title: t('滇池光伏储能一体化项目', '滇池太陽光発電・蓄電一体化プロジェクト', 'Dianchi Solar and Storage Project'),
      sector: 'new_energy',
      amount: '1250000000',
      currency: 'CNY',
      parties: ['dianchi'],
    },
    {
      title: t('昆明跨境冷链物流园', '昆明越境コールドチェーン物流団地', 'Kunming Cross-Border Cold Chain Logistics Park'),
      sector: 'logistics',
      amount: '380000000',
      currency: 'CNY',
      parties: ['mekong'],
    },
    {
      title: t('万象有机蔬菜出口基地', 'ビエンチャン有機野菜輸出基地', 'Vientiane Organic Vegetable Export Base'),
      sector: 'agriculture',
      amount: '45000000',
      currency: 'USD',
      parties: ['lao'],
    },
    {
      title: t('彩云中药材加工中心', '彩雲生薬加工センター', 'Caiyun Herbal Medicine Processing Center'),
      sector: 'biomedicine',
      amount: '12500000',
      currency: 'USD',
      parties: ['pharma'],
    },
  ],
  expect: {
    leadOrder: ['bounmy', 'yang'],
    mood: 'held',
    document: t('三方合作协议', '三者協力協定', 'three-party cooperation agreements'),
  },
};

const delegation: Shape = {
  name: 'a delegation visit with an unveiling',
  orgs: {
    osaka: { name: t('大阪府', '大阪府', 'Osaka Prefecture') },
    dalian: {
      name: t('大连市人民政府', '大連市人民政府', 'Dalian Municipal Government'),
      shortName: t('大连市政府', '大連市政府', 'Dalian'),
    },
    foreign: {
      name: t('大连市人民政府外事办公室', '大連市人民政府外事弁公室', 'Dalian Foreign Affairs Office'),
      shortName: t('大连市外办', '大連市外事弁公室', 'Dalian Foreign Affairs Office'),
    },
  },
  people: {
    yamamoto: {
      name: t('山本健一', '山本健一', 'Kenichi Yamamoto'),
      familyName: t('山本', '山本', 'Yamamoto'),
      rank: 5,
      positions: [{ title: t('副知事', '副知事', 'Vice Governor'), org: 'osaka' }],
    },
    han: { name: t('韩立新', '韓立新', 'Han Lixin'), rank: 8, positions: [{ title: t('副市长', '副市長', 'Vice Mayor'), org: 'dalian' }] },
    bai: { name: t('白雪莹', '白雪瑩', 'Bai Xueying'), rank: 20, positions: [{ title: t('主任', '主任', 'Director'), org: 'foreign' }] },
  },
  event: {
    title: t('大阪府经济代表团访问大连', '大阪府経済代表団の大連訪問', 'Visit of the Osaka Prefecture Economic Delegation to Dalian'),
    kind: 'delegation_visit',
    status: 'held',
    startsAt: '2024-07-02T10:00:00+08:00',
    timeZone: 'Asia/Shanghai',
    venue: t('大连国际会议中心', '大連国際会議センター', 'Dalian International Conference Center'),
    city: t('大连', '大連市', 'Dalian'),
    facts: [t('双方互赠了纪念品。', '双方は記念品を交換した。', 'The two sides exchanged gifts.')],
    sides: [
      { code: 'osaka', name: t('大阪府', '大阪府', 'Osaka Prefecture') },
      { code: 'dalian', name: t('大连市', '大連市', 'Dalian') },
    ],
  },
  attendees: [
    { person: 'han', role: 'speaker', side: 'dalian' },
    { person: 'yamamoto', role: 'speaker', side: 'osaka' },
    { person: 'bai', role: 'presider', side: 'dalian' },
  ],
  delegations: [{ side: 'osaka', head: 'yamamoto', size: 12 }],
  agenda: [
    {
      kind: 'unveiling',
      subject: t(
        '大连—大阪经贸合作服务中心',
        '大連・大阪経済貿易協力サービスセンター',
        'Dalian-Osaka Economic and Trade Cooperation Service Center',
      ),
      performers: ['yamamoto', 'han'],
    },
    { kind: 'site_visit', subject: t('大连港太平湾港区', '大連港太平湾港区', 'Taiping Bay port area of Dalian Port') },
  ],
  speeches: [
    {
      speaker: 'han',
      kind: 'welcome_address',
      keyPoints: [
        t(
          '大连是日本企业在华投资最集中的城市之一',
          '大連は日本企業の対中投資が最も集中する都市の一つだ',
          'Dalian is one of the cities with the most Japanese investment in China',
        ),
      ],
    },
    {
      speaker: 'yamamoto',
      kind: 'address',
      keyPoints: [
        t('介绍了大阪府的氢能产业规划', '大阪府の水素産業計画を紹介した', 'introduced the hydrogen industry plan of Osaka Prefecture'),
        t(
          '服务中心将为两地中小企业提供一站式服务',
          'サービスセンターは両地域の中小企業にワンストップのサービスを提供する',
          'The service center will give small and medium-sized companies of both cities one-stop services',
        ),
      ],
      actionKeyPoints: [0],
    },
  ],
  groups: [
    {
      category: t(
        '大连市有关部门和企业代表',
        '大連市の関係部門と企業の代表',
        'representatives of Dalian government departments and companies',
      ),
    },
  ],
  expect: {
    leadOrder: ['yamamoto', 'han', 'bai'],
    mood: 'held',
    says: [
      t(
        '本次来访的是以山本健一为团长的大阪府12人代表团。',
        '今回訪れたのは、山本氏率いる大阪府の12人の代表団だ。',
        'A 12-member delegation from Osaka Prefecture led by Yamamoto made the visit.',
      ),
      // the speaker named by surname, then by title
      t(
        '山本健一在致辞中介绍了大阪府的氢能产业规划。',
        '山本氏はあいさつで、大阪府の水素産業計画を紹介した。',
        'Yamamoto introduced the hydrogen industry plan of Osaka Prefecture. The vice governor noted that',
      ),
    ],
  },
};

export const SHAPES: Shape[] = [bilateral, jointCommittee, sisterProvince, forum, englishKeynotes, scheduled, expoSession, delegation];
