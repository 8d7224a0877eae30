import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `"event_id", "order_key", "person_rank", "created_at", "id"`;

/**
 * The protocol-order index also holds each attendance's workspace (the policy's condition) and person: a page
 * far down the list picks its ids, and its people, from the index alone (an index-only scan) instead of
 * reading each skipped row from the table. Page 1,000 of a 50,000-attendee event: about 55 → 25 ms.
 */
export class ProtocolOrderCovering1796400200000 implements MigrationInterface {
  name = 'ProtocolOrderCovering1796400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_attendances_protocol_order"');
    await queryRunner.query(
      `CREATE INDEX "IDX_attendances_protocol_order" ON "attendances" (${COLUMNS}) INCLUDE ("workspace_id", "person_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_attendances_protocol_order"');
    await queryRunner.query(`CREATE INDEX "IDX_attendances_protocol_order" ON "attendances" (${COLUMNS})`);
  }
}
