import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, pageWindow, TenantDb, toPage, type Actor, type LocalizedText, type Page } from '@app/core';
import { settingsIn } from '../settings/followup-settings.service.js';
import type { FollowUpSettingsDto } from '../settings/dto/followup-settings.dto.js';
import type {
  CreateStageChangeDto,
  ProjectFollowUpDetailDto,
  ProjectFollowUpDto,
  ProjectFollowUpQueryDto,
  StageChangeDto,
  StallFlag,
  UpdateProjectFollowUpDto,
} from './dto/pipeline.dto.js';
import { allowedNextStages, assertStageTransition, PROJECT_STAGES, SETTLED_STAGES, STAGE_RANK, type ProjectStage } from './stages.js';

interface Row {
  id: string;
  event_id: string;
  event_title: LocalizedText;
  event_date: string | null;
  title: LocalizedText;
  sector: string | null;
  amount: string | null;
  currency: string | null;
  party_ids: string[];
  stage: ProjectStage;
  reached_rank: number;
  amount_in_place: string | null;
  stage_since: string | null;
  idle_days: number | null;
  resigned_from: string | null;
}

/** A signed project with its follow-up (alias `sp`, `f`, `e`): the stage is `signed` until a change is recorded. */
export const PROJECT_FOLLOW_UP_FROM = `
  signed_projects sp
  JOIN events e ON e.id = sp.event_id
  LEFT JOIN project_followups f ON f.project_id = sp.id`;

const SELECT = `SELECT sp.id, sp.event_id, e.title AS event_title, to_char(sp.event_date, 'YYYY-MM-DD') AS event_date, sp.title,
  sp.sector, sp.amount, trim(sp.currency) AS currency, sp.party_ids, coalesce(f.stage, 'signed') AS stage,
  coalesce(f.reached_rank, 1) AS reached_rank, f.amount_in_place,
  to_char(coalesce(f.changed_on, sp.event_date), 'YYYY-MM-DD') AS stage_since,
  (current_date - coalesce(f.changed_on, sp.event_date)) AS idle_days, f.resigned_from
  FROM ${PROJECT_FOLLOW_UP_FROM}`;

/** SQL for the stall mark, given the rules (`$amber`, `$red` as numbered parameters). */
export function stallFlagSql(amber: string, red: string): string {
  return `CASE WHEN f.resigned_from IS NOT NULL OR coalesce(f.stage, 'signed') IN (${SETTLED_STAGES.map((s) => `'${s}'`).join(', ')}) THEN 'none'
    WHEN coalesce(f.stage, 'signed') = 'stalled' OR current_date - coalesce(f.changed_on, sp.event_date) >= ${red} THEN 'red'
    WHEN current_date - coalesce(f.changed_on, sp.event_date) >= ${amber} THEN 'amber' ELSE 'none' END`;
}

/** The stall mark of a project: none once settled, red when stalled or idle M days, amber when idle N days. */
export function stallFlag(stage: ProjectStage, idleDays: number | null, rules: FollowUpSettingsDto): StallFlag {
  if (SETTLED_STAGES.includes(stage)) return 'none';
  if (stage === 'stalled' || (idleDays ?? 0) >= rules.redDays) return 'red';
  return (idleDays ?? 0) >= rules.amberDays ? 'amber' : 'none';
}

const stageOfRank = (rank: number): ProjectStage => PROJECT_STAGES.find((s) => STAGE_RANK[s] === rank) ?? 'signed';

/** The pipeline of signed projects: stage changes (an append-only history), re-signings, stall marks. */
@Injectable()
export class PipelineService {
  constructor(private readonly db: TenantDb) {}

