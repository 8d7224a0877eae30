import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { IsOmittable } from '@app/core';
import {
  EN_DATELINES,
  JA_DATELINES,
  JA_HONORIFICS,
  ZH_DATELINES,
  type EnDateline,
  type JaDateline,
  type JaHonorific,
  type ZhDateline,
} from '../house-style.js';

export class DatelineStyleDto {
  @ApiProperty({
    enum: EN_DATELINES,
    description: 'city_date: "Qingdao, March 25, 2024"; wire: "QINGDAO, March 25 —"; date: "March 25, 2024"',
  })
  @IsIn(EN_DATELINES)
  en: EnDateline;

  @ApiProperty({
    enum: JA_DATELINES,
    description: 'date_city: 「2024年3月25日　青島」; bracket: 「【青島3月25日】」; date: 「2024年3月25日」',
  })
  @IsIn(JA_DATELINES)
  ja: JaDateline;

  @ApiProperty({ enum: ZH_DATELINES, description: 'date_city: 「2024年3月25日　青岛」; dian: 「青岛3月25日电」; date: 「2024年3月25日」' })
  @IsIn(ZH_DATELINES)
  zh: ZhDateline;
}

/** The workspace's house style for its writeups. */
export class HouseStyleDto {
  /** English: a title after a name in title case ("Li Gang, Vice Mayor of Qingdao"); false writes it in lower case ("vice mayor") */
  @IsBoolean()
  englishTitleCase: boolean;

  @ApiProperty({ enum: JA_HONORIFICS, description: 'Japanese: 氏 (shi) or さん (san) after a name' })
  @IsIn(JA_HONORIFICS)
  japaneseHonorific: JaHonorific;

  @ValidateNested()
  @Type(() => DatelineStyleDto)
  dateline: DatelineStyleDto;
}

export class DatelineStyleUpdateDto {
  @ApiProperty({ enum: EN_DATELINES, required: false })
  @IsOmittable()
  @IsIn(EN_DATELINES)
  en?: EnDateline;

  @ApiProperty({ enum: JA_DATELINES, required: false })
  @IsOmittable()
  @IsIn(JA_DATELINES)
  ja?: JaDateline;

  @ApiProperty({ enum: ZH_DATELINES, required: false })
  @IsOmittable()
  @IsIn(ZH_DATELINES)
  zh?: ZhDateline;
}

/** A change to the house style: the fields given replace the stored ones. */
export class UpdateHouseStyleDto {
  @IsOmittable()
  @IsBoolean()
  englishTitleCase?: boolean;

  @ApiProperty({ enum: JA_HONORIFICS, required: false })
  @IsOmittable()
  @IsIn(JA_HONORIFICS)
  japaneseHonorific?: JaHonorific;

  @IsOmittable()
  @ValidateNested()
  @Type(() => DatelineStyleUpdateDto)
  dateline?: DatelineStyleUpdateDto;
}
