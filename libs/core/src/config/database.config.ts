import { registerAs } from '@nestjs/config';

export const databaseConfig = registerAs('database', () => ({
  /** Set by the embedded database at start when the operator gives none. */
  url: process.env.DATABASE_URL ?? '',
  poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  /** Pending migrations are applied at start only on the embedded database; otherwise `npm run migration:run`. */
  migrationsRun: process.env.DATABASE_MIGRATIONS_RUN === 'true',
}));
export type DatabaseConfig = ReturnType<typeof databaseConfig>;
