import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '@app/core';

export const SCRIPT_FORMATS = ['md', 'docx'] as const;
export type ScriptFormat = (typeof SCRIPT_FORMATS)[number];

export class ScriptQueryDto {
  @ApiProperty({
    enum: LANGUAGES,
    required: false,
    default: 'zh',
    description:
      "Language of the script: 主持词 (zh), 司会台本 (ja), the presider's script (en); missing texts fall back as in the writeup",
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;

  @ApiProperty({
    enum: SCRIPT_FORMATS,
    required: false,
    default: 'md',
    description: "md (Markdown) or docx (Word, in the writeup's house fonts)",
  })
  @IsOptional()
  @IsIn(SCRIPT_FORMATS)
  format?: ScriptFormat;
}
