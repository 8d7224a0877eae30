import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from '../libs/core/src/database/tenant-role.js';
import { disableTenantRls, enableTenantRls } from './tenant-rls.js';

/** Tables audited as resources of their own: table, resource type, id column. */
const AUDITED: [table: string, type: string, idColumn: string][] = [
  ['project_followups', 'project_followup', 'project_id'],
  ['project_stage_changes', 'project_stage_change', 'id'],
  ['mou_followups', 'mou_followup', 'mou_id'],
  ['mou_deliverables', 'mou_deliverable', 'id'],
  ['followup_settings', 'followup_settings', 'workspace_id'],
];

const TABLES = ['project_followups', 'mou_followups', 'mou_deliverables', 'followup_settings', 'followup_alerts'];

/**
 * After the signing: the follow-up of signed projects and MoUs, beside the register's own tables.
 *
 * - `project_stage_changes`: append-only history of a project's stages (the tenant role may read and
 *   insert, never change or delete), each with its effective date, the amount in place as of that date
 *   and the furthest stage reached so far;
 * - `project_followups`: per project, the state its latest change left (kept by a trigger on the
 *   history, so the current stage is always derived from it) and the first signing a re-signed project
 *   links to (`resigned_from`);
 * - `mou_followups` and `mou_deliverables`: an MoU's expiry and renewal dates and its deliverables;
 * - `followup_settings`: per workspace, the stall rules and alert horizons;
 * - `followup_alerts`: every alert raised (once per subject, kind and date), each a webhook event.
 */
