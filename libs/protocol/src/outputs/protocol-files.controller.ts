import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdParam, StreamedResponse, type Actor } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { PlaceCardsQueryDto, ProtocolFileQueryDto, SeatingChartQueryDto } from './dto/protocol-files.dto.js';
import { ProtocolFilesService, type ProtocolFile } from './protocol-files.service.js';

const FILE = { schema: { type: 'string', format: 'binary' } };
const PdfFile = ApiOkResponse({
  description: 'The file; Content-Disposition names it after the event date and title',
  content: { 'application/pdf': FILE },
});

@ApiTags('seating')
@Controller({ path: 'events/:eventId', version: '1' })
export class ProtocolFilesController {
  constructor(private readonly files: ProtocolFilesService) {}

  @Get('seating-plans/:id/chart')
  @CanRead()
  @StreamedResponse()
  @ApiOperation({
    summary:
      'The seating chart (PDF, A4 or A3 landscape; or XLSX): names and short titles in the language, seat numbers, the stage and audience marked',
    description:
      'Rows are drawn as seen from the audience (the stage at the top), round tables from above with the entrance at the bottom; the viewpoint is printed under the title.',
  })
  @ApiOkResponse({
    description: 'The chart; Content-Disposition names it after the event date and title',
    content: { 'application/pdf': FILE, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': FILE },
  })
  async chart(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Query() q: SeatingChartQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.files.seatingChart(actor, eventId, id, q.lang ?? 'zh', q.paper ?? 'a4', q.format ?? 'pdf'));
  }

  @Get('seating-plans/:id/place-cards')
  @CanRead()
  @StreamedResponse()
  @ApiOperation({
    summary:
      'Place cards (桌签) of the plan’s seated attendees: A4, two folded tent cards a sheet, the name on both faces, cut and fold marks',
  })
  @PdfFile
  async placeCards(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Query() q: PlaceCardsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.files.placeCards(actor, eventId, id, q.lang ?? 'zh', q.second));
  }

  @Get('badges')
  @CanRead()
  @StreamedResponse()
  @ApiOperation({
    summary:
      'Name badges of every attendee not marked absent, in protocol order, eight to an A4 sheet, each with a QR code for check-in by scan',
    description:
      'The QR code holds a signed check-in code (also printed on the badge); `POST /events/{id}/check-in/scan` checks its attendee in.',
  })
  @PdfFile
  async badges(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() q: ProtocolFileQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.files.badges(actor, eventId, q.lang ?? 'zh'));
  }
}

async function send(reply: FastifyReply, file: ProtocolFile): Promise<void> {
  await reply
    .header('content-type', file.contentType)
    .header('content-disposition', file.contentDisposition)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}
