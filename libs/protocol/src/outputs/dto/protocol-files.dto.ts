import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '@app/core';

export class ProtocolFileQueryDto {
  @ApiProperty({ enum: LANGUAGES, required: false, default: 'zh' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class SeatingChartQueryDto extends ProtocolFileQueryDto {
  /** Paper, landscape @example a4 */
  @ApiProperty({ enum: ['a4', 'a3'], required: false, default: 'a4' })
  @IsOptional()
  @IsIn(['a4', 'a3'])
  paper?: 'a4' | 'a3';

  @ApiProperty({ enum: ['pdf', 'xlsx'], required: false, default: 'pdf' })
  @IsOptional()
  @IsIn(['pdf', 'xlsx'])
  format?: 'pdf' | 'xlsx';
}

export class PlaceCardsQueryDto extends ProtocolFileQueryDto {
  /** A second language printed under the name on every card (when the name differs in it) */
  @ApiProperty({ enum: LANGUAGES, required: false })
  @IsOptional()
  @IsIn(LANGUAGES)
  second?: Language;
}
