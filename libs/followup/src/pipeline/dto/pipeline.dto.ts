import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import { LimitLength, LocalizedTextDto, MAX_LENGTH, PageQueryDto } from '@app/core';
import { IsDateOnly } from '../../common/date-only.js';
import { PROJECT_STAGES, type ProjectStage } from '../stages.js';

/** A non-negative decimal with at most 16 digits before and 2 after the point. */
const AMOUNT_IN_PLACE = /^\d{1,16}(\.\d{1,2})?$/;

export const STALL_FLAGS = ['none', 'amber', 'red'] as const;
export type StallFlag = (typeof STALL_FLAGS)[number];

export class CreateStageChangeDto {
  @ApiProperty({ enum: PROJECT_STAGES, example: 'started' })
  @IsIn(PROJECT_STAGES)
  stage: ProjectStage;

  /** The day the change took effect (not later than today, not before the previous change nor the signing) */
  @IsDateOnly('effectiveOn')
  effectiveOn: string;

  /**
   * The amount actually in place as of that day, in the project's currency (decimal string, the total so
   * far, not an increment). Omitted: the previous amount stands; for `funds_in_place`, the signed amount.
   */
  @ApiProperty({ type: String, required: false, nullable: true, example: '5000000.00' })
  @IsOptional()
  @Matches(AMOUNT_IN_PLACE, { message: 'amountInPlace must be a decimal string with at most 2 decimals, e.g. 5000000.00' })
  @LimitLength(MAX_LENGTH.amount)
  amountInPlace?: string | null;

  /** What happened, in a sentence or two */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.passage)
  note?: string | null;
}

export class UpdateProjectFollowUpDto {
  /** The first signing of this project when it was signed again at a later event (null: not a re-signing). Figures count it once, as the first signing. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '3f2b8c1e-6d4a-4f7e-9a51-2c8d0e7b9f10' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  resignedFrom: string | null;
}

export class ProjectFollowUpQueryDto extends PageQueryDto {
  /** Projects signed at one event */
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @ApiProperty({ enum: PROJECT_STAGES, required: false })
  @IsOptional()
  @IsIn(PROJECT_STAGES)
  stage?: ProjectStage;

  /** Projects with this stall mark */
  @ApiProperty({ enum: STALL_FLAGS, required: false })
  @IsOptional()
  @IsIn(STALL_FLAGS)
  flag?: StallFlag;

  /** Projects signed on or after this day (their event's local date) */
  @ApiProperty({ required: false })
  @IsOptional()
  @IsDateOnly('from', '2025-01-01')
  from?: string;

  /** Projects signed on or before this day */
  @ApiProperty({ required: false })
  @IsOptional()
  @IsDateOnly('to', '2025-12-31')
  to?: string;
}

export class StageChangeDto {
  id: string;
  @ApiProperty({ enum: PROJECT_STAGES })
  fromStage: ProjectStage;
  @ApiProperty({ enum: PROJECT_STAGES })
  stage: ProjectStage;
  @ApiProperty({ type: String, format: 'date' })
  effectiveOn: string;
  /** The total in place as of that day, in `currency` */
  amountInPlace: string | null;
  currency: string | null;
  note: string | null;
  createdAt: Date;
}

export class ProjectFollowUpDto {
  projectId: string;
  eventId: string;
  eventTitle: LocalizedTextDto;
  /** The day the project was signed: its event's local start date */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  signedOn: string | null;
  title: LocalizedTextDto;
  sector: string | null;
  /** Amount signed, decimal string */
  amount: string | null;
  currency: string | null;
  partyIds: string[];
  @ApiProperty({ enum: PROJECT_STAGES })
  stage: ProjectStage;
  /** Effective date of the current stage (the signing day when nothing happened since) */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  stageSince: string | null;
  /** The furthest stage reached so far (a stalled project keeps it) */
  @ApiProperty({ enum: PROJECT_STAGES })
  reachedStage: ProjectStage;
  /** Amount in place so far, in `currency` */
  amountInPlace: string | null;
  /** Days since the last progress (stage change, or the signing) */
  @ApiProperty({ type: 'integer', nullable: true })
  daysWithoutProgress: number | null;
  /** Stall mark by the workspace's rules: amber after N days without progress, red after M days or when stalled */
  @ApiProperty({ enum: STALL_FLAGS })
  flag: StallFlag;
  /** The first signing, when this project is a re-signing of it */
  resignedFrom: string | null;
  @ApiProperty({ enum: PROJECT_STAGES, isArray: true })
  allowedNextStages: ProjectStage[];
}

export class ProjectFollowUpDetailDto extends ProjectFollowUpDto {
  /** Later signings of this same project (at later events), counted once with it */
  resignings: string[];
  /** Every stage change, oldest first */
  history: StageChangeDto[];
}
