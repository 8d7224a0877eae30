import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { Actor } from '@app/core';
import { looksLikeApiKey } from './api-key-secret.js';
import { CredentialsService } from './credentials.service.js';

interface HeaderRequest {
  headers: Record<string, string | string[] | undefined>;
}

/** Reads an API key from `X-API-Key` or from `Authorization: Bearer evk_…`. */
export function apiKeyFromRequest(request: HeaderRequest): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() === 'bearer' && token && looksLikeApiKey(token)) return token;
  }
  return null;
}

@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly credentials: CredentialsService) {
    super();
  }

  async validate(request: HeaderRequest): Promise<Actor | null> {
    const key = apiKeyFromRequest(request);
    return key ? this.credentials.actorForApiKey(key) : null;
  }
}
