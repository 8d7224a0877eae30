import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from '../libs/core/src/database/tenant-role.js';

/**
 * Text search through the trigram indexes for the tenant role. Under row-level security PostgreSQL
 * applies a query's own conditions after the policy's unless their operators are leakproof, and `LIKE`
 * is not, so a search scanned every row of the workspace instead of using the trigram index. Each
 * function below returns the ids of the current workspace's rows whose search text matches a pattern;
 * it runs as its owner (the policy is for the tenant role), with the workspace condition of the policy
 * written out, and plans the pattern as a literal, so the index serves three characters or more.
 */
export const SEARCHES: [fn: string, table: string, text: string][] = [
  ['people_matching', 'people', 'search_name'],
  ['organizations_matching', 'organizations', 'search_name'],
  ['events_matching', 'events', 'search_text(title)'],
  ['signed_projects_matching', 'signed_projects', 'search_text(title)'],
  ['mous_matching', 'mous', 'search_text(title)'],
];

export class SearchUnderRls1796360000000 implements MigrationInterface {
  name = 'SearchUnderRls1796360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [fn, table, text] of SEARCHES) {
      await queryRunner.query(`
        CREATE FUNCTION ${fn}(pattern text) RETURNS SETOF uuid
          LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
          BEGIN
            RETURN QUERY EXECUTE format(
              'SELECT id FROM ${table} WHERE workspace_id = nullif(current_setting(%L, true), '''')::uuid AND ${text} LIKE %L',
              '${WORKSPACE_SETTING}', pattern);
          END $$`);
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn}(text) FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn}(text) TO ${TENANT_ROLE}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [fn] of SEARCHES) await queryRunner.query(`DROP FUNCTION IF EXISTS ${fn}(text)`);
  }
}
