import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsLocalizedText, IsOmittable, LimitItems, LimitLength, LocalizedTextDto, MAX_LENGTH } from '@app/core';
import { CONVENTIONS, type Convention, type SeatSide, type Viewpoint } from '../conventions.js';
import { LAYOUT_LIMITS, PLAN_KINDS, type BlockKind, type PlanKind } from '../layout.js';

export class CreateSeatingPlanDto {
  /** What the office calls the plan, printed as the chart's title */
  @ApiProperty({ example: { zh: '主席台', ja: '壇上', en: 'Head table' } })
  @IsLocalizedText({ maxLength: MAX_LENGTH.name })
  name: LocalizedTextDto;

  /** head-table (主席台, one or several rows), signing (签字桌 with witnesses behind), banquet (round tables), theatre (rows facing the stage) */
  @ApiProperty({ enum: PLAN_KINDS })
  @IsIn(PLAN_KINDS)
  kind: PlanKind;

  /** The rule that seats the plan from the protocol order; a signing table takes `signing`, every other kind one of the others */
  @ApiProperty({ enum: CONVENTIONS })
  @IsIn(CONVENTIONS)
  convention: Convention;

  /** Seats per row, front row first (head-table, theatre). @example [7] */
  @ApiProperty({ type: 'integer', isArray: true, required: false })
  @IsOmittable()
  @ArrayMinSize(1)
  @LimitItems(LAYOUT_LIMITS.blocks)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(LAYOUT_LIMITS.seatsPerBlock, { each: true })
  rows?: number[];

  /** Seats per round table, the main table first (banquet). @example [10, 10] */
  @ApiProperty({ type: 'integer', isArray: true, required: false })
  @IsOmittable()
  @ArrayMinSize(1)
  @LimitItems(LAYOUT_LIMITS.blocks)
  @IsInt({ each: true })
  @Min(2, { each: true })
  @Max(30, { each: true })
  tables?: number[];

  /** Places for witnesses standing behind the signing table (signing). @example 6 */
  @ApiProperty({ type: 'integer', required: false })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(LAYOUT_LIMITS.witnesses)
  witnesses?: number;

  /** Code of the event's side that hosts; the event's first side when absent. The other sides are the guests. @example shandong */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.code)
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'hostSide must be 1–40 lower-case letters, digits, _ or -' })
  hostSide?: string | null;
}

export class UpdateSeatingPlanDto extends PartialType(CreateSeatingPlanDto, { skipNullProperties: false }) {}

export class PinSeatDto {
  /** Row (1 = front), table, or for a signing plan 1 = the table and 2 = the witnesses' row @example 1 */
  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(1)
  @Max(LAYOUT_LIMITS.blocks)
  block: number;

  /** Seat number in the block, as the plan's `viewpoint` reads it @example 4 */
  @ApiProperty({ type: 'integer' })
  @IsInt()
  @Min(1)
  @Max(LAYOUT_LIMITS.seatsPerBlock)
  seat: number;

  /** The attendee (attendance id) to seat there; unpinned from any other seat of the plan */
  @IsUUID()
  attendeeId: string;
}

export class SeatedAttendeeDto {
  /** attendance id */
  id: string;
  personId: string;
  @ApiProperty({ type: LocalizedTextDto })
  name: LocalizedTextDto;
  /** the person's first position title, for the chart */
  @ApiProperty({ type: LocalizedTextDto, nullable: true })
  title: LocalizedTextDto | null;
  @ApiProperty({ type: String, nullable: true })
  side: string | null;
}

export class SeatDto {
  /** number in its row (left to right as seen from the audience) or table (clockwise from above, 1 = host) */
  @ApiProperty({ type: 'integer' })
  seat: number;
  /** place in order of honour within the block (1 = most honoured) */
  @ApiProperty({ type: 'integer' })
  rank: number;
  /** the side the convention meant the seat for, if any */
  @ApiProperty({ enum: ['host', 'guest'], nullable: true })
  side: SeatSide | null;
  /** set by hand; kept when the assignment runs again */
  pinned: boolean;
  @ApiProperty({ type: SeatedAttendeeDto, nullable: true })
  attendee: SeatedAttendeeDto | null;
}

export class SeatBlockDto {
  @ApiProperty({ type: 'integer' })
  block: number;
  @ApiProperty({ enum: ['row', 'table', 'signing-table', 'witnesses'] })
  kind: BlockKind;
  /** seats in seat-number order */
  @ApiProperty({ type: SeatDto, isArray: true })
  seats: SeatDto[];
}

export class SeatingLayoutDto {
  @ApiProperty({ type: 'integer', isArray: true, required: false })
  rows?: number[];
  @ApiProperty({ type: 'integer', isArray: true, required: false })
  tables?: number[];
  @ApiProperty({ type: 'integer', required: false })
  witnesses?: number;
}

export class SeatingPlanDto {
  id: string;
  eventId: string;
  name: LocalizedTextDto;
  @ApiProperty({ enum: PLAN_KINDS })
  kind: PlanKind;
  @ApiProperty({ enum: CONVENTIONS })
  convention: Convention;
  layout: SeatingLayoutDto;
  @ApiProperty({ type: String, nullable: true })
  hostSide: string | null;
  /** how seat numbers are read: `audience` (rows, left to right as seen from the audience) or `above` (tables, clockwise from above, seat 1 facing the entrance) */
  @ApiProperty({ enum: ['audience', 'above'] })
  viewpoint: Viewpoint;
  @ApiProperty({ type: SeatBlockDto, isArray: true })
  blocks: SeatBlockDto[];
  /** attendees (not absent) left without a seat, in protocol order */
  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  unseated: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  assignedAt: Date | null;
  updatedAt: Date;
}

export class SeatQueryDto {
  /** Row, table, or signing block @example 1 */
  @ApiProperty({ type: 'integer' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LAYOUT_LIMITS.blocks)
  block: number;

  /** Seat number in the block @example 4 */
  @ApiProperty({ type: 'integer' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LAYOUT_LIMITS.seatsPerBlock)
  seat: number;
}