export class FollowUp1796330000000 implements MigrationInterface {
  name = 'FollowUp1796330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "project_followups" (
        "project_id" uuid NOT NULL PRIMARY KEY REFERENCES "signed_projects" ("id") ON DELETE CASCADE,
        "workspace_id" uuid NOT NULL,
        "event_id" uuid,
        "stage" text NOT NULL DEFAULT 'signed',
        "reached_rank" smallint NOT NULL DEFAULT 0,
        "amount_in_place" numeric(18, 2),
        "changed_on" date,
        "resigned_from" uuid REFERENCES "signed_projects" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("resigned_from" IS DISTINCT FROM "project_id")
      )`);
    await q(`CREATE INDEX "IDX_project_followups_stage" ON "project_followups" ("workspace_id", "stage", "changed_on")`);
    await q(`CREATE INDEX "IDX_project_followups_resigned" ON "project_followups" ("resigned_from") WHERE "resigned_from" IS NOT NULL`);

    await q(`
      CREATE TABLE "project_stage_changes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "seq" bigint GENERATED ALWAYS AS IDENTITY,
        "workspace_id" uuid NOT NULL,
        "project_id" uuid NOT NULL REFERENCES "signed_projects" ("id") ON DELETE CASCADE,
        "event_id" uuid,
        "from_stage" text NOT NULL,
        "stage" text NOT NULL,
        "effective_on" date NOT NULL,
        "amount_in_place" numeric(18, 2),
        "currency" char(3),
        "note" text,
        "reached_rank" smallint NOT NULL,
        "created_by_user_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q(`CREATE INDEX "IDX_project_stage_changes_history" ON "project_stage_changes" ("project_id", "effective_on" DESC, "seq" DESC)`);

    await q(`
      CREATE TABLE "mou_followups" (
        "mou_id" uuid NOT NULL PRIMARY KEY REFERENCES "mous" ("id") ON DELETE CASCADE,
        "workspace_id" uuid NOT NULL,
        "event_id" uuid,
        "expires_on" date,
        "renewal_on" date,
        "note" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q(`CREATE INDEX "IDX_mou_followups_expiry" ON "mou_followups" ("workspace_id", "expires_on") WHERE "expires_on" IS NOT NULL`);

    await q(`
      CREATE TABLE "mou_deliverables" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL,
        "mou_id" uuid NOT NULL REFERENCES "mous" ("id") ON DELETE CASCADE,
        "event_id" uuid,
        "title" jsonb NOT NULL,
        "owner" text,
        "owner_organization_id" uuid REFERENCES "organizations" ("id") ON DELETE SET NULL,
        "due_on" date,
        "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'done', 'dropped')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q(`CREATE INDEX "IDX_mou_deliverables_mou" ON "mou_deliverables" ("mou_id", "due_on")`);
    await q(`CREATE INDEX "IDX_mou_deliverables_open" ON "mou_deliverables" ("workspace_id", "due_on") WHERE "status" = 'open'`);

    await q(`
      CREATE TABLE "followup_settings" (
        "workspace_id" uuid NOT NULL PRIMARY KEY REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "amber_days" integer NOT NULL DEFAULT 90,
        "red_days" integer NOT NULL DEFAULT 180,
        "due_soon_days" integer NOT NULL DEFAULT 14,
        "expiring_days" integer NOT NULL DEFAULT 60,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("amber_days" > 0 AND "red_days" > "amber_days")
      )`);

    await q(`
      CREATE TABLE "followup_alerts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "kind" text NOT NULL CHECK ("kind" IN ('deliverable_due_soon', 'deliverable_overdue', 'mou_expiring')),
        "mou_id" uuid NOT NULL REFERENCES "mous" ("id") ON DELETE CASCADE,
        "deliverable_id" uuid REFERENCES "mou_deliverables" ("id") ON DELETE CASCADE,
        "subject_id" uuid NOT NULL,
        "due_on" date NOT NULL,
        "raised_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("workspace_id", "kind", "subject_id", "due_on")
      )`);

    await enableTenantRls(queryRunner, TABLES);
    // the history is append-only: the tenant role reads and adds, nothing else
    await q(`GRANT SELECT, INSERT ON "project_stage_changes" TO ${TENANT_ROLE}`);
    await q(`ALTER TABLE "project_stage_changes" ENABLE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_isolation ON "project_stage_changes" TO ${TENANT_ROLE}
         USING ("workspace_id" = nullif(current_setting('${WORKSPACE_SETTING}', true), '')::uuid)
         WITH CHECK ("workspace_id" = nullif(current_setting('${WORKSPACE_SETTING}', true), '')::uuid)`,
    );

    // the current state of a project is the one its latest change (by effective date) left
    await q(`CREATE FUNCTION project_followup_from_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO project_followups AS f (project_id, workspace_id, event_id, stage, reached_rank, amount_in_place, changed_on)
        SELECT c.project_id, c.workspace_id, c.event_id, c.stage, c.reached_rank, c.amount_in_place, c.effective_on
          FROM project_stage_changes c WHERE c.project_id = NEW.project_id
         ORDER BY c.effective_on DESC, c.seq DESC LIMIT 1
        ON CONFLICT (project_id) DO UPDATE
          SET stage = EXCLUDED.stage, reached_rank = EXCLUDED.reached_rank, amount_in_place = EXCLUDED.amount_in_place,
              changed_on = EXCLUDED.changed_on, event_id = EXCLUDED.event_id, updated_at = now();
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER project_followup_from_history AFTER INSERT ON "project_stage_changes"
      FOR EACH ROW EXECUTE FUNCTION project_followup_from_history()`);

    // audited like the register's tables
    for (const [table, type, idColumn] of AUDITED) {
      const args = `'${type}', 'workspace_id', '${idColumn}'`;
      await q(`CREATE TRIGGER audit AFTER INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
      await q(`CREATE TRIGGER audit_change BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
    }

    // webhooks: a stage change, and each alert raised
    await q(`CREATE FUNCTION followup_webhook() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        IF TG_TABLE_NAME = 'project_stage_changes' THEN
          PERFORM webhook_enqueue(NEW.workspace_id, 'project.stage_changed', NEW.project_id, to_jsonb(NEW) - ARRAY['seq']);
        ELSE
          PERFORM webhook_enqueue(NEW.workspace_id,
                                  CASE NEW.kind WHEN 'deliverable_due_soon' THEN 'deliverable.due_soon'
                                                WHEN 'deliverable_overdue' THEN 'deliverable.overdue'
                                                ELSE 'mou.expiring' END,
                                  NEW.subject_id,
                                  to_jsonb(NEW) || coalesce((SELECT jsonb_build_object('title', d.title, 'owner', d.owner, 'status', d.status)
                                                               FROM mou_deliverables d WHERE d.id = NEW.deliverable_id), '{}'::jsonb));
        END IF;
        RETURN NULL;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION followup_webhook() FROM PUBLIC`);
    await q(`CREATE TRIGGER webhook AFTER INSERT ON "project_stage_changes" FOR EACH ROW EXECUTE FUNCTION followup_webhook()`);
    await q(`CREATE TRIGGER webhook AFTER INSERT ON "followup_alerts" FOR EACH ROW EXECUTE FUNCTION followup_webhook()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await disableTenantRls(queryRunner, [...TABLES, 'project_stage_changes']);
    for (const table of [
      'followup_alerts',
      'followup_settings',
      'mou_deliverables',
      'mou_followups',
      'project_stage_changes',
      'project_followups',
    ]) {
      await q(`DROP TABLE "${table}"`);
    }
    await q('DROP FUNCTION IF EXISTS followup_webhook()');
    await q('DROP FUNCTION IF EXISTS project_followup_from_history()');
  }
}
