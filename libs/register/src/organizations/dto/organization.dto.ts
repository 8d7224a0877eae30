import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { IsLocalizedText, LimitLength, LocalizedTextDto, MAX_LENGTH, PageQueryDto } from '@app/core';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../common/vocabulary.js';

export class CreateOrganizationDto {
  @ApiProperty({ enum: ORGANIZATION_KINDS, example: 'government' })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  /** Region the organization belongs to. @example Shandong */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  region?: string | null;

  @ApiProperty({
    example: { zh: '山东省科学技术厅', ja: '山東省科学技術庁', en: 'Shandong Provincial Department of Science and Technology' },
  })
  @IsLocalizedText({ maxLength: MAX_LENGTH.name })
  name: LocalizedTextDto;

  @ApiProperty({ required: false, nullable: true, example: { zh: '省科技厅', en: 'Shandong S&T Department' } })
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.name })
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
  @LimitLength(MAX_LENGTH.name)
  q?: string;

  @ApiProperty({ required: false, enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  /** Exact region, case-insensitive. @example Hong Kong */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  region?: string;
}
