import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './tenant-rls.js';

/**
 * Seating plans of an event: a layout (head table rows, a signing table, banquet tables, theatre rows), the
 * convention that seats it from the protocol order, the seats pinned by hand (kept when the assignment is
 * run again) and the seats as last assigned. Audited as resources of their own.
 */
export class SeatingPlans1796310000000 implements MigrationInterface {
  name = 'SeatingPlans1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "seating_plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "ord" integer NOT NULL DEFAULT '0',
                "name" jsonb NOT NULL,
                "kind" text NOT NULL,
                "convention" text NOT NULL,
                "layout" jsonb NOT NULL,
                "host_side" text,
                "pins" jsonb NOT NULL DEFAULT '[]',
                "seats" jsonb NOT NULL DEFAULT '[]',
                "assigned_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_seating_plans" PRIMARY KEY ("id"),
                CONSTRAINT "CHK_seating_plans_kind" CHECK ("kind" IN ('head-table', 'signing', 'banquet', 'theatre')),
                CONSTRAINT "CHK_seating_plans_convention" CHECK ("convention" IN ('cn-domestic', 'international', 'signing', 'western')),
                CONSTRAINT "FK_seating_plans_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_seating_plans_workspace" ON "seating_plans" ("workspace_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_seating_plans_event" ON "seating_plans" ("event_id", "ord", "created_at")`);
    await enableTenantRls(queryRunner, ['seating_plans']);
    const args = `'seating_plan', 'workspace_id', 'id'`;
    await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT ON "seating_plans" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
    await queryRunner.query(
      `CREATE TRIGGER audit_change BEFORE UPDATE OR DELETE ON "seating_plans" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, ['seating_plans']);
    await queryRunner.query(`DROP TABLE "seating_plans"`);
  }
}
