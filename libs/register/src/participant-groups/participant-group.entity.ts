import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { TenantEntity } from '../common/tenant-entity.js';
import type { CountQualifier } from '../common/vocabulary.js';
import { Event } from '../events/event.entity.js';

/** The unnamed crowd by category, e.g. "over 200 from departments, enterprises and research institutes". */
@Entity('participant_groups')
export class ParticipantGroup extends TenantEntity {
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<Event>;

  @Column({ type: 'int', default: 0 })
  ord: number;

  @Column({ type: 'jsonb' })
  category: LocalizedText;

  @Column({ type: 'int' })
  count: number;

  @Column({ type: 'text', default: 'exact' })
  qualifier: CountQualifier;
}
