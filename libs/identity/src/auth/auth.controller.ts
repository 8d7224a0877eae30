import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors, type Actor } from '@app/core';
import { ChangePasswordDto, LoginDto, MeResponseDto, SignupDto, TokenResponseDto } from '../dto/auth.dto.js';
import { CanRead, CurrentActor } from './auth.decorator.js';
import { AuthRateLimit } from '../rate-limits/auth-throttle.guard.js';
import { setSessionCookie } from '../sessions/session-cookie.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('signup')
  @AuthRateLimit('signup')
  @ApiOperation({ summary: 'Create a user and a workspace they own; returns a token for it' })
  @ApiErrors('EMAIL_TAKEN', 'WEAK_PASSWORD', 'RATE_LIMITED')
  signup(@Body() dto: SignupDto): Promise<TokenResponseDto> {
    return this.auth.signup(dto);
  }

  @Post('login')
  @AuthRateLimit()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange email and password for a token bound to one workspace',
    description:
      'A user in several workspaces passes `workspaceId` to choose one; without it the token is for the workspace joined first. ' +
      'The response lists every workspace of the user; log in again with another `workspaceId` to switch.',
  })
  @ApiErrors('INVALID_CREDENTIALS', 'NOT_A_MEMBER', 'RATE_LIMITED')
  login(@Body() dto: LoginDto): Promise<TokenResponseDto> {
    return this.auth.login(dto);
  }

  @Post('password')
  @CanRead()
  @HttpCode(204)
  @AuthRateLimit('password')
  @ApiOperation({
    summary: 'Change your own password (users only, not API keys)',
    description:
      'Every access token of the user issued before the change, including the one making this call, and every other browser session ' +
      'stop working at once. A browser session making the change continues: the answer sets a new `eventreg_session` cookie and the ' +
      'CSRF token stays the same. Bearer clients sign in again with the new password.',
  })
  @ApiErrors('INVALID_CREDENTIALS', 'FORBIDDEN', 'WEAK_PASSWORD', 'RATE_LIMITED')
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const { sessionToken } = await this.auth.changePassword(actor, dto);
    if (sessionToken) setSessionCookie(request, reply, sessionToken, this.sessions.cookieMaxAgeSeconds);
  }

  @Get('me')
  @CanRead()
  @ApiOperation({ summary: 'Who the credentials belong to: workspace, role, user or API key' })
  me(@CurrentActor() actor: Actor): Promise<MeResponseDto> {
    return this.auth.me(actor);
  }
}
