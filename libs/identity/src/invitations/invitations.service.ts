import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  AppException,
  applyWriteContext,
  pageWindow,
  TenantDb,
  toPage,
  writeContext,
  type Actor,
  type Language,
  type AppConfig,
  type AuthConfig,
  type Page,
  type PageQueryDto,
} from '@app/core';
import type {
  AcceptedInvitationDto,
  AcceptInvitationDto,
  CreatedInvitationDto,
  CreateInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
} from '../dto/invitation.dto.js';
import { Invitation, Membership, User, Workspace } from '../entities/index.js';
import { PasswordStrength } from '../auth/password-strength.js';
import { hashPassword } from '../auth/passwords.js';
import { invitationMail } from '../mail/account-emails.js';
import { accountLink, mailedBaseUrl } from '../mail/account-links.js';
import { Mailer } from '../mail/mailer.service.js';
import { hashOpaqueToken, newOpaqueToken } from '../sessions/session-token.js';
import { linkRefusal } from './link-refusal.js';

/** The invitation of a link's token as it stands, with its workspace's name. */
type Found = Invitation & { workspaceName: string };

/**
 * Invitations: an owner invites an email with a role; the link (emailed when SMTP is configured, else
 * handed to the owner) lets the invitee join once, before it expires, setting their password if they have
 * no account yet. Owner actions run in the workspace's tenant transaction; the invitee's, who has no
 * workspace yet, find the invitation by its token's hash on the service's own connection.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDb,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService,
    private readonly strength: PasswordStrength,
    private readonly mailer: Mailer,
  ) {}

  /** Invites an email (a pending invitation for it is replaced); emails the link, or returns it when no mail was sent. */
  async create(actor: Actor, dto: CreateInvitationDto, shownBase: string, lang: Language = 'en'): Promise<CreatedInvitationDto> {
    const email = dto.email.trim().toLowerCase();
    const token = newOpaqueToken();
    const ttlHours = this.config.getOrThrow<AuthConfig>('auth').invitationTtlHours;
    const { invitation, workspaceName } = await this.db.run(actor.workspaceId, async (em) => {
      const member = await em
        .getRepository(Membership)
        .createQueryBuilder('m')
        .innerJoin(User, 'u', 'u.id = m.user_id')
        .where('u.email = :email', { email })
        .getExists();
      if (member) throw new AppException('ALREADY_EXISTS', `${email} is already a member of this workspace`);
      const repo = em.getRepository(Invitation);
      await repo.update({ email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      const saved = await repo.save(
        repo.create({
          workspaceId: actor.workspaceId,
          email,
          role: dto.role,
          secretHash: hashOpaqueToken(token),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + ttlHours * 3_600_000),
        }),
      );
      const workspace = await em.getRepository(Workspace).findOneByOrFail({ id: actor.workspaceId });
      return { invitation: saved, workspaceName: workspace.name };
    });
    const mailed = accountLink('invitation', token, mailedBaseUrl(this.config.getOrThrow<AppConfig>('app').publicBaseUrl));
    const emailSent = await this.mailer.send(invitationMail(email, workspaceName, dto.role, mailed, invitation.expiresAt, lang));
    return { ...toDto(invitation), emailSent, ...(emailSent ? {} : { link: accountLink('invitation', token, shownBase) }) };
  }

  /** Pending invitations (not accepted, revoked or expired), newest first. */
  list(actor: Actor, query: PageQueryDto): Promise<Page<InvitationDto>> {
    const { skip, take } = pageWindow(query);
    return this.db.run(actor.workspaceId, async (em) => {
      const [rows, total] = await em.getRepository(Invitation).findAndCount({
        where: { acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        order: { createdAt: 'DESC', id: 'DESC' },
        skip,
        take,
      });
      return toPage(rows.map(toDto), total, query);
    });
  }

  /** Revokes a pending invitation: its link stops working at once. */
  revoke(actor: Actor, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      const result = await em
        .getRepository(Invitation)
        .update({ id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      if (!result.affected) throw AppException.notFound('Invitation', id);
    });
  }

  /** What a link offers, without using it. */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.usable(this.dataSource.manager, token);
    const existingUser = await this.dataSource.getRepository(User).exists({ where: { email: invitation.email } });
    return {
      workspaceName: invitation.workspaceName,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      existingUser,
    };
  }

  /**
   * Joins the workspace with the invited role, all or nothing: the account is created first when none
   * has the email (with the password given), and the link is used up in the same transaction.
   */
  async accept(dto: AcceptInvitationDto): Promise<AcceptedInvitationDto> {
    const found = await this.usable(this.dataSource.manager, dto.token);
    const hasAccount = await this.dataSource.getRepository(User).exists({ where: { email: found.email } });
    let passwordHash: string | null = null;
    if (!hasAccount) {
      if (!dto.password) {
        throw new AppException('VALIDATION_FAILED', 'Choose a password for your new account', {
          errors: [{ field: 'password', messages: ['password is required to create the account'] }],
        });
      }
      await this.strength.assertStrong(dto.password, [found.email, found.workspaceName], 'password');
      passwordHash = await hashPassword(dto.password);
    }
    return this.dataSource.transaction(async (em) => {
      // locked: of two acceptances at once, the second finds the link used
      const invitation = await this.usable(em, dto.token, true);
      const user = await findOrCreateUser(em, invitation.email, passwordHash);
      const writer = { ...writeContext.current(), workspaceId: null, userId: user.id, apiKeyId: null };
      await applyWriteContext(em, { ...writer, action: 'accept' });
      await em.getRepository(Invitation).update({ id: invitation.id }, { acceptedAt: () => 'now()', acceptedBy: user.id });
      await applyWriteContext(em, { ...writer, action: null });
      const memberships = em.getRepository(Membership);
      if (await memberships.exists({ where: { workspaceId: invitation.workspaceId, userId: user.id } })) {
        throw new AppException('ALREADY_EXISTS', `${user.email} is already a member of this workspace`);
      }
      await memberships.save({ workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role });
      return {
        workspaceId: invitation.workspaceId,
        workspaceName: invitation.workspaceName,
        email: user.email,
        role: invitation.role,
        newUser: passwordHash !== null,
      };
    });
  }

  /** The invitation of a token, or LINK_INVALID (unknown, used, revoked) / LINK_EXPIRED. */
  private async usable(em: EntityManager, token: string, lock = false): Promise<Found> {
    const qb = em
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .innerJoin(Workspace, 'w', 'w.id = i.workspace_id')
      .addSelect('w.name', 'workspace_name')
      .where('i.secret_hash = :hash', { hash: hashOpaqueToken(token) });
    if (lock) qb.setLock('pessimistic_write', undefined, ['i']);
    const { entities, raw } = await qb.getRawAndEntities<{ workspace_name: string }>();
    const invitation = entities[0];
    if (!invitation || invitation.revokedAt || invitation.acceptedAt) throw linkRefusal('invitation', 'invalid');
    if (invitation.expiresAt.getTime() <= Date.now()) throw linkRefusal('invitation', 'expired');
    return Object.assign(invitation, { workspaceName: raw[0].workspace_name });
  }
}

/** The invited user, or a new one with the chosen password (a concurrent signup with the email loses at the unique index). */
async function findOrCreateUser(em: EntityManager, email: string, passwordHash: string | null): Promise<User> {
  const users = em.getRepository(User);
  const existing = await users.findOne({ where: { email } });
  if (existing) return existing;
  if (!passwordHash) throw new AppException('CONFLICT', 'The account changed while accepting; open the link again');
  return users.save({ email, passwordHash, credentialsVersion: 0 }).catch((err: unknown) => {
    if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
      throw new AppException('CONFLICT', 'An account with this email was just created; open the link again');
    }
    throw err;
  });
}

function toDto(i: Invitation): InvitationDto {
  return { id: i.id, email: i.email, role: i.role, invitedBy: i.invitedBy, createdAt: i.createdAt, expiresAt: i.expiresAt };
}
