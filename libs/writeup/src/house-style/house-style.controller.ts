import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/core';
import { CanRead, CurrentActor, OwnerOnly } from '@app/identity';
import { HouseStyleDto, UpdateHouseStyleDto } from './dto/house-style.dto.js';
import { HouseStyleService } from './house-style.service.js';

@ApiTags('writeups')
@Controller({ path: 'writeup-style', version: '1' })
export class HouseStyleController {
  constructor(private readonly styles: HouseStyleService) {}

  @Get()
  @CanRead()
  @ApiOperation({
    summary: "The workspace's house style for writeups",
    description:
      'English title case after names, the Japanese honorific, the dateline form per language. Defaults until the owner sets it.',
  })
  get(@CurrentActor() actor: Actor): Promise<HouseStyleDto> {
    return this.styles.get(actor);
  }

  @Patch()
  @OwnerOnly()
  @ApiOperation({ summary: "Change the workspace's house style (owner only); the fields given replace the stored ones" })
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateHouseStyleDto): Promise<HouseStyleDto> {
    return this.styles.update(actor, dto);
  }
}
