import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls.js';

/** The counts' upsert: an event's deltas added to the counter slot of the writer's backend. */
export const COUNTS_ADD_SIGNATURE =
  'event_attendance_counts_add(e uuid, w uuid, t bigint, i bigint, r bigint, c bigint, a bigint) RETURNS void';

/** The counts' upsert's body (an SQL statement; CountsPlanKept makes it PL/pgSQL). */
export const COUNTS_ADD = `
  INSERT INTO event_attendance_counts AS x (event_id, slot, workspace_id, total, invited, registered, checked_in, absent)
  SELECT e, (pg_backend_pid() % 8)::smallint, w, t, i, r, c, a
   WHERE EXISTS (SELECT 1 FROM events WHERE id = e)
  ON CONFLICT (event_id, slot) DO UPDATE
    SET total = x.total + EXCLUDED.total, invited = x.invited + EXCLUDED.invited,
        registered = x.registered + EXCLUDED.registered, checked_in = x.checked_in + EXCLUDED.checked_in,
        absent = x.absent + EXCLUDED.absent`;

// the deltas of one statement, grouped by event: +1 for each new row's status, -1 for each old row's
const deltas = (source: string) => `
      PERFORM event_attendance_counts_add(event_id, workspace_id, t, i, r, c, a)
         FROM (SELECT event_id, workspace_id, sum(n) AS t,
                      coalesce(sum(n) FILTER (WHERE status = 'invited'), 0) AS i,
                      coalesce(sum(n) FILTER (WHERE status = 'registered'), 0) AS r,
                      coalesce(sum(n) FILTER (WHERE status = 'checked_in'), 0) AS c,
                      coalesce(sum(n) FILTER (WHERE status = 'absent'), 0) AS a
                 FROM (${source}) d GROUP BY event_id, workspace_id) g
        WHERE t <> 0 OR i <> 0 OR r <> 0 OR c <> 0 OR a <> 0`;

/** The statement trigger's function that keeps the counts (CheckInInPlace adds the latest check-in to it). */
export const COUNTS_KEEP = `CREATE OR REPLACE FUNCTION event_attendance_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${deltas('SELECT event_id, workspace_id, status, 1 AS n FROM new_rows')};
        ELSIF TG_OP = 'DELETE' THEN
          ${deltas('SELECT event_id, workspace_id, status, -1 AS n FROM old_rows')};
        ELSE
          ${deltas(`SELECT event_id, workspace_id, status, 1 AS n FROM new_rows
                    UNION ALL SELECT event_id, workspace_id, status, -1 AS n FROM old_rows`)};
        END IF;
        RETURN NULL;
      END $$`;

/**
 * What keeps lists, check-in, search and period figures independent of the size of an event or a
 * workspace. Everything is kept by the database itself (columns set by triggers, counters kept by
 * statement triggers, indexes), so every writer keeps it right: the API, imports, plain SQL.
 *
 * - attendances carry their protocol sort key: `order_key` (the per-event override, or the largest
 *   integer when there is none) and `person_rank` (the person's protocol rank, copied by triggers on
 *   attendances and on people); one index serves the attendee list in protocol order and its cursors.
 * - `event_attendance_counts`: per event, counts by status in a few slots (a writer adds its deltas to
 *   the slot of its backend, so concurrent check-ins do not queue on one row); totals are their sum.
 * - substring search in every language: `search_text(jsonb)` (zh, ja and en joined, lower case, no
 *   spaces), stored on people and organizations as `search_name`, with trigram GIN indexes (pg_trgm)
 *   on it and on the titles of events, projects and MoUs.
 * - signed projects and MoUs carry their event's local start date (`event_date`, kept by triggers on
 *   them and on events) with indexes for each filter of `/projects` and `/mous`; GIN on party arrays.
 */
export class SpeedAtScaleSpeed1796210000000 implements MigrationInterface {
  name = 'SpeedAtScaleSpeed1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // pg_trgm is a trusted extension: a database owner may create it (the embedded PostgreSQL ships it)
    await q('CREATE EXTENSION IF NOT EXISTS pg_trgm');

