import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class AttendeeImportQueryDto {
  /** Check the file and report what would happen, without writing anything */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

export class AttendeeImportItemDto {
  /** Row of the file, as a spreadsheet numbers it (the header row is 1) */
  @ApiProperty({ type: 'integer' })
  row: number;
  /** The person attending; null in a dry run when the person would be created */
  personId: string | null;
  /** The new attendance; absent in a dry run */
  attendanceId?: string;
  /** True when the row named a person already recorded in the workspace */
  matched: boolean;
}

export class AttendeeImportReportDto {
  /** Attendee rows read from the file */
  @ApiProperty({ type: 'integer' })
  rows: number;
  @ApiProperty({ type: 'integer' })
  peopleCreated: number;
  @ApiProperty({ type: 'integer' })
  peopleMatched: number;
  @ApiProperty({ type: 'integer' })
  organizationsCreated: number;
  /** Attendances added to the event; 0 in a dry run */
  @ApiProperty({ type: 'integer' })
  attendancesAdded: number;
  /** True when nothing was written */
  dryRun: boolean;
  /** Headers that were not recognised and were ignored */
  ignoredColumns: string[];
  /** One item per row, in file order */
  items: AttendeeImportItemDto[];
}
