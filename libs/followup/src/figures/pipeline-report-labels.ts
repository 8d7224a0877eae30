import type { Language } from '@app/core';
import type { ProjectStage } from '../pipeline/stages.js';
import type { FigureGroup } from './dto/figures.dto.js';

export interface PipelineReportLabels {
  title: string;
  period: (from: string, to: string) => string;
  generatedAt: string;
  groupedBy: Record<FigureGroup, string>;
  figuresSheet: string;
  amountsSheet: string;
  projectsSheet: string;
  total: string;
  none: string;
  counts: {
    signed: string;
    contractConcluded: string;
    started: string;
    fundsInPlace: string;
    inOperation: string;
    stalled: string;
    cancelled: string;
  };
  rates: { performance: string; start: string; fundsInPlace: string };
  currency: string;
  amountSigned: string;
  amountInPlace: string;
  event: string;
  date: string;
  project: string;
  sector: string;
  stage: string;
  since: string;
  stall: string;
  flag: (flag: 'amber' | 'red', days: number) => string;
  stages: Record<ProjectStage, string>;
  definitions: string[];
}

const zh: PipelineReportLabels = {
  title: '签约项目履约跟踪报告',
  period: (from, to) => `${from} 至 ${to}`,
  generatedAt: '生成时间',
  groupedBy: { event: '按活动', host: '按主办单位', region: '按合作方地区', sector: '按领域' },
  figuresSheet: '统计',
  amountsSheet: '金额',
  projectsSheet: '项目',
  total: '合计',
  none: '（未指定）',
  counts: {
    signed: '签约',
    contractConcluded: '已签合同',
    started: '已开工',
    fundsInPlace: '资金到位',
    inOperation: '投产运营',
    stalled: '停滞',
    cancelled: '终止',
  },
  rates: { performance: '履约率', start: '开工率', fundsInPlace: '资金到位率' },
  currency: '币种',
  amountSigned: '签约金额',
  amountInPlace: '到位金额',
  event: '活动',
  date: '日期',
  project: '项目',
  sector: '领域',
  stage: '阶段',
  since: '阶段起始',
  stall: '预警',
  flag: (flag, days) => `${flag === 'red' ? '红色' : '黄色'}（${days}天无进展）`,
  stages: {
    signed: '已签约',
    contract_concluded: '已签合同',
    started: '已开工',
    funds_partly_in_place: '资金部分到位',
    funds_in_place: '资金到位',
    in_operation: '投产运营',
    stalled: '停滞',
    cancelled: '终止',
  },
  definitions: [
    '统计期内签约的项目，每个项目计一次（再次签约的项目计入首次签约），阶段和金额以期末为准。',
    '履约率：已签合同或进展更远且未终止的项目数 ÷ 签约项目数。',
    '开工率：已开工或进展更远（含其后停滞）的项目数 ÷ 签约项目数。',
    '资金到位率：到位金额 ÷ 签约金额，按币种分别计算。',
  ],
};

const ja: PipelineReportLabels = {
  title: '調印案件フォローアップ報告',
  period: (from, to) => `${from}～${to}`,
  generatedAt: '作成日時',
  groupedBy: { event: '催し別', host: '主催者別', region: '相手先地域別', sector: '分野別' },
  figuresSheet: '集計',
  amountsSheet: '金額',
  projectsSheet: '案件',
  total: '合計',
  none: '（指定なし）',
  counts: {
    signed: '調印',
    contractConcluded: '契約締結',
    started: '着工',
    fundsInPlace: '資金到着',
    inOperation: '稼働',
    stalled: '停滞',
    cancelled: '中止',
  },
  rates: { performance: '履行率', start: '着工率', fundsInPlace: '資金到着率' },
  currency: '通貨',
  amountSigned: '調印額',
  amountInPlace: '到着額',
  event: '催し',
  date: '日付',
  project: '案件',
  sector: '分野',
  stage: '段階',
  since: '段階の開始',
  stall: '警告',
  flag: (flag, days) => `${flag === 'red' ? '赤' : '黄'}（${days}日間進捗なし）`,
  stages: {
    signed: '調印済み',
    contract_concluded: '契約締結',
    started: '着工',
    funds_partly_in_place: '資金一部到着',
    funds_in_place: '資金到着',
    in_operation: '稼働中',
    stalled: '停滞',
    cancelled: '中止',
  },
  definitions: [
    '期間内に調印された案件を1件として数えます（再調印は最初の調印に含めます）。段階と金額は期末時点です。',
    '履行率：契約締結以降に進み中止されていない案件数 ÷ 調印案件数。',
    '着工率：着工以降に進んだ案件数（その後の停滞を含む） ÷ 調印案件数。',
    '資金到着率：到着額 ÷ 調印額（通貨別）。',
  ],
};

const en: PipelineReportLabels = {
  title: 'Signed projects follow-up report',
  period: (from, to) => `${from} to ${to}`,
  generatedAt: 'Generated',
  groupedBy: { event: 'By event', host: 'By host', region: 'By counterpart region', sector: 'By sector' },
  figuresSheet: 'Figures',
  amountsSheet: 'Amounts',
  projectsSheet: 'Projects',
  total: 'Total',
  none: '(none)',
  counts: {
    signed: 'Signed',
    contractConcluded: 'Contract',
    started: 'Started',
    fundsInPlace: 'Funds in place',
    inOperation: 'In operation',
    stalled: 'Stalled',
    cancelled: 'Cancelled',
  },
  rates: { performance: 'Performance rate', start: 'Start rate', fundsInPlace: 'Funds-in-place rate' },
  currency: 'Currency',
  amountSigned: 'Signed',
  amountInPlace: 'In place',
  event: 'Event',
  date: 'Date',
  project: 'Project',
  sector: 'Sector',
  stage: 'Stage',
  since: 'Since',
  stall: 'Stall mark',
  flag: (flag, days) => `${flag === 'red' ? 'Red' : 'Amber'} (${days} days without progress)`,
  stages: {
    signed: 'Signed',
    contract_concluded: 'Contract concluded',
    started: 'Started',
    funds_partly_in_place: 'Funds partly in place',
    funds_in_place: 'Funds in place',
    in_operation: 'In operation',
    stalled: 'Stalled',
    cancelled: 'Cancelled',
  },
  definitions: [
    'Projects signed in the period, each once (a re-signing counts with its first signing), with stages and amounts as of the last day.',
    'Performance rate (履约率): projects at contract concluded or further and not cancelled, over projects signed.',
    'Start rate (开工率): projects that reached started or further (even if stalled since), over projects signed.',
    'Funds-in-place rate (资金到位率): amount in place over amount signed, per currency.',
  ],
};

export const PIPELINE_REPORT_LABELS: Record<Language, PipelineReportLabels> = { zh, ja, en };