  list(actor: Actor, query: ProjectFollowUpQueryDto): Promise<Page<ProjectFollowUpDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const rules = await settingsIn(em);
      const params: unknown[] = [];
      const where: string[] = [];
      const param = (v: unknown) => `$${params.push(v)}`;
      if (query.eventId) where.push(`sp.event_id = ${param(query.eventId)}`);
      if (query.stage) where.push(`coalesce(f.stage, 'signed') = ${param(query.stage)}`);
      if (query.flag)
        where.push(`${stallFlagSql(`${param(rules.amberDays)}::int`, `${param(rules.redDays)}::int`)} = ${param(query.flag)}`);
      if (query.from) where.push(`sp.event_date >= ${param(query.from)}::date`);
      if (query.to) where.push(`sp.event_date <= ${param(query.to)}::date`);
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const { skip, take } = pageWindow(query);
      // one after the other: the transaction's statements share its connection
      const rows = await em.query<Row[]>(
        `${SELECT} ${filter} ORDER BY sp.event_date DESC NULLS LAST, sp.event_id, sp.ord, sp.id LIMIT ${take} OFFSET ${skip}`,
        params,
      );
      const [{ total }] = await em.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM ${PROJECT_FOLLOW_UP_FROM} ${filter}`,
        params,
      );
      return toPage(
        rows.map((r) => toDto(r, rules)),
        total,
        query,
      );
    });
  }

  get(actor: Actor, projectId: string): Promise<ProjectFollowUpDetailDto> {
    return this.db.run(actor.workspaceId, (em) => this.detail(em, projectId));
  }

  /** Records a stage change: validated against the current stage, appended to the history, in one transaction. */
  addStageChange(actor: Actor, projectId: string, dto: CreateStageChangeDto): Promise<ProjectFollowUpDetailDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      // one change at a time per project: the transition is checked against the stage as committed
      const [project] = await em.query<
        { id: string; event_id: string; event_date: string | null; amount: string | null; currency: string | null }[]
      >(
        `SELECT id, event_id, to_char(event_date, 'YYYY-MM-DD') AS event_date, amount, trim(currency) AS currency
           FROM signed_projects WHERE id = $1 FOR UPDATE`,
        [projectId],
      );
      if (!project) throw AppException.notFound('Signed project', projectId);
      const [current] = await em.query<
        {
          stage: ProjectStage;
          reached_rank: number;
          amount_in_place: string | null;
          changed_on: string | null;
          resigned_from: string | null;
        }[]
      >(
        `SELECT stage, reached_rank, amount_in_place, to_char(changed_on, 'YYYY-MM-DD') AS changed_on, resigned_from
           FROM project_followups WHERE project_id = $1`,
        [projectId],
      );
      if (current?.resigned_from) {
        throw new AppException('PROJECT_RESIGNED', 'This project re-signs an earlier one: record its progress on the first signing', {
          resignedFrom: current.resigned_from,
        });
      }
      const from: ProjectStage = current?.stage ?? 'signed';
      const reached = current?.reached_rank ?? 1;
      assertStageTransition(from, dto.stage, reached);
      const [{ today }] = await em.query<{ today: string }[]>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
      const earliest = [current?.changed_on, project.event_date]
        .filter((d): d is string => !!d)
        .sort()
        .pop();
      if (dto.effectiveOn > today || (earliest && dto.effectiveOn < earliest)) {
        const message =
          dto.effectiveOn > today
            ? 'effectiveOn cannot be in the future'
            : `effectiveOn cannot be before ${earliest}, the last change or the signing`;
        throw new AppException('VALIDATION_FAILED', message, [{ field: 'effectiveOn', messages: [message] }]);
      }
      let amountInPlace = current?.amount_in_place ?? null;
      if (dto.amountInPlace != null) {
        if (!project.currency) {
          const message = 'amountInPlace needs a project with an amount and currency';
          throw new AppException('VALIDATION_FAILED', message, [{ field: 'amountInPlace', messages: [message] }]);
        }
        amountInPlace = dto.amountInPlace;
      } else if (dto.stage === 'funds_in_place' && project.amount) {
        amountInPlace = project.amount;
      }
      await em.query(
        `INSERT INTO project_stage_changes (workspace_id, project_id, event_id, from_stage, stage, effective_on, amount_in_place, currency, note, reached_rank, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          actor.workspaceId,
          projectId,
          project.event_id,
          from,
          dto.stage,
          dto.effectiveOn,
          amountInPlace,
          amountInPlace === null ? null : project.currency,
          dto.note?.trim() || null,
          Math.max(reached, STAGE_RANK[dto.stage]),
          actor.userId,
        ],
      );
      return this.detail(em, projectId);
    });
  }

  /** Links a project to its first signing (or unlinks it); a chain is followed to its first signing. */
  update(actor: Actor, projectId: string, dto: UpdateProjectFollowUpDto): Promise<ProjectFollowUpDetailDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const [project] = await em.query<{ event_id: string; event_date: string | null }[]>(
        `SELECT event_id, to_char(event_date, 'YYYY-MM-DD') AS event_date FROM signed_projects WHERE id = $1 FOR UPDATE`,
        [projectId],
      );
      if (!project) throw AppException.notFound('Signed project', projectId);
      let first: string | null = null;
      if (dto.resignedFrom !== null) {
        const [target] = await em.query<{ id: string; event_date: string | null; resigned_from: string | null }[]>(
          `SELECT sp.id, to_char(sp.event_date, 'YYYY-MM-DD') AS event_date, f.resigned_from
             FROM signed_projects sp LEFT JOIN project_followups f ON f.project_id = sp.id WHERE sp.id = $1`,
          [dto.resignedFrom],
        );
        const invalid = (message: string) =>
          new AppException('VALIDATION_FAILED', message, [{ field: 'resignedFrom', messages: [message] }]);
        if (!target) throw invalid('resignedFrom must be a signed project of this workspace');
        first = target.resigned_from ?? target.id;
        if (first === projectId) throw invalid('a project cannot re-sign itself');
        if (target.event_date && project.event_date && target.event_date > project.event_date) {
          throw invalid('the first signing must not be later than this one');
        }
        const [{ n }] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM project_followups WHERE resigned_from = $1`, [
          projectId,
        ]);
        if (n > 0) throw new AppException('CONFLICT', 'Later signings link to this project: link them to the first signing first');
      }
      await em.query(
        `INSERT INTO project_followups (project_id, workspace_id, event_id, resigned_from) VALUES ($1, $2, $3, $4)
         ON CONFLICT (project_id) DO UPDATE SET resigned_from = $4, updated_at = now()`,
        [projectId, actor.workspaceId, project.event_id, first],
      );
      return this.detail(em, projectId);
    });
  }

  private async detail(em: EntityManager, projectId: string): Promise<ProjectFollowUpDetailDto> {
    const rules = await settingsIn(em);
    const [row] = await em.query<Row[]>(`${SELECT} WHERE sp.id = $1`, [projectId]);
    if (!row) throw AppException.notFound('Signed project', projectId);
    const history = await em.query<StageChangeDto[]>(
      `SELECT id, from_stage AS "fromStage", stage, to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn",
              amount_in_place AS "amountInPlace", trim(currency) AS currency, note, created_at AS "createdAt"
         FROM project_stage_changes WHERE project_id = $1 ORDER BY effective_on, seq`,
      [projectId],
    );
    const resignings = await em.query<{ project_id: string }[]>(
      `SELECT f.project_id FROM project_followups f JOIN signed_projects sp ON sp.id = f.project_id
        WHERE f.resigned_from = $1 ORDER BY sp.event_date, sp.event_id, sp.ord, sp.id`,
      [projectId],
    );
    return { ...toDto(row, rules), resignings: resignings.map((r) => r.project_id), history };
  }
}

function toDto(r: Row, rules: FollowUpSettingsDto): ProjectFollowUpDto {
  const resigned = r.resigned_from !== null;
  return {
    projectId: r.id,
    eventId: r.event_id,
    eventTitle: r.event_title,
    signedOn: r.event_date,
    title: r.title,
    sector: r.sector,
    amount: r.amount,
    currency: r.currency,
    partyIds: r.party_ids,
    stage: r.stage,
    stageSince: r.stage_since,
    reachedStage: stageOfRank(r.reached_rank),
    amountInPlace: r.amount_in_place,
    daysWithoutProgress: r.idle_days,
    flag: resigned ? 'none' : stallFlag(r.stage, r.idle_days, rules),
    resignedFrom: r.resigned_from,
    allowedNextStages: resigned ? [] : allowedNextStages(r.stage, r.reached_rank),
  };
}
