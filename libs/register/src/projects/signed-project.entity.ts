import { Column, Entity, Index } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { EventScopedEntity } from '../common/event-scoped-entity.js';
import type { ProjectStatus, Sector } from '../common/vocabulary.js';

/** A cooperation project signed at an event. */
@Entity('signed_projects')
@Index(['eventId'])
export class SignedProject extends EventScopedEntity {
  @Column({ type: 'int', default: 0 })
  ord: number;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Index()
  @Column({ type: 'text', nullable: true })
  sector: Sector | null;

  /** decimal string, e.g. "12500000.00" */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  amount: string | null;

  /** ISO 4217, e.g. CNY, HKD */
  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'text', default: 'signed' })
  status: ProjectStatus;

  /** organizations that signed, in order */
  @Column({ name: 'party_ids', type: 'uuid', array: true, default: () => "'{}'" })
  partyIds: string[];

  /** the local date its event starts on, kept by the database (triggers on signed projects and events) */
  @Column({ name: 'event_date', type: 'date', nullable: true, insert: false, update: false })
  eventDate?: string | null;
}