    // ---- protocol sort key on attendances
    await q(`ALTER TABLE "attendances" ADD COLUMN "person_rank" integer`);
    await q(`ALTER TABLE "attendances" ADD COLUMN "order_key" integer GENERATED ALWAYS AS (coalesce("protocol_order", 2147483647)) STORED`);
    await q(`UPDATE "attendances" a SET "person_rank" = p."protocol_rank" FROM "people" p WHERE p."id" = a."person_id"`);
    await q(`ALTER TABLE "attendances" ALTER COLUMN "person_rank" SET NOT NULL`);
    await q(`CREATE FUNCTION attendance_person_rank() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.person_rank := (SELECT p.protocol_rank FROM people p WHERE p.id = NEW.person_id);
        RETURN NEW;
      END $$`);
    await q(`CREATE TRIGGER attendance_person_rank BEFORE INSERT OR UPDATE OF person_id, person_rank ON "attendances"
      FOR EACH ROW EXECUTE FUNCTION attendance_person_rank()`);
    await q(`CREATE FUNCTION person_rank_to_attendances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE attendances SET person_rank = NEW.protocol_rank WHERE person_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER person_rank_to_attendances AFTER UPDATE OF protocol_rank ON "people"
      FOR EACH ROW WHEN (OLD.protocol_rank IS DISTINCT FROM NEW.protocol_rank) EXECUTE FUNCTION person_rank_to_attendances()`);
    await q(`CREATE INDEX "IDX_attendances_protocol_order" ON "attendances" ("event_id", "order_key", "person_rank", "created_at", "id")`);
    await q(`CREATE INDEX "IDX_attendances_checked_in_at" ON "attendances" ("event_id", "checked_in_at")`);

    // ---- per-event counts by status
    await q(`CREATE TABLE "event_attendance_counts" (
        "event_id" uuid NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
        "slot" smallint NOT NULL,
        "workspace_id" uuid NOT NULL,
        "total" integer NOT NULL DEFAULT 0,
        "invited" integer NOT NULL DEFAULT 0,
        "registered" integer NOT NULL DEFAULT 0,
        "checked_in" integer NOT NULL DEFAULT 0,
        "absent" integer NOT NULL DEFAULT 0,
        PRIMARY KEY ("event_id", "slot")
      )`);
    await enableTenantRls(queryRunner, ['event_attendance_counts']);
    await q(`CREATE FUNCTION ${COUNTS_ADD_SIGNATURE} LANGUAGE sql AS $$ ${COUNTS_ADD} $$`);
    await q(COUNTS_KEEP);
    await q(`CREATE TRIGGER event_attendance_counts_insert AFTER INSERT ON "attendances"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_counts_keep()`);
    await q(`CREATE TRIGGER event_attendance_counts_update AFTER UPDATE ON "attendances"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_counts_keep()`);
    await q(`CREATE TRIGGER event_attendance_counts_delete AFTER DELETE ON "attendances"
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_counts_keep()`);
    await q(`INSERT INTO "event_attendance_counts" (event_id, slot, workspace_id, total, invited, registered, checked_in, absent)
      SELECT event_id, 0, workspace_id, count(*), count(*) FILTER (WHERE status = 'invited'),
             count(*) FILTER (WHERE status = 'registered'), count(*) FILTER (WHERE status = 'checked_in'),
             count(*) FILTER (WHERE status = 'absent')
        FROM "attendances" GROUP BY event_id, workspace_id`);

    // ---- substring search in every language
    await q(`CREATE FUNCTION search_text(doc jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT lower(translate(concat_ws('|', doc->>'zh', doc->>'ja', doc->>'en'), ' ' || chr(12288) || chr(9), ''))
    $$`);
    await q(`ALTER TABLE "people" ADD COLUMN "search_name" text GENERATED ALWAYS AS (search_text("name")) STORED`);
    await q(`ALTER TABLE "organizations" ADD COLUMN "search_name" text
      GENERATED ALWAYS AS (search_text("name") || '|' || search_text("short_name")) STORED`);
    await q(`CREATE INDEX "IDX_people_search_name" ON "people" USING gin ("search_name" gin_trgm_ops)`);
    await q(`CREATE INDEX "IDX_organizations_search_name" ON "organizations" USING gin ("search_name" gin_trgm_ops)`);
    await q(`CREATE INDEX "IDX_events_title_trgm" ON "events" USING gin (search_text("title") gin_trgm_ops)`);
    await q(`CREATE INDEX "IDX_people_rank" ON "people" ("workspace_id", "protocol_rank", "created_at", "id")`);

