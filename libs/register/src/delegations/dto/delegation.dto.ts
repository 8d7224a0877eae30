import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsLocalizedText, IsOmittable, LimitLength, LocalizedTextDto, MAX_LENGTH } from '@app/core';

export class CreateDelegationDto {
  /** Code of the event's side the delegation comes from; the attendees of that side are its members. @example osaka */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.code)
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'side must be 1–40 lower-case letters, digits, _ or -' })
  side?: string | null;

  /** The delegation's own name; the side's name is written when absent */
  @ApiProperty({
    required: false,
    nullable: true,
    example: { zh: '大阪府经济代表团', ja: '大阪府経済代表団', en: 'Osaka Prefecture economic delegation' },
  })
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.name })
  name?: LocalizedTextDto | null;

  /** Attendance id of the head of the delegation (团长 / 団長); must be an attendee of this event, of the same side */
  @IsOptional()
  @IsUUID()
  headAttendeeId?: string | null;

  /** How many members the delegation counts, head included. @example 12 */
  @ApiProperty({ type: 'integer', required: false, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  size?: number | null;

  /** Position among the event's delegations */
  @ApiProperty({ type: 'integer' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(10000)
  order?: number;
}

export class UpdateDelegationDto extends PartialType(CreateDelegationDto, { skipNullProperties: false }) {}

export class DelegationDto {
  id: string;
  eventId: string;
  @ApiProperty({ type: String, nullable: true })
  side: string | null;
  @ApiProperty({ type: LocalizedTextDto, nullable: true })
  name: LocalizedTextDto | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  headAttendeeId: string | null;
  /** the head's person id, for display */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  headPersonId: string | null;
  @ApiProperty({ type: 'integer', nullable: true })
  size: number | null;
  @ApiProperty({ type: 'integer' })
  order: number;
}
