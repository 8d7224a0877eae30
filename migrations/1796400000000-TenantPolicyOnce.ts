import type { MigrationInterface, QueryRunner } from 'typeorm';
import { WORKSPACE_SETTING } from '../libs/core/src/database/tenant-role.js';
import { tenantCondition } from './tenant-rls.js';

/** The condition the tenant policies were created with, per row. */
const perRow = (column: string) => `"${column}" = nullif(current_setting('${WORKSPACE_SETTING}', true), '')::uuid`;

/**
 * The tenant policies read the caller's workspace once per statement (`tenantCondition`) instead of once per row.
 * Rows seen and written stay the same; a scan of many rows costs less.
 */
export class TenantPolicyOnce1796400000000 implements MigrationInterface {
  name = 'TenantPolicyOnce1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.rewrite(queryRunner, tenantCondition);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.rewrite(queryRunner, perRow);
  }

  /** Every policy on a workspace column (reading, writing or both), given `condition` in place of its own. */
  private async rewrite(queryRunner: QueryRunner, condition: (column: string) => string): Promise<void> {
    const policies = (await queryRunner.query(
      `SELECT tablename AS table, policyname AS name, qual, with_check AS check FROM pg_policies WHERE schemaname = current_schema()`,
    )) as { table: string; name: string; qual: string | null; check: string | null }[];
    for (const { table, name, qual, check } of policies) {
      const column = (text: string | null) => (text?.includes(WORKSPACE_SETTING) ? /^\(\(?"?(\w+)"? = /.exec(text)?.[1] : undefined);
      const using = column(qual);
      const withCheck = column(check);
      if (!using && !withCheck) continue;
      const clauses = [using && `USING (${condition(using)})`, withCheck && `WITH CHECK (${condition(withCheck)})`].filter(Boolean);
      await queryRunner.query(`ALTER POLICY "${name}" ON "${table}" ${clauses.join(' ')}`);
    }
  }
}
