import pg from 'pg';

type QueryFn = pg.Client['query'];

/**
 * The pg client of the pool. Every session gets PostgreSQL's `statement_timeout`, so a live server cancels
 * a slow statement itself; `query_timeout` (a little longer) covers the server that cannot: frozen,
 * unreachable, or a network that swallows packets. When that client-side limit passes, the connection is
 * closed instead of being handed back to the pool with the statement still pending, so the transaction's
 * ROLLBACK fails at once, the pool drops the connection and the next request gets a fresh one.
 */
export class DeadlineClient extends pg.Client {}

// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the client as `this`
const query: QueryFn = pg.Client.prototype.query;

DeadlineClient.prototype.query = function (this: DeadlineClient, ...args: unknown[]): unknown {
  const result = (query as (...a: unknown[]) => unknown).apply(this, args);
  if (result instanceof Promise) {
    return result.catch((err: unknown) => {
      if (err instanceof Error && err.message === 'Query read timeout') giveUp(this);
      throw err;
    });
  }
  return result;
} as QueryFn;

function giveUp(client: pg.Client): void {
  const connection = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection;
  connection?.stream?.destroy();
}
