import type { EntityManager } from 'typeorm';
import { QUERY_TIMEOUT_GRACE_MS } from '../config/database.config.js';

interface ClientParameters {
  connectionParameters?: { query_timeout?: number | false };
}

/**
 * Raises the statement time limit for the rest of the current transaction, on the server (SET LOCAL
 * statement_timeout) and in the client (its query timeout follows, QUERY_TIMEOUT_GRACE_MS later), for work
 * whose statements may rightly take longer than an ordinary request's, e.g. a report over 50,000 rows.
 * The client's limit is put back when `work` ends; the server's ends with the transaction.
 */
export async function withStatementTimeout<T>(em: EntityManager, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const client = (em.queryRunner as { databaseConnection?: ClientParameters } | undefined)?.databaseConnection;
  const parameters = client?.connectionParameters;
  await em.query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutMs)]);
  const previous = parameters?.query_timeout;
  if (parameters) parameters.query_timeout = timeoutMs + QUERY_TIMEOUT_GRACE_MS;
  try {
    return await work();
  } finally {
    if (parameters) parameters.query_timeout = previous;
  }
}
