import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from '../libs/core/src/database/tenant-role.js';

/**
 * Server-side browser sessions, and a credentials version per user that a password change raises to end
 * older sessions and access tokens. The tenant role may only see and revoke a workspace's sessions (to end
 * them when a membership is removed), never read their token hash or CSRF token.
 */

export class BrowserSessions1796121195365 implements MigrationInterface {
  name = 'BrowserSessions1796121195365';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" text NOT NULL,
                "user_id" uuid NOT NULL,
                "workspace_id" uuid NOT NULL,
                "csrf_token" text NOT NULL,
                "credentials_version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6ed8e25857f0e1761f578b2bc5" ON "sessions" ("workspace_id", "user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "credentials_version" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_f56ab3c008dffd4a221c95c7cf3" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`GRANT SELECT (user_id, workspace_id, revoked_at), UPDATE (revoked_at) ON "sessions" TO ${TENANT_ROLE}`);
    await queryRunner.query(`ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "sessions" TO ${TENANT_ROLE}
               USING ("workspace_id" = nullif(current_setting('${WORKSPACE_SETTING}', true), '')::uuid)
               WITH CHECK ("workspace_id" = nullif(current_setting('${WORKSPACE_SETTING}', true), '')::uuid)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "sessions"`);
    await queryRunner.query(`REVOKE ALL ON "sessions" FROM ${TENANT_ROLE}`);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_f56ab3c008dffd4a221c95c7cf3"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "credentials_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6ed8e25857f0e1761f578b2bc5"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
  }
}
