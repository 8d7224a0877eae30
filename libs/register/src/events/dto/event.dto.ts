import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IsLocalizedText,
  IsOmittable,
  LimitItems,
  LimitLength,
  LocalizedTextDto,
  MAX_ITEMS,
  MAX_LENGTH,
  CursorListQueryDto,
} from '@app/core';
import {
  COUNT_QUALIFIERS,
  DOCUMENT_TYPES,
  EVENT_KINDS,
  EVENT_STATUSES,
  SECTORS,
  SIGNING_TOTAL_KINDS,
  type CountQualifier,
  type DocumentType,
  type EventKind,
  type EventStatus,
  type Sector,
  type SigningTotalKind,
} from '../../common/vocabulary.js';
import { IsTimeZone } from '../../common/time-zone.js';
import { OrganizationRefDto } from '../../people/dto/person.dto.js';

export const EVENT_SORTS = ['startsAt', '-startsAt', 'createdAt', '-createdAt'] as const;

export class EventSideDto {
  /** Short key attendance records use. @example hongkong */
  @IsString()
  @LimitLength(MAX_LENGTH.code)
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'code must be 1–40 lower-case letters, digits, _ or -' })
  code: string;

  @ApiProperty({ example: { zh: '香港', ja: '香港', en: 'Hong Kong' } })
  @IsLocalizedText({ maxLength: MAX_LENGTH.name })
  name: LocalizedTextDto;
}

/** A positive decimal with at most 16 digits before and 2 after the point. */
const AMOUNT = /^(?=[0.]*[1-9])\d{1,16}(\.\d{1,2})?$/;

/** Signings stated as a total, without a record per project or agreement: "31 key projects worth 12.6 billion yuan". */
export class SigningTotalDto {
  @ApiProperty({ enum: SIGNING_TOTAL_KINDS, example: 'projects' })
  @IsIn(SIGNING_TOTAL_KINDS)
  kind: SigningTotalKind;

  /** How many were signed. @example 31 */
  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count: number;

  @ApiProperty({ enum: COUNT_QUALIFIERS, required: false, default: 'exact' })
  @IsOmittable()
  @IsIn(COUNT_QUALIFIERS)
  qualifier?: CountQualifier;

  /** What they are, e.g. 重点项目 / key projects, 三方合作协议 / three-party cooperation agreements */
  @ApiProperty({ required: false, nullable: true, example: { zh: '重点项目', en: 'key projects' } })
  @IsOptional()
  @IsLocalizedText({ maxLength: 200 })
  category?: LocalizedTextDto | null;

