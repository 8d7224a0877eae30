import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored idempotent responses are encrypted from now on (they can carry a new API key, a webhook
 * signing secret or an invitation link); `response_sealed` tells them from the ones stored in clear
 * before, which are replayed as they are until they expire (24 h).
 */
export class IdempotencySealedResponses1796340100000 implements MigrationInterface {
  name = 'IdempotencySealedResponses1796340100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD COLUMN "response_sealed" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "response_sealed"`);
  }
}
