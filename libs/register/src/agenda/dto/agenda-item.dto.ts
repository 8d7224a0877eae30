import { ApiProperty, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsLocalizedText, IsOmittable, LimitLength, LocalizedTextDto, MAX_LENGTH } from '@app/core';
import { AGENDA_KINDS, type AgendaKind } from '../../common/vocabulary.js';
import { OrganizationRefDto } from '../../people/dto/person.dto.js';

export class CreateAgendaItemDto {
  @ApiProperty({ enum: AGENDA_KINDS, example: 'unveiling' })
  @IsIn(AGENDA_KINDS)
  kind: AgendaKind;

  @ApiProperty({ required: false, example: { zh: '揭牌仪式', en: 'Unveiling ceremony' } })
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  title?: LocalizedTextDto | null;

  /** What was unveiled, the place visited, the policies presented */
  @ApiProperty({
    required: false,
    example: { zh: '鲁港科技合作创新中心', en: 'Shandong–Hong Kong Sci-Tech Cooperation Innovation Center' },
  })
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  subject?: LocalizedTextDto | null;

  /** A sentence or two about the segment, as it may be published */
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.text })
  summary?: LocalizedTextDto | null;

  /** The organization that ran the segment (e.g. presented the policies) */
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  /** People who performed the segment (unveiled the plaque, declared the meeting open), in the order they are named */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  performerIds?: string[];

  /** Local start, ISO 8601 with offset */
  @IsOptional()
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  startsAt?: string | null;

  /** Position in the agenda (0-based); appended when omitted */
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(10000)
  @ApiProperty({ type: 'integer' })
  order?: number;
}

export class UpdateAgendaItemDto extends PartialType(CreateAgendaItemDto, { skipNullProperties: false }) {}

export class AgendaItemDto {
  id: string;
  eventId: string;
  @ApiProperty({ enum: AGENDA_KINDS })
  kind: AgendaKind;
  @ApiProperty({ type: 'integer' })
  order: number;
  title: LocalizedTextDto | null;
  subject: LocalizedTextDto | null;
  summary: LocalizedTextDto | null;
  organizationId: string | null;
  organization: OrganizationRefDto | null;
  performerIds: string[];
  startsAt: Date | null;
}
