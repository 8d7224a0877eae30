import { Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { EventScopedEntity } from '../common/event-scoped-entity.js';
import type { DocumentType, MouStatus, Sector } from '../common/vocabulary.js';
import { MouParty } from './mou-party.entity.js';

/** An agreement (an MoU, a cooperation agreement, signed minutes…) signed at an event between two or more organizations. */
@Entity('mous')
@Index(['eventId'])
export class Mou extends EventScopedEntity {
  @Column({ type: 'int', default: 0 })
  ord: number;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  /** what was signed: an MoU, a strategic cooperation agreement, minutes… (see DOCUMENT_TYPES) */
  @Column({ name: 'document_type', type: 'text', default: 'mou' })
  documentType: DocumentType;

  /** fields the agreement covers (sector keys) */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: Sector[];

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

  /** the local date its event starts on, kept by the database (triggers on MoUs and events) */
  @Column({ name: 'event_date', type: 'date', nullable: true, insert: false, update: false })
  eventDate?: string | null;

  /** the date figures and filters use: when it was signed, else its event's date */
  @Column({
    name: 'period_date',
    type: 'date',
    nullable: true,
    generatedType: 'STORED',
    asExpression: 'coalesce("signed_on", "event_date")',
    insert: false,
    update: false,
  })
  periodDate?: string | null;
}
