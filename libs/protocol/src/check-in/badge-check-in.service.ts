import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppException, TenantDb, type Actor, type AuthConfig } from '@app/core';
import { AttendanceService } from '@app/register';
import type { CheckInResultDto } from '@app/register/attendance/dto/attendance.dto.js';
import { parseBadgeCode, verifyBadgeSignature } from './badge-code.js';
import type { ScanCheckInDto } from './dto/scan.dto.js';

/** Check-in by a badge's code: the code names the attendee, its signature proves the badge was made here for this event. */
@Injectable()
export class BadgeCheckInService {
  constructor(
    private readonly db: TenantDb,
    private readonly attendance: AttendanceService,
    private readonly config: ConfigService,
  ) {}

  async scan(actor: Actor, eventId: string, dto: ScanCheckInDto): Promise<CheckInResultDto> {
    const invalid = () => new AppException('BADGE_CODE_INVALID', 'This is not a badge code of this workspace; check in by name');
    const parsed = parseBadgeCode(dto.code);
    const secret = this.config.getOrThrow<AuthConfig>('auth').jwtSecret;
    const found = await this.db.run(actor.workspaceId, async (em) => {
      const [event] = await em.query<{ id: string }[]>('SELECT id FROM events WHERE id = $1', [eventId]);
      if (!event) throw AppException.notFound('Event', eventId);
      if (!parsed) return null;
      const [row] = await em.query<{ event_id: string }[]>('SELECT event_id FROM attendances WHERE id = $1', [parsed.attendanceId]);
      return row ?? null;
    });
    if (!parsed || !found || !verifyBadgeSignature(secret, actor.workspaceId, found.event_id, parsed.attendanceId, parsed.signature)) {
      throw invalid();
    }
    if (found.event_id !== eventId) {
      throw new AppException('BADGE_OTHER_EVENT', 'This badge is for another event', { eventId: found.event_id });
    }
    // the one check-in rule: idempotent, the first time kept
    return this.attendance.checkIn(actor, eventId, parsed.attendanceId, { checkedInAt: dto.checkedInAt });
  }
}
