import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateSeatingPlanDto, PinSeatDto, SeatQueryDto, SeatingPlanDto, UpdateSeatingPlanDto } from './dto/seating-plan.dto.js';
import { SeatingPlansService } from './seating-plans.service.js';

@ApiTags('seating')
@Controller({ path: 'events/:eventId/seating-plans', version: '1' })
export class SeatingPlansController {
  constructor(private readonly plans: SeatingPlansService) {}

  @Post()
  @CanWrite()
  @ApiOperation({
    summary: 'Create a seating plan (head table, signing table, banquet tables, theatre rows) and seat it from the protocol order',
    description:
      'The convention decides which seat goes to whom: `cn-domestic` (左为上: No. 2 at No. 1’s left hand), `western` and `international` (右为上: the guest of honour at the host’s right; `international` interleaves host and guest sides), `signing` (客右主左, witnesses behind). Rows are numbered left to right as seen from the audience; tables clockwise from above, seat 1 the host’s. Attendees marked absent are not seated.',
  })
  @ApiErrors('EVENT_CANCELLED')
  create(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: CreateSeatingPlanDto): Promise<SeatingPlanDto> {
    return this.plans.create(actor, eventId, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: "List the event's seating plans with their seats" })
  @ApiPageResponse(SeatingPlanDto)
  list(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Query() query: PageQueryDto): Promise<Page<SeatingPlanDto>> {
    return this.plans.list(actor, eventId, query);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get a seating plan with its seats, as last assigned' })
  get(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<SeatingPlanDto> {
    return this.plans.get(actor, eventId, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({
    summary:
      'Change a plan’s name, kind, layout, convention or host side; the plan is seated again, pinned seats kept where the new layout has them',
  })
  @ApiErrors('EVENT_CANCELLED')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateSeatingPlanDto,
  ): Promise<SeatingPlanDto> {
    return this.plans.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a seating plan' })
  @ApiErrors('EVENT_CANCELLED')
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.plans.remove(actor, eventId, id);
  }

  @Post(':id/assign')
  @CanWrite()
  @HttpCode(200)
  @ApiOperation({ summary: 'Seat the plan again from the current protocol order; pinned seats stay as they are' })
  @ApiErrors('EVENT_CANCELLED')
  assign(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<SeatingPlanDto> {
    return this.plans.assign(actor, eventId, id);
  }

  @Put(':id/pins')
  @CanWrite()
  @ApiOperation({
    summary:
      'Pin an attendee to a seat (kept across re-runs); the attendee leaves any other seat of the plan and the rest are seated again',
  })
  @ApiErrors('EVENT_CANCELLED')
  pin(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: PinSeatDto,
  ): Promise<SeatingPlanDto> {
    return this.plans.pin(actor, eventId, id, dto);
  }

  @Delete(':id/pins')
  @CanWrite()
  @ApiOperation({ summary: 'Unpin a seat (`?block=&seat=`); idempotent; the plan is seated again' })
  @ApiErrors('EVENT_CANCELLED')
  unpin(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Query() q: SeatQueryDto,
  ): Promise<SeatingPlanDto> {
    return this.plans.unpin(actor, eventId, id, q.block, q.seat);
  }
}