    // ---- period figures: the event's local start date on projects and MoUs
    await q(`CREATE FUNCTION agreement_event_date() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.event_date := (SELECT (e.starts_at AT TIME ZONE e.time_zone)::date FROM events e WHERE e.id = NEW.event_id);
        RETURN NEW;
      END $$`);
    await q(`CREATE FUNCTION event_date_to_agreements() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE d date := (NEW.starts_at AT TIME ZONE NEW.time_zone)::date;
      BEGIN
        IF d IS DISTINCT FROM (OLD.starts_at AT TIME ZONE OLD.time_zone)::date THEN
          UPDATE signed_projects SET event_date = d WHERE event_id = NEW.id;
          UPDATE mous SET event_date = d WHERE event_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['signed_projects', 'mous']) {
      await q(`ALTER TABLE "${table}" ADD COLUMN "event_date" date`);
      await q(
        `UPDATE "${table}" t SET "event_date" = (e."starts_at" AT TIME ZONE e."time_zone")::date FROM "events" e WHERE e."id" = t."event_id"`,
      );
      await q(`CREATE TRIGGER ${table}_event_date BEFORE INSERT OR UPDATE OF event_id, event_date ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION agreement_event_date()`);
      await q(`CREATE INDEX "IDX_${table}_title_trgm" ON "${table}" USING gin (search_text("title") gin_trgm_ops)`);
      await q(`CREATE INDEX "IDX_${table}_status" ON "${table}" ("workspace_id", "status")`);
    }
    await q(`CREATE INDEX "IDX_signed_projects_parties" ON "signed_projects" USING gin ("party_ids")`);
    await q(`CREATE INDEX "IDX_signed_projects_sector" ON "signed_projects" ("workspace_id", "sector")`);
    await q(`ALTER TABLE "mous" ADD COLUMN "period_date" date GENERATED ALWAYS AS (coalesce("signed_on", "event_date")) STORED`);
    // the lists' two orders: newest first (the default) and oldest first (`sort=date`)
    for (const [table, date] of [
      ['signed_projects', 'event_date'],
      ['mous', 'period_date'],
    ]) {
      await q(`CREATE INDEX "IDX_${table}_period" ON "${table}" ("workspace_id", "${date}", "event_id", "ord", "id")`);
      await q(`CREATE INDEX "IDX_${table}_period_desc" ON "${table}" ("workspace_id", "${date}" DESC, "event_id", "ord", "id")`);
    }
    await q(`CREATE TRIGGER events_date_to_agreements AFTER UPDATE OF starts_at, time_zone ON "events"
      FOR EACH ROW EXECUTE FUNCTION event_date_to_agreements()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q('DROP TRIGGER IF EXISTS events_date_to_agreements ON "events"');
    for (const table of ['signed_projects', 'mous']) {
      await q(`DROP INDEX IF EXISTS "IDX_${table}_period"`);
      await q(`DROP INDEX IF EXISTS "IDX_${table}_period_desc"`);
    }
    await q('ALTER TABLE "mous" DROP COLUMN IF EXISTS "period_date"');
    for (const table of ['signed_projects', 'mous']) {
      await q(`DROP TRIGGER IF EXISTS ${table}_event_date ON "${table}"`);
      await q(`ALTER TABLE "${table}" DROP COLUMN IF EXISTS "event_date"`);
      await q(`DROP INDEX IF EXISTS "IDX_${table}_title_trgm"`);
      await q(`DROP INDEX IF EXISTS "IDX_${table}_status"`);
    }
    await q('DROP INDEX IF EXISTS "IDX_signed_projects_parties"');
    await q('DROP INDEX IF EXISTS "IDX_signed_projects_sector"');
    await q('DROP FUNCTION IF EXISTS event_date_to_agreements()');
    await q('DROP FUNCTION IF EXISTS agreement_event_date()');
    await q('DROP INDEX IF EXISTS "IDX_people_rank"');
    await q('DROP INDEX IF EXISTS "IDX_events_title_trgm"');
    await q('ALTER TABLE "organizations" DROP COLUMN IF EXISTS "search_name"');
    await q('ALTER TABLE "people" DROP COLUMN IF EXISTS "search_name"');
    await q('DROP FUNCTION IF EXISTS search_text(jsonb)');
    await q('DROP TABLE IF EXISTS "event_attendance_counts"');
    await q('DROP FUNCTION IF EXISTS event_attendance_counts_keep()');
    await q('DROP FUNCTION IF EXISTS event_attendance_counts_add(uuid, uuid, bigint, bigint, bigint, bigint, bigint)');
    await q('DROP TRIGGER IF EXISTS person_rank_to_attendances ON "people"');
    await q('DROP FUNCTION IF EXISTS person_rank_to_attendances()');
    await q('DROP TRIGGER IF EXISTS attendance_person_rank ON "attendances"');
    await q('DROP FUNCTION IF EXISTS attendance_person_rank()');
    await q('DROP INDEX IF EXISTS "IDX_attendances_checked_in_at"');
    await q('DROP INDEX IF EXISTS "IDX_attendances_protocol_order"');
    await q('ALTER TABLE "attendances" DROP COLUMN IF EXISTS "order_key"');
    await q('ALTER TABLE "attendances" DROP COLUMN IF EXISTS "person_rank"');
  }
}
