import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Min } from 'class-validator';
import { LANGUAGES, LimitLength, MAX_LENGTH, type Language } from '@app/core';
import { DRAFT_STATUSES, type DraftStatus } from '../drafts/writeup-draft.entity.js';
import { VERSION_SOURCES, type VersionSource } from '../drafts/writeup-version.entity.js';
import { SECTION_KINDS, SOURCE_TYPES, WARNING_CODES } from '../types.js';

export const WRITEUP_FORMATS = ['md', 'html', 'txt', 'json', 'docx'] as const;
export type WriteupFormat = (typeof WRITEUP_FORMATS)[number];

export const WRITEUP_FILE_FORMATS = ['md', 'html', 'txt', 'docx'] as const;
export type WriteupFileFormat = (typeof WRITEUP_FILE_FORMATS)[number];

const LANG_DESCRIPTION =
  'Language to write in; missing texts fall back (ja → zh → en, zh → ja → en, en → zh → ja) and the JSON document lists each fallback as a warning';

export class WriteupDocumentQueryDto {
  @ApiProperty({ enum: LANGUAGES, required: false, default: 'zh', description: LANG_DESCRIPTION })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class WriteupFileQueryDto extends WriteupDocumentQueryDto {
  @ApiProperty({
    enum: WRITEUP_FILE_FORMATS,
    required: false,
    default: 'md',
    description: 'md (Markdown), html, txt or docx (Word)',
  })
  @IsOptional()
  @IsIn(WRITEUP_FILE_FORMATS)
  format?: WriteupFileFormat;
}

/** The query of `GET /events/{eventId}/writeup`, which serves every format from one URL. */
export class WriteupQueryDto extends WriteupDocumentQueryDto {
  @ApiProperty({
    enum: WRITEUP_FORMATS,
    required: false,
    default: 'md',
    description: 'md, html, txt, json (headline, dateline, paragraphs, sentences with their source records, warnings) or docx (Word)',
  })
  @IsOptional()
  @IsIn(WRITEUP_FORMATS)
  format?: WriteupFormat;
}

export class CreateDraftDto {
  @ApiProperty({ enum: LANGUAGES, example: 'ja' })
  @IsIn(LANGUAGES)
  lang: Language;
}

export class EditDraftDto {
  /** @example 魯港科学技術革新協力交流会が青島で開催 */
  @IsString()
  @IsNotEmpty()
  @LimitLength(MAX_LENGTH.title)
  headline: string;

  /** Markdown text of the writeup */
  @IsString()
  @IsNotEmpty()
  @LimitLength(MAX_LENGTH.document)
  body: string;

  /** The version this edit starts from; refused with DRAFT_CHANGED when someone saved a newer one. @example 1 */
  @IsInt()
  @Min(1)
  @ApiProperty({ type: 'integer' })
  baseVersion: number;
}

export class RegenerateDraftDto {
  /** Replace an edited text with a fresh one from the records; without it, regenerating over an edit is refused with DRAFT_EDITED. @example false */
  @IsOptional()
  @IsBoolean()
  overwriteEdits?: boolean;
}

export class PublishDraftDto {
  /** Version to publish; the latest when omitted. @example 2 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @ApiProperty({ type: 'integer' })
  version?: number;
}

export class WriteupSourceDto {
  @ApiProperty({ enum: SOURCE_TYPES })
  type: string;
  id: string;
}

export class WriteupSentenceDto {
  text: string;
  /** The records the sentence states */
  sources: WriteupSourceDto[];
}

export class WriteupParagraphDto {
  @ApiProperty({ enum: SECTION_KINDS })
  section: string;
  heading?: string;
  sentences: WriteupSentenceDto[];
}

export class WriteupWarningDto {
  @ApiProperty({
    enum: WARNING_CODES,
    description:
      'LANGUAGE_FALLBACK (a name in another language of the same script was used), TRANSLATION_NEEDED (the text shows a placeholder; `text` holds the original), MISSING_TEXT, UNKNOWN_SECTOR, INVALID_TIME_ZONE, PROTOCOL_TIE (two people of the lead share a protocol place), HELD_IN_FUTURE, NOT_MARKED_HELD, UNCONFIRMED_ATTENDANCE (an invited person is left out)',
  })
  code: string;
  /** The field of the record, e.g. `name`, `positions[1].title` */
  field: string;
  recordType: string;
  recordId: string;
  @ApiProperty({ enum: LANGUAGES })
  requested: Language;
  @ApiProperty({ enum: LANGUAGES })
  used: Language;
  /** TRANSLATION_NEEDED: the original text to translate */
  text?: string;
}

/** The writeup as `format=json` returns it. */
export class WriteupDocumentDto {
  @ApiProperty({ enum: LANGUAGES })
  lang: Language;
  headline: WriteupSentenceDto;
  /** e.g. Qingdao, March 25, 2024 */
  dateline: string;
  paragraphs: WriteupParagraphDto[];
  /** What the editor should check: texts to translate or that fell back to another language, ties in protocol order, tense conflicts (also shown under the text in md, html, txt and docx) */
  warnings: WriteupWarningDto[];
}

export class DraftVersionDto {
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ enum: VERSION_SOURCES })
  source: VersionSource;
  headline: string;
  body: string;
  createdBy: string | null;
  createdAt: Date;
}

/** A version in the list of versions: who saved it and what it was based on. */
export class DraftVersionEntryDto extends DraftVersionDto {
  /** The email of who saved it, while they are a member of the workspace */
  createdByEmail: string | null;
  /** The version an edit was made on (an edit is always made on the latest one); null for a text generated from the records */
  @ApiProperty({ type: 'integer', nullable: true })
  basedOn: number | null;
}

export class RecordChangeDto {
  /** The kind of record, as in the audit log: attendance, speech, mou, person… */
  resourceType: string;
  /** create, update, delete, check_in, merge… */
  action: string;
  /** How many records of this kind changed this way */
  @ApiProperty({ type: 'integer' })
  count: number;
}

export class DraftTextDto {
  headline: string;
  body: string;
}

/** What changed in the records since the latest generated version, and the text the records give now. */
export class DraftChangesDto {
  /** The latest version generated from the records */
  @ApiProperty({ type: 'integer', nullable: true })
  sinceVersion: number | null;
  since: Date | null;
  /** Changes to the event's records (and its people and organizations) since then, from the audit log */
  records: RecordChangeDto[];
  /** The text of that generated version */
  previous: DraftTextDto | null;
  /** The text generated from the records now; null when the event has no writeup (cancelled) */
  current: DraftTextDto | null;
}

export class WriteupDraftDto {
  id: string;
  eventId: string;
  @ApiProperty({ enum: LANGUAGES })
  lang: Language;
  @ApiProperty({ enum: DRAFT_STATUSES })
  status: DraftStatus;
  @ApiProperty({ type: 'integer' })
  currentVersion: number;
  @ApiProperty({ type: 'integer' })
  publishedVersion: number | null;
  publishedAt: Date | null;
  /** The latest version for organizers; the published one for officials */
  version: DraftVersionDto;
  /** True when the records changed since the latest generated version */
  recordsChanged: boolean;
  createdAt: Date;
  updatedAt: Date;
}
