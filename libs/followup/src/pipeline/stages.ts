import { AppException } from '@app/core';

/**
 * The stages of a signed project after its signing. Progress goes forward along the first six;
 * `stalled` and `cancelled` may come at any point before operation (a stalled project may resume).
 */
export const PROJECT_STAGES = [
  'signed',
  'contract_concluded',
  'started',
  'funds_partly_in_place',
  'funds_in_place',
  'in_operation',
  'stalled',
  'cancelled',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** How far along a stage is (0 for stalled and cancelled, which are not progress). */
export const STAGE_RANK: Record<ProjectStage, number> = {
  signed: 1,
  contract_concluded: 2,
  started: 3,
  funds_partly_in_place: 4,
  funds_in_place: 5,
  in_operation: 6,
  stalled: 0,
  cancelled: 0,
};

/** Stages whose projects no longer move: stall rules do not apply to them. */
export const SETTLED_STAGES: readonly ProjectStage[] = ['in_operation', 'cancelled'];

const PROGRESS = PROJECT_STAGES.filter((s) => STAGE_RANK[s] > 0);

/**
 * The stages a project may move to from `from`. `resumeRank` is, for a stalled project, the rank of
 * the furthest stage it had reached: it resumes there or further on.
 */
export function allowedNextStages(from: ProjectStage, resumeRank: number): ProjectStage[] {
  if (from === 'cancelled') return [];
  if (from === 'in_operation') return ['stalled', 'cancelled'];
  if (from === 'stalled') return [...PROGRESS.filter((s) => s !== 'signed' && STAGE_RANK[s] >= resumeRank), 'cancelled'];
  const forward = PROGRESS.filter((s) => STAGE_RANK[s] > STAGE_RANK[from]);
  // more funds may arrive while still partly in place: the same stage again with a new amount
  const again: ProjectStage[] = from === 'funds_partly_in_place' ? [from] : [];
  return [...again, ...forward, 'stalled', 'cancelled'];
}

export function assertStageTransition(from: ProjectStage, to: ProjectStage, resumeRank: number): void {
  const allowed = allowedNextStages(from, resumeRank);
  if (!allowed.includes(to)) {
    throw new AppException('INVALID_STAGE_TRANSITION', `A project cannot go from ${from} to ${to}`, { from, to, allowed });
  }
}
