import { Column, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Event } from '../events/event.entity.js';
import { TenantEntity } from './tenant-entity.js';

/** A record that belongs to one event and goes when the event is deleted. */
export abstract class EventScopedEntity extends TenantEntity {
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<Event>;
}
