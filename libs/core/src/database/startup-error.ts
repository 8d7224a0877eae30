/**
 * A reason the service cannot start, written for the person starting it: what is wrong and what to do,
 * in one line. The start-up script prints the message as it is, without a stack.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
