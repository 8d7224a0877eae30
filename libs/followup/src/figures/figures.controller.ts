import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { FiguresDto, FiguresQueryDto, PipelineReportQueryDto } from './dto/figures.dto.js';
import { FiguresService } from './figures.service.js';

@ApiTags('follow-up')
@Controller({ path: 'follow-up', version: '1' })
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get('figures')
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

  @Get('reports/pipeline')
  @CanRead()
  @ApiOperation({
    summary: 'The pipeline report of a period: XLSX (figures, amounts, projects sheets; A4 print set-up) or PDF (A4), in zh, ja or en',
    description:
      'The same figures as `/follow-up/figures`, with the projects counted and their stage as of `to`. The file name carries the period.',
  })
  @ApiOkResponse({
    description: 'The report file',
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async report(@CurrentActor() actor: Actor, @Query() query: PipelineReportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.figures.report(actor, query);
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', file.contentDisposition)
      .header('cache-control', 'private, no-store')
      .send(file.body);
  }
}
