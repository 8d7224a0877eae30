import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { LANGUAGES, resolveText, TenantDb, type Actor, type AuthConfig, type Language } from '@app/core';
import {
  AttendanceReportSource,
  fileDisposition,
  formatZonedDate,
  formatZonedDateTime,
  OutputDownloadsService,
  type AttendanceRow,
  type OutputKind,
  type ReportHeader,
} from '@app/reports';
import { SeatingPlansService } from '../seating/seating-plans.service.js';
import { planLayout } from '../seating/layout.js';
import type { SeatingPlan } from '../seating/seating-plan.entity.js';
import { badgeCode } from '../check-in/badge-code.js';
import { renderBadgesPdf } from './badges-pdf.js';
import { protocolLabels, type ProtocolLabels } from './labels.js';
import { renderPlaceCardsPdf } from './place-cards-pdf.js';
import { renderSeatingChartPdf, type OutputBlock } from './seating-chart-pdf.js';
import { renderSeatingChartXlsx } from './seating-chart-xlsx.js';

export interface ProtocolFile {
  contentType: string;
  contentDisposition: string;
  body: Buffer;
}

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The output kinds (`GET /events/{id}/outputs`): the chart and the place cards per seating plan, the badges per event. */
export const PROTOCOL_OUTPUT_KINDS = { chart: 'seating-chart', placeCards: 'place-cards', badges: 'badges' } as const;

/** The files made from seating plans and attendees: seating charts, place cards, name badges. */
@Injectable()
export class ProtocolFilesService {
  constructor(
    private readonly db: TenantDb,
    private readonly plans: SeatingPlansService,
    private readonly config: ConfigService,
    private readonly downloads: OutputDownloadsService,
  ) {}

  seatingChart(
    actor: Actor,
    eventId: string,
    planId: string,
    lang: Language,
    paper: 'a4' | 'a3',
    format: 'pdf' | 'xlsx',
  ): Promise<ProtocolFile> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { header, content } = await this.chartContent(em, eventId, planId, lang);
      const input = { ...content, paper, generatedAt: formatZonedDateTime(header.generatedAt, header.timeZone), author: header.author };
      const body = format === 'xlsx' ? await renderSeatingChartXlsx(input) : await renderSeatingChartPdf(input);
      await this.downloads.record(em, actor, eventId, PROTOCOL_OUTPUT_KINDS.chart, lang, digest(content), planId);
      return file(header, `seating-chart-${lang}`, format, body);
    });
  }

  placeCards(actor: Actor, eventId: string, planId: string, lang: Language, second: Language | undefined): Promise<ProtocolFile> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { header, content } = await this.placeCardsContent(em, eventId, planId, lang, second);
      const body = await renderPlaceCardsPdf({ ...content, author: header.author });
      await this.downloads.recordKind(em, actor, eventId, PROTOCOL_OUTPUT_KINDS.placeCards, lang, planId);
      return file(header, `place-cards-${lang}`, 'pdf', body);
    });
  }

  badges(actor: Actor, eventId: string, lang: Language): Promise<ProtocolFile> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { header, content } = await this.badgesContent(em, actor, eventId, lang);
      const body = await renderBadgesPdf({ ...content, author: header.author });
      await this.downloads.record(em, actor, eventId, PROTOCOL_OUTPUT_KINDS.badges, lang, digest(content));
      return file(header, `badges-${lang}`, 'pdf', body);
    });
  }

  /** The three kinds for the outputs registry: each fingerprint is a digest of what its file prints. */
  outputKinds(): OutputKind[] {
    const subjects = (em: EntityManager, eventId: string) => this.plans.names(em, eventId);
    return [
      {
        kind: PROTOCOL_OUTPUT_KINDS.chart,
        languages: LANGUAGES,
        subjects,
        fingerprint: async (em, _actor, eventId, lang, planId) => digest((await this.chartContent(em, eventId, planId!, lang)).content),
      },
      {
        kind: PROTOCOL_OUTPUT_KINDS.placeCards,
        languages: LANGUAGES,
        subjects,
        // the cards in the language with each other language as the second, as they may be downloaded
        fingerprint: async (em, _actor, eventId, lang, planId) => {
          const contents = [];
          for (const second of [undefined, ...LANGUAGES.filter((l) => l !== lang)])
            contents.push((await this.placeCardsContent(em, eventId, planId!, lang, second)).content);
          return digest(contents);
        },
      },
      {
        kind: PROTOCOL_OUTPUT_KINDS.badges,
        languages: LANGUAGES,
        fingerprint: async (em, actor, eventId, lang) => digest((await this.badgesContent(em, actor, eventId, lang)).content),
      },
    ];
  }

  /** What the chart prints, but for the paper, the time it is made and the author. */
  private async chartContent(em: EntityManager, eventId: string, planId: string, lang: Language) {
    const plan = await this.plans.load(em, eventId, planId);
    const { header, rows } = await eventText(em, eventId, lang);
    const seated = new Set(plan.seats.map((s) => s.attendeeId).filter(Boolean));
    const unseated = [...rows.values()].filter((r) => r.status !== 'absent' && !seated.has(r.attendanceId)).length;
    const content = {
      lang,
      eventTitle: header.eventTitle,
      subtitle: subtitle(header),
      planName: resolveText(plan.name, lang)?.text ?? '',
      kind: plan.kind,
      blocks: outputBlocks(plan, rows, lang),
      unseated,
    };
    return { header, content };
  }

  /** The place cards of the plan's seated attendees, in seat order. */
  private async placeCardsContent(em: EntityManager, eventId: string, planId: string, lang: Language, second: Language | undefined) {
    const plan = await this.plans.load(em, eventId, planId);
    const { header, rows } = await eventText(em, eventId, lang);
    const secondRows = second && second !== lang ? (await eventText(em, eventId, second)).rows : null;
    const labels = protocolLabels(lang);
    const planned = planLayout(plan.kind, plan.layout, plan.convention);
    const kinds = new Map(planned.blocks.map((b) => [b.block, b.kind]));
    const planName = resolveText(plan.name, lang)?.text ?? '';
    const cards = plan.seats
      .filter((s) => s.attendeeId && rows.has(s.attendeeId))
      .map((s) => {
        const row = rows.get(s.attendeeId!)!;
        const other = secondRows?.get(s.attendeeId!)?.name ?? null;
        const block = blockName(labels, kinds.get(s.block) ?? 'row', s.block);
        const note = deputyNote(row);
        return {
          name: row.name,
          second: other && other !== row.name ? other : null,
          ref: [`${planName} ${labels.seatRef(block, s.seat)}`, note].filter(Boolean).join(' · '),
        };
      });
    return { header, content: { lang, eventTitle: header.eventTitle, planName, cards } };
  }

  /** The badges of every attendee not marked absent, in protocol order. */
  private async badgesContent(em: EntityManager, actor: Actor, eventId: string, lang: Language) {
    const { header, rows } = await eventText(em, eventId, lang);
    const secret = this.config.getOrThrow<AuthConfig>('auth').jwtSecret;
    const badges = [...rows.values()]
      .filter((r) => r.status !== 'absent')
      .map((r) => ({
        name: r.name,
        title: shortTitle(r, lang),
        side: r.side,
        code: badgeCode(secret, actor.workspaceId, eventId, r.attendanceId),
      }));
    return { header, content: { lang, eventTitle: header.eventTitle, badges } };
  }
}

