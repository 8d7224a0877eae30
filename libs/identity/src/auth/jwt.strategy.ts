import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { Actor } from '@app/core';
import { ApiRateLimiter, rateLimitKeyOf } from '../rate-limits/api-rate-limiter.js';
import { CredentialsService } from './credentials.service.js';

export interface JwtPayload {
  sub: string;
  /** workspace the token is bound to */
  wid: string;
  /** the user's credentials version when the token was issued; a password change moves it on */
  ver?: number;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** Verified tokens kept (the oldest forgotten first): far more than the clients one replica serves at a time. */
const KEPT_TOKENS = 10_000;

/**
 * Authenticates by `Authorization: Bearer <token>`, verified with the module's HS256 key (a KeyObject made
 * once: see jwt-key.ts). A missing, malformed, expired or forged token lets the next strategy try.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  /**
   * Tokens already verified, with their payload, until they expire: a client sends the same token on each
   * request, and its signature and claims need checking once, not every time (a token is immutable; what can
   * change, the membership and the credentials version, is read from the database on every request).
   */
  private readonly verified = new Map<string, { payload: JwtPayload; expiresAt: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly credentials: CredentialsService,
    private readonly limiter: ApiRateLimiter,
  ) {
    super();
  }

  /**
   * The role is read from the membership on each request, so a role change or removal takes effect at
   * once; a password change ends every token issued before it.
   */
  async validate(request: FastifyRequest): Promise<Actor | null> {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return null;
    const payload = await this.verify(token);
    if (!payload || typeof payload.sub !== 'string' || typeof payload.wid !== 'string') return null;
    // the request is counted against the user's rate limit by the membership's own statement
    const count = this.limiter.countableWith(rateLimitKeyOf({ userId: payload.sub, apiKeyId: null }, request));
    const found = await this.credentials.actorForToken(payload.sub, payload.wid, payload.ver ?? 0, count ?? undefined);
    if (found?.counted && count) this.limiter.countedBy(request, { key: count.key, ...found.counted });
    return found?.actor ?? null;
  }

  /** The token's payload when it is genuine and unexpired, else null. */
  private async verify(token: string): Promise<JwtPayload | null> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.payload;
    if (known) this.verified.delete(token);
    let payload: JwtPayload & { exp?: number };
    try {
      payload = await this.jwt.verifyAsync<JwtPayload & { exp?: number }>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (typeof payload.exp === 'number') {
      if (this.verified.size >= KEPT_TOKENS) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { payload, expiresAt: payload.exp * 1000 });
    }
    return payload;
  }
}
