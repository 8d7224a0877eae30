import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FingerprintByHashes1796420000000 } from '../migrations/1796420000000-FingerprintByHashes.js';
import { MIGRATIONS } from '../migrations/index.js';

/** A fixed list (fixed ids and times), whose fingerprints the previous release recorded are known. */
const FIXTURE = `
INSERT INTO workspaces (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Fingerprints');
INSERT INTO events (id, workspace_id, title, starts_at, ends_at, kind, time_zone, venue, sides) VALUES
  ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', '{"zh": "鲁港科技合作会议", "en": "Shandong–Hong Kong meeting"}',
   '2024-03-25 01:00:00+00', '2024-03-25 04:00:00+00', 'meeting', 'Asia/Shanghai', '{"zh": "济南"}',
   '[{"code": "sd", "name": {"zh": "山东"}}, {"code": "hk", "name": {"zh": "香港"}}]');
INSERT INTO organizations (id, workspace_id, name, short_name, kind) VALUES
  ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', '{"zh": "山东省科学技术厅"}', '{"zh": "省科技厅"}', 'government'),
  ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000001', '{"zh": "香港创新科技署", "en": "ITC"}', NULL, 'government');
INSERT INTO people (id, workspace_id, name, protocol_rank, created_at) VALUES
  ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000001', '{"zh": "王明"}', 1, '2024-03-01 00:00:00+00'),
  ('00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000001', '{"zh": "李华", "en": "Li Hua"}', 2, '2024-03-01 00:00:00+00');
INSERT INTO positions (id, workspace_id, person_id, ord, title, organization_id) VALUES
  ('00000000-0000-4000-8000-000000000021', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000011', 0, '{"zh": "厅长"}', '00000000-0000-4000-8000-000000000003'),
  ('00000000-0000-4000-8000-000000000022', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000012', 0, '{"zh": "署长"}', '00000000-0000-4000-8000-000000000004');
INSERT INTO attendances (id, workspace_id, event_id, person_id, person_rank, role, side, status, checked_in_at, created_at) VALUES
  ('00000000-0000-4000-8000-000000000031', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000011',
   1, 'presider', 'sd', 'checked_in', '2024-03-25 00:45:12.345678+00', '2024-03-20 08:00:00+00'),
  ('00000000-0000-4000-8000-000000000032', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000012',
   2, 'guest', 'hk', 'registered', NULL, '2024-03-20 08:05:00+00');`;

/**
 * Migration FingerprintByHashes on a database of its own (its `down` drops the function the shared test database's
 * downloads use): downloads recorded with the old fingerprint take the new one where their records are unchanged,
 * and keep the old one, so that they show as changed, where they changed.
 */
