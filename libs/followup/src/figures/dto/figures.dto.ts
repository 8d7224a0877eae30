import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, LocalizedTextDto, type Language } from '@app/core';
import { IsDateOnly } from '../../common/date-only.js';

export const FIGURE_GROUPS = ['event', 'host', 'region', 'sector'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

export class FiguresQueryDto {
  /** First day of the period (projects signed on or after it, by their event's local date) */
  @IsDateOnly('from', '2025-01-01')
  from: string;

  /** Last day of the period; stages and amounts are taken as of this day */
  @IsDateOnly('to', '2025-12-31')
  to: string;

  /** Figures per event, per host organization, per counterpart region or per sector, beside the totals */
  @ApiProperty({ enum: FIGURE_GROUPS, required: false, default: 'event' })
  @IsOptional()
  @IsIn(FIGURE_GROUPS)
  groupBy?: FigureGroup;
}

export class ProjectCountsDto {
  /** Projects signed in the period (a project signed again later counts once, at its first signing) */
  @ApiProperty({ type: 'integer' })
  signed: number;
  /** … that reached contract_concluded or a later stage by the end of the period */
  @ApiProperty({ type: 'integer' })
  contractConcluded: number;
  /** … that reached started or a later stage by the end of the period */
  @ApiProperty({ type: 'integer' })
  started: number;
  /** … that reached funds_in_place or a later stage */
  @ApiProperty({ type: 'integer' })
  fundsInPlace: number;
  /** … in operation at the end of the period */
  @ApiProperty({ type: 'integer' })
  inOperation: number;
  /** … stalled at the end of the period */
  @ApiProperty({ type: 'integer' })
  stalled: number;
  /** … cancelled by the end of the period */
  @ApiProperty({ type: 'integer' })
  cancelled: number;
}

export class CurrencyAmountsDto {
  currency: string;
  /** Sum of the amounts signed, decimal string */
  signed: string;
  /** Sum of the amounts in place at the end of the period, decimal string */
  inPlace: string;
  /** 资金到位率: inPlace / signed, 0–1 as a decimal string with 4 decimals */
  @ApiProperty({ type: String, nullable: true, example: '0.2100' })
  fundsInPlaceRate: string | null;
}

export class FigureRatesDto {
  /** Rates are 0–1 as decimal strings with 4 decimals. 履约率: projects that reached contract_concluded or later and are not cancelled, over projects signed */
  @ApiProperty({ type: String, nullable: true, example: '0.3667' })
  performance: string | null;
  /** 开工率: projects that reached started or later, over projects signed */
  @ApiProperty({ type: String, nullable: true, example: '0.3000' })
  start: string | null;
}

export class FigureRowDto {
  projects: ProjectCountsDto;
  /** Per currency, by currency code */
  @ApiProperty({ type: () => [CurrencyAmountsDto] })
  amounts: CurrencyAmountsDto[];
  rates: FigureRatesDto;
}

export class FigureGroupDto extends FigureRowDto {
  /** The event id, host organization id, region name or sector key; null for projects with none */
  @ApiProperty({ type: String, nullable: true })
  key: string | null;
  /** The event title or organization name (null for regions and sectors) */
  @ApiProperty({ type: () => LocalizedTextDto, nullable: true })
  label: LocalizedTextDto | null;
  /** For events: the local date the event started */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  date: string | null;
}

export class FiguresDto {
  @ApiProperty({ type: String, format: 'date' })
  from: string;
  @ApiProperty({ type: String, format: 'date' })
  to: string;
  @ApiProperty({ enum: FIGURE_GROUPS })
  groupBy: FigureGroup;
  /** Every project once, whatever the grouping */
  total: FigureRowDto;
  /** One row per group; with host or region a project with several counts under each of them */
  @ApiProperty({ type: () => [FigureGroupDto] })
  groups: FigureGroupDto[];
}

export const PIPELINE_REPORT_FORMATS = ['xlsx', 'pdf'] as const;

export class PipelineReportQueryDto extends FiguresQueryDto {
  @ApiProperty({ enum: PIPELINE_REPORT_FORMATS, required: false, default: 'pdf' })
  @IsOptional()
  @IsIn(PIPELINE_REPORT_FORMATS)
  format?: (typeof PIPELINE_REPORT_FORMATS)[number];

  @ApiProperty({ enum: LANGUAGES, required: false, default: 'zh' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
