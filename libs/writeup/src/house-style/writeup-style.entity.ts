import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HouseStyle } from './house-style.js';

/** A workspace's house style for its writeups; a workspace without a row writes in the default style. */
@Entity('writeup_styles')
export class WriteupStyle {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'jsonb' })
  style: HouseStyle;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
