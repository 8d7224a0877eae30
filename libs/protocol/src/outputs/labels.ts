import type { Language } from '@app/core';

/** Everything the protocol files print that is not data, per language. */
export interface ProtocolLabels {
  locale: string;
  chartTitle: (plan: string) => string;
  placeCardsTitle: string;
  badgesTitle: string;
  /** where the head table sits (主席台) and where the audience is */
  stage: string;
  audience: string;
  /** the viewpoint line of a chart */
  viewpoint: { headTable: string; theatre: string; tables: string };
  entrance: string;
  row: (n: number) => string;
  table: (n: number) => string;
  seat: (n: number) => string;
  /** a seated person's place in order of honour, beside the seat number on a chart: 位次 1 */
  rank: (n: number) => string;
  /** the key to that mark, at the foot of a chart */
  rankKey: string;
  signingTable: string;
  witnesses: string;
  signatory: { host: string; guest: string };
  emptySeat: string;
  /** seat reference printed small on a place card: 第1排 4号 */
  seatRef: (block: string, seat: number) => string;
  cut: string;
  fold: string;
  generatedAt: string;
  unseated: (count: number) => string;
  /** under the QR code of a badge */
  badgeScan: string;
}

const zh: ProtocolLabels = {
  locale: 'zh-CN',
  chartTitle: (plan) => `${plan}座次图`,
  placeCardsTitle: '桌签',
  badgesTitle: '胸牌',
  stage: '主席台',
  audience: '观众席',
  viewpoint: {
    headTable: '面向主席台（从观众席看）：左右以观众视角为准',
    theatre: '面向主席台（从座位看）：左右以面向主席台为准',
    tables: '俯视图：入口在下方；1号座为主人位，面向入口，座号按顺时针排列',
  },
  entrance: '入口',
  row: (n) => `第${n}排`,
  table: (n) => `${n}号桌`,
  seat: (n) => `${n}号`,
  rank: (n) => `位次 ${n}`,
  rankKey: '■ 位次：礼宾排序',
  signingTable: '签字桌',
  witnesses: '见证人',
  signatory: { host: '主方签字人', guest: '客方签字人' },
  emptySeat: '（空）',
  seatRef: (block, seat) => `${block} ${seat}号`,
  cut: '沿此线剪开',
  fold: '沿此线对折',
  generatedAt: '制表时间',
  unseated: (count) => `另有 ${count} 人未安排座位`,
  badgeScan: '签到码',
};

const ja: ProtocolLabels = {
  locale: 'ja-JP',
  chartTitle: (plan) => `${plan} 席次表`,
  placeCardsTitle: '卓上名札',
  badgesTitle: '名札',
  stage: '壇上',
  audience: '客席',
  viewpoint: {
    headTable: '客席から壇上を見た配置（左右は客席から見た向き）',
    theatre: '座席から壇上を見た配置（左右は壇上に向かって見た向き）',
    tables: '上から見た配置：入口は下側。1番は主催者席で入口に向き、番号は時計回り',
  },
  entrance: '入口',
  row: (n) => `${n}列目`,
  table: (n) => `${n}番テーブル`,
  seat: (n) => `${n}番`,
  rank: (n) => `席次 ${n}`,
  rankKey: '■ 席次：儀礼上の序列',
  signingTable: '署名テーブル',
  witnesses: '立会人',
  signatory: { host: '主催側署名者', guest: '来賓側署名者' },
  emptySeat: '（空席）',
  seatRef: (block, seat) => `${block} ${seat}番`,
  cut: '切り取り線',
  fold: '折り線',
  generatedAt: '作成日時',
  unseated: (count) => `ほかに ${count} 名は席未定`,
  badgeScan: '受付コード',
};

const en: ProtocolLabels = {
  locale: 'en',
  chartTitle: (plan) => `${plan} — seating chart`,
  placeCardsTitle: 'Place cards',
  badgesTitle: 'Name badges',
  stage: 'Stage',
  audience: 'Audience',
  viewpoint: {
    headTable: 'As seen from the audience, facing the stage (left and right as the audience sees them)',
    theatre: 'As seen from the seats, facing the stage (left and right facing the stage)',
    tables: "Seen from above, entrance at the bottom; seat 1 is the host's, facing the entrance; seats numbered clockwise",
  },
  entrance: 'Entrance',
  row: (n) => `Row ${n}`,
  table: (n) => `Table ${n}`,
  seat: (n) => `Seat ${n}`,
  rank: (n) => `No. ${n}`,
  rankKey: '■ No.: place in protocol order',
  signingTable: 'Signing table',
  witnesses: 'Witnesses',
  signatory: { host: 'Host signatory', guest: 'Guest signatory' },
  emptySeat: '(empty)',
  seatRef: (block, seat) => `${block}, seat ${seat}`,
  cut: 'Cut along this line',
  fold: 'Fold along this line',
  generatedAt: 'Generated',
  unseated: (count) => `${count} more without a seat`,
  badgeScan: 'Check-in code',
};

const LABELS: Record<Language, ProtocolLabels> = { zh, ja, en };

export function protocolLabels(lang: Language): ProtocolLabels {
  return LABELS[lang];
}
