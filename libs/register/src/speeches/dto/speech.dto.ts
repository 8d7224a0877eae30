import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsLocalizedText, LANGUAGES, LimitItems, LocalizedTextDto, MAX_ITEMS, MAX_LENGTH, type Language } from '@app/core';
import { SPEECH_KINDS, type SpeechKind } from '../../common/vocabulary.js';
import { PersonDto } from '../../people/dto/person.dto.js';

export class CreateSpeechDto {
  /** The person who spoke; they must attend the event */
  @IsUUID()
  speakerId: string;

  @ApiProperty({ enum: SPEECH_KINDS, example: 'address', description: 'address, keynote, remarks, statement' })
  @IsIn(SPEECH_KINDS)
  kind: SpeechKind;

  /** The agenda segment it was given in; must belong to the same event */
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;

  /** Position in speaking order (0-based); appended when omitted */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  @ApiProperty({ type: 'integer' })
  order?: number;

  @ApiProperty({ enum: LANGUAGES, required: false, nullable: true, example: 'zh', description: 'Language the speech was given in' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language | null;

  /** What the speaker said, each point a sentence or two (at most 20) */
  @ApiProperty({
    example: [
      {
        zh: '鲁港两地科技创新合作基础扎实、潜力巨大',
        en: 'Shandong and Hong Kong have a solid foundation and great potential for sci-tech cooperation',
      },
      {
        zh: '希望双方在人工智能、生物医药等领域深化合作',
        en: 'He hoped both sides would deepen cooperation in AI, biomedicine and other fields',
      },
    ],
  })
  @IsArray()
  @LimitItems(MAX_ITEMS.keyPoints)
  @IsLocalizedText({ each: true, maxLength: MAX_LENGTH.passage })
  keyPoints: LocalizedTextDto[];

  /** Sentences quoted verbatim (at most 20); none when omitted */
  @ApiProperty({
    required: false,
    example: [{ zh: '科技合作是鲁港合作的重要引擎。', en: 'Sci-tech cooperation is a key engine of Shandong–Hong Kong cooperation.' }],
  })
  @IsOptional()
  @IsArray()
  @LimitItems(MAX_ITEMS.keyPoints)
  @IsLocalizedText({ each: true, maxLength: MAX_LENGTH.passage })
  quotes?: LocalizedTextDto[];
}

/** Only the fields given change; `null` is refused where a value is required. */
export class UpdateSpeechDto extends PartialType(CreateSpeechDto, { skipNullProperties: false }) {}

export class SpeechDto {
  id: string;
  eventId: string;
  /** The person who spoke */
  speakerId: string;
  /** The speaker's attendance at the event */
  attendanceId: string;
  speaker: PersonDto;
  @ApiProperty({ enum: SPEECH_KINDS })
  kind: SpeechKind;
  agendaItemId: string | null;
  /** Position in speaking order; speeches with the same order follow the speakers' protocol order */
  @ApiProperty({ type: 'integer' })
  order: number;
  @ApiProperty({ enum: LANGUAGES, nullable: true })
  language: Language | null;
  keyPoints: LocalizedTextDto[];
  quotes: LocalizedTextDto[];
  createdAt: Date;
  updatedAt: Date;
}
