import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Facts the writeup states: document types, family names, action key points, organizers, group units, performers, parent events, sectors, one-line facts and signing totals. */
export class WriteupFacts1796121352046 implements MigrationInterface {
  name = 'WriteupFacts1796121352046';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "parent_event_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "sectors" text array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "facts" jsonb NOT NULL DEFAULT '[]'
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "signing_totals" jsonb NOT NULL DEFAULT '[]'
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_items"
            ADD "performer_ids" uuid array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD "family_name" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "mous"
            ADD "document_type" text NOT NULL DEFAULT 'mou'
        `);
    await queryRunner.query(`
            ALTER TABLE "mous"
            ADD "sectors" text array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "participant_groups"
            ADD "unit" text NOT NULL DEFAULT 'people'
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches"
            ADD "action_key_points" integer array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "participant_groups"
            ALTER COLUMN "count" DROP NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9c382387efd98e6134aa13b453" ON "events" ("parent_event_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_9c382387efd98e6134aa13b453c" FOREIGN KEY ("parent_event_id") REFERENCES "events"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_9c382387efd98e6134aa13b453c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9c382387efd98e6134aa13b453"
        `);
    await queryRunner.query(`UPDATE "participant_groups" SET "count" = 0 WHERE "count" IS NULL`);
    await queryRunner.query(`
            ALTER TABLE "participant_groups"
            ALTER COLUMN "count"
            SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches" DROP COLUMN "action_key_points"
        `);
    await queryRunner.query(`
            ALTER TABLE "participant_groups" DROP COLUMN "unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "mous" DROP COLUMN "sectors"
        `);
    await queryRunner.query(`
            ALTER TABLE "mous" DROP COLUMN "document_type"
        `);
    await queryRunner.query(`
            ALTER TABLE "people" DROP COLUMN "family_name"
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_items" DROP COLUMN "performer_ids"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "signing_totals"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "facts"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "sectors"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "parent_event_id"
        `);
  }
}
