import type { MigrationInterface, QueryRunner } from 'typeorm';

/** citext for case-insensitive emails (a trusted extension: a database owner may create it). */
export class Extensions1795465400000 implements MigrationInterface {
  name = 'Extensions1795465400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS citext');
  }

  async down(): Promise<void> {
    // the extension may be used by others; left in place
  }
}
