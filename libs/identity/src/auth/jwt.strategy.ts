import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor, AuthConfig } from '@app/core';
import { CredentialsService } from './credentials.service.js';

export interface JwtPayload {
  sub: string;
  /** workspace the token is bound to */
  wid: string;
  /** the user's credentials version when the token was issued; a password change moves it on */
  ver?: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: ConfigService,
    private readonly credentials: CredentialsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.getOrThrow<AuthConfig>('auth').jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /**
   * The role is read from the membership on each request, so a role change or removal takes effect at
   * once; a password change ends every token issued before it.
   */
  validate(payload: JwtPayload): Promise<Actor | null> {
    return this.credentials.actorForToken(payload.sub, payload.wid, payload.ver ?? 0);
  }
}
