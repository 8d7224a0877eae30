import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsLocalizedText, IsOmittable, LocalizedTextDto, MAX_LENGTH } from '@app/core';
import { COUNT_QUALIFIERS, GROUP_UNITS, type CountQualifier, type GroupUnit } from '../../common/vocabulary.js';

export class CreateParticipantGroupDto {
  /** Who they are */
  @ApiProperty({
    example: {
      zh: '省市有关部门、鲁港企业、科研院所及相关单位负责人',
      en: 'officials of provincial and municipal departments, Shandong and Hong Kong enterprises, research institutes and related bodies',
    },
  })
  @IsLocalizedText({ maxLength: MAX_LENGTH.passage })
  category: LocalizedTextDto;

  /** How many; null for a group named without a count. @example 200 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  @ApiProperty({ type: 'integer', required: false, nullable: true })
  count?: number | null;

  @ApiProperty({
    enum: GROUP_UNITS,
    required: false,
    default: 'people',
    description: 'What the count counts: people, or organizations (enterprises, units: 家/社)',
  })
  @IsOmittable()
  @IsIn(GROUP_UNITS)
  unit?: GroupUnit;

  @ApiProperty({
    enum: COUNT_QUALIFIERS,
    required: false,
    default: 'exact',
    example: 'over',
    description: 'exact, about, over (more than), nearly',
  })
  @IsOmittable()
  @IsIn(COUNT_QUALIFIERS)
  qualifier?: CountQualifier;

  /** Position among the event's groups */
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(10000)
  @ApiProperty({ type: 'integer' })
  order?: number;
}

export class UpdateParticipantGroupDto extends PartialType(CreateParticipantGroupDto, { skipNullProperties: false }) {}

export class ParticipantGroupDto {
  id: string;
  eventId: string;
  category: LocalizedTextDto;
  @ApiProperty({ type: 'integer', nullable: true })
  count: number | null;
  @ApiProperty({ enum: GROUP_UNITS })
  unit: GroupUnit;
  @ApiProperty({ enum: COUNT_QUALIFIERS })
  qualifier: CountQualifier;
  @ApiProperty({ type: 'integer' })
  order: number;
}
