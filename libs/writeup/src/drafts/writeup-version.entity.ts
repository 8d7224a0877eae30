import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WriteupDraft } from './writeup-draft.entity.js';

export const VERSION_SOURCES = ['generated', 'edited'] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

/** One saved text of a draft. Versions are never changed; an edit or a regeneration adds one. */
@Entity('writeup_versions')
@Index(['draftId', 'version'], { unique: true })
export class WriteupVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => WriteupDraft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id' })
  draft?: Relation<WriteupDraft>;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  source: VersionSource;

  @Column({ type: 'text' })
  headline: string;

  /** Markdown body */
  @Column({ type: 'text' })
  body: string;

  /** fingerprint of the records it was generated from (generated versions only) */
  @Column({ name: 'records_fingerprint', type: 'text', nullable: true })
  recordsFingerprint: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
