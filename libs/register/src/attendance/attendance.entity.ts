import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EventScopedEntity } from '../common/event-scoped-entity.js';
import type { AttendanceRole, AttendanceStatus } from '../common/vocabulary.js';
import { Person } from '../people/person.entity.js';

/** A person at an event: role, side, protocol-order override, status and check-in time. */
@Entity('attendances')
@Index(['eventId', 'personId'], { unique: true })
export class Attendance extends EventScopedEntity {
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;

  @Column({ type: 'text' })
  role: AttendanceRole;

  /** code of one of the event's sides */
  @Column({ type: 'text', nullable: true })
  side: string | null;

  /** explicit place in this event's protocol order; wins over the person's rank */
  @Column({ name: 'protocol_order', type: 'int', nullable: true })
  protocolOrder: number | null;

  @Column({ type: 'text', default: 'registered' })
  status: AttendanceStatus;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  /** 代理出席: the attendance of the principal this attendee stands in for; the deputy keeps the principal's place */
  @Index({ unique: true, where: '"on_behalf_of_id" IS NOT NULL' })
  @Column({ name: 'on_behalf_of_id', type: 'uuid', nullable: true })
  onBehalfOfId: string | null;

  /** the person's protocol rank, copied by the database (triggers on attendances and people) for the sort key */
  @Column({ name: 'person_rank', type: 'int', insert: false, update: false })
  personRank?: number;

  /** the override, or the largest integer when there is none: the first part of the protocol sort key */
  @Column({
    name: 'order_key',
    type: 'int',
    generatedType: 'STORED',
    asExpression: 'coalesce("protocol_order", 2147483647)',
    insert: false,
    update: false,
  })
  orderKey?: number;
}
