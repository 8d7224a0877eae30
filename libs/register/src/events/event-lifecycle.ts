import { AppException } from '@app/core';
import type { EventStatus } from '../common/vocabulary.js';

const NEXT: Record<EventStatus, readonly EventStatus[]> = {
  draft: ['scheduled', 'held', 'cancelled'],
  scheduled: ['draft', 'held', 'cancelled'],
  held: [],
  cancelled: [],
};

export function assertTransition(from: EventStatus, to: EventStatus): void {
  if (from === to) return;
  if (!NEXT[from].includes(to)) {
    throw new AppException('INVALID_STATE_TRANSITION', `An event cannot go from ${from} to ${to}`, {
      from,
      to,
      allowed: NEXT[from],
    });
  }
}

/** Writes to a cancelled event's records are refused: nothing happens at a cancelled event. */
export function assertNotCancelled(status: EventStatus): void {
  if (status === 'cancelled') throw new AppException('EVENT_CANCELLED', 'The event is cancelled; its records can no longer change');
}
