import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { IDENTITY_ENTITIES } from '../libs/identity/src/entities/index.js';
import { REGISTER_ENTITIES } from '../libs/register/src/entities/index.js';
import { WRITEUP_ENTITIES } from '../libs/writeup/src/entities/index.js';
import { MIGRATIONS } from './index.js';

/** Used by the TypeORM CLI (`npm run migration:run`, `npm run migration:generate -- <Name>`). */
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  uuidExtension: 'pgcrypto',
  entities: [...IDENTITY_ENTITIES, ...REGISTER_ENTITIES, ...WRITEUP_ENTITIES],
  migrations: MIGRATIONS,
  migrationsTransactionMode: 'each',
  synchronize: false,
});