  /** For agreements: what was signed */
  @ApiProperty({ enum: DOCUMENT_TYPES, required: false, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsIn(DOCUMENT_TYPES)
  documentType?: DocumentType | null;

  /** Their combined value as a decimal string; requires `currency`. @example 12600000000 */
  @ApiProperty({ type: String, required: false, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @Matches(AMOUNT, { message: 'amount must be a positive decimal string with at most 2 decimals' })
  amount?: string | null;

  /** ISO 4217; requires `amount`. @example CNY */
  @IsOptional()
  @IsISO4217CurrencyCode()
  @LimitLength(MAX_LENGTH.currency)
  currency?: string | null;

  /** How many sectors they cover. @example 7 */
  @ApiProperty({ type: 'integer', required: false, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  sectorCount?: number | null;

  /** A figure to date (all signings so far), not only this event's. @example false */
  @IsOmittable()
  @IsBoolean()
  cumulative?: boolean;
}

export class CreateEventDto {
  @ApiProperty({
    example: {
      zh: '鲁港科技创新合作交流会',
      ja: '魯港科学技術革新協力交流会',
      en: 'Shandong–Hong Kong Sci-Tech Innovation Cooperation Exchange Meeting',
    },
  })
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  title: LocalizedTextDto;

  @ApiProperty({ enum: EVENT_KINDS, example: 'exchange_meeting' })
  @IsIn(EVENT_KINDS)
  kind: EventKind;

  /** Start, ISO 8601 with offset. @example 2024-03-25T09:00:00+08:00 */
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  startsAt: string;

  /** End, ISO 8601 with offset; not before the start. @example 2024-03-25T12:00:00+08:00 */
  @IsOptional()
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  endsAt?: string | null;

  /** IANA time zone of the event's local times. @example Asia/Shanghai */
  @IsTimeZone()
  @LimitLength(MAX_LENGTH.timeZone)
  timeZone: string;

  @ApiProperty({
    enum: ['draft', 'scheduled', 'held'],
    required: false,
    default: 'draft',
    description: 'Initial status (`held` to record a past event); later changes follow the lifecycle',
  })
  @IsOmittable()
  @IsIn(['draft', 'scheduled', 'held'])
  status?: 'draft' | 'scheduled' | 'held';

  @ApiProperty({ required: false, example: { zh: '上合示范区', ja: '上海協力機構モデル区', en: 'the SCO Demonstration Zone' } })
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  venue?: LocalizedTextDto | null;

  @ApiProperty({ required: false, example: { zh: '青岛', ja: '青島', en: 'Qingdao' } })
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.name })
  city?: LocalizedTextDto | null;

  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.passage })
  theme?: LocalizedTextDto | null;

  /** The sides the event brings together */
  @IsOmittable()
  @IsArray()
  @LimitItems(MAX_ITEMS.sides)
  @ValidateNested({ each: true })
  @Type(() => EventSideDto)
  sides?: EventSideDto[];

  /** Host organizations, in order */
  @IsOmittable()
  @IsArray()
  @LimitItems(MAX_ITEMS.hosts)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  hostIds?: string[];

  /** Co-host organizations (联合主办), in order */
  @IsOmittable()
  @IsArray()
  @LimitItems(MAX_ITEMS.hosts)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coHostIds?: string[];

  /** Organizers that ran the event (承办), in order */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organizerIds?: string[];

  /** Supporting organizers (协办), in order */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  supportingOrganizerIds?: string[];

  /** The event this one is a session of (an expo, a forum week); that event must not itself be a session */
  @IsOptional()
  @IsUUID()
  parentEventId?: string | null;

  /** Fields the event is about */
  @ApiProperty({ enum: SECTORS, isArray: true, required: false, example: ['biomedicine'] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(15)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];

  /** One-line facts the writeup states as they are, e.g. gifts exchanged, "the first city to…" (at most 20) */
  @ApiProperty({ required: false, example: [{ zh: '双方互赠了纪念品。', en: 'The two sides exchanged gifts.' }] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsLocalizedText({ each: true, maxLength: 1000 })
  facts?: LocalizedTextDto[];

  /** Signings stated as totals, without a record per project or agreement (at most 10) */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SigningTotalDto)
  signingTotals?: SigningTotalDto[];
}

export class UpdateEventDto extends PartialType(OmitType(CreateEventDto, ['status'] as const), { skipNullProperties: false }) {
  /**
   * Lifecycle: draft → scheduled → held (or draft → held for a past event); scheduled → draft; draft or scheduled → cancelled.
   * Held and cancelled events keep their status.
   */
  @ApiProperty({ enum: EVENT_STATUSES, required: false })
  @IsOmittable()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;
}

export class EventSummaryCountsDto {
  @ApiProperty({ type: 'integer' })
  attendees: number;
  @ApiProperty({ type: 'integer' })
  checkedIn: number;
  @ApiProperty({ type: 'integer' })
  speeches: number;
  @ApiProperty({ type: 'integer' })
  mous: number;
  @ApiProperty({ type: 'integer' })
  projects: number;
}

export class EventDto {
  id: string;
  title: LocalizedTextDto;
  @ApiProperty({ enum: EVENT_KINDS })
  kind: EventKind;
  @ApiProperty({ enum: EVENT_STATUSES })
  status: EventStatus;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: LocalizedTextDto | null;
  city: LocalizedTextDto | null;
  theme: LocalizedTextDto | null;
  sides: EventSideDto[];
  hosts: OrganizationRefDto[];
  coHosts: OrganizationRefDto[];
  organizers: OrganizationRefDto[];
  supportingOrganizers: OrganizationRefDto[];
  parentEventId: string | null;
  @ApiProperty({ enum: SECTORS, isArray: true })
  sectors: Sector[];
  facts: LocalizedTextDto[];
  signingTotals: SigningTotalDto[];
  /** Present on single-event reads */
  counts?: EventSummaryCountsDto;
  createdAt: Date;
  updatedAt: Date;
}

export class EventQueryDto extends CursorListQueryDto {
  /** Text in any language of the title */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  q?: string;

  @ApiProperty({ required: false, enum: EVENT_STATUSES })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiProperty({ required: false, enum: EVENT_KINDS })
  @IsOptional()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  /** Events starting at or after this instant */
  @IsOptional()
  @IsDateString()
  @LimitLength(MAX_LENGTH.dateTime)
  from?: string;

  /** Events starting before this instant */
  @IsOptional()
  @IsDateString()
  @LimitLength(MAX_LENGTH.dateTime)
  to?: string;

  /** Events hosted or co-hosted by this organization */
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  /** `startsAt` (default `-startsAt`, newest first), `createdAt` */
  @ApiProperty({ required: false, enum: EVENT_SORTS, default: '-startsAt' })
  @IsOptional()
  @IsIn(EVENT_SORTS)
  sort?: (typeof EVENT_SORTS)[number];
}