/** A digest of what a file prints. */
function digest(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** 代理出席: the "on behalf of" note the reports print under a deputy's positions (受…委托 / …氏の代理 / on behalf of …). */
function deputyNote(row: AttendanceRow): string {
  return row.onBehalfOf ? (row.positions.at(-1) ?? '') : '';
}

/** The first position, as the reports print it, and a deputy's "on behalf of" note after it. */
function shortTitle(row: AttendanceRow, lang: Language): string {
  const note = deputyNote(row);
  const first = row.positions[0] ?? '';
  return note && first !== note ? `${first}${lang === 'en' ? ', ' : lang === 'ja' ? '、' : '，'}${note}` : first;
}

/** The event's header and every attendee's text in one language, in protocol order, as the reports resolve them. */
async function eventText(
  em: EntityManager,
  eventId: string,
  lang: Language,
): Promise<{ header: ReportHeader; rows: Map<string, AttendanceRow> }> {
  const source = new AttendanceReportSource(em, eventId, lang, {}, 'protocol');
  const header = await source.header();
  const rows = new Map<string, AttendanceRow>();
  for await (const row of source.rows()) rows.set(row.attendanceId, row);
  return { header, rows };
}

/** The event's local date, venue and city. */
function subtitle(header: ReportHeader): string {
  return [formatZonedDate(header.startsAt, header.timeZone), [header.venue, header.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ');
}

function blockName(labels: ProtocolLabels, kind: OutputBlock['kind'], block: number): string {
  if (kind === 'table') return labels.table(block);
  if (kind === 'signing-table') return labels.signingTable;
  if (kind === 'witnesses') return labels.witnesses;
  return labels.row(block);
}

/** The plan's blocks with each seat's place in order of honour, name and first position in the file's language (empty where no one sits). */
function outputBlocks(plan: SeatingPlan, rows: Map<string, AttendanceRow>, lang: Language): OutputBlock[] {
  const planned = planLayout(plan.kind, plan.layout, plan.convention);
  const stored = new Map(plan.seats.map((s) => [`${s.block}:${s.seat}`, s.attendeeId]));
  return planned.blocks.map((b) => ({
    block: b.block,
    kind: b.kind,
    seats: [...b.seats]
      .sort((x, y) => x.seat - y.seat)
      .map((s) => {
        const id = stored.get(`${s.block}:${s.seat}`);
        const row = id ? rows.get(id) : undefined;
        return { seat: s.seat, rank: s.rank, name: row?.name ?? '', title: row ? shortTitle(row, lang) : '' };
      }),
  }));
}

function file(
  header: ReportHeader,
  kind: `seating-chart-${string}` | `place-cards-${string}` | `badges-${string}`,
  ext: 'pdf' | 'xlsx',
  body: Buffer,
): ProtocolFile {
  return {
    contentType: ext === 'pdf' ? PDF : XLSX,
    contentDisposition: fileDisposition({
      eventTitle: header.eventTitle,
      date: formatZonedDate(header.startsAt, header.timeZone),
      kind,
      ext,
    }),
    body,
  };
}
