import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AppException, pageWindow, TenantDb, toPage, type Actor, type Page, type PageQueryDto } from '@app/core';
import type { AddMemberDto, MemberDto, UpdateMemberDto } from '../dto/member.dto.js';
import { Membership, Session, User } from '../entities/index.js';
import { PasswordStrength } from '../auth/password-strength.js';
import { hashPassword } from '../auth/passwords.js';

@Injectable()
export class MembersService {
  constructor(
    private readonly db: TenantDb,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly strength: PasswordStrength,
  ) {}

  /** Members in the order they joined (the user id breaks ties, so pages never overlap). */
  list(actor: Actor, query: PageQueryDto): Promise<Page<MemberDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { skip, take } = pageWindow(query);
      const [rows, total] = await em.getRepository(Membership).findAndCount({ order: { createdAt: 'ASC', userId: 'ASC' }, skip, take });
      const emails = await emailsOf(
        em,
        rows.map((m) => m.userId),
      );
      return toPage(
        rows.map((m) => toDto(m, emails.get(m.userId))),
        total,
        query,
      );
    });
  }

  /** Adds an existing user, or creates one with the given initial password (which must be strong). */
  async add(actor: Actor, dto: AddMemberDto): Promise<MemberDto> {
    const email = dto.email.trim().toLowerCase();
    if (dto.password) await this.strength.assertStrong(dto.password, [email], 'password');
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    // One transaction: the user is found or created first, then the same transaction enters the workspace.
    return this.dataSource.transaction(async (system) => {
      const user = await findOrCreateUser(system, email, passwordHash);
      return this.db.enter(actor.workspaceId, system, (em) => this.addMembership(em, actor, user, dto));
    });
  }

  private async addMembership(em: EntityManager, actor: Actor, user: User, dto: AddMemberDto): Promise<MemberDto> {
    const repo = em.getRepository(Membership);
    if (await repo.exists({ where: { userId: user.id } })) {
      throw new AppException('ALREADY_EXISTS', `${user.email} is already a member of this workspace`);
    }
    const membership = await repo.save({ userId: user.id, workspaceId: actor.workspaceId, role: dto.role });
    return toDto(membership, user.email);
  }

  update(actor: Actor, userId: string, dto: UpdateMemberDto): Promise<MemberDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const membership = await this.get(em, userId);
      if (membership.role === 'owner' && dto.role !== 'owner') await this.assertAnotherOwner(em, userId);
      membership.role = dto.role;
      await em.getRepository(Membership).save(membership);
      return toDto(membership, (await emailsOf(em, [userId])).get(userId));
    });
  }

  /** Removes a member; their browser sessions in this workspace end in the same transaction. */
  remove(actor: Actor, userId: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      const membership = await this.get(em, userId);
      if (membership.role === 'owner') await this.assertAnotherOwner(em, userId);
      await em.getRepository(Membership).delete({ id: membership.id });
      await em.getRepository(Session).update({ workspaceId: actor.workspaceId, userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    });
  }

  private async get(em: EntityManager, userId: string): Promise<Membership> {
    const membership = await em.getRepository(Membership).findOne({ where: { userId } });
    if (!membership) throw AppException.notFound('Member', userId);
    return membership;
  }

  private async assertAnotherOwner(em: EntityManager, userId: string): Promise<void> {
    // locked, so two owners demoting each other at once cannot leave the workspace without one
    const owners = await em.getRepository(Membership).find({ where: { role: 'owner' }, lock: { mode: 'pessimistic_write' } });
    if (!owners.some((o) => o.userId !== userId)) {
      throw new AppException('LAST_OWNER', 'A workspace needs at least one owner; make someone else owner first');
    }
  }
}

/** Users are not tenant records: they are looked up and created before the transaction enters the workspace. */
async function findOrCreateUser(system: EntityManager, email: string, passwordHash?: string): Promise<User> {
  const users = system.getRepository(User);
  const existing = await users.findOne({ where: { email } });
  if (existing) return existing;
  if (!passwordHash) {
    throw new AppException('NOT_FOUND', `No user has the email ${email}; invite them instead (POST /invitations)`, {
      resource: 'User',
    });
  }
  return users.save({ email, passwordHash });
}

/** The tenant role may read only the id and email of users, never their password hashes. */
async function emailsOf(em: EntityManager, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await em.getRepository(User).find({ select: { id: true, email: true }, where: { id: In(userIds) } });
  return new Map(users.map((u) => [u.id, u.email]));
}

function toDto(m: Membership, email = ''): MemberDto {
  return { userId: m.userId, email, role: m.role, createdAt: m.createdAt };
}
