import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { IsLocalizedText, IsOmittable, LimitItems, LimitLength, LocalizedTextDto, MAX_ITEMS, MAX_LENGTH, PageQueryDto } from '@app/core';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '../../common/vocabulary.js';
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

  /** Co-host organizations, in order */
  @IsOmittable()
  @IsArray()
  @LimitItems(MAX_ITEMS.hosts)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coHostIds?: string[];
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
  /** Present on single-event reads */
  counts?: EventSummaryCountsDto;
  createdAt: Date;
  updatedAt: Date;
}

export class EventQueryDto extends PageQueryDto {
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
