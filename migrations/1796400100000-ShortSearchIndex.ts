import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from '../libs/core/src/database/tenant-role.js';
import { SEARCHES } from './1796360000000-SearchUnderRls.js';

/**
 * Searches of one or two characters (a Chinese surname, 王 or 欧阳) through an index. They have no trigram, so
 * they read every search text of the workspace. Each searchable text now also has a GIN index on its
 * characters (`string_to_array(text, NULL)`), and each table's `<table>_matching(pattern)` function (see
 * SearchUnderRls) asks it for the rows holding every character of a short search, then checks the `LIKE`
 * (the characters in order) on those alone. A longer search goes through the trigram index as before. The
 * functions also read the caller's workspace once per statement, as the policies do.
 */
const matchingFunction = (fn: string, table: string, text: string, workspace: string, short: boolean) => `
  CREATE OR REPLACE FUNCTION ${fn}(pattern text) RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 100 AS $$
    DECLARE
      -- a short search's characters, when it has no escaped wildcard
      inner_text text := substr(pattern, 2, length(pattern) - 2);
      chars text[] := CASE WHEN ${short ? 'char_length(inner_text) <= 2' : 'false'} AND position(chr(92) IN inner_text) = 0
                           THEN string_to_array(inner_text, NULL) END;
    BEGIN
      RETURN QUERY EXECUTE format(
        'SELECT id FROM ${table} WHERE workspace_id = ${workspace} AND ' ||
        CASE WHEN chars IS NULL THEN '' ELSE 'string_to_array(${text}, NULL) @> %L::text[] AND ' END || '${text} LIKE %L',
        VARIADIC CASE WHEN chars IS NULL THEN ARRAY[pattern] ELSE ARRAY[chars::text, pattern] END);
    END $$`;

/** The workspace condition as the functions wrote it before, per row, and now, once per statement. */
const PER_ROW = `nullif(current_setting(''${WORKSPACE_SETTING}'', true), '''')::uuid`;
const ONCE = `(SELECT nullif(current_setting(''${WORKSPACE_SETTING}'', true), '''')::uuid)`;

export class ShortSearchIndex1796400100000 implements MigrationInterface {
  name = 'ShortSearchIndex1796400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [fn, table, text] of SEARCHES) {
      await queryRunner.query(`CREATE INDEX "IDX_${table}_search_chars" ON "${table}" USING gin (string_to_array(${text}, NULL))`);
      await queryRunner.query(matchingFunction(fn, table, text, ONCE, true));
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn}(text) TO ${TENANT_ROLE}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [fn, table, text] of SEARCHES) {
      await queryRunner.query(matchingFunction(fn, table, text, PER_ROW, false));
      await queryRunner.query(`DROP INDEX IF EXISTS "IDX_${table}_search_chars"`);
    }
  }
}
