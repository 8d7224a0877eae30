import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, type Actor } from '@app/core';
import { ChangePasswordDto, LoginDto, MeResponseDto, SignupDto, TokenResponseDto } from '../dto/auth.dto.js';
import { CanRead, CurrentActor } from './auth.decorator.js';
import { AuthRateLimit } from './rate-limit.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  @AuthRateLimit()
  @ApiOperation({ summary: 'Create a user and a workspace they own; returns a token for it' })
  @ApiErrors('EMAIL_TAKEN', 'TOO_MANY_REQUESTS')
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
  @ApiErrors('INVALID_CREDENTIALS', 'NOT_A_MEMBER', 'TOO_MANY_REQUESTS')
  login(@Body() dto: LoginDto): Promise<TokenResponseDto> {
    return this.auth.login(dto);
  }

  @Post('password')
  @CanRead()
  @HttpCode(204)
  @AuthRateLimit()
  @ApiOperation({ summary: 'Change your own password (user tokens only)' })
  @ApiErrors('INVALID_CREDENTIALS', 'FORBIDDEN', 'TOO_MANY_REQUESTS')
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto);
  }

  @Get('me')
  @CanRead()
  @ApiOperation({ summary: 'Who the credentials belong to: workspace, role, user or API key' })
  me(@CurrentActor() actor: Actor): Promise<MeResponseDto> {
    return this.auth.me(actor);
  }
}
