import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException, type AuthConfig, type Role } from '@app/core';
import type { SessionDto } from '../dto/session.dto.js';
import { Session, User } from '../entities/index.js';
import { CredentialsService } from '../auth/credentials.service.js';
import { hashOpaqueToken, looksLikeOpaqueToken, newOpaqueToken } from './session-token.js';

/** A live session as a request sees it: who, where, with which role, and its CSRF token. */
export interface ActiveSession {
  id: string;
  userId: string;
  workspaceId: string;
  role: Role;
  csrfToken: string;
}

/** `lastSeenAt` is written at most this often, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Server-side browser sessions. The cookie carries a random token; the table keeps its SHA-256 hash, the
 * user, the workspace, the CSRF token, and when it began, was last used, expires or was revoked.
 * These lookups run before a workspace is known, so they use the service's own connection.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: CredentialsService,
    private readonly config: ConfigService,
  ) {}

  private get limits(): { idle: number; absolute: number } {
    const auth = this.config.getOrThrow<AuthConfig>('auth');
    return { idle: auth.sessionIdleTimeoutSeconds, absolute: auth.sessionAbsoluteTimeoutSeconds };
  }

  /** Cookie lifetime: the absolute limit (the server ends idle sessions itself). */
  get cookieMaxAgeSeconds(): number {
    return this.limits.absolute;
  }

  /** Starts a session; returns the token for the cookie (never stored). The user's dead sessions are cleared away. */
  async start(user: Pick<User, 'id' | 'credentialsVersion'>, workspaceId: string): Promise<{ token: string; csrfToken: string }> {
    const token = newOpaqueToken();
    const id = hashOpaqueToken(token);
    const csrfToken = newOpaqueToken();
    const { idle, absolute } = this.limits;
    await this.dataSource.transaction(async (em) => {
      await em.query(
        `DELETE FROM sessions WHERE user_id = $1
           AND (revoked_at IS NOT NULL OR expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $2))`,
        [user.id, idle],
      );
      await em.getRepository(Session).insert({
        id,
        userId: user.id,
        workspaceId,
        csrfToken,
        credentialsVersion: user.credentialsVersion,
        expiresAt: new Date(Date.now() + absolute * 1000),
      });
    });
    return { token, csrfToken };
  }

  /**
   * The live session for a cookie token, or null when it is unknown, revoked, idle too long, past its
   * absolute end, from before a password change, or its user is no longer a member of its workspace.
   */
  async resolve(token: string | null): Promise<ActiveSession | null> {
    if (!looksLikeOpaqueToken(token)) return null;
    const id = hashOpaqueToken(token);
    const rows = await this.dataSource.query<
      { user_id: string; workspace_id: string; csrf_token: string; role: Role; last_seen_at: Date }[]
    >(
      `SELECT s.user_id, s.workspace_id, s.csrf_token, s.last_seen_at, m.role
           FROM sessions s
           JOIN users u ON u.id = s.user_id AND u.credentials_version = s.credentials_version
           JOIN memberships m ON m.user_id = s.user_id AND m.workspace_id = s.workspace_id
          WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(secs => $2)`,
      [id, this.limits.idle],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [id]);
    }
    return { id, userId: row.user_id, workspaceId: row.workspace_id, role: row.role, csrfToken: row.csrf_token };
  }

  /** Ends a session on the server; its cookie stops working at once. */
  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId }, { revokedAt: new Date() });
  }

  /** Moves a session to another workspace of its user (same session, same CSRF token). */
  async switchWorkspace(session: ActiveSession, workspaceId: string): Promise<SessionDto> {
    const workspaces = await this.credentials.workspacesOf(session.userId);
    if (!workspaces.some((w) => w.id === workspaceId)) {
      throw new AppException('NOT_A_MEMBER', 'You are not a member of that workspace', { workspaceId });
    }
    await this.dataSource.getRepository(Session).update({ id: session.id }, { workspaceId });
    return this.describe({ ...session, workspaceId });
  }

  /**
   * After a password change (inside its transaction): every other session of the user ends, and the current
   * one, if any, continues under a new token with the new credentials version. Returns that new token.
   */
  async afterPasswordChange(
    em: EntityManager,
    userId: string,
    credentialsVersion: number,
    currentId?: string | null,
  ): Promise<string | null> {
    await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id <> $2`, [
      userId,
      currentId ?? '',
    ]);
    if (!currentId) return null;
    const token = newOpaqueToken();
    await em.query(`UPDATE sessions SET id = $1, credentials_version = $2, last_seen_at = now() WHERE id = $3 AND revoked_at IS NULL`, [
      hashOpaqueToken(token),
      credentialsVersion,
      currentId,
    ]);
    return token;
  }

  async describe(session: Pick<ActiveSession, 'userId' | 'workspaceId' | 'csrfToken'>): Promise<SessionDto> {
    const [user, workspaces] = await Promise.all([
      this.dataSource.getRepository(User).findOneOrFail({ select: { id: true, email: true }, where: { id: session.userId } }),
      this.credentials.workspacesOf(session.userId),
    ]);
    const workspace = workspaces.find((w) => w.id === session.workspaceId);
    if (!workspace) throw new AppException('UNAUTHENTICATED', 'The session has ended; sign in again');
    return { user: { id: user.id, email: user.email }, workspace, workspaces, csrfToken: session.csrfToken };
  }
}
