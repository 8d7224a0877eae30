import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from '../libs/core/src/database/tenant-role.js';
import { enableTenantRls } from './tenant-rls.js';

/**
 * Accounts: invitations to a workspace and password reset links (one-time tokens, only a SHA-256 hash
 * kept, in a column the audit log never shows), and the request counters of the rate limits (an unlogged
 * table: counters need no crash safety, and skipping the write-ahead log keeps each count one cheap upsert).
 */
export class Accounts1796200100000 implements MigrationInterface {
  name = 'Accounts1796200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE "rate_limits" (
        "key" text NOT NULL PRIMARY KEY,
        "hits" integer NOT NULL,
        "expires_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_rate_limits_expires" ON "rate_limits" ("expires_at")`);
    await queryRunner.query(`REVOKE ALL ON "rate_limits" FROM ${TENANT_ROLE}`);

    await queryRunner.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "email" citext NOT NULL,
        "role" text NOT NULL CHECK ("role" IN ('owner', 'organizer', 'official')),
        "secret_hash" text NOT NULL,
        "invited_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "accepted_at" timestamptz,
        "accepted_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "revoked_at" timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_invitations_secret" ON "invitations" ("secret_hash")`);
    // one open invitation per email and workspace: a new one replaces it
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_invitations_open" ON "invitations" ("workspace_id", "email") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_invitations_list" ON "invitations" ("workspace_id", "created_at" DESC, "id" DESC)`);
    await enableTenantRls(queryRunner, ['invitations']);
    // the token hash is for the service's own lookups only
    await queryRunner.query(`REVOKE SELECT ON "invitations" FROM ${TENANT_ROLE}`);
    await queryRunner.query(
      `GRANT SELECT ("id", "workspace_id", "email", "role", "invited_by", "created_at", "expires_at", "accepted_at", "accepted_by", "revoked_at") ON "invitations" TO ${TENANT_ROLE}`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit AFTER INSERT ON "invitations" FOR EACH ROW EXECUTE FUNCTION audit_row('invitation', 'workspace_id', 'id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_change BEFORE UPDATE OR DELETE ON "invitations" FOR EACH ROW EXECUTE FUNCTION audit_row('invitation', 'workspace_id', 'id')`,
    );

    await queryRunner.query(`
      CREATE TABLE "password_resets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "secret_hash" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "workspace_id" uuid REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "created_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_password_resets_secret" ON "password_resets" ("secret_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_password_resets_user" ON "password_resets" ("user_id")`);
    // an owner creates a reset link for a member of their workspace: insert only, and only for it
    await queryRunner.query(`REVOKE ALL ON "password_resets" FROM ${TENANT_ROLE}`);
    await queryRunner.query(`GRANT INSERT ON "password_resets" TO ${TENANT_ROLE}`);
    await queryRunner.query(`ALTER TABLE "password_resets" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_insert ON "password_resets" FOR INSERT TO ${TENANT_ROLE}
         WITH CHECK ("workspace_id" = nullif(current_setting('${WORKSPACE_SETTING}', true), '')::uuid)`,
    );
    // links an owner made are workspace writes and audited; links requested by email belong to no workspace
    await queryRunner.query(
      `CREATE TRIGGER audit AFTER INSERT ON "password_resets" FOR EACH ROW WHEN (NEW."workspace_id" IS NOT NULL)
         EXECUTE FUNCTION audit_row('password_reset', 'workspace_id', 'id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_resets"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
