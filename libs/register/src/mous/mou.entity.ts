import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { TenantEntity } from '../common/tenant-entity.js';
import type { MouStatus } from '../common/vocabulary.js';
import { Event } from '../events/event.entity.js';
import { MouParty } from './mou-party.entity.js';

/** A memorandum of understanding signed at an event between two or more organizations. */
@Entity('mous')
export class Mou extends TenantEntity {
  @Index()
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<Event>;

  @Column({ type: 'int', default: 0 })
  ord: number;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  purpose: LocalizedText | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ type: 'text', default: 'signed' })
  status: MouStatus;

  /** people who witnessed the signing, in protocol order as entered */
  @Column({ name: 'witness_ids', type: 'uuid', array: true, default: () => "'{}'" })
  witnessIds: string[];

  @OneToMany(() => MouParty, (p) => p.mou, { cascade: true })
  parties?: Relation<MouParty>[];
}
