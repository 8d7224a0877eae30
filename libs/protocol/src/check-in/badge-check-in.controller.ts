import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam, type Actor } from '@app/core';
import { CanWrite, CurrentActor } from '@app/identity';
import { CheckInResultDto } from '@app/register/attendance/dto/attendance.dto.js';
import { BadgeCheckInService } from './badge-check-in.service.js';
import { ScanCheckInDto } from './dto/scan.dto.js';

@ApiTags('attendance')
@Controller({ path: 'events/:eventId/check-in', version: '1' })
export class BadgeCheckInController {
  constructor(private readonly badges: BadgeCheckInService) {}

  @Post('scan')
  @CanWrite()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Check in the attendee whose badge code was scanned; idempotent like a check-in by hand (`checkedInNow` false the second time)',
    description:
      'The code is what the QR code on a name badge holds (`GET /events/{id}/badges`). A code not made by this service for this workspace is refused with 422 BADGE_CODE_INVALID; a genuine badge of another event with 409 BADGE_OTHER_EVENT.',
  })
  @ApiErrors('BADGE_CODE_INVALID', 'BADGE_OTHER_EVENT', 'EVENT_CANCELLED')
  scan(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: ScanCheckInDto): Promise<CheckInResultDto> {
    return this.badges.scan(actor, eventId, dto);
  }
}
