import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CursorListQueryDto, LocalizedTextDto } from '@app/core';
import { CSV_ENCODINGS, type CsvEncoding } from '../detect-encoding.js';

export const IMPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export class AttendeeImportQueryDto {
  /** Check the file and report what would happen, without writing anything (answered at once, 200) */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;

  /** Text encoding of a CSV: detected by default (UTF-8 with or without BOM, GB18030/GBK, Shift_JIS) */
  @IsOptional()
  @IsIn(CSV_ENCODINGS)
  @ApiProperty({ enum: CSV_ENCODINGS, default: 'auto', required: false })
  encoding?: CsvEncoding;
}

export const IMPORT_ROW_OUTCOMES = ['matched', 'new', 'error'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

export class ImportRowProblemDto {
  /** The column, when one is at fault */
  field?: string;
  reason: string;
}

export class AttendeeImportItemDto {
  /** Row of the file, as a spreadsheet numbers it (the header row is 1) */
  @ApiProperty({ type: 'integer' })
  row: number;
  /** The person's name as the file writes it, in the languages of its columns */
  name: LocalizedTextDto;
  /** The organization of the row's first position as the file writes it; null when it names none */
  organization: LocalizedTextDto | null;
  /** The person attending; null in a dry run when the person would be created */
  personId: string | null;
  /** True when the row named a person already recorded in the workspace */
  matched: boolean;
  /** matched (a person already recorded), new (a person the import creates) or error (the row's problems are in `problems`) */
  @ApiProperty({ enum: IMPORT_ROW_OUTCOMES })
  outcome: ImportRowOutcome;
  /** The row's problems, when its outcome is error */
  problems: ImportRowProblemDto[];
}

/** What a dry run found: nothing is written. */
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
  /** Attendances added to the event: always 0 (a dry run writes nothing) */
  @ApiProperty({ type: 'integer' })
  attendancesAdded: number;
  /** Always true: the file is imported by sending it without dryRun */
  dryRun: boolean;
  /** Headers that were not recognised and were ignored */
  ignoredColumns: string[];
  /** Text encoding the CSV was read in (null for XLSX) */
  encoding: string | null;
  /** One item per row, in file order, for the first 2,000 rows */
  items: AttendeeImportItemDto[];
}

/** A problem of one row; the file is imported only when no row has one. */
export class ImportRowErrorDto {
  /** Row of the file, as a spreadsheet numbers it (the header row is 1) */
  @ApiProperty({ type: 'integer' })
  row: number;
  /** The column, when one is at fault */
  field?: string;
  reason: string;
}

export class ImportFailureDto {
  /** IMPORT_REJECTED (rows have problems: see `errors`), EVENT_CANCELLED, NOT_FOUND, or IMPORT_FAILED (an error on our side, after retries) */
  code: string;
  message: string;
}

export class ImportOutcomeDto {
  @ApiProperty({ type: 'integer' })
  peopleCreated: number;
  @ApiProperty({ type: 'integer' })
  peopleMatched: number;
  @ApiProperty({ type: 'integer' })
  organizationsCreated: number;
  @ApiProperty({ type: 'integer' })
  attendancesAdded: number;
  /** Headers that were not recognised and were ignored */
  ignoredColumns: string[];
}

/** An import of an attendee list, run as a background job. */
export class AttendeeImportDto {
  id: string;
  eventId: string;
  /** queued → running → succeeded or failed; a failed import wrote nothing */
  @ApiProperty({ enum: IMPORT_STATUSES })
  status: ImportStatus;
  fileName: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  format: 'csv' | 'xlsx';
  /** Text encoding the CSV is read in (null for XLSX) */
  encoding: string | null;
  /** Attendee rows in the file */
  @ApiProperty({ type: 'integer' })
  totalRows: number;
  /** Rows checked and written so far (all of them once succeeded; they become visible together at the end) */
  @ApiProperty({ type: 'integer' })
  rowsDone: number;
  /** Rows' problems found, all counted */
  @ApiProperty({ type: 'integer' })
  errorCount: number;
  /** The first 1,000 rows' problems, in row order (only when reading one import) */
  errors?: ImportRowErrorDto[];
  /** Why the import failed; null unless status is failed */
  failure: ImportFailureDto | null;
  /** What was written; null unless status is succeeded */
  result: ImportOutcomeDto | null;
  /** Attempts the job made (a failure on our side is retried with backoff) */
  @ApiProperty({ type: 'integer' })
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export class AttendeeImportListQueryDto extends CursorListQueryDto {}
