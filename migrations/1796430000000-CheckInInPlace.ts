import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNTS_ADD, COUNTS_ADD_SIGNATURE, COUNTS_KEEP } from './1796210000000-SpeedAtScale.js';

/** The counts' upsert with the latest check-in of the statement's rows (`l`, kept as the slot's greatest). */
const ADD_SIGNATURE =
  'event_attendance_counts_add(e uuid, w uuid, t bigint, i bigint, r bigint, c bigint, a bigint, l timestamptz) RETURNS void';
const ADD = `
  INSERT INTO event_attendance_counts AS x (event_id, slot, workspace_id, total, invited, registered, checked_in, absent, last_check_in_at)
  SELECT e, (pg_backend_pid() % 8)::smallint, w, t, i, r, c, a, l
   WHERE EXISTS (SELECT 1 FROM events WHERE id = e)
  ON CONFLICT (event_id, slot) DO UPDATE
    SET total = x.total + EXCLUDED.total, invited = x.invited + EXCLUDED.invited,
        registered = x.registered + EXCLUDED.registered, checked_in = x.checked_in + EXCLUDED.checked_in,
        absent = x.absent + EXCLUDED.absent, last_check_in_at = greatest(x.last_check_in_at, EXCLUDED.last_check_in_at)`;

/** A statement's deltas by event, with the latest check-in time it wrote (`at`: set or changed by the statement). */
const deltas = (source: string) => `
  PERFORM event_attendance_counts_add(event_id, workspace_id, t, i, r, c, a, l)
     FROM (SELECT event_id, workspace_id, sum(n) AS t,
                  coalesce(sum(n) FILTER (WHERE status = 'invited'), 0) AS i,
                  coalesce(sum(n) FILTER (WHERE status = 'registered'), 0) AS r,
                  coalesce(sum(n) FILTER (WHERE status = 'checked_in'), 0) AS c,
                  coalesce(sum(n) FILTER (WHERE status = 'absent'), 0) AS a,
                  max(at) AS l
             FROM (${source}) d GROUP BY event_id, workspace_id) g
    WHERE t <> 0 OR i <> 0 OR r <> 0 OR c <> 0 OR a <> 0 OR l IS NOT NULL`;

/**
 * A check-in becomes an update in place. The latest check-in of an event, which the check-in desk shows, was read from an
 * index on `(event_id, checked_in_at)`; with that column indexed, every check-in wrote a new version of the attendance
 * into each of the table's six indexes (the protocol-order index that pages the attendee list among them) and twice the
 * WAL. It is now kept with the event's counts: each counter slot holds the latest check-in its writers recorded, and a
 * statement that removes or moves back a check-in (undo, delete, a deputy replacing a checked-in principal) locks the
 * event's slots in order and reads the latest check-in from the event's attendances again (rare; the slots are locked before
 * the statement adds to its own, so two such statements never wait on each other in a circle). Without the index a check-in changes no
 * indexed column, and the table leaves room in each page (fillfactor 85) for the new version beside the old one: a HOT
 * update, with no index entry at all.
 */
export class CheckInInPlace1796430000000 implements MigrationInterface {
  name = 'CheckInInPlace1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q('ALTER TABLE "event_attendance_counts" ADD COLUMN "last_check_in_at" timestamptz');
    await q(`UPDATE "event_attendance_counts" x SET last_check_in_at = m.latest
               FROM (SELECT event_id, max(checked_in_at) AS latest FROM "attendances" GROUP BY event_id) m
              WHERE m.event_id = x.event_id`);
    await q(`CREATE FUNCTION ${ADD_SIGNATURE} LANGUAGE plpgsql AS $$ BEGIN ${ADD}; END $$`);
    await q(`CREATE OR REPLACE FUNCTION event_attendance_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        lowered uuid[];
      BEGIN
        -- the events whose latest check-in this statement may have removed: their slots locked first, in order
        IF TG_OP = 'UPDATE' THEN
          SELECT array_agg(DISTINCT o.event_id ORDER BY o.event_id) INTO lowered
            FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE o.checked_in_at IS NOT NULL
             AND (n.checked_in_at IS NULL OR n.checked_in_at < o.checked_in_at OR n.event_id <> o.event_id);
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT event_id ORDER BY event_id) INTO lowered FROM old_rows WHERE checked_in_at IS NOT NULL;
        END IF;
        IF lowered IS NOT NULL THEN
          PERFORM 1 FROM event_attendance_counts WHERE event_id = ANY (lowered) ORDER BY event_id, slot FOR UPDATE;
        END IF;

        IF TG_OP = 'INSERT' THEN
          ${deltas('SELECT event_id, workspace_id, status, 1 AS n, checked_in_at AS at FROM new_rows')};
        ELSIF TG_OP = 'DELETE' THEN
          ${deltas('SELECT event_id, workspace_id, status, -1 AS n, NULL::timestamptz AS at FROM old_rows')};
        ELSE
          ${deltas(`SELECT n.event_id, n.workspace_id, n.status, 1 AS n,
                           CASE WHEN n.checked_in_at IS DISTINCT FROM o.checked_in_at THEN n.checked_in_at END AS at
                      FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id
                    UNION ALL SELECT event_id, workspace_id, status, -1 AS n, NULL FROM old_rows`)};
        END IF;

        IF lowered IS NOT NULL THEN
          UPDATE event_attendance_counts x SET last_check_in_at = m.latest
            FROM (SELECT l.id, (SELECT max(a.checked_in_at) FROM attendances a WHERE a.event_id = l.id) AS latest
                    FROM unnest(lowered) AS l(id)) m
           WHERE x.event_id = m.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q(`DROP FUNCTION event_attendance_counts_add(uuid, uuid, bigint, bigint, bigint, bigint, bigint)`);
    await q('DROP INDEX "IDX_attendances_checked_in_at"');
    // room in each page for an updated row's new version (pages written from now on; a table rewrite would apply it to all)
    await q('ALTER TABLE "attendances" SET (fillfactor = 85)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q('ALTER TABLE "attendances" RESET (fillfactor)');
    await q('CREATE INDEX "IDX_attendances_checked_in_at" ON "attendances" ("event_id", "checked_in_at")');
    await q(`CREATE FUNCTION ${COUNTS_ADD_SIGNATURE} LANGUAGE plpgsql AS $$ BEGIN ${COUNTS_ADD}; END $$`);
    await q(COUNTS_KEEP);
    await q('DROP FUNCTION event_attendance_counts_add(uuid, uuid, bigint, bigint, bigint, bigint, bigint, timestamptz)');
    await q('ALTER TABLE "event_attendance_counts" DROP COLUMN "last_check_in_at"');
  }
}
