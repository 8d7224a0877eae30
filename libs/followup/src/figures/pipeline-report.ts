import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { resolveText, type Language, type LocalizedText } from '@app/core';
import { reportLabels } from '@app/reports';
import { DEFAULT_TABLE_STYLE, PdfTable, type PdfColumn } from '@app/reports/pdf/pdf-table.js';
import { ReportFonts } from '@app/reports/pdf/report-fonts.js';
import { fitWidth, headerFill, printSetup, styleHeaderRow, thin } from '@app/reports/xlsx/xlsx-common.js';
import { localeRules } from '@app/writeup';
import { stallFlag } from '../pipeline/pipeline.service.js';
import type { ProjectStage } from '../pipeline/stages.js';
import type { FollowUpSettingsDto } from '../settings/dto/followup-settings.dto.js';
import type { FigureRowDto, FiguresDto } from './dto/figures.dto.js';
import type { PeriodProjectRow } from './figures.service.js';
import { PIPELINE_REPORT_LABELS, type PipelineReportLabels } from './pipeline-report-labels.js';

export interface PipelineReportInput {
  lang: Language;
  figures: FiguresDto;
  projects: PeriodProjectRow[];
  /** the stall rules, for the marks of the projects at the period's end */
  rules: FollowUpSettingsDto;
  generatedAt: Date;
  /** the office the report comes from */
  author: string;
}

const text = (value: LocalizedText | null | undefined, lang: Language) => resolveText(value, lang)?.text ?? '';
const percent = (rate: string | null) => (rate === null ? '–' : `${(Number(rate) * 100).toFixed(1)}%`);
const money = (value: string | null, locale: string) =>
  value === null ? '' : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value));

/** A project's stall mark at the period's end, in words ('' when none). */
function stallText(p: PeriodProjectRow, input: PipelineReportInput, l: PipelineReportLabels): string {
  const flag = stallFlag(p.stage as ProjectStage, p.idle_days, input.rules);
  return flag === 'none' ? '' : l.flag(flag, p.idle_days);
}

/** The rows every format prints: one per group and the total. */
function figureRows(input: PipelineReportInput, l: PipelineReportLabels): { name: string; row: FigureRowDto }[] {
  const sector = localeRules(input.lang);
  const name = (g: FiguresDto['groups'][number]) => {
    if (g.key === null) return l.none;
    if (input.figures.groupBy === 'sector') return sector.sector(g.key) ?? g.key;
    if (input.figures.groupBy === 'region') return g.key;
    return [text(g.label, input.lang), g.date].filter(Boolean).join(' ');
  };
  return [...input.figures.groups.map((g) => ({ name: name(g), row: g })), { name: l.total, row: input.figures.total }];
}

const countCells = (r: FigureRowDto) => [
  r.projects.signed,
  r.projects.contractConcluded,
  r.projects.started,
  r.projects.fundsInPlace,
  r.projects.inOperation,
  r.projects.stalled,
  r.projects.cancelled,
];

