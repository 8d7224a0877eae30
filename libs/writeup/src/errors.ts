export type WriteupNotAvailableCode = 'EVENT_CANCELLED';

/** The event cannot have a writeup (the HTTP layer answers 409). */
export class WriteupNotAvailableError extends Error {
  override readonly name = 'WriteupNotAvailableError';

  constructor(
    readonly code: WriteupNotAvailableCode,
    readonly eventId: string,
  ) {
    super(`No writeup for event ${eventId}: ${code === 'EVENT_CANCELLED' ? 'the event was cancelled' : code}`);
  }
}
