import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, LocalizedTextDto, type Language } from '@app/core';

/** The record an output is made of, for a kind made once per record */
export class OutputSubjectDto {
  /** The seating plan's id (for `seating-chart` and `place-cards`) */
  id: string;
  @ApiProperty({ type: LocalizedTextDto })
  name: LocalizedTextDto;
}

export class EventOutputDto {
  /** The output: writeup, attendance-report, sign-in-sheet, script, seating-chart, place-cards, badges, and any kind another library registers */
  @ApiProperty({ example: 'script' })
  kind: string;
  /** For a kind made per record (the seating chart and place cards, one per seating plan): that record; else null */
  @ApiProperty({ type: OutputSubjectDto, nullable: true })
  subject: OutputSubjectDto | null;
  @ApiProperty({ enum: LANGUAGES })
  lang: Language;
  /** When someone in the workspace last downloaded it in this language; null if never */
  lastDownloadedAt: Date | null;
  /** True when the records it is made from changed since that download (false when never downloaded) */
  changedSinceDownload: boolean;
}

export class EventOutputsDto {
  /** Every output kind in every language it is made in: a short list of fixed size, not paged */
  @ApiProperty({ type: [EventOutputDto] })
  items: EventOutputDto[];
}
