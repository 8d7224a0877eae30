import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { FollowUpSettingsDto, UpdateFollowUpSettingsDto } from './dto/followup-settings.dto.js';
import { FollowUpSettingsService } from './followup-settings.service.js';

@ApiTags('follow-up')
@Controller({ path: 'follow-up/settings', version: '1' })
export class FollowUpSettingsController {
  constructor(private readonly settings: FollowUpSettingsService) {}

  @Get()
  @CanRead()
  @ApiOperation({ summary: "The workspace's stall rules (amber and red after so many days without progress) and alert horizons" })
  get(@CurrentActor() actor: Actor): Promise<FollowUpSettingsDto> {
    return this.settings.get(actor);
  }

  @Put()
  @CanWrite()
  @ApiOperation({ summary: 'Change the stall rules or alert horizons; fields left out keep their value' })
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateFollowUpSettingsDto): Promise<FollowUpSettingsDto> {
    return this.settings.update(actor, dto);
  }
}
