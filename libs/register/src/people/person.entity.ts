import { Column, Entity, OneToMany, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { TenantEntity } from '../common/tenant-entity.js';
import { Position } from './position.entity.js';

/** An official or guest, with ordered positions and a default protocol rank (1 = most senior). */
@Entity('people')
export class Person extends TenantEntity {
  @Column({ type: 'jsonb' })
  name: LocalizedText;

  /** the family name as used on later mentions (Song, 宋, ソン), when the name alone does not tell it */
  @Column({ name: 'family_name', type: 'jsonb', nullable: true })
  familyName: LocalizedText | null;

  /** the name's reading in kana (そう ぐんけい), for Japanese 五十音 order */
  @Column({ type: 'text', nullable: true })
  reading: string | null;

  @Column({ name: 'protocol_rank', type: 'int', default: 1000 })
  protocolRank: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @OneToMany(() => Position, (p) => p.person, { cascade: true })
  positions?: Relation<Position>[];

  /** the names in every language, lower case without spaces, kept by the database for substring search (trigram index) */
  @Column({
    name: 'search_name',
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'search_text("name")',
    insert: false,
    update: false,
    select: false,
  })
  searchName?: string;
}
