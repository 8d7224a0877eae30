import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { poolQuery, SendGroups, type Actor, type Grouped, type Role } from '@app/core';
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

/** The membership, and `$6` requests counted against key `$4` (window `$5` ms) when it holds. */
const MEMBERSHIP_COUNTED = `${MEMBERSHIP},
  hit AS (${incrementSql('SELECT $4::text AS key, $5::double precision AS window_ms, $6::int AS n FROM m')})
  SELECT m.role, hit.hits, hit.ttl FROM m LEFT JOIN hit ON true`;

/** A token's credential check: the user, the workspace and credentials version it names, and its request's count. */
interface TokenCheck {
  userId: string;
  workspaceId: string;
  credentialsVersion: number;
  count?: { key: string; windowMs: number };
}

/** The actor a token stands for, with its request's count when it was counted. */
type TokenActor = { actor: Actor; counted?: { current: number; ttl: number } };

/**
 * Resolves credentials to an Actor. These lookups run before a workspace is known, so they use the
 * service's own connection with an explicit workspace/user filter instead of the tenant role.
 */
@Injectable()
export class CredentialsService {
  /** Checks of the same token sent at the same time: one statement for each group (see actorForToken). */
  private readonly tokenChecks = new SendGroups<TokenCheck, TokenActor | null>((_, group) => this.checkTokens(group));

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
  actorForToken(
    userId: string,
    workspaceId: string,
    credentialsVersion: number,
    count?: { key: string; windowMs: number },
  ): Promise<TokenActor | null> {
    // the checks of one token that come together (a desk's taps, a client's parallel requests: in one turn of
    // the event loop, or while its check is under way) are one statement, which answers and counts them all
    const key = JSON.stringify([userId, workspaceId, credentialsVersion, count?.key, count?.windowMs]);
    return this.tokenChecks.add(key, { userId, workspaceId, credentialsVersion, count });
  }

  /**
   * One check for a group of the same token's requests, each counted in turn. It throws only when the database
   * fails it, and then every check of the token waiting behind it is refused too (see SendGroups).
   */
  private async checkTokens(group: Grouped<TokenCheck, TokenActor | null>[]): Promise<void> {
    const { userId, workspaceId, credentialsVersion, count } = group[0].item;
    // on the pool itself: nothing here needs an entity manager
    const [row] = await poolQuery<{ role: Role; hits: number | null; ttl: string | null }>(
      this.dataSource,
      count ? MEMBERSHIP_COUNTED : MEMBERSHIP_ONLY,
      count
        ? [userId, workspaceId, credentialsVersion, count.key, count.windowMs, group.length]
        : [userId, workspaceId, credentialsVersion],
      count ? 'membership_counted' : 'membership',
    );
    group.forEach(({ resolve }, i) => {
      if (!row) return resolve(null);
      const actor: Actor = { workspaceId, role: row.role, userId, apiKeyId: null };
      // the group's requests were counted together: each has the count it would have had in its turn
      const current = Number(row.hits) - (group.length - 1 - i);
      resolve(row.hits === null ? { actor } : { actor, counted: { current, ttl: Number(row.ttl) } });
    });
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
