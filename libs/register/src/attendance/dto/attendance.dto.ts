import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { CursorPageQueryDto, IsOmittable, LocalizedTextDto, LimitItems, LimitLength, MAX_ITEMS, MAX_LENGTH } from '@app/core';
import { ATTENDANCE_ROLES, ATTENDANCE_STATUSES, type AttendanceRole, type AttendanceStatus } from '../../common/vocabulary.js';
import { PersonDto } from '../../people/dto/person.dto.js';

export class CreateAttendanceDto {
  /** The person attending */
  @IsUUID()
  personId: string;

  @ApiProperty({
    enum: ATTENDANCE_ROLES,
    example: 'speaker',
    description: 'presider, speaker (gave an address), guest (attending leader), participant',
  })
  @IsIn(ATTENDANCE_ROLES)
  role: AttendanceRole;

  /** Code of one of the event's sides. @example shandong */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.code)
  side?: string | null;

  /** Explicit place in this event's protocol order; wins over the person's rank. @example 1 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  @ApiProperty({ type: 'integer' })
  protocolOrder?: number | null;

  @ApiProperty({ enum: ATTENDANCE_STATUSES, required: false, default: 'registered' })
  @IsOmittable()
  @IsIn(ATTENDANCE_STATUSES)
  status?: AttendanceStatus;
}

export class UpdateAttendanceDto extends PartialType(OmitType(CreateAttendanceDto, ['personId'] as const), { skipNullProperties: false }) {}

export class BulkAttendanceDto {
  /** Up to 1,000 attendees, added all or nothing */
  @ApiProperty({
    type: [CreateAttendanceDto],
    example: [
      { personId: '3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40', role: 'speaker', side: 'shandong', protocolOrder: 1 },
      { personId: '9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513', role: 'guest', side: 'hongkong' },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @LimitItems(MAX_ITEMS.bulkAttendees)
  @ValidateNested({ each: true })
  @Type(() => CreateAttendanceDto)
  items: CreateAttendanceDto[];
}

export class AttendanceDto {
  id: string;
  eventId: string;
  personId: string;
  person: PersonDto;
  @ApiProperty({ enum: ATTENDANCE_ROLES })
  role: AttendanceRole;
  side: string | null;
  /** The override, if set */
  @ApiProperty({ type: 'integer' })
  protocolOrder: number | null;
  /** Place in the event's protocol order as every list and report uses it (1 = first) */
  @ApiProperty({ type: 'integer' })
  effectiveOrder: number;
  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  status: AttendanceStatus;
  checkedInAt: Date | null;
  createdAt: Date;
  /** 代理出席: the attendee (the principal) this one stands in for, keeping the principal's place in protocol order */
  onBehalfOf?: AttendancePrincipalDto | null;
  /** The attendee who stands in for this one, when replaced by a deputy */
  deputyId?: string | null;
}

export class AttendancePrincipalDto {
  /** The principal's attendance id */
  attendeeId: string;
  personId: string;
  /** The principal's name in every language recorded */
  name: LocalizedTextDto;
}

export class ReplaceAttendeeDto {
  /** The deputy (代理出席) who attends in the principal's place; must not be attending the event already */
  @ApiProperty({ format: 'uuid', example: '9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513' })
  @IsUUID()
  personId: string;
}

export class ReplacementResultDto {
  /** The principal, now marked absent */
  principal: AttendanceDto;
  /** The deputy, in the principal's place in protocol order, with the principal's role and side */
  deputy: AttendanceDto;
  /** What passed from the principal to the deputy: recorded speeches, agenda items performed, agreements signed or witnessed, delegations headed */
  moved: ReplacementMovesDto;
}

export class ReplacementMovesDto {
  @ApiProperty({ type: 'integer' })
  speeches: number;
  @ApiProperty({ type: 'integer' })
  agendaItems: number;
  @ApiProperty({ type: 'integer' })
  signatures: number;
  @ApiProperty({ type: 'integer' })
  witnessed: number;
  @ApiProperty({ type: 'integer' })
  delegations: number;
}

/**
 * The attendee as a check-in or its undo leaves it. Without `effectiveOrder`: the answer touches only
 * the attendee and the event's counters, whatever the size of the event (the list gives the order).
 */
export class CheckedAttendanceDto extends OmitType(AttendanceDto, ['effectiveOrder'] as const) {}

export class CheckInResultDto extends CheckedAttendanceDto {
  /** True when this call did the check-in; false when the attendee was already checked in (the first time is kept) */
  checkedInNow: boolean;
}

export class AttendanceQueryDto extends CursorPageQueryDto {
  /** Text in any language of the attendee's name; spaces are ignored (李 明 finds 李明). @example 宋 */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  q?: string;

  @ApiProperty({ required: false, enum: ATTENDANCE_ROLES })
  @IsOptional()
  @IsIn(ATTENDANCE_ROLES)
  role?: AttendanceRole;

  @ApiProperty({ required: false, enum: ATTENDANCE_STATUSES })
  @IsOptional()
  @IsIn(ATTENDANCE_STATUSES)
  status?: AttendanceStatus;

  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.code)
  side?: string;
}

export class CheckInDto {
  /**
   * When the attendee arrived, ISO 8601 with offset. Optional while the event is on (the time of the
   * call is used); required once the event is over (status `held`, or past its end, or past the end of
   * its start day in its zone when it has no end). Not in the future, and within a day of the event.
   * @example 2024-03-25T08:45:00+08:00
   */
  @IsOptional()
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  checkedInAt?: string;
}

export class BulkCheckInItemDto {
  /** The attendee (attendance id) */
  @IsUUID()
  attendeeId: string;

  /**
   * When the attendee arrived, ISO 8601 with offset; required once the event is over, optional while it is on
   * (the time of the call). Not in the future, and within a day of the event.
   * @example 2024-03-25T08:52:00+08:00
   */
  @IsOptional()
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  checkedInAt?: string;
}

export class BulkCheckInDto {
  /** Up to 1,000 check-ins, recorded all or nothing */
  @ApiProperty({
    type: [BulkCheckInItemDto],
    example: [
      { attendeeId: '3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40', checkedInAt: '2024-03-25T08:52:00+08:00' },
      { attendeeId: '9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513', checkedInAt: '2024-03-25T09:05:00+08:00' },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @LimitItems(MAX_ITEMS.bulkAttendees)
  @ValidateNested({ each: true })
  @Type(() => BulkCheckInItemDto)
  items: BulkCheckInItemDto[];
}

export class BulkCheckInResultDto {
  /** The attendees after the check-in, in protocol order; `checkedInNow` false for one already checked in (its first time kept) */
  items: CheckInResultDto[];
}

export class UndoCheckInResultDto extends CheckedAttendanceDto {
  /** True when this call undid a check-in; false when the attendee was not checked in */
  undoneNow: boolean;
}

/** Live counts for the check-in desk. */
export class AttendanceSummaryDto {
  /** Everyone on the list, whatever the status */
  @ApiProperty({ type: 'integer', example: 240 })
  total: number;
  @ApiProperty({ type: 'integer', example: 0 })
  invited: number;
  /** Expected and not yet checked in */
  @ApiProperty({ type: 'integer', example: 96 })
  registered: number;
  @ApiProperty({ type: 'integer', example: 140 })
  checkedIn: number;
  /** Marked absent */
  @ApiProperty({ type: 'integer', example: 4 })
  absent: number;
  /** The latest check-in, if any */
  lastCheckInAt: Date | null;
}

export class BulkAttendanceResultDto {
  /** The new attendances, in protocol order */
  items: AttendanceDto[];
}
