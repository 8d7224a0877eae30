import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@app/core';
import type { Convention } from './conventions.js';
import type { AssignedSeat, Layout, Pin, PlanKind } from './layout.js';

/**
 * A seating plan of an event: its layout, the convention that seats it from the protocol order, the seats
 * pinned by hand (kept when the assignment runs again) and the seats as last assigned.
 */
@Entity('seating_plans')
@Index(['eventId', 'ord', 'createdAt'])
export class SeatingPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'int', default: 0 })
  ord: number;

  /** what the office calls it: 主席台 / 壇上 / Head table */
  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'text' })
  kind: PlanKind;

  @Column({ type: 'text' })
  convention: Convention;

  @Column({ type: 'jsonb' })
  layout: Layout;

  /** the event's side that hosts; the event's first side when null */
  @Column({ name: 'host_side', type: 'text', nullable: true })
  hostSide: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  pins: Pin[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  seats: AssignedSeat[];

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt: Date | null;
}
