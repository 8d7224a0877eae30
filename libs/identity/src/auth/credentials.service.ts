import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import type { Actor } from '@app/core';
import { ApiKey, Membership } from '../entities/index.js';
import { apiKeyMatches, parseApiKey } from './api-key-secret.js';

/**
 * Resolves credentials to an Actor. These lookups run before a workspace is known, so they use the
 * service's own connection with an explicit workspace/user filter instead of the tenant role.
 */
@Injectable()
export class CredentialsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async actorForUser(userId: string, workspaceId: string): Promise<Actor | null> {
    const membership = await this.dataSource.getRepository(Membership).findOne({ where: { userId, workspaceId } });
    return membership ? { workspaceId, role: membership.role, userId, apiKeyId: null } : null;
  }

  async actorForApiKey(key: string): Promise<Actor | null> {
    const parsed = parseApiKey(key);
    if (!parsed) return null;
    const repo = this.dataSource.getRepository(ApiKey);
    const apiKey = await repo.findOne({ where: { prefix: parsed.prefix, revokedAt: IsNull() } });
    if (!apiKey || !apiKeyMatches(key, apiKey.secretHash)) return null;
    // Last use is informative only; a minute's precision keeps writes rare.
    if (!apiKey.lastUsedAt || Date.now() - apiKey.lastUsedAt.getTime() > 60_000) {
      await repo.update({ id: apiKey.id }, { lastUsedAt: new Date() });
    }
    return { workspaceId: apiKey.workspaceId, role: apiKey.role, userId: null, apiKeyId: apiKey.id };
  }
}
