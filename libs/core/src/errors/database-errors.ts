/** Seconds a client is asked to wait (Retry-After) when the database cannot serve. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that say the database cannot serve now, not that the request is wrong: the server is shutting
 * down or starting (57P01-57P03), has no connection slot left (53300), cancelled a statement that ran out
 * of time (57014, statement_timeout) or ended an idle transaction (25P03); class 08 is a broken connection.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '25P03']);
/** Socket errors on the way to the server. */
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
]);
/** node-postgres and pg-pool report their timeouts with these messages, without a code. */
const TIMEOUT_MESSAGES = [
  /^timeout exceeded when trying to connect$/,
  /^Connection terminated due to connection timeout$/,
  /^Query read timeout$/,
  /^timeout expired$/,
];
/**
 * ... and a lost or closed connection with these. TypeORM gives a transaction's connection back to the pool
 * as soon as the connection reports an error, so the transaction's next statement fails with "Query runner
 * already released" or "…provided by a query runner was already released" (the product never releases a
 * runner itself: transactions are scoped by callbacks).
 */
const LOST_MESSAGES = [
  /^Query runner already released\. Cannot run queries anymore\.$/,
  /^Database connection provided by a query runner was already released/,
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];

export type DatabaseTrouble = 'timeout' | 'unreachable';

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * Whether an error (a TypeORM QueryFailedError, a pg or pg-pool error, a socket error, or one wrapping
 * these) means the database is down, frozen, overloaded or unreachable; `timeout` when it did not answer
 * in time, `unreachable` otherwise, undefined when the error is something else.
 */
export function databaseTrouble(error: unknown, depth = 0): DatabaseTrouble | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const e = error as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === '57014' || code === 'ETIMEDOUT' || (!code && TIMEOUT_MESSAGES.some((re) => re.test(message)))) return 'timeout';
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || NETWORK_ERRORS.has(code))) return 'unreachable';
  if (!code && LOST_MESSAGES.some((re) => re.test(message))) return 'unreachable';
  for (const inner of [e.driverError, e.cause, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])]) {
    const found = databaseTrouble(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The message a client sees for each kind of trouble (no SQL, no host names). */
export function databaseTroubleMessage(trouble: DatabaseTrouble): string {
  return trouble === 'timeout'
    ? 'The database did not answer in time; try again shortly'
    : 'The database is not available; try again shortly';
}