/** The pipeline report as an XLSX workbook: figures, amounts per currency, projects; A4 print set-up. */
export async function renderPipelineXlsx(input: PipelineReportInput): Promise<Buffer> {
  const l = PIPELINE_REPORT_LABELS[input.lang];
  const labels = reportLabels(input.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.created = input.generatedAt;
  workbook.creator = input.author;
  workbook.title = `${l.title} ${l.period(input.figures.from, input.figures.to)}`;
  const rows = figureRows(input, l);
  const titleLines = [l.title, `${l.period(input.figures.from, input.figures.to)} · ${l.groupedBy[input.figures.groupBy]}`];

  const figures = workbook.addWorksheet(l.figuresSheet, printSetup('landscape', labels, titleLines.length + 1));
  const figureHead = [l.groupedBy[input.figures.groupBy], ...Object.values(l.counts), l.rates.performance, l.rates.start];
  titleLines.forEach((t, i) => (figures.addRow([t]).font = { bold: i === 0, size: i === 0 ? 14 : 10 }));
  styleHeaderRow(figures.addRow(figureHead), figureHead.length);
  for (const { name, row } of rows) {
    const ratio = (r: string | null) => (r === null ? null : Number(r));
    const added = figures.addRow([name, ...countCells(row), ratio(row.rates.performance), ratio(row.rates.start)]);
    added.getCell(figureHead.length - 1).numFmt = '0.0%';
    added.getCell(figureHead.length).numFmt = '0.0%';
    added.eachCell((c) => (c.border = thin));
    if (name === l.total) added.font = { bold: true };
  }
  figures.getColumn(1).width = fitWidth(
    rows.map((r) => r.name),
    14,
    60,
  );
  for (let i = 2; i <= figureHead.length; i++) figures.getColumn(i).width = 12;
  for (const line of l.definitions) figures.addRow([line]).font = { italic: true, size: 9 };

  const amounts = workbook.addWorksheet(l.amountsSheet, printSetup('portrait', labels, 1));
  const amountHead = [l.groupedBy[input.figures.groupBy], l.currency, l.amountSigned, l.amountInPlace, l.rates.fundsInPlace];
  styleHeaderRow(amounts.addRow(amountHead), amountHead.length);
  for (const { name, row } of rows) {
    for (const a of row.amounts) {
      const added = amounts.addRow([
        name,
        a.currency,
        Number(a.signed),
        Number(a.inPlace),
        a.fundsInPlaceRate === null ? null : Number(a.fundsInPlaceRate),
      ]);
      added.getCell(3).numFmt = '#,##0.00';
      added.getCell(4).numFmt = '#,##0.00';
      added.getCell(5).numFmt = '0.0%';
      added.eachCell((c) => (c.border = thin));
    }
  }
  amounts.getColumn(1).width = fitWidth(
    rows.map((r) => r.name),
    14,
    60,
  );
  [8, 18, 18, 14].forEach((w, i) => (amounts.getColumn(i + 2).width = w));

  const projects = workbook.addWorksheet(l.projectsSheet, printSetup('landscape', labels, 1));
  const projectHead = [l.date, l.event, l.project, l.sector, l.stage, l.stall, l.currency, l.amountSigned, l.amountInPlace];
  styleHeaderRow(projects.addRow(projectHead), projectHead.length);
  const sectors = localeRules(input.lang);
  for (const p of input.projects) {
    const added = projects.addRow([
      p.event_date,
      text(p.event_title, input.lang),
      text(p.title, input.lang),
      p.sector ? (sectors.sector(p.sector) ?? p.sector) : '',
      l.stages[p.stage as ProjectStage] ?? p.stage,
      stallText(p, input, l),
      p.cur ?? '',
      p.amount === null ? null : Number(p.amount),
      p.in_place === null ? null : Number(p.in_place),
    ]);
    added.getCell(8).numFmt = '#,##0.00';
    added.getCell(9).numFmt = '#,##0.00';
    added.eachCell((c) => (c.border = thin));
  }
  [12, 40, 44, 16, 16, 16, 8, 16, 16].forEach((w, i) => (projects.getColumn(i + 1).width = w));
  projects.views = [{ state: 'frozen', ySplit: 1 }];
  figures.getRow(titleLines.length + 1).eachCell((c) => (c.fill = headerFill));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A4 portrait, points */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 42, bottom: 54, left: 40, right: 40 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** The pipeline report as a PDF (A4): title, period, the figures and amounts tables, the projects, page numbers. */
export async function renderPipelinePdf(input: PipelineReportInput): Promise<Buffer> {
  const l = PIPELINE_REPORT_LABELS[input.lang];
  const labels = reportLabels(input.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: labels.locale,
    displayTitle: true,
    info: { Title: `${l.title} ${l.period(input.figures.from, input.figures.to)}`, Author: input.author, CreationDate: input.generatedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const fonts = new ReportFonts(doc, input.lang);
  const bottom = PAGE.height - MARGIN.bottom;
  let y = MARGIN.top;

  const line = (value: string, size: number, bold = false, align: 'left' | 'center' = 'left', color = 'black') => {
    doc.font(fonts.pick(value, bold)).fontSize(size).fillColor(color);
    const height = doc.heightOfString(value, { width: WIDTH, align });
    if (y + height > bottom) {
      doc.addPage();
      y = MARGIN.top;
    }
    doc.text(value, MARGIN.left, y, { width: WIDTH, align });
    y += height + 2;
    doc.fillColor('black');
  };
  const table = (columns: PdfColumn[], body: string[][], boldLast = false) => {
    const t = new PdfTable(doc, fonts, MARGIN.left, WIDTH, columns, DEFAULT_TABLE_STYLE);
    const head = t.headerBlock();
    if (y + head.height * 2 > bottom) {
      doc.addPage();
      y = MARGIN.top;
    }
    head.draw(y);
    y += head.height;
    body.forEach((cells, i) => {
      const block =
        boldLast && i === body.length - 1 ? t.spanningBlock(cells.join('  '), { bold: true, fill: null }) : t.rowBlock(cells, i % 2 === 1);
      if (y + block.height > bottom) {
        doc.addPage();
        y = MARGIN.top;
        head.draw(y);
        y += head.height;
      }
      block.draw(y);
      y += block.height;
    });
    y += 10;
  };

  line(l.title, 15, true, 'center');
  line(`${l.period(input.figures.from, input.figures.to)} · ${l.groupedBy[input.figures.groupBy]}`, 10.5, false, 'center');
  line(
    `${l.generatedAt}: ${input.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${input.author}`,
    8,
    false,
    'center',
    '#555555',
  );
  y += 8;

  const rows = figureRows(input, l);
  const countTitles = Object.values(l.counts);
  table(
    [
      { title: l.groupedBy[input.figures.groupBy], weight: 4 },
      ...countTitles.map((title) => ({ title, weight: 1, align: 'right' as const })),
      { title: l.rates.performance, weight: 1.2, align: 'right' },
      { title: l.rates.start, weight: 1.2, align: 'right' },
    ],
    rows.map(({ name, row }) => [name, ...countCells(row).map(String), percent(row.rates.performance), percent(row.rates.start)]),
  );
  table(
    [
      { title: l.groupedBy[input.figures.groupBy], weight: 4 },
      { title: l.currency, weight: 1 },
      { title: l.amountSigned, weight: 2, align: 'right' },
      { title: l.amountInPlace, weight: 2, align: 'right' },
      { title: l.rates.fundsInPlace, weight: 1.4, align: 'right' },
    ],
    rows.flatMap(({ name, row }) =>
      row.amounts.map((a) => [
        name,
        a.currency,
        money(a.signed, labels.locale),
        money(a.inPlace, labels.locale),
        percent(a.fundsInPlaceRate),
      ]),
    ),
  );
  for (const definition of l.definitions) line(definition, 7.5, false, 'left', '#555555');
  y += 8;
  line(l.projectsSheet, 11, true);
  const sectors = localeRules(input.lang);
  const projectCells = input.projects.map((p) => [
    p.event_date,
    text(p.title, input.lang),
    p.sector ? (sectors.sector(p.sector) ?? p.sector) : '',
    l.stages[p.stage as ProjectStage] ?? p.stage,
    stallText(p, input, l),
    p.amount === null ? '' : `${p.cur ?? ''} ${money(p.amount, labels.locale)}`,
    p.in_place === null ? '' : `${p.cur ?? ''} ${money(p.in_place, labels.locale)}`,
  ]);
  // dates and amounts on one line: their columns fit their widest value
  const widest = (i: number) => projectCells.map((c) => c[i]);
  table(
    [
      { title: l.date, weight: 1, fit: widest(0) },
      { title: l.project, weight: 3 },
      { title: l.sector, weight: 1.4 },
      { title: l.stage, weight: 1.4 },
      { title: l.stall, weight: 1.6 },
      { title: l.amountSigned, weight: 1, align: 'right', fit: widest(5) },
      { title: l.amountInPlace, weight: 1, align: 'right', fit: widest(6) },
    ],
    projectCells,
  );

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // the footer sits in the bottom margin: without it PDFKit would take the text for an overflow
    doc.page.margins.bottom = 0;
    const footer = labels.page(i + 1, range.count);
    doc.font(fonts.pick(footer)).fontSize(8).fillColor('#555555');
    doc.text(footer, MARGIN.left, PAGE.height - MARGIN.bottom + 18, { width: WIDTH, height: 14, align: 'center', lineBreak: false });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
