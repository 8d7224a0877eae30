import { Column, Entity } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { EventScopedEntity } from '../common/event-scoped-entity.js';
import type { CountQualifier, GroupUnit } from '../common/vocabulary.js';

/** The unnamed crowd by category, e.g. "over 200 from departments, enterprises and research institutes". */
@Entity('participant_groups')
export class ParticipantGroup extends EventScopedEntity {
  @Column({ type: 'int', default: 0 })
  ord: number;

  @Column({ type: 'jsonb' })
  category: LocalizedText;

  /** null for a group named without a count */
  @Column({ type: 'int', nullable: true })
  count: number | null;

  /** what the count counts: people, or organizations (enterprises, units) */
  @Column({ type: 'text', default: 'people' })
  unit: GroupUnit;

  @Column({ type: 'text', default: 'exact' })
  qualifier: CountQualifier;
}
