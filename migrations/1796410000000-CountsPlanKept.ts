import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNTS_ADD, COUNTS_ADD_SIGNATURE } from './1796210000000-SpeedAtScale.js';

/**
 * The counts' upsert, which every write of attendances runs, becomes PL/pgSQL: its plan is kept for the session.
 * As an SQL function (not inlinable: it writes) it was planned again on every call, which cost about 0.4 ms of
 * database CPU per check-in, more than the attendee's update itself.
 */
export class CountsPlanKept1796410000000 implements MigrationInterface {
  name = 'CountsPlanKept1796410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ${COUNTS_ADD_SIGNATURE} LANGUAGE plpgsql AS $$ BEGIN ${COUNTS_ADD}; END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ${COUNTS_ADD_SIGNATURE} LANGUAGE sql AS $$ ${COUNTS_ADD} $$`);
  }
}
