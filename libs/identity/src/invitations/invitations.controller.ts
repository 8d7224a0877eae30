import { Body, Controller, Delete, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiErrors, ApiPageResponse, AuditAction, IdParam, PageQueryDto, type Actor, type AppConfig, type Page } from '@app/core';
import { CurrentActor, OwnerOnly } from '../auth/auth.decorator.js';
import {
  AcceptedInvitationDto,
  AcceptInvitationDto,
  CreatedInvitationDto,
  CreateInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
  InvitationTokenDto,
} from '../dto/invitation.dto.js';
import { shownBaseUrl } from '../mail/account-links.js';
import { AuthRateLimit } from '../rate-limits/auth-throttle.guard.js';
import { mailLanguage } from '../mail/account-emails.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('invitations')
@Controller({ path: 'invitations', version: '1' })
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly config: ConfigService,
  ) {}

  @Post()
  @OwnerOnly()
  @ApiOperation({
    summary: 'Invite someone by email with a role; the one-time link is emailed, or returned when no mail was sent',
    description:
      'The link works once, for INVITATION_TTL_HOURS (7 days by default). With SMTP configured it is emailed to the invitee and not ' +
      'returned (`emailSent: true`); otherwise the answer carries `link` for the owner to pass on. A new invitation for the same ' +
      'email replaces a pending one. The email is in `language` (zh, ja, en), else in the first language of `Accept-Language` the ' +
      'product writes in, else English.',
  })
  @ApiErrors('ALREADY_EXISTS')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInvitationDto, @Req() request: FastifyRequest): Promise<CreatedInvitationDto> {
    return this.invitations.create(actor, dto, this.baseUrl(request), mailLanguage(dto.language, request.headers['accept-language']));
  }

  @Get()
  @OwnerOnly()
  @ApiOperation({ summary: 'List pending invitations (not accepted, revoked or expired), newest first' })
  @ApiPageResponse(InvitationDto)
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<InvitationDto>> {
    return this.invitations.list(actor, query);
  }

  @Delete(':id')
  @OwnerOnly()
  @HttpCode(204)
  @AuditAction('revoke')
  @ApiOperation({ summary: 'Revoke a pending invitation; its link stops working at once' })
  @ApiErrors('NOT_FOUND')
  revoke(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.invitations.revoke(actor, id);
  }

  @Post('preview')
  @HttpCode(200)
  @AuthRateLimit('link')
  @ApiOperation({
    summary: 'What an invitation link offers (workspace, email, role, whether the account exists), without using it',
    description: 'No authentication: the token is the credential.',
  })
  @ApiErrors('LINK_INVALID', 'LINK_EXPIRED', 'RATE_LIMITED')
  preview(@Body() dto: InvitationTokenDto): Promise<InvitationPreviewDto> {
    return this.invitations.preview(dto.token);
  }

  @Post('accept')
  @HttpCode(200)
  @AuthRateLimit('link')
  @ApiOperation({
    summary: 'Accept an invitation: join the workspace with the invited role (creating the account with `password` if there is none)',
    description:
      'No authentication: the token is the credential. The link works once. An invitee who already has an account just joins ' +
      '(no password needed); a new invitee sets their password here, under the same rules as signup. Then sign in as usual.',
  })
  @ApiErrors('LINK_INVALID', 'LINK_EXPIRED', 'WEAK_PASSWORD', 'ALREADY_EXISTS', 'CONFLICT', 'RATE_LIMITED')
  accept(@Body() dto: AcceptInvitationDto): Promise<AcceptedInvitationDto> {
    return this.invitations.accept(dto);
  }

  private baseUrl(request: FastifyRequest): string {
    return shownBaseUrl(request, this.config.getOrThrow<AppConfig>('app').publicBaseUrl);
  }
}
