import type { EventSnapshot, SnapshotOrganization, SnapshotPerson } from '../../event-snapshot.js';

/**
 * A bilateral signing ceremony with no agenda recorded (the script infers the programme): a welcome address, an
 * address given by a deputy on the mayor's behalf, the signing with two witnesses, and closing remarks. One guest was
 * invited and never confirmed. Invented people and organizations, in zh, ja and en.
 */

const t = (zh: string, ja: string, en: string) => ({ zh, ja, en });
const org = (id: string, name: ReturnType<typeof t>, shortName?: ReturnType<typeof t>): SnapshotOrganization => ({
  id,
  kind: 'government',
  name,
  shortName: shortName ?? null,
});

export const signingOrgs = {
  city: org('org-city', t('临江市人民政府', '臨江市人民政府', 'Linjiang Municipal Government'), t('临江市', '臨江市', 'Linjiang')),
  province: org(
    'org-province',
    t('江北省人民政府', '江北省人民政府', 'Jiangbei Provincial Government'),
    t('江北省', '江北省', 'Jiangbei Province'),
  ),
  port: org('org-port', t('北岬港务集团', '北岬港湾グループ', 'Nordkapp Port Group')),
  consulate: org('org-consulate', t('挪威驻广州总领事馆', '在広州ノルウェー総領事館', 'Consulate General of Norway in Guangzhou')),
};

const person = (id: string, name: ReturnType<typeof t>, title: ReturnType<typeof t>, o: SnapshotOrganization): SnapshotPerson => ({
  id,
  name,
  positions: [{ title, organization: o }],
});

export const signingPeople = {
  mayor: person('per-mayor', t('韩东升', '韓東昇', 'Han Dongsheng'), t('市长', '市長', 'Mayor'), signingOrgs.city),
  deputy: person('per-deputy', t('柏晓岚', '柏暁嵐', 'Bai Xiaolan'), t('副市长', '副市長', 'Vice Mayor'), signingOrgs.city),
  governor: {
    ...person('per-governor', t('穆振宇', '穆振宇', 'Mu Zhenyu'), t('副省长', '副省長', 'Vice Governor'), signingOrgs.province),
    familyName: t('穆', '穆', 'Mu'),
  },
  consul: person(
    'per-consul',
    t('英格丽·哈尔沃森', 'イングリ・ハルヴォルセン', 'Ingrid Halvorsen'),
    t('总领事', '総領事', 'Consul General'),
    signingOrgs.consulate,
  ),
  ceo: person('per-ceo', t('奥拉夫·斯特兰德', 'オーラフ・ストランド', 'Olav Strand'), t('总裁', '社長', 'President'), signingOrgs.port),
  secretary: person('per-secretary', t('滕一鸣', '滕一鳴', 'Teng Yiming'), t('秘书长', '秘書長', 'Secretary-General'), signingOrgs.city),
  invitee: person('per-invitee', t('岑思远', '岑思遠', 'Cen Siyuan'), t('主任', '主任', 'Director'), signingOrgs.province),
};
const p = signingPeople;

export const SIGNING_EVENT: EventSnapshot = {
  id: 'evt-signing',
  title: t(
    '临江市与北岬港务集团友好合作签约仪式',
    '臨江市・北岬港湾グループ友好協力調印式',
    'Signing Ceremony of the Friendly Cooperation between Linjiang and Nordkapp Port Group',
  ),
  kind: 'signing_ceremony',
  status: 'scheduled',
  startsAt: '2030-09-12T06:30:00.000Z',
  timeZone: 'Asia/Shanghai',
  venue: t('临江国际会议中心', '臨江国際会議センター', 'Linjiang International Conference Center'),
  city: t('临江', '臨江市', 'Linjiang'),
  hosts: [signingOrgs.city],
  coHosts: [],
  attendees: [
    { id: 'att-governor', person: p.governor, role: 'guest', order: 1, status: 'checked_in' },
    { id: 'att-consul', person: p.consul, role: 'guest', order: 2, status: 'registered' },
    { id: 'att-deputy', person: p.deputy, role: 'speaker', order: 3, status: 'registered', onBehalfOf: p.mayor },
    { id: 'att-ceo', person: p.ceo, role: 'speaker', order: 4, status: 'registered' },
    { id: 'att-invitee', person: p.invitee, role: 'guest', order: 5, status: 'invited' },
    { id: 'att-secretary', person: p.secretary, role: 'presider', order: 6, status: 'checked_in' },
  ],
  agenda: [],
  speeches: [
    { id: 'sp-ceo', kind: 'welcome_address', speaker: p.ceo, attendeeId: 'att-ceo', keyPoints: [], quotes: [] },
    { id: 'sp-deputy', kind: 'address', speaker: p.deputy, attendeeId: 'att-deputy', keyPoints: [], quotes: [] },
    { id: 'sp-governor', kind: 'closing_remarks', speaker: p.governor, attendeeId: 'att-governor', keyPoints: [], quotes: [] },
  ],
  mous: [
    {
      id: 'mou-port',
      title: t(
        '临江市人民政府与北岬港务集团友好合作协议',
        '臨江市人民政府と北岬港湾グループの友好協力協定',
        'Friendly Cooperation Agreement between the Linjiang Municipal Government and Nordkapp Port Group',
      ),
      documentType: 'agreement',
      status: 'planned',
      parties: [
        { organization: signingOrgs.city, signatory: p.deputy },
        { organization: signingOrgs.port, signatory: p.ceo },
      ],
      witnesses: [p.governor, p.consul, p.invitee],
    },
  ],
  projects: [],
  participantGroups: [],
};
