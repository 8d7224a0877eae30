import { IsDateString, IsOptional, IsString, MinLength } from 'class-validator';
import { LimitLength, MAX_LENGTH } from '@app/core';

export class ScanCheckInDto {
  /** The check-in code read from a badge's QR code (or typed from the badge) @example B1.Pyqc6Qt9Tm-aixI0VneJvA.c2lnbmF0dXJlMTIz */
  @IsString()
  @MinLength(1)
  @LimitLength(200)
  code: string;

  /** As for a check-in by hand: when the attendee arrived; required once the event is over */
  @IsOptional()
  @IsDateString({ strict: true })
  @LimitLength(MAX_LENGTH.dateTime)
  checkedInAt?: string;
}
