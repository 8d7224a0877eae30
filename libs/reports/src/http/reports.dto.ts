import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { LANGUAGES, LimitLength, MAX_LENGTH, type Language } from '@app/core';
import { ATTENDANCE_ROLES, ATTENDANCE_STATUSES } from '@app/register';

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
}

export class DownloadLinkDto {
  /** URL that downloads the report without an Authorization header until it expires: absolute on PUBLIC_BASE_URL when configured, else a path relative to the API origin */
  url: string;
  expiresAt: Date;
}
