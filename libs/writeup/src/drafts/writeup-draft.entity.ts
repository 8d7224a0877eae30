import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '@app/core';

export const DRAFT_STATUSES = ['draft', 'published'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** A writeup an organizer saved to edit and publish. Its text lives in versions; this row points at the current one. */
@Entity('writeup_drafts')
@Index(['workspaceId', 'eventId'])
export class WriteupDraft {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  lang: Language;

  @Column({ type: 'text', default: 'draft' })
  status: DraftStatus;

  /** number of the latest version */
  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion: number;

  /** number of the version officials read, once published */
  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion: number | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
