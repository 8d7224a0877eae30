import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { TenantEntity } from '../common/tenant-entity.js';
import type { DocumentType, EventKind, EventStatus, Sector, SigningTotalKind } from '../common/vocabulary.js';
import { EventOrganization } from './event-organization.entity.js';

export interface EventSide {
  /** short key used by attendance records, e.g. `shandong` */
  code: string;
  name: LocalizedText;
}

/** A batch of signings stated as a total, without a record per project or agreement ("31 projects worth 12.6 billion yuan"). */
export interface SigningTotal {
  kind: SigningTotalKind;
  count: number;
  /** exact, about, over, nearly */
  qualifier: 'exact' | 'about' | 'over' | 'nearly';
  /** what they are, e.g. 重点项目 / key projects, 三方合作协议 / three-party cooperation agreements */
  category?: LocalizedText | null;
  /** for agreements: what was signed */
  documentType?: DocumentType | null;
  /** decimal string */
  amount?: string | null;
  currency?: string | null;
  /** number of sectors the batch covers */
  sectorCount?: number | null;
  /** a figure to date (all signings so far), not only this event's */
  cumulative?: boolean;
}

@Entity('events')
@Index(['workspaceId', 'startsAt'])
export class Event extends TenantEntity {
  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'text' })
  kind: EventKind;

  @Column({ type: 'text', default: 'draft' })
  status: EventStatus;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  /** IANA time zone the event's local times are in, e.g. Asia/Shanghai */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ type: 'jsonb', nullable: true })
  venue: LocalizedText | null;

  @Column({ type: 'jsonb', nullable: true })
  city: LocalizedText | null;

  @Column({ type: 'jsonb', nullable: true })
  theme: LocalizedText | null;

  /** the sides the event brings together, e.g. Shandong and Hong Kong */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sides: EventSide[];

  /** the event this one is a session of (an expo, a forum week) */
  @Index()
  @Column({ name: 'parent_event_id', type: 'uuid', nullable: true })
  parentEventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_event_id' })
  parentEvent?: Relation<Event> | null;

  /** fields the event is about (sector keys) */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: Sector[];

  /** one-line facts to state, e.g. gifts exchanged, "the first city to…" */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  facts: LocalizedText[];

  /** signings stated as totals */
  @Column({ name: 'signing_totals', type: 'jsonb', default: () => "'[]'" })
  signingTotals: SigningTotal[];

  @OneToMany(() => EventOrganization, (h) => h.event, { cascade: true })
  organizations?: Relation<EventOrganization>[];
}
