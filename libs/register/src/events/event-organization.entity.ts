import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantEntity } from '../common/tenant-entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Event } from './event.entity.js';

/** host (主办), co_host (联合主办), organizer (承办), supporting_organizer (协办). */
export const EVENT_ORGANIZATION_ROLES = ['host', 'co_host', 'organizer', 'supporting_organizer'] as const;
export type EventOrganizationRole = (typeof EVENT_ORGANIZATION_ROLES)[number];

/** An organization's part in running an event: host, co-host, organizer or supporting organizer. */
@Entity('event_organizations')
@Index(['eventId', 'organizationId', 'role'], { unique: true })
export class EventOrganization extends TenantEntity {
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, (e) => e.organizations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<Event>;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'text' })
  role: EventOrganizationRole;

  @Column({ type: 'int', default: 0 })
  ord: number;
}
