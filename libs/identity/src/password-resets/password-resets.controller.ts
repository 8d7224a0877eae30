import { Body, Controller, HttpCode, Logger, Post, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiErrors, IdParam, type Actor, type AppConfig } from '@app/core';
import { CurrentActor, OwnerOnly } from '../auth/auth.decorator.js';
import { PasswordResetLinkDto, PasswordResetRequestedDto, RequestPasswordResetDto, ResetPasswordDto } from '../dto/password-reset.dto.js';
import { shownBaseUrl } from '../mail/account-links.js';
import { AuthRateLimit } from '../rate-limits/auth-throttle.guard.js';
import { mailLanguage } from '../mail/account-emails.js';
import { PasswordResetsService } from './password-resets.service.js';

@ApiTags('auth')
@Controller({ version: '1' })
export class PasswordResetsController {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    private readonly resets: PasswordResetsService,
    private readonly config: ConfigService,
  ) {}

  @Post('auth/password-reset')
  @HttpCode(202)
  @AuthRateLimit('reset-request')
  @ApiOperation({
    summary: 'Ask for a password reset link by email; always 202, whether or not an account has the address',
    description:
      'When an account has the email, a one-time link (valid PASSWORD_RESET_TTL_MINUTES, 60 by default) is emailed to it; without ' +
      'SMTP the link is written to the server log for the operator, and an owner can make one for a member ' +
      '(`POST /members/{userId}/password-reset`). The answer is the same in every case and never contains the link. The email is in ' +
      '`language` (zh, ja, en), else in the first language of `Accept-Language` the product writes in, else English.',
  })
  @ApiAcceptedResponse({ description: 'Accepted; a link is on its way if an account has the address', type: PasswordResetRequestedDto })
  @ApiErrors('RATE_LIMITED')
  request(@Body() dto: RequestPasswordResetDto, @Req() request: FastifyRequest): PasswordResetRequestedDto {
    // not awaited: the answer takes as long whether or not the account exists
    this.resets.request(dto.email, mailLanguage(dto.language, request.headers['accept-language'])).catch((err: unknown) => {
      this.logger.error(`password reset request failed: ${err instanceof Error ? err.message : String(err)}`);
    });
    return { message: 'If an account has this email, a link to reset its password is on its way.' };
  }

  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @AuthRateLimit('link')
  @ApiOperation({
    summary: 'Set a new password with a reset link; the link works once',
    description:
      'No authentication: the token is the credential. Like a password change, every session and access token of the user ends; ' +
      'sign in again with the new password.',
  })
  @ApiErrors('LINK_INVALID', 'LINK_EXPIRED', 'WEAK_PASSWORD', 'RATE_LIMITED')
  reset(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.resets.reset(dto);
  }

  @Post('members/:userId/password-reset')
  @OwnerOnly()
  @ApiOperation({
    summary: 'Make a password reset link for a member of the workspace: emailed to them, or returned to pass on when no mail was sent',
    description: "The email is in the first language of this request's `Accept-Language` the product writes in (zh, ja, en), else English.",
  })
  @ApiErrors('NOT_FOUND')
  createForMember(
    @CurrentActor() actor: Actor,
    @IdParam('userId') userId: string,
    @Req() request: FastifyRequest,
  ): Promise<PasswordResetLinkDto> {
    return this.resets.createForMember(actor, userId, this.baseUrl(request), mailLanguage(null, request.headers['accept-language']));
  }

  private baseUrl(request: FastifyRequest): string {
    return shownBaseUrl(request, this.config.getOrThrow<AppConfig>('app').publicBaseUrl);
  }
}
