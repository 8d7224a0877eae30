import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { AttendanceService } from './attendance.service.js';
import {
  AttendanceDto,
  AttendanceQueryDto,
  AttendanceSummaryDto,
  BulkAttendanceDto,
  BulkAttendanceResultDto,
  BulkCheckInDto,
  BulkCheckInResultDto,
  CheckInDto,
  CheckInResultDto,
  CreateAttendanceDto,
  ReplaceAttendeeDto,
  ReplacementResultDto,
  UndoCheckInResultDto,
  UpdateAttendanceDto,
} from './dto/attendance.dto.js';

@ApiTags('attendance')
@Controller({ path: 'events/:eventId/attendees', version: '1' })
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Add a person to the event with a role, side and optional protocol-order override' })
  @ApiErrors('ALREADY_EXISTS', 'EVENT_CANCELLED')
  add(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: CreateAttendanceDto): Promise<AttendanceDto> {
    return this.attendance.add(actor, eventId, dto);
  }

  @Post('bulk')
  @CanWrite()
  @ApiOperation({ summary: 'Add many attendees at once, all or nothing' })
  @ApiErrors('ALREADY_EXISTS', 'EVENT_CANCELLED')
  async addMany(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Body() dto: BulkAttendanceDto,
  ): Promise<BulkAttendanceResultDto> {
    return { items: await this.attendance.addMany(actor, eventId, dto.items) };
  }

  @Get()
  @CanRead()
  @ApiOperation({
    summary: 'List attendees in protocol order',
    description:
      "Protocol order: the per-event override first, then the person's rank, then when they were added. `effectiveOrder` is each attendee's place over the whole event (filters do not renumber it); set `protocolOrder` to correct it. Page with `cursor` (the previous page's `nextCursor`): every page costs the same however large the event, and each attendee comes once even while attendees are added or checked in; `page` still works for small lists. On pages read by cursor, `effectiveOrder` counts from the cursor's place as it was when the cursor was given out. `total` comes from the event's counters unless filtered by role, side or name.",
  })
  @ApiPageResponse(AttendanceDto, { cursor: true })
  list(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() query: AttendanceQueryDto,
  ): Promise<Page<AttendanceDto>> {
    return this.attendance.list(actor, eventId, query);
  }

  @Get('summary')
  @CanRead()
  @ApiOperation({
    summary: 'Counts by status for the check-in desk (total, invited, registered, checked in, absent) and the latest check-in',
  })
  summary(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string): Promise<AttendanceSummaryDto> {
    return this.attendance.summary(actor, eventId);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get one attendee' })
  get(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<AttendanceDto> {
    return this.attendance.get(actor, eventId, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: "Change an attendee's role, side, protocol-order override or status" })
  @ApiErrors('EVENT_CANCELLED')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateAttendanceDto,
  ): Promise<AttendanceDto> {
    return this.attendance.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an attendee; refused with IN_USE while a speech of theirs is recorded' })
  @ApiErrors('IN_USE')
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.attendance.remove(actor, eventId, id);
  }

  @Post(':id/replace')
  @CanWrite()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replace an attendee by a deputy (代理出席): the deputy attends on behalf of the principal, in their place',
    description:
      "One transaction: the principal is marked absent; the deputy is added with the principal's role and side and keeps the principal's place in protocol order (every list, report, writeup and presider's script puts the deputy there, named as attending on the principal's behalf: 受…委托 / …の代理として / on behalf of …). Recorded speeches, agenda items performed, signatures, witnessing and a delegation's head pass to the deputy. Refused when the attendee already has a deputy or is one (409 INVALID_STATE_TRANSITION) and when the deputy already attends (409 ALREADY_EXISTS).",
  })
  @ApiErrors('ALREADY_EXISTS', 'INVALID_STATE_TRANSITION', 'EVENT_CANCELLED')
  replace(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: ReplaceAttendeeDto,
  ): Promise<ReplacementResultDto> {
    return this.attendance.replace(actor, eventId, id, dto);
  }

  @Post(':id/check-in')
  @CanWrite()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check an attendee in; idempotent and safe under concurrent calls (the first time is kept)',
    description:
      'While the event is on the time of the call is recorded unless `checkedInAt` is given. Once the event is over (status `held`, or past its end; without an end, past its start day in its zone) `checkedInAt` is required, so a past event never shows a check-in dated the day it was entered. A given time is never in the future and lies within a day of the event. `checkedInNow` is false when the attendee was already checked in.',
  })
  @ApiErrors('EVENT_CANCELLED')
  checkIn(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: CheckInDto,
  ): Promise<CheckInResultDto> {
    return this.attendance.checkIn(actor, eventId, id, dto);
  }

  @Post('check-ins')
  @CanWrite()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check many attendees in at the times they arrived, all or nothing (e.g. from the paper sign-in sheet of a past event)',
    description:
      "Each `checkedInAt` follows the rules of a single check-in: required once the event is over, never in the future, within a day of the event; a bad one is refused as `items.<n>.checkedInAt`. An attendee already checked in keeps the first time (`checkedInNow` false). Reports print these times in the event's zone.",
  })
  @ApiErrors('EVENT_CANCELLED')
  async checkInMany(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Body() dto: BulkCheckInDto,
  ): Promise<BulkCheckInResultDto> {
    return { items: await this.attendance.checkInMany(actor, eventId, dto.items) };
  }

  @Delete(':id/check-in')
  @CanWrite()
  @ApiOperation({
    summary:
      'Undo a check-in: the attendee is registered again with no check-in time; idempotent (`undoneNow` false when nothing was undone)',
  })
  @ApiErrors('EVENT_CANCELLED')
  undoCheckIn(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<UndoCheckInResultDto> {
    return this.attendance.undoCheckIn(actor, eventId, id);
  }
}
