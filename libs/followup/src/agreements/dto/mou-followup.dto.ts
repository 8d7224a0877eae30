import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, ValidateIf } from 'class-validator';
import { IsLocalizedText, LimitLength, LocalizedTextDto, MAX_LENGTH, PageQueryDto } from '@app/core';
import { IsDateOnly } from '../../common/date-only.js';

export const DELIVERABLE_STATUSES = ['open', 'done', 'dropped'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

export const ALERT_KINDS = ['deliverable_due_soon', 'deliverable_overdue', 'mou_expiring'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export class UpdateMouFollowUpDto {
  /** The day the MoU ends unless renewed (null: open-ended) */
  @ApiProperty({ required: false, nullable: true })
  @ValidateIf((_, v) => v != null)
  @IsDateOnly('expiresOn', '2027-03-24')
  expiresOn?: string | null;

  /** The day it was, or is to be, renewed */
  @ApiProperty({ required: false, nullable: true })
  @ValidateIf((_, v) => v != null)
  @IsDateOnly('renewalOn', '2027-01-15')
  renewalOn?: string | null;

  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.passage)
  note?: string | null;
}

export class CreateDeliverableDto {
  @ApiProperty({ example: { zh: '联合举办创新创业大赛', en: 'Hold a joint start-up competition' } })
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  title: LocalizedTextDto;

  /** Who is in charge: an office or a person, as text */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  owner?: string | null;

  /** The party in charge, when it is one of the register's organizations */
  @ApiProperty({ type: String, format: 'uuid', required: false, nullable: true })
  @ValidateIf((_, v) => v != null)
  @IsUUID()
  ownerOrganizationId?: string | null;

  @ApiProperty({ required: false, nullable: true })
  @ValidateIf((_, v) => v != null)
  @IsDateOnly('dueOn', '2025-09-30')
  dueOn?: string | null;

  @ApiProperty({ enum: DELIVERABLE_STATUSES, required: false, default: 'open' })
  @IsOptional()
  @IsIn(DELIVERABLE_STATUSES)
  status?: DeliverableStatus;
}

export class UpdateDeliverableDto extends PartialType(CreateDeliverableDto) {}

export class DeliverableDto {
  id: string;
  mouId: string;
  title: LocalizedTextDto;
  owner: string | null;
  ownerOrganizationId: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;
  @ApiProperty({ enum: DELIVERABLE_STATUSES })
  status: DeliverableStatus;
  updatedAt: Date;
}

export class MouFollowUpDto {
  mouId: string;
  eventId: string;
  title: LocalizedTextDto;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  signedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  expiresOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  renewalOn: string | null;
  note: string | null;
  /** Soonest due first */
  @ApiProperty({ type: () => [DeliverableDto] })
  deliverables: DeliverableDto[];
}

export class AlertQueryDto extends PageQueryDto {
  @ApiProperty({ enum: ALERT_KINDS, required: false })
  @IsOptional()
  @IsIn(ALERT_KINDS)
  kind?: AlertKind;
}

export class AlertDto {
  @ApiProperty({ enum: ALERT_KINDS })
  kind: AlertKind;
  mouId: string;
  mouTitle: LocalizedTextDto;
  /** The deliverable, for deliverable alerts */
  @ApiProperty({ type: String, nullable: true })
  deliverableId: string | null;
  @ApiProperty({ type: () => LocalizedTextDto, nullable: true })
  deliverableTitle: LocalizedTextDto | null;
  owner: string | null;
  /** The due date, or the MoU's expiry */
  @ApiProperty({ type: String, format: 'date' })
  date: string;
  /** Days from today to that date (negative when overdue) */
  @ApiProperty({ type: 'integer' })
  daysLeft: number;
  /** When the alert was sent as a webhook (null until the periodic job raised it) */
  @ApiProperty({ type: Date, nullable: true })
  raisedAt: Date | null;
}
