import { Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { TenantEntity } from '../common/tenant-entity.js';
import type { EventKind, EventStatus } from '../common/vocabulary.js';
import { EventOrganization } from './event-organization.entity.js';

export interface EventSide {
  /** short key used by attendance records, e.g. `shandong` */
  code: string;
  name: LocalizedText;
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

  @OneToMany(() => EventOrganization, (h) => h.event, { cascade: true })
  organizations?: Relation<EventOrganization>[];
}
