import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AuthConfig } from '@app/core';
import { ApiKeysController } from './api-keys/api-keys.controller.js';
import { ApiKeysService } from './api-keys/api-keys.service.js';
import { ApiKeyStrategy } from './auth/api-key.strategy.js';
import { AuthController } from './auth/auth.controller.js';
import { ApiAuthGuard } from './auth/auth.guard.js';
import { AuthService } from './auth/auth.service.js';
import { CredentialsService } from './auth/credentials.service.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { PasswordStrength } from './auth/password-strength.js';
import { AuthThrottleGuard } from './auth/rate-limit.js';
import { IDENTITY_ENTITIES } from './entities/index.js';
import { MembersController } from './members/members.controller.js';
import { MembersService } from './members/members.service.js';
import { SessionAuthGuard } from './sessions/session.guard.js';
import { jwtKey } from './auth/jwt-key.js';
import { SessionStrategy } from './sessions/session.strategy.js';
import { SessionsController } from './sessions/sessions.controller.js';
import { SessionsService } from './sessions/sessions.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    PassportModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        const auth = config.getOrThrow<AuthConfig>('auth');
        return { secret: jwtKey(auth.jwtSecret), signOptions: { algorithm: 'HS256' } };
      },
    }),
  ],
  controllers: [AuthController, SessionsController, MembersController, ApiKeysController],
  providers: [
    AuthService,
    CredentialsService,
    SessionsService,
    PasswordStrength,
    JwtStrategy,
    ApiKeyStrategy,
    SessionStrategy,
    ApiAuthGuard,
    SessionAuthGuard,
    AuthThrottleGuard,
    MembersService,
    ApiKeysService,
  ],
  exports: [ApiAuthGuard, AuthService, CredentialsService, SessionsService, JwtModule],
})
export class IdentityModule {}