describe('migration FingerprintByHashes', () => {
  let server: string;
  let database: string;
  let ds: DataSource;

  beforeAll(async () => {
    const url = new URL(inject('databaseUrl'));
    database = `eventreg_fingerprint_${randomBytes(4).toString('hex')}`;
    url.pathname = '/postgres';
    server = url.toString();
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    url.pathname = `/${database}`;
    // timestamps in row texts are written in the session's zone: the server's default, UTC, as where the golden values were made
    ds = new DataSource({
      type: 'postgres',
      url: url.toString(),
      migrations: MIGRATIONS,
      migrationsTransactionMode: 'each',
      extra: { options: '-c TimeZone=Etc/UTC' },
    });
    await ds.initialize();
    await ds.runMigrations();
  });

  afterAll(async () => {
    await ds?.destroy();
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  const fingerprints = async () =>
    new Map(
      (
        await ds.query<{ event_id: string; kind: string; fingerprint: string }[]>(
          'SELECT event_id, kind, fingerprint FROM output_downloads',
        )
      ).map((r) => [`${r.event_id}|${r.kind}`, r.fingerprint]),
    );
  /** the migration's up or down in a transaction of its own, as the migration runner runs it */
  const migrate = async (direction: 'up' | 'down') => {
    const runner = ds.createQueryRunner();
    try {
      await runner.startTransaction();
      await new FingerprintByHashes1796420000000()[direction](runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  };
  const current = async (eventId: string, checkIns: boolean) =>
    (await ds.query<{ f: string }[]>('SELECT attendance_fingerprint($1, $2) AS f', [eventId, checkIns]))[0].f;

  it('re-keys the unchanged downloads and leaves the changed ones changed, both ways', async () => {
    const [{ id: ws }] = await ds.query<{ id: string }[]>(`INSERT INTO workspaces (name) VALUES ('Fingerprints') RETURNING id`);
    const events: string[] = [];
    for (const n of [1, 2]) {
      const [{ id: eventId }] = await ds.query<{ id: string }[]>(
        `INSERT INTO events (workspace_id, title, starts_at, kind, time_zone) VALUES ($1, $2, now(), 'meeting', 'Asia/Shanghai') RETURNING id`,
        [ws, { zh: `会议${n}` }],
      );
      const [{ id: org }] = await ds.query<{ id: string }[]>(
        `INSERT INTO organizations (workspace_id, name, kind) VALUES ($1, $2, 'government') RETURNING id`,
        [ws, { zh: `单位${n}` }],
      );
      for (const name of ['王明', '李华']) {
        const [{ id: person }] = await ds.query<{ id: string }[]>(`INSERT INTO people (workspace_id, name) VALUES ($1, $2) RETURNING id`, [
          ws,
          { zh: `${name}${n}` },
        ]);
        await ds.query(`INSERT INTO positions (workspace_id, person_id, ord, title, organization_id) VALUES ($1, $2, 0, $3, $4)`, [
          ws,
          person,
          { zh: '主任' },
          org,
        ]);
        await ds.query(`INSERT INTO attendances (workspace_id, event_id, person_id, person_rank, role) VALUES ($1, $2, $3, 1, 'guest')`, [
          ws,
          eventId,
          person,
        ]);
      }
      events.push(eventId);
    }
    const [unchanged, changed] = events;
    for (const [eventId, kind, checkIns] of [
      [unchanged, 'attendance-report', true],
      [unchanged, 'sign-in-sheet', false],
      [changed, 'attendance-report', true],
    ] as const) {
      await ds.query(`INSERT INTO output_downloads (workspace_id, event_id, kind, lang, fingerprint) VALUES ($1, $2, $3, 'zh', $4)`, [
        ws,
        eventId,
        kind,
        await current(eventId, checkIns),
      ]);
    }
    const recorded = await fingerprints();
    // the report and the sign-in sheet differ (check-ins are in one only), and each is a SHA-256
    expect(recorded.get(`${unchanged}|attendance-report`)).toMatch(/^[0-9a-f]{64}$/);
    expect(recorded.get(`${unchanged}|attendance-report`)).not.toBe(recorded.get(`${unchanged}|sign-in-sheet`));

    // back to the old fingerprints: every download was unchanged, so each takes the old one
    await migrate('down');
    const old = await fingerprints();
    for (const [key, fingerprint] of recorded) {
      expect(old.get(key), key).toMatch(/^[0-9a-f]{64}$/);
      expect(old.get(key), key).not.toBe(fingerprint);
    }
    // a record of the second event changes while the old fingerprints are kept
    await ds.query(`UPDATE people SET name = '{"zh": "王明明"}' WHERE name->>'zh' = '王明2'`);

    await migrate('up');
    const after = await fingerprints();
    expect(after.get(`${unchanged}|attendance-report`)).toBe(recorded.get(`${unchanged}|attendance-report`));
    expect(after.get(`${unchanged}|sign-in-sheet`)).toBe(recorded.get(`${unchanged}|sign-in-sheet`));
    // the changed event keeps its old fingerprint, which is neither its new one now nor the one before
    expect(after.get(`${changed}|attendance-report`)).toBe(old.get(`${changed}|attendance-report`));
    expect(after.get(`${changed}|attendance-report`)).not.toBe(await current(changed, true));
  });

  it('recognises the fingerprints the previous release recorded', async () => {
    await migrate('down');
    await ds.query(FIXTURE);
    const eventId = '00000000-0000-4000-8000-000000000002';
    // what the previous release's service recorded for this list (its digest, worked out by that release's code)
    for (const [kind, lang, fingerprint] of [
      ['attendance-report', 'zh', 'd0cfb2c50c6e196f8018e5c4d9f0d68917dabda8467ed83406fd16f9b522d895'],
      ['attendance-report', 'ja', 'd0cfb2c50c6e196f8018e5c4d9f0d68917dabda8467ed83406fd16f9b522d895'],
      ['sign-in-sheet', 'en', '4c5dcf29881a3a2db929d623263fd971555654c20a96c7a985ced402dd65ae8e'],
      // a download of the list as it was before some change
      ['attendance-report', 'en', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ]) {
      await ds.query(
        `INSERT INTO output_downloads (workspace_id, event_id, kind, lang, fingerprint) VALUES ('00000000-0000-4000-8000-000000000001', $1, $2, $3, $4)`,
        [eventId, kind, lang, fingerprint],
      );
    }
    await migrate('up');
    const stored = new Map(
      (
        await ds.query<{ kind: string; lang: string; fingerprint: string }[]>(
          'SELECT kind, lang, fingerprint FROM output_downloads WHERE event_id = $1',
          [eventId],
        )
      ).map((r) => [`${r.kind}|${r.lang}`, r.fingerprint]),
    );
    expect(stored.get('attendance-report|zh')).toBe(await current(eventId, true));
    expect(stored.get('attendance-report|ja')).toBe(await current(eventId, true));
    expect(stored.get('sign-in-sheet|en')).toBe(await current(eventId, false));
    expect(stored.get('attendance-report|en')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('changes the fingerprint with what the list prints, and only the report’s with check-ins', async () => {
    const [{ event_id: eventId }] = await ds.query<{ event_id: string }[]>(`SELECT event_id FROM attendances LIMIT 1`);
    const before = { report: await current(eventId, true), sheet: await current(eventId, false) };
    await ds.query(`UPDATE attendances SET status = 'checked_in', checked_in_at = now() WHERE event_id = $1`, [eventId]);
    const checkedIn = { report: await current(eventId, true), sheet: await current(eventId, false) };
    expect(checkedIn.report).not.toBe(before.report);
    expect(checkedIn.sheet).toBe(before.sheet);
    // positions, organizations, names and the place in the order show in both
    for (const change of [
      `UPDATE organizations SET short_name = '{"zh": "单位"}' WHERE id IN (SELECT organization_id FROM positions pos JOIN attendances a ON a.person_id = pos.person_id WHERE a.event_id = $1)`,
      `UPDATE organizations SET short_name = NULL WHERE id IN (SELECT organization_id FROM positions pos JOIN attendances a ON a.person_id = pos.person_id WHERE a.event_id = $1)`,
      // an empty object is not a missing one
      `UPDATE organizations SET short_name = '{}' WHERE id IN (SELECT organization_id FROM positions pos JOIN attendances a ON a.person_id = pos.person_id WHERE a.event_id = $1)`,
      `UPDATE positions SET title = '{"zh": "副主任"}' WHERE person_id IN (SELECT person_id FROM attendances WHERE event_id = $1)`,
      `UPDATE attendances SET protocol_order = 1 WHERE id = (SELECT id FROM attendances WHERE event_id = $1 LIMIT 1)`,
      `UPDATE people SET name = name || '{"en": "Wang"}' WHERE id IN (SELECT person_id FROM attendances WHERE event_id = $1)`,
    ]) {
      const was = { report: await current(eventId, true), sheet: await current(eventId, false) };
      await ds.query(change, [eventId]);
      expect(await current(eventId, true), change).not.toBe(was.report);
      expect(await current(eventId, false), change).not.toBe(was.sheet);
    }
  });
});
