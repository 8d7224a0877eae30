import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsLocalizedText, LocalizedTextDto, PageQueryDto } from '@app/core';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../common/vocabulary.js';

export class CreateOrganizationDto {
  @ApiProperty({ enum: ORGANIZATION_KINDS, example: 'government' })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  /** Region the organization belongs to. @example Shandong */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @ApiProperty({
    example: { zh: '山东省科学技术厅', ja: '山東省科学技術庁', en: 'Shandong Provincial Department of Science and Technology' },
  })
  @IsLocalizedText()
  name: LocalizedTextDto;

  @ApiProperty({ required: false, nullable: true, example: { zh: '省科技厅', en: 'Shandong S&T Department' } })
  @IsOptional()
  @IsLocalizedText()
  shortName?: LocalizedTextDto | null;
}

export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto, { skipNullProperties: false }) {}

export class OrganizationDto {
  id: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS })
  kind: OrganizationKind;
  region: string | null;
  name: LocalizedTextDto;
  shortName: LocalizedTextDto | null;
  createdAt: Date;
  updatedAt: Date;
}

export class OrganizationQueryDto extends PageQueryDto {
  /** Text in any language of the name or short name */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ required: false, enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  /** Exact region, case-insensitive. @example Hong Kong */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;
}
