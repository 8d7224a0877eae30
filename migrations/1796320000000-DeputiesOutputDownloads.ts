import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './tenant-rls.js';

/**
 * 代理出席: an attendance may stand for another one of the same event (`on_behalf_of_id`, the principal who sent the
 * deputy). The deputy keeps the principal's place in protocol order: the sort key's rank is the principal's, kept so
 * by the rank triggers when either person's rank changes.
 *
 * Output downloads: the last download of each output of an event (writeup, reports, presider's script, …) per
 * language, with a fingerprint of what it was made from, so the API can say which outputs changed since.
 */
export class DeputiesOutputDownloads1796320000000 implements MigrationInterface {
  name = 'DeputiesOutputDownloads1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "attendances" ADD COLUMN "on_behalf_of_id" uuid`);
    await q(`ALTER TABLE "attendances" ADD CONSTRAINT "FK_attendances_on_behalf_of"
      FOREIGN KEY ("on_behalf_of_id") REFERENCES "attendances"("id") ON DELETE RESTRICT`);
    await q(`ALTER TABLE "attendances" ADD CONSTRAINT "CHK_attendances_on_behalf_of_other" CHECK ("on_behalf_of_id" <> "id")`);
    await q(`CREATE UNIQUE INDEX "IDX_attendances_on_behalf_of" ON "attendances" ("on_behalf_of_id") WHERE "on_behalf_of_id" IS NOT NULL`);

    // a deputy's rank in the sort key is the principal's, so the deputy sits where the principal would have
    await q(`CREATE OR REPLACE FUNCTION attendance_person_rank() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.on_behalf_of_id IS NOT NULL THEN
          NEW.person_rank := (SELECT p.person_rank FROM attendances p WHERE p.id = NEW.on_behalf_of_id);
        ELSE
          NEW.person_rank := (SELECT p.protocol_rank FROM people p WHERE p.id = NEW.person_id);
        END IF;
        RETURN NEW;
      END $$`);
    await q('DROP TRIGGER attendance_person_rank ON "attendances"');
    await q(`CREATE TRIGGER attendance_person_rank BEFORE INSERT OR UPDATE OF person_id, person_rank, on_behalf_of_id ON "attendances"
      FOR EACH ROW EXECUTE FUNCTION attendance_person_rank()`);
    await q(`CREATE OR REPLACE FUNCTION person_rank_to_attendances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE attendances SET person_rank = NEW.protocol_rank WHERE person_id = NEW.id AND on_behalf_of_id IS NULL;
        -- the deputies of this person's attendances follow the principal's new rank (the row trigger reads it)
        UPDATE attendances d SET person_rank = 0
         WHERE d.on_behalf_of_id IN (SELECT a.id FROM attendances a WHERE a.person_id = NEW.id);
        RETURN NULL;
      END $$`);

    await q(`
      CREATE TABLE "output_downloads" (
        "workspace_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "lang" text NOT NULL,
        "fingerprint" text NOT NULL,
        "downloaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "downloaded_by" uuid,
        CONSTRAINT "PK_output_downloads" PRIMARY KEY ("event_id", "kind", "lang"),
        CONSTRAINT "FK_output_downloads_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
      )`);
    await q(`CREATE INDEX "IDX_output_downloads_workspace" ON "output_downloads" ("workspace_id")`);
    await enableTenantRls(queryRunner, ['output_downloads']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await disableTenantRls(queryRunner, ['output_downloads']);
    await q('DROP TABLE "output_downloads"');
    await q(`CREATE OR REPLACE FUNCTION person_rank_to_attendances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE attendances SET person_rank = NEW.protocol_rank WHERE person_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q('DROP TRIGGER attendance_person_rank ON "attendances"');
    await q(`CREATE OR REPLACE FUNCTION attendance_person_rank() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.person_rank := (SELECT p.protocol_rank FROM people p WHERE p.id = NEW.person_id);
        RETURN NEW;
      END $$`);
    await q(`CREATE TRIGGER attendance_person_rank BEFORE INSERT OR UPDATE OF person_id, person_rank ON "attendances"
      FOR EACH ROW EXECUTE FUNCTION attendance_person_rank()`);
    await q('DROP INDEX "IDX_attendances_on_behalf_of"');
    await q('ALTER TABLE "attendances" DROP CONSTRAINT "CHK_attendances_on_behalf_of_other"');
    await q('ALTER TABLE "attendances" DROP CONSTRAINT "FK_attendances_on_behalf_of"');
    await q('ALTER TABLE "attendances" DROP COLUMN "on_behalf_of_id"');
  }
}
