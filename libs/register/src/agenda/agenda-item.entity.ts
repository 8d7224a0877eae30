import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { EventScopedEntity } from '../common/event-scoped-entity.js';
import type { AgendaKind } from '../common/vocabulary.js';
import { Organization } from '../organizations/organization.entity.js';

/** An ordered segment of an event. */
@Entity('agenda_items')
@Index(['eventId', 'ord'])
export class AgendaItem extends EventScopedEntity {
  @Column({ type: 'int' })
  ord: number;

  @Column({ type: 'text' })
  kind: AgendaKind;

  @Column({ type: 'jsonb', nullable: true })
  title: LocalizedText | null;

  /** what was unveiled, the place visited, the policies presented */
  @Column({ type: 'jsonb', nullable: true })
  subject: LocalizedText | null;

  /** a sentence or two the organizer wrote about the segment */
  @Column({ type: 'jsonb', nullable: true })
  summary: LocalizedText | null;

  /** people who performed the segment: unveiled the plaque, declared the meeting open, led the visit */
  @Column({ name: 'performer_ids', type: 'uuid', array: true, default: () => "'{}'" })
  performerIds: string[];

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization> | null;
}
