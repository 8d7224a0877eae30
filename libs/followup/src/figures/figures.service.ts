import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, TenantDb, type Actor, type LocalizedText } from '@app/core';
import { fileDisposition } from '@app/reports';
import { settingsIn } from '../settings/followup-settings.service.js';
import type { FigureGroup, FigureGroupDto, FigureRowDto, FiguresDto, FiguresQueryDto, PipelineReportQueryDto } from './dto/figures.dto.js';
import { renderPipelinePdf, renderPipelineXlsx } from './pipeline-report.js';
import { PIPELINE_REPORT_LABELS } from './pipeline-report-labels.js';

/**
 * Each project signed in the period once (re-signings left out: they count with their first signing),
 * with its stage, furthest stage and amount in place as of `$3` (the period's end): from its follow-up
 * row when nothing changed after that day, else from the latest change on or before it (`h`, read only
 * for the projects that changed after the period).
 */
const BASE = `
  SELECT sp.id, sp.event_id, sp.sector, sp.amount, trim(sp.currency) AS cur,
         coalesce(CASE WHEN f.changed_on > $3 THEN h.stage ELSE f.stage END, 'signed') AS stage,
         coalesce(CASE WHEN f.changed_on > $3 THEN h.reached_rank ELSE f.reached_rank END, 1) AS reached,
         CASE WHEN f.changed_on > $3 THEN h.amount_in_place ELSE f.amount_in_place END AS in_place,
         coalesce(CASE WHEN f.changed_on > $3 THEN h.effective_on ELSE f.changed_on END, sp.event_date) AS since
    FROM signed_projects sp
    LEFT JOIN project_followups f ON f.project_id = sp.id
    LEFT JOIN LATERAL (SELECT c.stage, c.reached_rank, c.amount_in_place, c.effective_on FROM project_stage_changes c
                        WHERE c.project_id = sp.id AND c.effective_on <= $3 AND f.changed_on > $3
                        ORDER BY c.effective_on DESC, c.seq DESC LIMIT 1) h ON true
   WHERE sp.workspace_id = $1 AND sp.event_date >= $2 AND sp.event_date <= $3 AND f.resigned_from IS NULL`;

/** The rows of `keyed` when each cell has one key, its own. */
const OWN_KEY = `SELECT c.*, c.gkey AS key, true AS first FROM cells c`;

/**
 * How the projects of `base` are grouped: `cells` groups them once by `gkey` (over `join`) and currency,
 * then the few cells take their group keys in `keyed`, one row per cell and key: a project may fall under
 * several hosts or counterpart regions, never twice under one. `first` marks one row per cell, the rows
 * the total counts, so one pass over the projects gives the groups and the total. Ids stay uuids while
 * grouping (hashing them is cheaper than hashing their text).
 */
const GROUPING: Record<FigureGroup, { gkey: string; join?: string; keyed: string }> = {
  event: { gkey: 'b.event_id', keyed: OWN_KEY },
  sector: { gkey: 'b.sector', keyed: OWN_KEY },
  // by event, then under each of the event's hosts
  host: {
    gkey: 'b.event_id',
    keyed: `SELECT c.*, h.key, h.n IS NULL OR h.n = 1 AS first FROM cells c
              LEFT JOIN (SELECT event_id, array_agg(DISTINCT organization_id) AS keys
                           FROM event_organizations WHERE role = 'host' GROUP BY event_id) e ON e.event_id = c.gkey
              LEFT JOIN LATERAL unnest(e.keys) WITH ORDINALITY AS h(key, n) ON true`,
  },
  // by the regions of the parties other than the regions of the event's hosts (the counterpart's side, kept per
  // project by triggers in project_counterpart_regions), then under each of them
  region: {
    gkey: 'pr.regions',
    join: 'LEFT JOIN project_counterpart_regions pr ON pr.project_id = b.id',
    keyed: `SELECT c.*, r.key, r.n IS NULL OR r.n = 1 AS first FROM cells c LEFT JOIN LATERAL unnest(c.gkey) WITH ORDINALITY AS r(key, n) ON true`,
  },
};

/** The figures of a cell's projects. */
const CELL_AGGREGATES = `
  count(*) AS signed,
  count(*) FILTER (WHERE reached >= 2 AND stage <> 'cancelled') AS performing,
  count(*) FILTER (WHERE reached >= 2) AS contract_concluded,
  count(*) FILTER (WHERE reached >= 3) AS started,
  count(*) FILTER (WHERE reached >= 5) AS funds_in_place,
  count(*) FILTER (WHERE stage = 'in_operation') AS in_operation,
  count(*) FILTER (WHERE stage = 'stalled') AS stalled,
  count(*) FILTER (WHERE stage = 'cancelled') AS cancelled,
  sum(amount) AS amount_signed,
  sum(in_place) FILTER (WHERE amount IS NOT NULL) AS amount_in_place`;

