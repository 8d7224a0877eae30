import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  IsLocalizedText,
  IsOmittable,
  LimitItems,
  LimitLength,
  LocalizedTextDto,
  MAX_ITEMS,
  CursorListQueryDto,
  MAX_LENGTH,
} from '@app/core';

export class PositionInputDto {
  /** The title as used with the name, e.g. 副省长 / Vice Governor; may name the body when no organization is linked */
  @ApiProperty({ example: { zh: '山东省副省长', ja: '山東省副省長', en: 'Vice Governor of Shandong Province' } })
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  title: LocalizedTextDto;

  /** The organization the position is in, when it is recorded */
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

/** Kana, the prolonged sound mark, the middle dot and spaces. */
const NAME_READING = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ \u3000]+$/u;

export class CreatePersonDto {
  @ApiProperty({ example: { zh: '宋军继', ja: '宋軍継', en: 'Song Junji' } })
  @IsLocalizedText({ maxLength: MAX_LENGTH.name })
  name: LocalizedTextDto;

  /**
   * The family name as later mentions use it (Song, 宋, ソン), when the name alone does not tell it; without it the
   * writeup takes the first syllable of a Chinese name and the last word of a Western one
   */
  @ApiProperty({ required: false, nullable: true, example: { en: 'Song', ja: '宋' } })
  @IsOptional()
  @IsLocalizedText({ maxLength: 100 })
  familyName?: LocalizedTextDto | null;

  /**
   * The name's reading in hiragana or katakana, family name first (そう ぐんけい), for Japanese 五十音 order in reports
   * (`order=gojuon`); without it the name itself is collated
   */
  @ApiProperty({ required: false, nullable: true, example: 'そう ぐんけい' })
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  @Matches(NAME_READING, { message: 'reading must be hiragana or katakana (spaces and ・ allowed)' })
  reading?: string | null;

  /** Positions in the order they are stated, most senior first */
  @IsOmittable()
  @IsArray()
  @LimitItems(MAX_ITEMS.positions)
  @ValidateNested({ each: true })
  @Type(() => PositionInputDto)
  positions?: PositionInputDto[];

  /** Default protocol rank: 1 is the most senior; lower ranks come first in every list. @example 10 */
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(100000)
  @ApiProperty({ type: 'integer' })
  protocolRank?: number;

  /** Internal note, not published */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.passage)
  note?: string | null;
}

export class UpdatePersonDto extends PartialType(CreatePersonDto, { skipNullProperties: false }) {}

export class OrganizationRefDto {
  id: string;
  kind: string;
  name: LocalizedTextDto;
  shortName: LocalizedTextDto | null;
}

export class PositionDto {
  title: LocalizedTextDto;
  organizationId: string | null;
  organization: OrganizationRefDto | null;
}

export class PersonDto {
  id: string;
  name: LocalizedTextDto;
  familyName: LocalizedTextDto | null;
  /** The name's reading in kana, for 五十音 order */
  reading: string | null;
  positions: PositionDto[];
  @ApiProperty({ type: 'integer' })
  protocolRank: number;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export class PersonQueryDto extends CursorListQueryDto {
  /** Text in any language of the name */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  q?: string;

  /** People holding a position in this organization */
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}
