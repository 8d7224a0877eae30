import { Column, Entity, Index } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { TenantEntity } from '../common/tenant-entity.js';
import type { OrganizationKind } from '../common/vocabulary.js';

/** A party that appears in events: a government body, an enterprise, a university… Reused across events. */
@Entity('organizations')
export class Organization extends TenantEntity {
  @Column({ type: 'text' })
  kind: OrganizationKind;

  /** e.g. Shandong, Qingdao, Hong Kong */
  @Index()
  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ name: 'short_name', type: 'jsonb', nullable: true })
  shortName: LocalizedText | null;
}
