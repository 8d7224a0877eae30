import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from './user.entity.js';
import { Workspace } from './workspace.entity.js';

/**
 * A browser session. The cookie holds a random token; only its SHA-256 hash is stored (as the id), so a
 * read of this table gives no one a usable cookie.
 */
@Entity('sessions')
@Index(['workspaceId', 'userId'])
export class Session {
  /** hex SHA-256 of the cookie's token */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** the workspace the session acts in; switched with PUT /auth/session/workspace */
  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  /** synchronizer token sent back in X-CSRF-Token on every state-changing request */
  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  /** the user's credentials version when the session began; a password change elsewhere moves it on */
  @Column({ name: 'credentials_version', type: 'integer' })
  credentialsVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** refreshed at most once a minute; the idle timeout counts from here */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** absolute end, however active the session is */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
