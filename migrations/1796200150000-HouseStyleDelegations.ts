import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './tenant-rls.js';

/** Per-resource audit triggers, as the audit log installs them on every resource table. */
const AUDITED: [table: string, type: string, idColumn: string][] = [
  ['delegations', 'delegation', 'id'],
  ['writeup_styles', 'writeup_style', 'workspace_id'],
];

/** Delegations of an event's sides (head and size), and each workspace's house style for its writeups. */
export class HouseStyleDelegations1796200150000 implements MigrationInterface {
  name = 'HouseStyleDelegations1796200150000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "delegations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "ord" integer NOT NULL DEFAULT '0',
                "side" text,
                "name" jsonb,
                "head_attendance_id" uuid,
                "size" integer,
                CONSTRAINT "PK_delegations" PRIMARY KEY ("id"),
                CONSTRAINT "FK_delegations_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE,
                CONSTRAINT "FK_delegations_head" FOREIGN KEY ("head_attendance_id") REFERENCES "attendances"("id") ON DELETE SET NULL
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_delegations_workspace" ON "delegations" ("workspace_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_delegations_head" ON "delegations" ("head_attendance_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_delegations_side" ON "delegations" ("event_id", "side") WHERE "side" IS NOT NULL`);
    await queryRunner.query(`
            CREATE TABLE "writeup_styles" (
                "workspace_id" uuid NOT NULL,
                "style" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_writeup_styles" PRIMARY KEY ("workspace_id"),
                CONSTRAINT "FK_writeup_styles_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE
            )
        `);
    await enableTenantRls(queryRunner, ['delegations', 'writeup_styles']);
    for (const [table, type, idColumn] of AUDITED) {
      const args = `'${type}', 'workspace_id', '${idColumn}'`;
      await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
      await queryRunner.query(
        `CREATE TRIGGER audit_change BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, ['delegations', 'writeup_styles']);
    await queryRunner.query(`DROP TABLE "writeup_styles"`);
    await queryRunner.query(`DROP TABLE "delegations"`);
  }
}