/** The figures of the groups (per key) and of the total (over the `first` rows), summed from the cells. */
const AGGREGATES = `
  sum(signed)::int AS signed,
  sum(performing)::int AS performing,
  sum(contract_concluded)::int AS contract_concluded,
  sum(started)::int AS started,
  sum(funds_in_place)::int AS funds_in_place,
  sum(in_operation)::int AS in_operation,
  sum(stalled)::int AS stalled,
  sum(cancelled)::int AS cancelled,
  coalesce(sum(amount_signed), 0)::text AS amount_signed,
  coalesce(sum(amount_in_place), 0)::text AS amount_in_place`;

interface AggregateRow {
  part: 'g' | 't';
  key: string | null;
  cur: string | null;
  by_currency: boolean;
  signed: number;
  performing: number;
  contract_concluded: number;
  started: number;
  funds_in_place: number;
  in_operation: number;
  stalled: number;
  cancelled: number;
  amount_signed: string;
  amount_in_place: string;
}

/** A rate as a decimal string with four decimals, like amounts (`0.3667`); null when nothing was signed. */
const rate = (n: number, d: number) => (d > 0 ? (n / d).toFixed(4) : null);

/** Period figures of the pipeline: counts by stage, amounts signed and in place per currency, and the rates. */
@Injectable()
export class FiguresService {
  constructor(private readonly db: TenantDb) {}

  figures(actor: Actor, query: FiguresQueryDto): Promise<FiguresDto> {
    return this.db.run(actor.workspaceId, (em) => figuresIn(em, actor.workspaceId, query));
  }

  /** The pipeline report of a period as XLSX or PDF, with its file name (the period start and the report's title). */
  report(actor: Actor, query: PipelineReportQueryDto): Promise<{ body: Buffer; contentType: string; contentDisposition: string }> {
    const lang = query.lang ?? 'zh';
    const format = query.format ?? 'pdf';
    return this.db.run(
      actor.workspaceId,
      async (em) => {
        const figures = await figuresIn(em, actor.workspaceId, query);
        const projects = await periodProjects(em, actor.workspaceId, query);
        const rules = await settingsIn(em);
        const [workspace] = await em.query<{ name: string }[]>(`SELECT name FROM workspaces WHERE id = $1`, [actor.workspaceId]);
        const input = { lang, figures, projects, rules, generatedAt: new Date(), author: workspace?.name ?? '' };
        const body = format === 'xlsx' ? await renderPipelineXlsx(input) : await renderPipelinePdf(input);
        const l = PIPELINE_REPORT_LABELS[lang];
        return {
          body,
          contentType: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
          contentDisposition: fileDisposition({
            eventTitle: `${l.title} ${l.period(query.from, query.to)}`,
            date: query.from,
            kind: 'pipeline',
            ext: format,
          }),
        };
      },
      'REPEATABLE READ',
    );
  }
}

/** Currency codes, ISO dates and ids in order by their characters (a locale's rules cost far more, for hundreds of groups). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A group's name for a stable order among equals: its label in English, Chinese or Japanese, else its key. */
const nameOf = (g: FigureGroupDto) => g.label?.en ?? g.label?.zh ?? g.label?.ja ?? g.key ?? '';

