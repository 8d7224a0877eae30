import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE, WORKSPACE_SETTING } from '../libs/core/src/database/tenant-role.js';

/** Tables whose rows are audited as resources of their own: table, resource type, workspace column, id column. */
const RESOURCES: [table: string, type: string, workspaceColumn?: string, idColumn?: string][] = [
  ['workspaces', 'workspace', 'id'],
  ['memberships', 'member', 'workspace_id', 'user_id'],
  ['api_keys', 'api_key'],
  ['organizations', 'organization'],
  ['people', 'person'],
  ['events', 'event'],
  ['agenda_items', 'agenda_item'],
  ['attendances', 'attendance'],
  ['participant_groups', 'participant_group'],
  ['speeches', 'speech'],
  ['mous', 'mou'],
  ['signed_projects', 'signed_project'],
  ['writeup_drafts', 'writeup_draft'],
];

/**
 * Tables whose rows belong to a parent resource: their changes are folded into the parent's entry
 * under `key` (the ordered list of the parent's rows before and after, or the latest row).
 */
const CHILDREN: [
  table: string,
  parentType: string,
  parentTable: string,
  parentColumn: string,
  key: string,
  orderBy: string,
  mode: 'list' | 'latest',
][] = [
  ['positions', 'person', 'people', 'person_id', 'positions', 'ord', 'list'],
  ['event_organizations', 'event', 'events', 'event_id', 'organizations', 'ord', 'list'],
  ['mou_parties', 'mou', 'mous', 'mou_id', 'parties', 'ord', 'list'],
  ['writeup_versions', 'writeup_draft', 'writeup_drafts', 'draft_id', 'version', 'version', 'latest'],
];

/**
 * The audit log: one entry per resource changed by a transaction, written by triggers in the same
 * transaction as the change. The tenant role may only read its workspace's entries; the triggers
 * write as the table owner (SECURITY DEFINER) and entries of committed transactions cannot change.
 */
export class AuditLog1796124000000 implements MigrationInterface {
  name = 'AuditLog1796124000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "workspace_id" uuid NOT NULL,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        "tx_id" bigint NOT NULL DEFAULT txid_current(),
        "actor_type" text NOT NULL CHECK ("actor_type" IN ('user', 'api_key', 'system')),
        "actor_user_id" uuid,
        "actor_api_key_id" uuid,
        "request_id" text,
        "action" text NOT NULL,
        "resource_type" text NOT NULL,
        "resource_id" uuid NOT NULL,
        "event_id" uuid,
        "before" jsonb,
        "after" jsonb
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_workspace_time" ON "audit_log" ("workspace_id", "occurred_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_resource" ON "audit_log" ("workspace_id", "resource_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_event" ON "audit_log" ("workspace_id", "event_id") WHERE "event_id" IS NOT NULL`);
    // entries of the running transaction are merged per resource
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_tx" ON "audit_log" ("tx_id", "resource_id")`);

    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_read ON "audit_log" FOR SELECT TO ${TENANT_ROLE}
         USING ("workspace_id" = nullif(current_setting('${WORKSPACE_SETTING}', true), '')::uuid)`,
    );
    await queryRunner.query(`REVOKE ALL ON "audit_log" FROM ${TENANT_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON "audit_log" TO ${TENANT_ROLE}`);

    // Entries are immutable once their transaction committed, whoever connects (the owner can still
    // purge old entries by disabling this trigger on purpose).
    await queryRunner.query(`
      CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.tx_id <> txid_current() THEN
          RAISE EXCEPTION 'audit log entries cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_immutable()`,
    );
    await queryRunner.query(`CREATE FUNCTION audit_log_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log cannot be truncated' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_truncate BEFORE TRUNCATE ON "audit_log" EXECUTE FUNCTION audit_log_truncate()`);

