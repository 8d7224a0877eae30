import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './tenant-rls.js';

/**
 * Tables whose row changes are webhook events, with the kind of record each holds (see WEBHOOK_ROW)
 * and the changes that fire the trigger.
 */
const SOURCES: [table: string, kind: string, when: string, condition?: string][] = [
  ['events', 'event', 'INSERT OR UPDATE'],
  ['attendances', 'attendee', 'INSERT OR UPDATE'],
  ['mous', 'mou', 'INSERT OR UPDATE'],
  ['signed_projects', 'project', 'INSERT OR UPDATE'],
  ['writeup_drafts', 'writeup', 'INSERT OR UPDATE'],
  // only the end of an import: progress updates, and the start with the file still stored, do not fire it
  ['attendee_imports', 'import', 'UPDATE OF status', `NEW.status IN ('succeeded', 'failed') AND OLD.status IS DISTINCT FROM NEW.status`],
];

const TABLES = ['webhook_endpoints', 'webhook_messages', 'webhook_deliveries'];

/**
 * Webhooks: the endpoints of a workspace, the outbox of messages (one per event that some endpoint
 * wants) and one delivery per message and endpoint. Messages and deliveries are written by triggers
 * in the transaction of the change itself, so a rolled-back write sends nothing and a committed one
 * is never lost; a relay hands new deliveries to the job queue, whose jobs make the attempts.
 */
export class Webhooks1796203400000 implements MigrationInterface {
  name = 'Webhooks1796203400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "webhook_endpoints" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "url" text NOT NULL,
        "description" text,
        "event_types" text[] NOT NULL,
        "secret_encrypted" text NOT NULL,
        "previous_secret_encrypted" text,
        "previous_secret_expires_at" timestamptz,
        "enabled" boolean NOT NULL DEFAULT true,
        "disabled_at" timestamptz,
        "disabled_reason" text,
        "failing_since" timestamptz,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_endpoints_workspace" ON "webhook_endpoints" ("workspace_id", "created_at")`);