export async function figuresIn(em: EntityManager, workspaceId: string, query: FiguresQueryDto): Promise<FiguresDto> {
  const groupBy = query.groupBy ?? 'event';
  if (query.to < query.from) {
    throw new AppException('VALIDATION_FAILED', 'to must not be before from', [{ field: 'to', messages: ['to must not be before from'] }]);
  }
  // one pass over a period's projects: compiling it (JIT) costs more than it saves
  await em.query(`SET LOCAL jit = off`);
  const grouping = GROUPING[groupBy];
  const rows = await em.query<AggregateRow[]>(
    `WITH base AS (${BASE}),
          cells AS (SELECT ${grouping.gkey} AS gkey, b.cur, ${CELL_AGGREGATES} FROM base b ${grouping.join ?? ''} GROUP BY 1, 2),
          keyed AS (${grouping.keyed})
     SELECT CASE WHEN GROUPING(key) = 0 THEN 'g' ELSE 't' END AS part, key::text AS key, cur, GROUPING(cur) = 0 AS by_currency, ${AGGREGATES}
       FROM keyed GROUP BY GROUPING SETS ((key), (key, cur), (first), (first, cur))
     HAVING GROUPING(key) = 0 OR first`,
    [workspaceId, query.from, query.to],
  );
  // each group's rows (and the total's) at hand: events may number hundreds
  const rowsOf = { g: new Map<string | null, AggregateRow[]>(), t: new Map<string | null, AggregateRow[]>() };
  for (const r of rows) {
    const mine = rowsOf[r.part].get(r.key);
    if (mine) mine.push(r);
    else rowsOf[r.part].set(r.key, [r]);
  }
  const rowOf = (part: 'g' | 't', k: string | null): FigureRowDto => {
    const mine = rowsOf[part].get(k)!;
    const head = mine.find((r) => !r.by_currency)!;
    return {
      projects: {
        signed: head.signed,
        contractConcluded: head.contract_concluded,
        started: head.started,
        fundsInPlace: head.funds_in_place,
        inOperation: head.in_operation,
        stalled: head.stalled,
        cancelled: head.cancelled,
      },
      amounts: mine
        .filter((r) => r.by_currency && r.cur !== null)
        .sort((a, b) => byCode(a.cur!, b.cur!))
        .map((r) => ({
          currency: r.cur!,
          signed: Number(r.amount_signed).toFixed(2),
          inPlace: Number(r.amount_in_place).toFixed(2),
          fundsInPlaceRate: rate(Number(r.amount_in_place), Number(r.amount_signed)),
        })),
      rates: { performance: rate(head.performing, head.signed), start: rate(head.started, head.signed) },
    };
  };
  const empty: FigureRowDto = {
    projects: { signed: 0, contractConcluded: 0, started: 0, fundsInPlace: 0, inOperation: 0, stalled: 0, cancelled: 0 },
    amounts: [],
    rates: { performance: null, start: null },
  };
  const total = rows.some((r) => r.part === 't' && !r.by_currency) ? rowOf('t', null) : empty;
  const keys = rows.filter((r) => r.part === 'g' && !r.by_currency).map((r) => r.key);
  const labels = await labelsOf(
    em,
    groupBy,
    keys.filter((k): k is string => k !== null),
  );
  const groups: FigureGroupDto[] = keys.map((k) => ({
    key: k,
    label: k === null ? null : (labels.get(k)?.label ?? null),
    date: k === null ? null : (labels.get(k)?.date ?? null),
    ...rowOf('g', k),
  }));
  // events by date, newest first; the others by size; the group of projects without a key last
  groups.sort(
    (a, b) =>
      Number(a.key === null) - Number(b.key === null) ||
      (groupBy === 'event' ? byCode(b.date ?? '', a.date ?? '') : b.projects.signed - a.projects.signed) ||
      nameOf(a).localeCompare(nameOf(b)) ||
      byCode(a.key ?? '', b.key ?? ''),
  );
  return { from: query.from, to: query.to, groupBy, total, groups };
}

async function labelsOf(
  em: EntityManager,
  groupBy: FigureGroup,
  keys: string[],
): Promise<Map<string, { label: LocalizedText; date: string | null }>> {
  if (!keys.length || groupBy === 'region' || groupBy === 'sector') return new Map();
  const rows =
    groupBy === 'event'
      ? await em.query<{ id: string; label: LocalizedText; date: string }[]>(
          `SELECT id::text, title AS label, to_char((starts_at AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') AS date FROM events WHERE id = ANY ($1::uuid[])`,
          [keys],
        )
      : await em.query<{ id: string; label: LocalizedText; date: null }[]>(
          `SELECT id::text, name AS label, NULL AS date FROM organizations WHERE id = ANY ($1::uuid[])`,
          [keys],
        );
  return new Map(rows.map((r) => [r.id, { label: r.label, date: r.date }]));
}

export interface PeriodProjectRow {
  id: string;
  event_title: LocalizedText;
  event_date: string;
  title: LocalizedText;
  sector: string | null;
  stage: string;
  amount: string | null;
  cur: string | null;
  in_place: string | null;
  /** days without progress at the period's end */
  idle_days: number;
}

/** The most projects a pipeline report lists one by one (its figures always cover every project). */
export const REPORT_PROJECT_LIMIT = 5000;

/** The projects the figures count, with their stage and amount in place as of the period's end, by signing date. */
export function periodProjects(em: EntityManager, workspaceId: string, query: FiguresQueryDto): Promise<PeriodProjectRow[]> {
  return em.query<PeriodProjectRow[]>(
    `WITH base AS (${BASE})
     SELECT b.id, e.title AS event_title, to_char((e.starts_at AT TIME ZONE e.time_zone)::date, 'YYYY-MM-DD') AS event_date,
            sp.title, b.sector, b.stage, b.amount::text AS amount, b.cur, b.in_place::text AS in_place,
            ($3::date - b.since) AS idle_days
       FROM base b JOIN signed_projects sp ON sp.id = b.id JOIN events e ON e.id = b.event_id
      ORDER BY e.starts_at, b.event_id, sp.ord, b.id LIMIT ${REPORT_PROJECT_LIMIT}`,
    [workspaceId, query.from, query.to],
  );
}
