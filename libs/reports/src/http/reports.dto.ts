import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { LANGUAGES, LimitLength, MAX_LENGTH, type Language } from '@app/core';
import { ATTENDANCE_ROLES, ATTENDANCE_STATUSES } from '@app/register';
import { CSV_ENCODINGS, type CsvEncoding } from '../csv/attendance-csv.js';
import { REPORT_ORDERS, type ReportOrder } from '../report-order.js';

export const ATTENDANCE_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export const SIGN_IN_FORMATS = ['pdf', 'xlsx'] as const;
export const REPORT_KINDS = ['attendance', 'sign-in-sheet'] as const;

/** Language and filters every report takes. */
export class ReportFiltersDto {
  @ApiProperty({ enum: LANGUAGES, required: false, default: 'zh' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;

  /** Only attendees of this side (a side code of the event) */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.code)
  side?: string;

  @ApiProperty({ enum: ATTENDANCE_ROLES, required: false })
  @IsOptional()
  @IsIn(ATTENDANCE_ROLES)
  role?: (typeof ATTENDANCE_ROLES)[number];

  @ApiProperty({
    enum: REPORT_ORDERS,
    required: false,
    default: 'protocol',
    description:
      "protocol: protocol order; stroke: Chinese surname stroke order (姓氏笔画); pinyin; gojuon: Japanese 五十音 order by the name's reading; family: English order by family name. Rows are numbered 1, 2, 3… in this order; grouped organizations follow it too",
  })
  @IsOptional()
  @IsIn(REPORT_ORDERS)
  order?: ReportOrder;

  @ApiProperty({
    required: false,
    default: false,
    description:
      "true: refuse with 422 MISSING_TRANSLATIONS (listing the rows) when a name, position or organization lacks the report's language, instead of printing another language's text with a footnote",
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  strict?: boolean;
}

export class StatusFilterDto extends ReportFiltersDto {
  @ApiProperty({ enum: ATTENDANCE_STATUSES, required: false, description: 'Only attendees with this status (e.g. checked_in, absent)' })
  @IsOptional()
  @IsIn(ATTENDANCE_STATUSES)
  status?: (typeof ATTENDANCE_STATUSES)[number];
}

export class AttendanceReportQueryDto extends StatusFilterDto {
  @ApiProperty({ enum: ATTENDANCE_FORMATS, required: false, default: 'pdf' })
  @IsOptional()
  @IsIn(ATTENDANCE_FORMATS)
  format?: (typeof ATTENDANCE_FORMATS)[number];

  @ApiProperty({
    enum: CSV_ENCODINGS,
    required: false,
    default: 'utf-8',
    description:
      'CSV only: UTF-8 with a byte-order mark (the default), or GB18030 / Shift_JIS without one for older office tools that ignore the BOM',
  })
  @IsOptional()
  @IsIn(CSV_ENCODINGS)
  encoding?: CsvEncoding;
}

export class SignInSheetQueryDto extends ReportFiltersDto {
  @ApiProperty({ enum: SIGN_IN_FORMATS, required: false, default: 'pdf' })
  @IsOptional()
  @IsIn(SIGN_IN_FORMATS)
  format?: (typeof SIGN_IN_FORMATS)[number];

  @ApiProperty({
    enum: ['protocol', 'organization'],
    required: false,
    default: 'protocol',
    description: 'One list in protocol order, or grouped by organization',
  })
  @IsOptional()
  @IsIn(['protocol', 'organization'])
  groupBy?: 'protocol' | 'organization';
}

export class CreateDownloadLinkDto extends StatusFilterDto {
  @ApiProperty({ enum: REPORT_KINDS, example: 'attendance' })
  @IsIn(REPORT_KINDS)
  report: (typeof REPORT_KINDS)[number];

  @ApiProperty({ enum: ATTENDANCE_FORMATS, example: 'pdf', description: 'csv, xlsx or pdf; the sign-in sheet is pdf or xlsx' })
  @IsIn(ATTENDANCE_FORMATS)
  format: (typeof ATTENDANCE_FORMATS)[number];

  @ApiProperty({ enum: ['protocol', 'organization'], required: false, description: 'Sign-in sheet only' })
  @IsOptional()
  @IsIn(['protocol', 'organization'])
  groupBy?: 'protocol' | 'organization';

  @ApiProperty({ enum: CSV_ENCODINGS, required: false, description: 'CSV only' })
  @IsOptional()
  @IsIn(CSV_ENCODINGS)
  encoding?: CsvEncoding;
}

export class DownloadLinkDto {
  /** URL that downloads the report without an Authorization header until it expires: absolute on PUBLIC_BASE_URL when configured, else a path relative to the API origin */
  url: string;
  expiresAt: Date;
}
