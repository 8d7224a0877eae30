import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { resolveText, TenantDb, type Actor, type AuthConfig, type Language } from '@app/core';
import {
  AttendanceReportSource,
  fileDisposition,
  formatZonedDate,
  formatZonedDateTime,
  type AttendanceRow,
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

/** The files made from seating plans and attendees: seating charts, place cards, name badges. */
@Injectable()
export class ProtocolFilesService {
  constructor(
    private readonly db: TenantDb,
    private readonly plans: SeatingPlansService,
    private readonly config: ConfigService,
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
      const plan = await this.plans.load(em, eventId, planId);
      const { header, rows } = await eventText(em, eventId, lang);
      const blocks = outputBlocks(plan, rows);
      const seated = new Set(plan.seats.map((s) => s.attendeeId).filter(Boolean));
      const unseated = [...rows.values()].filter((r) => r.status !== 'absent' && !seated.has(r.attendanceId)).length;
      const input = {
        lang,
        paper,
        eventTitle: header.eventTitle,
        subtitle: subtitle(header),
        planName: resolveText(plan.name, lang)?.text ?? '',
        kind: plan.kind,
        blocks,
        unseated,
        generatedAt: formatZonedDateTime(header.generatedAt, header.timeZone),
        author: header.author,
      };
      const body = format === 'xlsx' ? await renderSeatingChartXlsx(input) : await renderSeatingChartPdf(input);
      return file(header, `seating-chart-${lang}`, format, body);
    });
  }

  placeCards(actor: Actor, eventId: string, planId: string, lang: Language, second: Language | undefined): Promise<ProtocolFile> {
    return this.db.run(actor.workspaceId, async (em) => {
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
          return {
            name: row.name,
            second: other && other !== row.name ? other : null,
            ref: `${planName} ${labels.seatRef(block, s.seat)}`,
          };
        });
      const body = await renderPlaceCardsPdf({ lang, eventTitle: header.eventTitle, planName, cards, author: header.author });
      return file(header, `place-cards-${lang}`, 'pdf', body);
    });
  }

  badges(actor: Actor, eventId: string, lang: Language): Promise<ProtocolFile> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { header, rows } = await eventText(em, eventId, lang);
      const secret = this.config.getOrThrow<AuthConfig>('auth').jwtSecret;
      const badges = [...rows.values()]
        .filter((r) => r.status !== 'absent')
        .map((r) => ({
          name: r.name,
          title: r.positions[0] ?? '',
          side: r.side,
          code: badgeCode(secret, actor.workspaceId, eventId, r.attendanceId),
        }));
      const body = await renderBadgesPdf({ lang, eventTitle: header.eventTitle, badges, author: header.author });
      return file(header, `badges-${lang}`, 'pdf', body);
    });
  }
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

/** The plan's blocks with each seat's name and first position in the file's language (empty where no one sits). */
function outputBlocks(plan: SeatingPlan, rows: Map<string, AttendanceRow>): OutputBlock[] {
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
        return { seat: s.seat, name: row?.name ?? '', title: row?.positions[0] ?? '' };
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
