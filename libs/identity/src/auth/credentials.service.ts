import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { poolQuery, type Actor, type Role } from '@app/core';
import type { WorkspaceMembershipDto } from '../dto/auth.dto.js';
import { ApiKey, Membership } from '../entities/index.js';
import { incrementSql } from '../rate-limits/rate-limit-store.js';
import { apiKeyMatches, parseApiKey } from './api-key-secret.js';

/** A user's role in a workspace while their credentials version is the token's. */
const MEMBERSHIP = `
  WITH m AS (SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id AND u.credentials_version = $3
              WHERE m.user_id = $1 AND m.workspace_id = $2)`;

/** The membership alone. */
const MEMBERSHIP_ONLY = `${MEMBERSHIP} SELECT role, NULL::bigint AS hits, NULL::bigint AS ttl FROM m`;

/** The membership, and the request counted against key `$4` (window `$5` ms) when it holds. */
const MEMBERSHIP_COUNTED = `${MEMBERSHIP},
  hit AS (${incrementSql('SELECT $4::text AS key, $5::double precision AS window_ms FROM m')})
  SELECT m.role, hit.hits, hit.ttl FROM m LEFT JOIN hit ON true`;

/**
 * Resolves credentials to an Actor. These lookups run before a workspace is known, so they use the
 * service's own connection with an explicit workspace/user filter instead of the tenant role.
 */
@Injectable()
export class CredentialsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A user acting in a workspace they are a member of, with their role there. */
  async actorForUser(userId: string, workspaceId: string): Promise<Actor | null> {
    const membership = await this.dataSource.getRepository(Membership).findOne({ where: { userId, workspaceId } });
    return membership ? { workspaceId, role: membership.role, userId, apiKeyId: null } : null;
  }

  /**
   * A user's access token: valid while the user is a member of the workspace and has not changed their
   * password since the token was issued (`credentialsVersion` is the version the token carries). With
   * `count`, the request is counted against the rate-limit key in the same statement, when the
   * membership holds (every authenticated request asks this: one fixed statement, one round trip).
   */
  async actorForToken(
    userId: string,
    workspaceId: string,
    credentialsVersion: number,
    count?: { key: string; windowMs: number },
  ): Promise<{ actor: Actor; counted?: { current: number; ttl: number } } | null> {
    // on the pool itself: nothing here needs an entity manager
    const [row] = await poolQuery<{ role: Role; hits: number | null; ttl: string | null }>(
      this.dataSource,
      count ? MEMBERSHIP_COUNTED : MEMBERSHIP_ONLY,
      count ? [userId, workspaceId, credentialsVersion, count.key, count.windowMs] : [userId, workspaceId, credentialsVersion],
      count ? 'membership_counted' : 'membership',
    );
    if (!row) return null;
    const actor: Actor = { workspaceId, role: row.role, userId, apiKeyId: null };
    return row.hits === null ? { actor } : { actor, counted: { current: Number(row.hits), ttl: Number(row.ttl) } };
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

  /** Every workspace of a user with the role there, in the order joined. */
  async workspacesOf(userId: string): Promise<WorkspaceMembershipDto[]> {
    const rows = await this.dataSource
      .getRepository(Membership)
      .find({ where: { userId }, relations: { workspace: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((m) => ({ id: m.workspaceId, name: m.workspace?.name ?? '', role: m.role }));
  }
}
