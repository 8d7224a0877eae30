import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantEntity } from '../common/tenant-entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { Mou } from './mou.entity.js';

@Entity('mou_parties')
@Index(['mouId', 'organizationId'], { unique: true })
export class MouParty extends TenantEntity {
  @Column({ name: 'mou_id', type: 'uuid' })
  mouId: string;

  @ManyToOne(() => Mou, (m) => m.parties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mou_id' })
  mou?: Relation<Mou>;

  @Column({ type: 'int' })
  ord: number;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Index()
  @Column({ name: 'signatory_id', type: 'uuid', nullable: true })
  signatoryId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signatory_id' })
  signatory?: Relation<Person> | null;
}
