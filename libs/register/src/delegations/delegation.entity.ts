import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { LocalizedText } from '@app/core';
import { Attendance } from '../attendance/attendance.entity.js';
import { EventScopedEntity } from '../common/event-scoped-entity.js';

/**
 * A side's delegation at an event: who leads it and how many it counts ("a 12-member delegation led by …"). Its members are
 * the attendees of the same side; `size` states the number the delegation gives, which may exceed those recorded.
 */
@Entity('delegations')
@Index(['eventId', 'side'], { unique: true, where: '"side" IS NOT NULL' })
export class Delegation extends EventScopedEntity {
  @Column({ type: 'int', default: 0 })
  ord: number;

  /** code of the event's side the delegation comes from; its attendees are the members */
  @Column({ type: 'text', nullable: true })
  side: string | null;

  /** its own name, e.g. 大阪府经济代表团 / Osaka Prefecture economic delegation; the side's name is used when absent */
  @Column({ type: 'jsonb', nullable: true })
  name: LocalizedText | null;

  /** the head of the delegation (团长 / 団長), an attendee of the event */
  @Index()
  @Column({ name: 'head_attendance_id', type: 'uuid', nullable: true })
  headAttendanceId: string | null;

  @ManyToOne(() => Attendance, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'head_attendance_id' })
  head?: Relation<Attendance> | null;

  /** how many members, as the delegation states it */
  @Column({ type: 'int', nullable: true })
  size: number | null;
}