    await queryRunner.query(AUDIT_MERGE);
    await queryRunner.query(AUDIT_ROW);
    await queryRunner.query(AUDIT_CHILD_BEFORE);
    await queryRunner.query(AUDIT_CHILD_AFTER);
    for (const fn of [
      'audit_merge(uuid, text, uuid, uuid, text, jsonb, jsonb, boolean)',
      'audit_row()',
      'audit_child_before()',
      'audit_child_after()',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }

    for (const [table, type, workspaceColumn = 'workspace_id', idColumn = 'id'] of RESOURCES) {
      const args = `'${type}', '${workspaceColumn}', '${idColumn}'`;
      await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
      await queryRunner.query(
        `CREATE TRIGGER audit_change BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`,
      );
    }
    for (const [table, parentType, parentTable, parentColumn, key, orderBy, mode] of CHILDREN) {
      const args = `'${parentType}', '${parentTable}', '${parentColumn}', '${key}', '${orderBy}', '${mode}'`;
      if (mode === 'list') {
        await queryRunner.query(
          `CREATE TRIGGER audit_before BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_child_before(${args})`,
        );
      }
      await queryRunner.query(
        `CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_child_after(${args})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of CHILDREN) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS audit ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS audit_before ON "${table}"`);
    }
    for (const [table] of RESOURCES) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS audit ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS audit_change ON "${table}"`);
    }
    await queryRunner.query(`DROP TABLE "audit_log"`);
    for (const fn of [
      'audit_child_after()',
      'audit_child_before()',
      'audit_row()',
      'audit_merge(uuid, text, uuid, uuid, text, jsonb, jsonb, boolean)',
      'audit_log_truncate()',
      'audit_log_immutable()',
    ]) {
      await queryRunner.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}

/** Columns never shown in an entry: keys and bookkeeping, and secrets (hashes). */
const HIDDEN = `ARRAY['id', 'workspace_id', 'created_at', 'updated_at', 'secret_hash', 'password_hash', 'last_used_at']`;

/**
 * Adds one change to the entry of this transaction for the resource, or starts that entry. A
 * resource created in the transaction keeps `create` with every field in `after`; otherwise the
 * entry keeps the first `before` and the last `after` of each field, and fields that end as they
 * began are dropped (an entry left with none is removed). The actor comes from the settings the
 * tenant transaction sets: `app.actor_user_id`, `app.actor_api_key_id`, `app.request_id`.
 */
const AUDIT_MERGE = `
CREATE FUNCTION audit_merge(p_workspace uuid, p_type text, p_id uuid, p_event uuid, p_action text,
                            p_before jsonb, p_after jsonb, p_delete boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  e audit_log;
  v_before jsonb;
  v_after jsonb;
  v_user uuid := nullif(current_setting('app.actor_user_id', true), '')::uuid;
  v_key uuid := nullif(current_setting('app.actor_api_key_id', true), '')::uuid;
BEGIN
  SELECT * INTO e FROM audit_log
   WHERE tx_id = txid_current() AND resource_id = p_id AND resource_type = p_type AND workspace_id = p_workspace
   ORDER BY id DESC LIMIT 1;
  IF NOT FOUND THEN
    INSERT INTO audit_log (workspace_id, actor_type, actor_user_id, actor_api_key_id, request_id,
                           action, resource_type, resource_id, event_id, before, after)
    VALUES (p_workspace,
            CASE WHEN v_key IS NOT NULL THEN 'api_key' WHEN v_user IS NOT NULL THEN 'user' ELSE 'system' END,
            v_user, v_key, nullif(current_setting('app.request_id', true), ''),
            p_action, p_type, p_id, p_event, p_before, p_after);
    RETURN;
  END IF;

  IF p_delete THEN
    IF e.before IS NULL THEN
      -- created and deleted in one transaction: nothing happened
      DELETE FROM audit_log WHERE id = e.id;
    ELSE
      UPDATE audit_log SET action = p_action, before = p_before || e.before, after = NULL WHERE id = e.id;
    END IF;
    RETURN;
  END IF;

  v_after := coalesce(e.after, '{}'::jsonb) || coalesce(p_after, '{}'::jsonb);
  IF e.before IS NULL THEN
    -- a creation stays a creation; a specific action (import) is kept
    UPDATE audit_log SET after = v_after, event_id = coalesce(event_id, p_event) WHERE id = e.id;
    RETURN;
  END IF;
  v_before := coalesce(p_before, '{}'::jsonb) || e.before;
  SELECT coalesce(jsonb_object_agg(b.key, b.value) FILTER (WHERE v_after -> b.key IS DISTINCT FROM b.value), '{}'::jsonb)
    INTO v_before FROM jsonb_each(v_before) b;
  SELECT coalesce(jsonb_object_agg(a.key, a.value) FILTER (WHERE v_before ? a.key), '{}'::jsonb)
    INTO v_after FROM jsonb_each(v_after) a;
  IF v_before = '{}'::jsonb AND v_after = '{}'::jsonb THEN
    DELETE FROM audit_log WHERE id = e.id;
    RETURN;
  END IF;
  UPDATE audit_log
     SET before = v_before, after = v_after, event_id = coalesce(event_id, p_event),
         action = CASE WHEN e.action = 'update' THEN p_action ELSE e.action END
   WHERE id = e.id;
END $$`;

/**
 * Row trigger of an audited table: AFTER INSERT, and BEFORE UPDATE or DELETE so that rows deleted
 * or updated by a foreign-key cascade are recognised (their BEFORE triggers run nested, at depth 2)
 * and left to the entry of the write that caused them. Arguments: resource type, workspace column,
 * id column. The action is create, update or delete, or what the change means:
 * check_in, publish, revoke; a transaction may name its action (app.audit_action, e.g. import).
 */
const AUDIT_ROW = `
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_type text := TG_ARGV[0];
  v_old jsonb;
  v_new jsonb;
  v_row jsonb;
  v_before jsonb;
  v_after jsonb;
  v_action text;
  v_named text := nullif(current_setting('app.audit_action', true), '');
  v_result record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN v_result; END IF;
  IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW); END IF;
  v_row := coalesce(v_new, v_old);

  IF TG_OP = 'INSERT' THEN
    v_action := 'create';
    v_after := v_new - ${HIDDEN};
  ELSIF TG_OP = 'DELETE' THEN
    v_action := 'delete';
    v_before := v_old - ${HIDDEN};
  ELSE
    SELECT coalesce(jsonb_object_agg(o.key, o.value), '{}'::jsonb) INTO v_before
      FROM jsonb_each(v_old - ${HIDDEN}) o WHERE v_new -> o.key IS DISTINCT FROM o.value;
    SELECT coalesce(jsonb_object_agg(n.key, n.value), '{}'::jsonb) INTO v_after
      FROM jsonb_each(v_new - ${HIDDEN}) n WHERE v_old -> n.key IS DISTINCT FROM n.value;
    IF v_before = '{}'::jsonb AND v_after = '{}'::jsonb THEN RETURN v_result; END IF;
    v_action := CASE
      WHEN v_type = 'attendance' AND v_after ->> 'status' = 'checked_in' THEN 'check_in'
      WHEN v_type = 'writeup_draft' AND v_after ->> 'status' = 'published' THEN 'publish'
      WHEN v_type = 'writeup_draft' AND v_new ->> 'status' = 'published' AND v_after ? 'published_version' THEN 'publish'
      WHEN v_type = 'api_key' AND v_before ? 'revoked_at' AND v_old ->> 'revoked_at' IS NULL THEN 'revoke'
      ELSE 'update' END;
  END IF;
  IF v_named IS NOT NULL THEN v_action := v_named; END IF;

  PERFORM audit_merge((v_row ->> TG_ARGV[1])::uuid, v_type, (v_row ->> TG_ARGV[2])::uuid,
                      CASE WHEN v_type = 'event' THEN (v_row ->> 'id')::uuid ELSE (v_row ->> 'event_id')::uuid END,
                      v_action, v_before, v_after, TG_OP = 'DELETE');
  RETURN v_result;
END $$`;

/** The child rows of a parent, as a list in order, without hidden and parent columns. */
const CHILD_LIST = `format('SELECT coalesce(jsonb_agg(to_jsonb(c) - $2 ORDER BY c.%I), ''[]'') FROM %I c WHERE c.%I = $1',
                   TG_ARGV[4], TG_TABLE_NAME, TG_ARGV[2])`;

/**
 * Before the first change of a parent's child rows in a transaction, records the parent's list as
 * it was. Arguments: parent type, parent table, parent column, key, order column, mode (`list`).
 */
const AUDIT_CHILD_BEFORE = `
CREATE FUNCTION audit_child_before() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_row jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  v_parent uuid := (v_row ->> TG_ARGV[2])::uuid;
  v_key text := TG_ARGV[3];
  v_list jsonb;
  v_found boolean;
  e audit_log;
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
  SELECT * INTO e FROM audit_log
   WHERE tx_id = txid_current() AND resource_id = v_parent AND resource_type = TG_ARGV[0]
   ORDER BY id DESC LIMIT 1;
  v_found := FOUND;
  IF NOT v_found OR (e.before IS NOT NULL AND NOT e.before ? v_key) THEN
    EXECUTE ${CHILD_LIST} INTO v_list USING v_parent, ${HIDDEN} || ARRAY[TG_ARGV[2], TG_ARGV[4]];
    IF v_found THEN
      UPDATE audit_log SET before = before || jsonb_build_object(v_key, v_list) WHERE id = e.id;
    ELSE
      PERFORM audit_merge((v_row ->> 'workspace_id')::uuid, TG_ARGV[0], v_parent, NULL, 'update',
                          jsonb_build_object(v_key, v_list), '{}'::jsonb, false);
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$`;

/**
 * After a change of child rows, records in the parent's entry the parent's list as it now is
 * (mode `list`), or the row just added with the one before it (mode `latest`, e.g. writeup versions).
 */
const AUDIT_CHILD_AFTER = `
CREATE FUNCTION audit_child_after() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_row jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  v_parent uuid := (v_row ->> TG_ARGV[2])::uuid;
  v_hidden text[] := ${HIDDEN} || ARRAY[TG_ARGV[2]];
  v_before jsonb := '{}'::jsonb;
  v_value jsonb;
  v_parent_row jsonb;
BEGIN
  IF TG_ARGV[5] = 'latest' THEN
    IF TG_OP <> 'INSERT' THEN RETURN NULL; END IF;
    v_value := v_row - v_hidden;
    EXECUTE format('SELECT to_jsonb(c) - $3 FROM %I c WHERE c.%I = $1 AND c.id <> $2 ORDER BY c.%I DESC LIMIT 1',
                   TG_TABLE_NAME, TG_ARGV[2], TG_ARGV[4])
       INTO v_before USING v_parent, NEW.id, v_hidden;
    v_before := jsonb_build_object(TG_ARGV[3], coalesce(v_before, 'null'::jsonb));
  ELSE
    EXECUTE ${CHILD_LIST} INTO v_value USING v_parent, v_hidden || ARRAY[TG_ARGV[4]];
  END IF;
  EXECUTE format('SELECT to_jsonb(p) FROM %I p WHERE id = $1', TG_ARGV[1]) INTO v_parent_row USING v_parent;
  -- the parent is gone: its rows went with it (a cascade) and its delete entry covers them
  IF v_parent_row IS NULL THEN RETURN NULL; END IF;
  PERFORM audit_merge((v_row ->> 'workspace_id')::uuid, TG_ARGV[0], v_parent,
                      CASE WHEN TG_ARGV[1] = 'events' THEN v_parent ELSE (v_parent_row ->> 'event_id')::uuid END,
                      'update', v_before, jsonb_build_object(TG_ARGV[3], v_value), false);
  RETURN NULL;
END $$`;
