import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { TenantEntity } from '../common/tenant-entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from './person.entity.js';

/** One (title, organization) pair of a person, in the order they are stated. */
@Entity('positions')
@Index(['personId', 'ord'], { unique: true })
export class Position extends TenantEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, (p) => p.positions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;

  @Column({ type: 'int' })
  ord: number;

  /** The title as said before or after the name, e.g. 副省长 / Vice Governor */
  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization> | null;
}
