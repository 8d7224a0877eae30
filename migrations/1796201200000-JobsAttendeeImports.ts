import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './tenant-rls.js';

/**
 * Attendee imports run as background jobs: the upload is kept here until its job has read it, with the
 * import's status, progress, row errors and outcome. Workspace-scoped by row-level security.
 */
export class JobsAttendeeImports1796201200000 implements MigrationInterface {
  name = 'JobsAttendeeImports1796201200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "attendee_imports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "event_id" uuid NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
        "status" text NOT NULL DEFAULT 'queued' CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed')),
        "file_name" text NOT NULL,
        "format" text NOT NULL CHECK ("format" IN ('csv', 'xlsx')),
        "encoding" text,
        "file" bytea,
        "total_rows" integer NOT NULL,
        "rows_done" integer NOT NULL DEFAULT 0,
        "error_count" integer NOT NULL DEFAULT 0,
        "errors" jsonb NOT NULL DEFAULT '[]',
        "failure" jsonb,
        "result" jsonb,
        "job_id" uuid,
        "attempts" integer NOT NULL DEFAULT 0,
        "created_by_user_id" uuid,
        "created_by_api_key_id" uuid,
        "request_id" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_attendee_imports_event" ON "attendee_imports" ("workspace_id", "event_id", "created_at" DESC, "id" DESC)`,
    );
    await enableTenantRls(queryRunner, ['attendee_imports']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, ['attendee_imports']);
    await queryRunner.query(`DROP TABLE "attendee_imports"`);
  }
}
