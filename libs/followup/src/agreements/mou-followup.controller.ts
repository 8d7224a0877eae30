import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import {
  AlertDto,
  AlertQueryDto,
  CreateDeliverableDto,
  DeliverableDto,
  MouFollowUpDto,
  UpdateDeliverableDto,
  UpdateMouFollowUpDto,
} from './dto/mou-followup.dto.js';
import { MouFollowUpService } from './mou-followup.service.js';

@ApiTags('follow-up')
@Controller({ path: 'follow-up', version: '1' })
export class MouFollowUpController {
  constructor(private readonly mous: MouFollowUpService) {}

  @Get('mous/:mouId')
  @CanRead()
  @ApiOperation({ summary: "An MoU's follow-up: expiry and renewal dates and its deliverables" })
  get(@CurrentActor() actor: Actor, @IdParam('mouId') mouId: string): Promise<MouFollowUpDto> {
    return this.mous.get(actor, mouId);
  }

  @Put('mous/:mouId')
  @CanWrite()
  @ApiOperation({ summary: "Set an MoU's expiry and renewal dates and note; fields left out keep their value" })
  update(@CurrentActor() actor: Actor, @IdParam('mouId') mouId: string, @Body() dto: UpdateMouFollowUpDto): Promise<MouFollowUpDto> {
    return this.mous.update(actor, mouId, dto);
  }

  @Post('mous/:mouId/deliverables')
  @CanWrite()
  @ApiOperation({ summary: 'Add a deliverable to an MoU: what is to be done, by whom, by when' })
  addDeliverable(
    @CurrentActor() actor: Actor,
    @IdParam('mouId') mouId: string,
    @Body() dto: CreateDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.mous.addDeliverable(actor, mouId, dto);
  }

  @Patch('deliverables/:id')
  @CanWrite()
  @ApiOperation({ summary: 'Change a deliverable: mark it done or dropped, move its due date, change its owner' })
  updateDeliverable(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateDeliverableDto): Promise<DeliverableDto> {
    return this.mous.updateDeliverable(actor, id, dto);
  }

  @Delete('deliverables/:id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a deliverable' })
  removeDeliverable(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.mous.removeDeliverable(actor, id);
  }

  @Get('alerts')
  @CanRead()
  @ApiOperation({
    summary: 'Alerts in force: open deliverables due soon or overdue, MoUs expiring soon (horizons in /follow-up/settings)',
    description:
      'A periodic job raises each alert once, as a webhook event (`deliverable.due_soon`, `deliverable.overdue`, `mou.expiring`); `raisedAt` says when.',
  })
  @ApiPageResponse(AlertDto)
  alerts(@CurrentActor() actor: Actor, @Query() query: AlertQueryDto): Promise<Page<AlertDto>> {
    return this.mous.alerts(actor, query);
  }
}
