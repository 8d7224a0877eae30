import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '@app/core';
import { AuthService } from '../auth/auth.service.js';
import { AuthRateLimit } from '../rate-limits/auth-throttle.guard.js';
import { LoginDto } from '../dto/auth.dto.js';
import { SessionDto, SwitchWorkspaceDto } from '../dto/session.dto.js';
import { clearSessionCookie, sessionTokenFrom, setSessionCookie } from './session-cookie.js';
import { SessionAuthGuard } from './session.guard.js';
import { assertCsrf, CurrentSession } from './session.strategy.js';
import { SESSION_SCHEME } from './session-openapi.js';
import { SessionsService, type ActiveSession } from './sessions.service.js';

@ApiTags('auth')
@Controller({ path: 'auth/session', version: '1' })
export class SessionsController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post()
  @AuthRateLimit()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in from a browser: starts a cookie session',
    description:
      'Checks email and password like `POST /auth/login` and sets the httpOnly `eventreg_session` cookie (SameSite=Lax, Path=/, ' +
      'Secure over https). The body carries no token: send the cookie back, and `csrfToken` as `X-CSRF-Token` on every POST, PUT, ' +
      'PATCH and DELETE. A session already held by this browser ends.',
  })
  @ApiErrors('INVALID_CREDENTIALS', 'NOT_A_MEMBER', 'RATE_LIMITED')
  async start(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    const login = await this.auth.verifyLogin(dto);
    // a new sign-in never continues an old session id (no fixation)
    const previous = await this.sessions.resolve(sessionTokenFrom(request));
    if (previous) await this.sessions.revoke(previous.id);
    const { token, csrfToken } = await this.sessions.start(login.user, login.workspaceId);
    setSessionCookie(request, reply, token, this.sessions.cookieMaxAgeSeconds);
    return this.sessions.describe({ userId: login.user.id, workspaceId: login.workspaceId, csrfToken });
  }

  @Get()
  @UseGuards(SessionAuthGuard)
  @ApiCookieAuth(SESSION_SCHEME)
  @ApiOperation({ summary: "The browser's session: user, workspace and role, all workspaces, and the CSRF token" })
  get(@CurrentSession() session: ActiveSession): Promise<SessionDto> {
    return this.sessions.describe(session);
  }

  @Delete()
  @HttpCode(204)
  @ApiCookieAuth(SESSION_SCHEME)
  @ApiHeader({ name: 'X-CSRF-Token', required: false, description: "The session's CSRF token; required while the session is live" })
  @ApiOperation({
    summary: 'Sign out: ends the session on the server and clears the cookie',
    description: 'Answers 204 also when the session has already ended, so signing out is always safe to repeat.',
  })
  @ApiErrors('CSRF_FAILED')
  async end(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const session = await this.sessions.resolve(sessionTokenFrom(request));
    if (session) {
      assertCsrf(request, session);
      await this.sessions.revoke(session.id);
    }
    clearSessionCookie(request, reply);
  }

  @Put('workspace')
  @UseGuards(SessionAuthGuard)
  @ApiCookieAuth(SESSION_SCHEME)
  @ApiOperation({ summary: 'Switch the session to another workspace of the user (same cookie, same CSRF token)' })
  @ApiErrors('NOT_A_MEMBER', 'UNAUTHENTICATED', 'CSRF_FAILED')
  switchWorkspace(@CurrentSession() session: ActiveSession, @Body() dto: SwitchWorkspaceDto): Promise<SessionDto> {
    return this.sessions.switchWorkspace(session, dto.workspaceId);
  }
}
