import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { Language, LocalizedText } from '@app/core';
import { EventScopedEntity } from '../common/event-scoped-entity.js';
import type { SpeechKind } from '../common/vocabulary.js';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Attendance } from '../attendance/attendance.entity.js';

/** What a speaker said at an event: its key points and quotes. The speaker is an attendee of the event. */
@Entity('speeches')
@Index(['eventId', 'ord'])
export class Speech extends EventScopedEntity {
  @Index()
  @Column({ name: 'attendance_id', type: 'uuid' })
  attendanceId: string;

  @ManyToOne(() => Attendance, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attendance_id' })
  attendance?: Relation<Attendance>;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: Relation<AgendaItem> | null;

  @Column({ type: 'text' })
  kind: SpeechKind;

  /** order in which it was given */
  @Column({ type: 'int', default: 0 })
  ord: number;

  /** language it was given in */
  @Column({ type: 'text', nullable: true })
  language: Language | null;

  @Column({ name: 'key_points', type: 'jsonb', default: () => "'[]'" })
  keyPoints: LocalizedText[];

  /** indexes of key points that state what the speaker did ("congratulated…", 「详细介绍了…」) rather than what they said */
  @Column({ name: 'action_key_points', type: 'int', array: true, default: () => "'{}'" })
  actionKeyPoints: number[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  quotes: LocalizedText[];
}
