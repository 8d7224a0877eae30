import { ApiProperty, PartialType } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsLocalizedText, LimitItems, LimitLength, LocalizedTextDto, MAX_ITEMS, MAX_LENGTH } from '@app/core';
import { PROJECT_STATUSES, SECTORS, type ProjectStatus, type Sector } from '../../common/vocabulary.js';
import { AgreementQueryDto } from '../../mous/dto/mou.dto.js';
import { PartyOrganizationDto } from '../../mous/dto/party-organization.dto.js';

/** A positive decimal with at most 16 digits before and 2 after the point. */
export const AMOUNT = /^(?=[0.]*[1-9])\d{1,16}(\.\d{1,2})?$/;

export class CreateSignedProjectDto {
  @ApiProperty({ example: { zh: '人工智能联合研发中心项目', en: 'Joint AI research and development centre' } })
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  title: LocalizedTextDto;

  @ApiProperty({ enum: SECTORS, required: false, nullable: true, example: 'ai' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector | null;

  /** Amount as a decimal string, positive, at most 2 decimals; requires `currency` */
  @ApiProperty({ type: String, required: false, nullable: true, example: '12500000.00' })
  @IsOptional()
  @Matches(AMOUNT, { message: 'amount must be a positive decimal string with at most 2 decimals, e.g. 12500000.00' })
  @LimitLength(MAX_LENGTH.amount)
  amount?: string | null;

  /** ISO 4217 currency code; requires `amount`. @example CNY */
  @IsOptional()
  @IsISO4217CurrencyCode()
  @LimitLength(MAX_LENGTH.currency)
  currency?: string | null;

  @ApiProperty({ enum: PROJECT_STATUSES, required: false, default: 'signed' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  /** Organizations that signed, in order (at least one) */
  @IsArray()
  @ArrayMinSize(1)
  @LimitItems(MAX_ITEMS.parties)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  partyIds: string[];

  /** Position among the event's projects (0-based); appended when omitted */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  @ApiProperty({ type: 'integer' })
  order?: number;
}

/** Only the fields given change; `null` is refused where a value is required. */
export class UpdateSignedProjectDto extends PartialType(CreateSignedProjectDto, { skipNullProperties: false }) {}

export class SignedProjectDto {
  id: string;
  eventId: string;
  @ApiProperty({ type: 'integer' })
  order: number;
  title: LocalizedTextDto;
  @ApiProperty({ enum: SECTORS, nullable: true })
  sector: Sector | null;
  /** Decimal string, e.g. 12500000.00 */
  amount: string | null;
  /** ISO 4217, e.g. CNY */
  currency: string | null;
  @ApiProperty({ enum: PROJECT_STATUSES })
  status: ProjectStatus;
  partyIds: string[];
  parties: PartyOrganizationDto[];
  createdAt: Date;
  updatedAt: Date;
}

/** `from` and `to` apply to the day the project's event started (its local time). */
export class SignedProjectQueryDto extends AgreementQueryDto {
  @ApiProperty({ required: false, enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiProperty({ required: false, enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;
}
