import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE } from '../libs/core/src/database/tenant-role.js';
import { disableTenantRls, enableTenantRls, ensureTenantRole } from './tenant-rls.js';

const WORKSPACE_TABLES = [
  'memberships',
  'api_keys',
  'organizations',
  'people',
  'positions',
  'events',
  'event_organizations',
  'agenda_items',
  'attendances',
  'participant_groups',
  'speeches',
  'mous',
  'mou_parties',
  'signed_projects',
  'writeup_drafts',
  'writeup_versions',
];

/** Row-level security on every tenant table; the tenant role may read user emails but not password hashes. */
export class TenantIsolation1795465500000 implements MigrationInterface {
  name = 'TenantIsolation1795465500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTenantRole(queryRunner);
    await enableTenantRls(queryRunner, WORKSPACE_TABLES);
    await enableTenantRls(queryRunner, ['workspaces'], 'id');
    await queryRunner.query(`REVOKE ALL ON "workspaces" FROM ${TENANT_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON "workspaces" TO ${TENANT_ROLE}`);
    await queryRunner.query(`GRANT SELECT (id, email) ON "users" TO ${TENANT_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON "users" FROM ${TENANT_ROLE}`);
    await disableTenantRls(queryRunner, ['workspaces', ...WORKSPACE_TABLES]);
  }
}
