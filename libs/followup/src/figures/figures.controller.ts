import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { FiguresDto, FiguresQueryDto } from './dto/figures.dto.js';
import { FiguresService } from './figures.service.js';

@ApiTags('follow-up')
@Controller({ path: 'follow-up/figures', version: '1' })
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get()
  @CanRead()
  @ApiOperation({
    summary: 'Figures for a period: projects signed, started, in operation, stalled; amounts signed and in place per currency; the rates',
    description:
      'Projects signed between `from` and `to` (their event’s local date), each once (a re-signing counts with its first signing), ' +
      'with stages and amounts as of `to`. 履约率 (`rates.performance`): projects that reached contract_concluded or later and are not cancelled, over projects signed. ' +
      '开工率 (`rates.start`): projects that reached started or later (even if stalled since), over projects signed. ' +
      '资金到位率 (`amounts[].fundsInPlaceRate`): amount in place over amount signed, per currency, over projects with an amount.',
  })
  get(@CurrentActor() actor: Actor, @Query() query: FiguresQueryDto): Promise<FiguresDto> {
    return this.figures.figures(actor, query);
  }
}
