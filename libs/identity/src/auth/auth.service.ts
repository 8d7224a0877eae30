import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { AppException, applyWriteContext, writeContext, type Actor, type AuthConfig } from '@app/core';
import type { ChangePasswordDto, LoginDto, MeResponseDto, SignupDto, TokenResponseDto, WorkspaceMembershipDto } from '../dto/auth.dto.js';
import { Membership, User, Workspace } from '../entities/index.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { CredentialsService } from './credentials.service.js';
import type { JwtPayload } from './jwt.strategy.js';
import { PasswordStrength } from './password-strength.js';
import { hashPassword, verifyPassword } from './passwords.js';

const emailTaken = () => new AppException('EMAIL_TAKEN', 'A user with this email already exists; log in instead');

/** A user who proved their password, the workspace they chose, and all their workspaces. */
export interface VerifiedLogin {
  user: User;
  workspaceId: string;
  workspaces: WorkspaceMembershipDto[];
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
    private readonly credentials: CredentialsService,
    private readonly sessions: SessionsService,
    private readonly strength: PasswordStrength,
  ) {}

  /** Creates a user, a workspace they own, and returns a token for it; all or nothing. */
  async signup(dto: SignupDto): Promise<TokenResponseDto> {
    const email = dto.email.trim().toLowerCase();
    await this.strength.assertStrong(dto.password, [email, dto.workspaceName], 'password');
    const passwordHash = await hashPassword(dto.password);
    const { user, workspace } = await this.dataSource.transaction(async (manager) => {
      const taken = await manager.getRepository(User).exists({ where: { email } });
      if (taken) throw emailTaken();
      // a concurrent signup with the same email loses at the unique index
      const user = await manager
        .getRepository(User)
        .save({ email, passwordHash, credentialsVersion: 0 })
        .catch((err: unknown) => {
          throw err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505' ? emailTaken() : err;
        });
      // the audit log names the new user as the one who created the workspace and its membership
      await applyWriteContext(manager, { ...writeContext.current(), workspaceId: null, userId: user.id, apiKeyId: null });
      const workspace = await manager.getRepository(Workspace).save({ name: dto.workspaceName.trim() });
      await manager.getRepository(Membership).save({ userId: user.id, workspaceId: workspace.id, role: 'owner' });
      return { user, workspace };
    });
    return this.issue(user, workspace.id);
  }

  async login(dto: LoginDto): Promise<TokenResponseDto> {
    const { user, workspaceId, workspaces } = await this.verifyLogin(dto);
    return this.issue(user, workspaceId, workspaces);
  }

  /** Checks email and password and the chosen workspace (the first joined when none is given). */
  async verifyLogin(dto: LoginDto): Promise<VerifiedLogin> {
    const email = dto.email.trim().toLowerCase();
    const user = await this.dataSource.getRepository(User).findOne({ where: { email } });
    const valid = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !valid) throw new AppException('INVALID_CREDENTIALS', 'Email or password is wrong');
    const workspaces = await this.credentials.workspacesOf(user.id);
    if (workspaces.length === 0) throw new AppException('NOT_A_MEMBER', 'This user belongs to no workspace');
    const chosen = dto.workspaceId ?? workspaces[0].id;
    if (!workspaces.some((w) => w.id === chosen)) {
      throw new AppException('NOT_A_MEMBER', 'This user is not a member of that workspace', { workspaceId: chosen });
    }
    return { user, workspaceId: chosen, workspaces };
  }

  /**
   * A signed-in user changes their own password. Every access token issued before it and every other
   * session of the user stop working at once; a session making the change continues under a new token,
   * which is returned for the cookie.
   */
  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<{ sessionToken: string | null }> {
    if (!actor.userId) throw new AppException('FORBIDDEN', 'API keys have no password; sign in as a user');
    const userId = actor.userId;
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      throw new AppException('INVALID_CREDENTIALS', 'The current password is wrong');
    }
    await this.strength.assertStrong(dto.newPassword, [user.email], 'newPassword');
    const passwordHash = await hashPassword(dto.newPassword);
    return this.dataSource.transaction(async (em) => ({
      sessionToken: await this.replacePassword(em, userId, passwordHash, actor.sessionId),
    }));
  }

  /**
   * Stores a new password hash inside the caller's transaction. Every access token issued before it and
   * every session of the user end, except the current one, if any, which continues under the returned token.
   */
  async replacePassword(em: EntityManager, userId: string, passwordHash: string, currentSessionId?: string | null): Promise<string | null> {
    const [rows] = await em.query<[{ credentials_version: number }[], number]>(
      `UPDATE users SET password_hash = $1, credentials_version = credentials_version + 1 WHERE id = $2 RETURNING credentials_version`,
      [passwordHash, userId],
    );
    return this.sessions.afterPasswordChange(em, userId, rows[0].credentials_version, currentSessionId);
  }

  async me(actor: Actor): Promise<MeResponseDto> {
    const workspace = await this.dataSource
      .getRepository(Workspace)
      .findOneOrFail({ select: { id: true, name: true }, where: { id: actor.workspaceId } });
    const user = actor.userId
      ? await this.dataSource.getRepository(User).findOne({ select: { id: true, email: true }, where: { id: actor.userId } })
      : null;
    return {
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      role: actor.role,
      userId: actor.userId,
      email: user?.email ?? null,
      apiKeyId: actor.apiKeyId,
    };
  }

  private async issue(
    user: Pick<User, 'id' | 'credentialsVersion'>,
    workspaceId: string,
    workspaces?: WorkspaceMembershipDto[],
  ): Promise<TokenResponseDto> {
    const all = workspaces ?? (await this.credentials.workspacesOf(user.id));
    const ttl = this.config.getOrThrow<AuthConfig>('auth').jwtTtlSeconds;
    const payload: JwtPayload = { sub: user.id, wid: workspaceId, ver: user.credentialsVersion ?? 0 };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: ttl });
    const role = all.find((w) => w.id === workspaceId)?.role ?? 'official';
    return { accessToken, tokenType: 'Bearer', expiresIn: ttl, workspaceId, role, workspaces: all };
  }
}
