import { ApiProperty, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsLocalizedText, LANGUAGES, LimitItems, LocalizedTextDto, MAX_ITEMS, MAX_LENGTH, type Language } from '@app/core';
import { SPEECH_KINDS, type SpeechKind } from '../../common/vocabulary.js';
import { PersonDto } from '../../people/dto/person.dto.js';

export class CreateSpeechDto {
  /** The person who spoke; they must attend the event */
  @IsUUID()
  speakerId: string;

  @ApiProperty({
    enum: SPEECH_KINDS,
    example: 'address',
    description:
      'opening_declaration (declared the meeting open), welcome_address, address, keynote, keynote_report, remarks, statement, toast, closing_remarks',
  })
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

  /**
   * What the speaker said, each point a sentence or two (at most 20). A key point is a clause of reported speech, written
   * without the speaker and without "said" (zh 「双方合作前景广阔」, ja 「双方の協力の見通しは明るい」, en "cooperation has a bright
   * future"); the writeup adds the speaker and the verb. A point that states what the speaker did is listed in `actionKeyPoints`.
   */
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

  /**
   * Indexes (0-based) of key points that state what the speaker did rather than what they said, written as a predicate without
   * the subject: zh 「详细介绍了合作区建设情况」, ja 「合作区の建設状況を詳しく紹介した」, en "congratulated the two sides on the signing"
   */
  @ApiProperty({ type: [Number], required: false, example: [1] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(19, { each: true })
  actionKeyPoints?: number[];

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
  /** Indexes of key points that state what the speaker did */
  actionKeyPoints: number[];
  quotes: LocalizedTextDto[];
  createdAt: Date;
  updatedAt: Date;
}
