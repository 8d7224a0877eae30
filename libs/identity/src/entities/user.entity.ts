import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person who signs in. Not a tenant record: one user may belong to several workspaces. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** stored lower-cased */
  @Column({ type: 'citext', unique: true })
  email: string;

  /** argon2id hash */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /**
   * Raised by every password change. Access tokens carry the version they were issued under and sessions
   * store it, so both stop working at once when it moves on.
   */
  @Column({ name: 'credentials_version', type: 'integer', default: 0 })
  credentialsVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
