import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, AppException, IdParam, StreamedResponse, type Actor, type AppConfig, type AuthConfig, type Language } from '@app/core';
import { CanRead, CurrentActor } from '@app/identity';
import { createDownloadToken, downloadUrl, verifyDownloadToken, type DownloadGrant } from './download-links.js';
import { AttendanceReportQueryDto, CreateDownloadLinkDto, DownloadLinkDto, SignInSheetQueryDto } from './reports.dto.js';
import { ReportsService, type ReportDownload, type ReportRequest } from './reports.service.js';

const FILE = { schema: { type: 'string', format: 'binary' } };
/** The report file, in the media type of the requested format. */
const ReportFile = (formats: ('csv' | 'xlsx' | 'pdf')[]) =>
  ApiOkResponse({
    description: 'The report file, streamed; Content-Disposition names it after the event date and title',
    content: Object.fromEntries(
      formats.map((f) => [
        { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' }[f],
        FILE,
      ]),
    ),
  });

@ApiTags('reports')
@Controller({ version: '1' })
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly config: ConfigService,
  ) {}

  @Get('events/:eventId/reports/attendance')
  @CanRead()
  @StreamedResponse()
  @ApiOperation({
    summary: 'Attendance report: CSV (UTF-8 with BOM, or GB18030 / Shift_JIS), XLSX (attendees + summary sheets) or PDF (A4)',
    description:
      "Streamed from the database; filters by status, side and role; listed in protocol, stroke, pinyin, 五十音 or family-name order. Text missing in the report's language is taken from another language and named in a footnote (PDF, XLSX) and a column (CSV, XLSX), or refused with `strict=true`. The file name carries the event date and title.",
  })
  @ReportFile(['csv', 'xlsx', 'pdf'])
  @ApiErrors('MISSING_TRANSLATIONS')
  async attendance(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() q: AttendanceReportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const request: ReportRequest = {
      report: 'attendance',
      format: q.format ?? 'pdf',
      lang: q.lang ?? 'zh',
      filters: { status: q.status, side: q.side, role: q.role },
      order: q.order,
      strict: q.strict,
      encoding: q.encoding,
    };
    await send(reply, await this.reports.open(actor, eventId, request));
  }

  @Get('events/:eventId/reports/sign-in-sheet')
  @CanRead()
  @StreamedResponse()
  @ApiOperation({
    summary: 'Pre-event sign-in sheet with an empty signature column, in any order, one list or grouped by organization (PDF or XLSX)',
  })
  @ReportFile(['pdf', 'xlsx'])
  @ApiErrors('MISSING_TRANSLATIONS')
  async signInSheet(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Query() q: SignInSheetQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const request: ReportRequest = {
      report: 'sign-in-sheet',
      format: q.format ?? 'pdf',
      lang: q.lang ?? 'zh',
      filters: { side: q.side, role: q.role },
      groupBy: q.groupBy,
      order: q.order,
      strict: q.strict,
    };
    await send(reply, await this.reports.open(actor, eventId, request));
  }

  @Post('events/:eventId/reports/links')
  @CanRead()
  @ApiOperation({
    summary: 'A short-lived signed link to a report, to open in a browser without an Authorization header',
    description:
      "The link works for DOWNLOAD_LINK_TTL_SECONDS (default 300) for whoever holds it, even if the caller loses access meanwhile; keep the lifetime short. `url` is absolute on PUBLIC_BASE_URL when the service is configured with one, else a path relative to the API origin (never taken from the request's Host header).",
  })
  async link(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @Body() dto: CreateDownloadLinkDto,
  ): Promise<DownloadLinkDto> {
    if (dto.report === 'sign-in-sheet' && dto.format === 'csv') {
      throw new AppException('VALIDATION_FAILED', 'The sign-in sheet is pdf or xlsx', [
        { field: 'format', messages: ['the sign-in sheet is pdf or xlsx'] },
      ]);
    }
    if (dto.report === 'sign-in-sheet' && dto.status) {
      throw new AppException('VALIDATION_FAILED', 'The sign-in sheet lists everyone expected; it takes no status filter', [
        { field: 'status', messages: ['not used by the sign-in sheet'] },
      ]);
    }
    await this.reports.assertEventVisible(actor, eventId);
    const { downloadLinkTtlSeconds, jwtSecret } = this.config.getOrThrow<AuthConfig>('auth');
    const exp = Math.floor(Date.now() / 1000) + downloadLinkTtlSeconds;
    const params = Object.fromEntries(
      Object.entries({
        status: dto.status,
        side: dto.side,
        role: dto.role,
        groupBy: dto.groupBy,
        order: dto.order,
        strict: dto.strict ? 'true' : undefined,
        encoding: dto.encoding,
      }).filter((e): e is [string, string] => !!e[1]),
    );
    const grant: DownloadGrant = {
      workspaceId: actor.workspaceId,
      eventId,
      report: dto.report,
      format: dto.format,
      lang: dto.lang ?? 'zh',
      params,
      exp,
    };
    const { publicBaseUrl } = this.config.getOrThrow<AppConfig>('app');
    return { url: downloadUrl(createDownloadToken(grant, jwtSecret), publicBaseUrl), expiresAt: new Date(exp * 1000) };
  }

  @Get('downloads/:token')
  @StreamedResponse()
  @ApiOperation({
    summary: 'Download a report by signed link (no Authorization header); 410 LINK_EXPIRED after expiry, 403 LINK_INVALID if altered',
  })
  @ReportFile(['csv', 'xlsx', 'pdf'])
  @ApiErrors('LINK_EXPIRED', 'LINK_INVALID', 'MISSING_TRANSLATIONS')
  async download(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const grant = verifyDownloadToken(token, this.config.getOrThrow<AuthConfig>('auth').jwtSecret);
    const actor: Actor = { workspaceId: grant.workspaceId, role: 'official', userId: null, apiKeyId: null };
    const { status, side, role, groupBy, order, strict, encoding } = grant.params as Record<string, never>;
    const request: ReportRequest = {
      report: grant.report,
      format: grant.format as ReportRequest['format'],
      lang: grant.lang as Language,
      filters: { status, side, role },
      groupBy,
      order,
      strict: strict === 'true',
      encoding,
    };
    await send(reply, await this.reports.open(actor, grant.eventId, request));
  }
}

async function send(reply: FastifyReply, download: ReportDownload): Promise<void> {
  // A client that goes away mid-download ends the report, its cursor and its transaction.
  reply.raw.once('close', () => {
    if (!download.stream.readableEnded) download.stream.destroy();
  });
  await reply
    .header('content-type', download.contentType)
    .header('content-disposition', download.contentDisposition)
    .header('cache-control', 'private, no-store')
    .send(download.stream);
}
