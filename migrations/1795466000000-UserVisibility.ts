import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE } from '../libs/core/src/database/tenant-role.js';

/** The tenant role sees only the users who are members of the current workspace. */
export class UserVisibility1795466000000 implements MigrationInterface {
  name = 'UserVisibility1795466000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ENABLE ROW LEVEL SECURITY`);
    // memberships is itself filtered to the current workspace
    await queryRunner.query(
      `CREATE POLICY workspace_members ON "users" FOR SELECT TO ${TENANT_ROLE} USING (id IN (SELECT user_id FROM memberships))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS workspace_members ON "users"`);
    await queryRunner.query(`ALTER TABLE "users" DISABLE ROW LEVEL SECURITY`);
  }
}
