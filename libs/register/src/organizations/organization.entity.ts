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

  /** the names in every language, lower case without spaces, kept by the database for substring search (trigram index) */
  @Column({
    name: 'search_name',
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'search_text("name") || \'|\' || search_text("short_name")',
    insert: false,
    update: false,
    select: false,
  })
  searchName?: string;
}
