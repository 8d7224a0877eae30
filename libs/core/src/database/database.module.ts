import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUERY_TIMEOUT_GRACE_MS, type DatabaseConfig } from '../config/database.config.js';
import { DeadlineClient } from './deadline-client.js';
import { TenantDb } from './tenant-db.service.js';
import type { MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(migrations: MigrationClass[]) {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) => {
            const db = config.getOrThrow<DatabaseConfig>('database');
            return {
              type: 'postgres' as const,
              url: db.url,
              uuidExtension: 'pgcrypto' as const,
              autoLoadEntities: true,
              synchronize: false,
              migrations,
              migrationsRun: db.migrationsRun,
              migrationsTransactionMode: 'each' as const,
              // the service waits for the database before it starts (see waitForDatabase): fail at once here
              toRetry: () => false,
              extra: {
                max: db.poolSize,
                application_name: 'eventreg-api',
                Client: DeadlineClient,
                // a new connection, or a free one from a busy pool, within this time, else DATABASE_UNAVAILABLE
                connectionTimeoutMillis: db.connectTimeoutMs,
                statement_timeout: db.statementTimeoutMs,
                idle_in_transaction_session_timeout: db.idleInTransactionTimeoutMs,
                query_timeout: db.statementTimeoutMs + QUERY_TIMEOUT_GRACE_MS,
                keepAlive: true,
              },
            };
          },
        }),
      ],
      providers: [TenantDb],
      exports: [TenantDb],
    };
  }
}
