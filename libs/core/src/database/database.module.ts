import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/database.config.js';
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
              extra: { max: db.poolSize, application_name: 'eventreg-api' },
            };
          },
        }),
      ],
      providers: [TenantDb],
      exports: [TenantDb],
    };
  }
}
