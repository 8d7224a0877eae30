import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@app/core';

export class EventOutputDto {
  /** The output: writeup, attendance-report, sign-in-sheet, script, and any kind another library registers */
  @ApiProperty({ example: 'script' })
  kind: string;
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
