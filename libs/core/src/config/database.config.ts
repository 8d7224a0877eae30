import { registerAs } from '@nestjs/config';

/** Defaults of the database time limits, in milliseconds (see README "Configuration"). */
export const DATABASE_DEFAULTS = {
  connectTimeoutMs: 3_000,
  statementTimeoutMs: 3_000,
  idleInTransactionTimeoutMs: 30_000,
} as const;

/**
 * How long the client waits for an answer beyond the server's own statement_timeout before it takes the
 * server for frozen or cut off and gives the connection up.
 */
export const QUERY_TIMEOUT_GRACE_MS = 500;

const ms = (name: string, fallback: number) => Number(process.env[name] || fallback);

export const databaseConfig = registerAs('database', () => ({
  /** Set by the embedded database at start when the operator gives none. */
  url: process.env.DATABASE_URL ?? '',
  poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  /** Pending migrations are applied at start only on the embedded database; otherwise `npm run migration:run`. */
  migrationsRun: process.env.DATABASE_MIGRATIONS_RUN === 'true',
  /** opening a connection (TCP, TLS, authentication) or waiting for a free one in the pool */
  connectTimeoutMs: ms('DATABASE_CONNECT_TIMEOUT_MS', DATABASE_DEFAULTS.connectTimeoutMs),
  /** PostgreSQL `statement_timeout` of every session; the client gives up QUERY_TIMEOUT_GRACE_MS later */
  statementTimeoutMs: ms('DATABASE_STATEMENT_TIMEOUT_MS', DATABASE_DEFAULTS.statementTimeoutMs),
  /** PostgreSQL `idle_in_transaction_session_timeout` of every session */
  idleInTransactionTimeoutMs: ms('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', DATABASE_DEFAULTS.idleInTransactionTimeoutMs),
}));
export type DatabaseConfig = ReturnType<typeof databaseConfig>;
