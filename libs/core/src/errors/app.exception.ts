import { ERROR_STATUS, type ErrorCode } from './error-code.js';

/** A domain error with a stable code; the global filter turns it into the one error shape. */
export class AppException extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppException';
    this.status = ERROR_STATUS[code];
  }

  static notFound(resource: string, id?: string): AppException {
    return new AppException('NOT_FOUND', id ? `${resource} ${id} was not found` : `${resource} was not found`, {
      resource,
      ...(id ? { id } : {}),
    });
  }

  static inUse(resource: string, usedBy: Record<string, number>): AppException {
    const uses = Object.entries(usedBy)
      .filter(([, n]) => n > 0)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ');
    return new AppException('IN_USE', `${resource} is still referenced by ${uses}; remove those first`, { usedBy });
  }
}
