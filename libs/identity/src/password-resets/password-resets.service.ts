import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppException, TenantDb, type Actor, type AppConfig, type AuthConfig, type Language } from '@app/core';
import type { PasswordResetLinkDto, ResetPasswordDto } from '../dto/password-reset.dto.js';
import { Membership, PasswordReset, User } from '../entities/index.js';
import { PasswordStrength } from '../auth/password-strength.js';
import { hashPassword } from '../auth/passwords.js';
import { linkRefusal } from '../invitations/link-refusal.js';
import { passwordResetMail } from '../mail/account-emails.js';
import { accountLink, mailedBaseUrl } from '../mail/account-links.js';
import { Mailer } from '../mail/mailer.service.js';
import { AuthService } from '../auth/auth.service.js';
import { hashOpaqueToken, newOpaqueToken } from '../sessions/session-token.js';

/**
 * Password reset by one-time link. Asked for by email, the answer never tells whether an account has the
 * address: the link goes by email (or, without SMTP, to the operator's log), never to whoever asked. An
 * owner may also make a link for a member of their workspace, to pass on. Using a link sets the password
 * as a password change does: every session and access token of the user ends.
 */
@Injectable()
export class PasswordResetsService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: TenantDb,
    private readonly config: ConfigService,
    private readonly strength: PasswordStrength,
    private readonly mailer: Mailer,
    private readonly auth: AuthService,
  ) {}

  private mailedBase(): string {
    return mailedBaseUrl(this.config.getOrThrow<AppConfig>('app').publicBaseUrl);
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.getOrThrow<AuthConfig>('auth').passwordResetTtlMinutes * 60_000);
  }

  /**
   * Sends a link if an account has the email; does nothing otherwise. Callers do not wait for it, so the
   * answer takes as long either way.
   */
  async request(email: string, lang: Language = 'en'): Promise<void> {
    const address = email.trim().toLowerCase();
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, email: true }, where: { email: address } });
    if (!user) return;
    const token = newOpaqueToken();
    const expiresAt = this.expiry();
    await this.dataSource.getRepository(PasswordReset).insert({ userId: user.id, secretHash: hashOpaqueToken(token), expiresAt });
    const link = accountLink('passwordReset', token, this.mailedBase());
    if (await this.mailer.send(passwordResetMail(user.email, link, expiresAt, lang))) return;
    // no SMTP (or it refused): the operator passes the link on (relative without PUBLIC_BASE_URL), after checking who asks
    this.logger.warn(`password reset link for ${user.email} (not emailed; pass it on only to its owner): ${link}`);
  }

  /** An owner's link for a member of their workspace: emailed to the member, else returned to pass on. */
  async createForMember(actor: Actor, userId: string, shownBase: string, lang: Language = 'en'): Promise<PasswordResetLinkDto> {
    const token = newOpaqueToken();
    const expiresAt = this.expiry();
    const email = await this.db.run(actor.workspaceId, async (em) => {
      const membership = await em.getRepository(Membership).findOne({ where: { userId } });
      if (!membership) throw AppException.notFound('Member', userId);
      const user = await em.getRepository(User).findOneOrFail({ select: { id: true, email: true }, where: { id: userId } });
      // the tenant role may insert a link for its workspace but never read links back
      await em.query(
        `INSERT INTO password_resets (id, user_id, secret_hash, expires_at, workspace_id, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), userId, hashOpaqueToken(token), expiresAt, actor.workspaceId, actor.userId],
      );
      return user.email;
    });
    const emailSent = await this.mailer.send(
      passwordResetMail(email, accountLink('passwordReset', token, this.mailedBase()), expiresAt, lang),
    );
    return { emailSent, expiresAt, ...(emailSent ? {} : { link: accountLink('passwordReset', token, shownBase) }) };
  }

  /**
   * Sets the new password with a link, once: the link and every other open link of the user are used up,
   * and every session and access token of the user ends, in one transaction.
   */
  async reset(dto: ResetPasswordDto): Promise<void> {
    const hash = hashOpaqueToken(dto.token);
    const resets = this.dataSource.getRepository(PasswordReset);
    const found = await resets.findOne({ where: { secretHash: hash } });
    if (!found || found.usedAt) throw linkRefusal('password reset', 'invalid');
    if (found.expiresAt.getTime() <= Date.now()) throw linkRefusal('password reset', 'expired');
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: found.userId });
    await this.strength.assertStrong(dto.newPassword, [user.email], 'newPassword');
    const passwordHash = await hashPassword(dto.newPassword);
    await this.dataSource.transaction(async (em) => {
      // the one statement that uses the link: of two uses at once, one finds it used
      const [used] = await em.query<[{ id: string }[], number]>(
        `UPDATE password_resets SET used_at = now() WHERE secret_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
        [hash],
      );
      if (used.length === 0) throw linkRefusal('password reset', 'invalid');
      await em.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      await this.auth.replacePassword(em, user.id, passwordHash);
    });
  }
}