    await queryRunner.query(`
      CREATE TABLE "webhook_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "type" text NOT NULL,
        "resource_id" uuid,
        "tx_id" bigint NOT NULL DEFAULT txid_current(),
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // the messages of the running transaction are merged per resource and type
    await queryRunner.query(`CREATE INDEX "IDX_webhook_messages_tx" ON "webhook_messages" ("tx_id", "resource_id")`);

    await queryRunner.query(`
      CREATE TABLE "webhook_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "endpoint_id" uuid NOT NULL REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE,
        "message_id" uuid NOT NULL REFERENCES "webhook_messages" ("id") ON DELETE CASCADE,
        "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'succeeded', 'failed')),
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz DEFAULT now(),
        -- the queued job that makes the next attempt; null until the relay hands a new delivery to the queue
        "job_id" uuid,
        -- retries stop a set time after this: the delivery's creation, or its last redelivery by hand
        "retry_from" timestamptz NOT NULL DEFAULT now(),
        "last_attempt_at" timestamptz,
        "response_status" integer,
        "last_error" text,
        "succeeded_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_deliveries_endpoint" ON "webhook_deliveries" ("endpoint_id", "created_at" DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_deliveries_message" ON "webhook_deliveries" ("message_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_webhook_deliveries_unqueued" ON "webhook_deliveries" ("created_at") WHERE "status" = 'pending' AND "job_id" IS NULL`,
    );

    await enableTenantRls(queryRunner, TABLES);

    await queryRunner.query(WEBHOOK_FIELDS);
    await queryRunner.query(WEBHOOK_ENQUEUE);
    await queryRunner.query(WEBHOOK_ROW);
    for (const fn of ['webhook_enqueue(uuid, text, uuid, jsonb)', 'webhook_row()']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    for (const [table, kind, when, condition] of SOURCES) {
      await queryRunner.query(
        `CREATE TRIGGER webhook AFTER ${when} ON "${table}" FOR EACH ROW ${condition ? `WHEN (${condition}) ` : ''}EXECUTE FUNCTION webhook_row('${kind}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SOURCES) await queryRunner.query(`DROP TRIGGER IF EXISTS webhook ON "${table}"`);
    await disableTenantRls(queryRunner, TABLES);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "webhook_messages"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    for (const fn of ['webhook_row()', 'webhook_enqueue(uuid, text, uuid, jsonb)', 'webhook_fields(jsonb)']) {
      await queryRunner.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}

/** A row as a webhook's `data`: its columns with camelCase names, as the API names fields. */
const WEBHOOK_FIELDS = `
CREATE FUNCTION webhook_fields(p_row jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(
           (SELECT string_agg(CASE WHEN i = 1 THEN part ELSE upper(left(part, 1)) || substr(part, 2) END, '' ORDER BY i)
              FROM unnest(string_to_array(r.key, '_')) WITH ORDINALITY AS t(part, i)),
           r.value), '{}'::jsonb)
    FROM jsonb_each(p_row) r
$$`;

/** Columns never sent: the import's file, its row errors (read them from the API) and bookkeeping. */
const HIDDEN = `ARRAY['file', 'errors', 'job_id', 'request_id', 'created_by_user_id', 'created_by_api_key_id']`;

/**
 * The outbox: records one event for the endpoints of the workspace that want its type, in the
 * running transaction, with the row as its data. Nothing is written (nor computed) when no enabled
 * endpoint wants it. A second event of the same type for the same record in one transaction updates
 * the first message (one message per record, type and transaction, with the data as committed).
 */
const WEBHOOK_ENQUEUE = `
CREATE FUNCTION webhook_enqueue(p_workspace uuid, p_type text, p_resource uuid, p_row jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_message uuid;
  v_data jsonb;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM webhook_endpoints
                  WHERE workspace_id = p_workspace AND enabled AND p_type = ANY (event_types)) THEN
    RETURN;
  END IF;
  v_data := webhook_fields(p_row - ${HIDDEN});
  UPDATE webhook_messages SET payload = jsonb_set(payload, '{data}', v_data)
   WHERE tx_id = txid_current() AND resource_id = p_resource AND type = p_type AND workspace_id = p_workspace
   RETURNING id INTO v_message;
  IF FOUND THEN RETURN; END IF;
  INSERT INTO webhook_messages (workspace_id, type, resource_id, payload)
  VALUES (p_workspace, p_type, p_resource,
          jsonb_build_object('type', p_type,
                             'timestamp', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                             'data', v_data))
  RETURNING id INTO v_message;
  INSERT INTO webhook_deliveries (workspace_id, endpoint_id, message_id)
  SELECT p_workspace, e.id, v_message
    FROM webhook_endpoints e
   WHERE e.workspace_id = p_workspace AND e.enabled AND p_type = ANY (e.event_types);
END $$`;

/**
 * Row trigger (AFTER INSERT OR UPDATE) of the tables whose changes are webhook events; the argument
 * names the kind of record. Rows written by an import (app.audit_action = 'import') send no
 * attendee events: the import sends one import.finished when it ends (succeeded or failed).
 */
const WEBHOOK_ROW = `
CREATE FUNCTION webhook_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_kind text := TG_ARGV[0];
  v_new jsonb;
  v_old jsonb;
  v_status_changed boolean;
BEGIN
  IF v_kind = 'attendee' AND coalesce(current_setting('app.audit_action', true), '') = 'import' THEN RETURN NULL; END IF;
  v_new := to_jsonb(NEW);
  IF TG_OP = 'UPDATE' THEN v_old := to_jsonb(OLD); END IF;
  v_status_changed := TG_OP = 'UPDATE' AND v_new -> 'status' IS DISTINCT FROM v_old -> 'status';
  IF v_kind = 'event' THEN
    IF TG_OP = 'INSERT' THEN
      PERFORM webhook_enqueue(NEW.workspace_id, 'event.created', NEW.id, v_new);
      RETURN NULL;
    END IF;
    IF v_status_changed THEN
      PERFORM webhook_enqueue(NEW.workspace_id, 'event.status_changed', NEW.id,
                              v_new || jsonb_build_object('previous_status', v_old -> 'status'));
    END IF;
    IF (v_new - ARRAY['status', 'updated_at']) IS DISTINCT FROM (v_old - ARRAY['status', 'updated_at']) THEN
      PERFORM webhook_enqueue(NEW.workspace_id, 'event.updated', NEW.id, v_new);
    END IF;
  ELSIF v_kind = 'attendee' THEN
    IF TG_OP = 'INSERT' THEN
      PERFORM webhook_enqueue(NEW.workspace_id, 'attendee.added', NEW.id, v_new);
    END IF;
    IF v_new ->> 'status' = 'checked_in' AND (TG_OP = 'INSERT' OR v_status_changed) THEN
      PERFORM webhook_enqueue(NEW.workspace_id, 'attendee.checked_in', NEW.id, v_new);
    END IF;
  ELSIF v_kind IN ('mou', 'project') THEN
    IF v_new ->> 'status' = 'signed' AND (TG_OP = 'INSERT' OR v_status_changed) THEN
      PERFORM webhook_enqueue(NEW.workspace_id, v_kind || '.signed', NEW.id, v_new);
    END IF;
  ELSIF v_kind = 'writeup' THEN
    IF v_new ->> 'status' = 'published'
       AND (TG_OP = 'INSERT' OR v_status_changed OR v_new -> 'published_version' IS DISTINCT FROM v_old -> 'published_version') THEN
      PERFORM webhook_enqueue(NEW.workspace_id, 'writeup.published', NEW.id, v_new);
    END IF;
  ELSIF v_kind = 'import' THEN
    IF v_status_changed AND v_new ->> 'status' IN ('succeeded', 'failed') THEN
      PERFORM webhook_enqueue(NEW.workspace_id, 'import.finished', NEW.id, v_new);
    END IF;
  END IF;
  RETURN NULL;
END $$`;
