import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let ws: Session;
let db: pg.Client;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ws = await ctx.newWorkspace('Counterpart regions office');
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;
const patch = async (path: string, body: Record<string, unknown>) => {
  const res = await ctx.http().patch(api(path)).set(ws.auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

/** Each project's counterpart regions as kept by the triggers, and as computed from the parties and hosts now. */
async function keptAndComputed(): Promise<{ kept: Record<string, string[]>; computed: Record<string, string[]> }> {
  const kept = await db.query<{ id: string; regions: string[] }>(
    `SELECT sp.id, coalesce(r.regions, '{}') AS regions FROM signed_projects sp
       LEFT JOIN project_counterpart_regions r ON r.project_id = sp.id WHERE sp.workspace_id = $1`,
    [ws.workspaceId],
  );
  const computed = await db.query<{ id: string; regions: string[] }>(
    `SELECT sp.id, ARRAY(
              SELECT DISTINCT o.region FROM unnest(sp.party_ids) AS p(id) JOIN organizations o ON o.id = p.id AND o.region IS NOT NULL
               WHERE NOT (lower(o.region) = ANY (coalesce((SELECT array_agg(DISTINCT lower(ho.region))
                                                            FROM event_organizations eo JOIN organizations ho ON ho.id = eo.organization_id
                                                           WHERE eo.event_id = sp.event_id AND eo.role = 'host' AND ho.region IS NOT NULL), '{}')))
               ORDER BY o.region) AS regions
       FROM signed_projects sp WHERE sp.workspace_id = $1`,
    [ws.workspaceId],
  );
  const byId = (rows: { id: string; regions: string[] }[]) => Object.fromEntries(rows.map((r) => [r.id, r.regions]));
  return { kept: byId(kept.rows), computed: byId(computed.rows) };
}

describe('counterpart regions of signed projects', () => {
  it('follow the parties, their regions and the event hosts through every change', async () => {
    const shandong = (await f.organization(ws, { region: 'Shandong' })).id;
    const hk = (await f.organization(ws, { kind: 'statutory_body', region: 'Hong Kong' })).id;
    const osaka = (await f.organization(ws, { kind: 'enterprise', region: 'Osaka' })).id;
    const local = (await f.organization(ws, { kind: 'enterprise', region: 'shandong' })).id;
    const event = (await f.event(ws, { hostIds: [shandong] })).id;
    const p1 = (await f.post(ws, `/events/${event}/projects`, { title: { en: 'Joint laboratory' }, partyIds: [hk, local] })).id;
    const p2 = (await f.post(ws, `/events/${event}/projects`, { title: { en: 'Marine park' }, partyIds: [local] })).id;

    const check = async (expected: Record<string, string[]>) => {
      const { kept, computed } = await keptAndComputed();
      expect(kept).toEqual(computed);
      expect(kept).toEqual(expected);
    };
    // the host's region (in any case) is the home side
    await check({ [p1]: ['Hong Kong'], [p2]: [] });
    await patch(`/events/${event}/projects/${p2}`, { partyIds: [local, osaka, hk] });
    await check({ [p1]: ['Hong Kong'], [p2]: ['Hong Kong', 'Osaka'] });
    await patch(`/organizations/${osaka}`, { region: 'Kyoto' });
    await check({ [p1]: ['Hong Kong'], [p2]: ['Hong Kong', 'Kyoto'] });
    // Hong Kong hosts too: it is the home side now, Shandong no longer is
    await patch(`/events/${event}`, { hostIds: [hk] });
    await check({ [p1]: ['shandong'], [p2]: ['Kyoto', 'shandong'] });
    await patch(`/organizations/${hk}`, { region: 'Macao' });
    await check({ [p1]: ['shandong'], [p2]: ['Kyoto', 'shandong'] });
    await patch(`/events/${event}`, { hostIds: [shandong] });
    await check({ [p1]: ['Macao'], [p2]: ['Kyoto', 'Macao'] });

    const figures = await ctx
      .http()
      .get(api('/follow-up/figures'))
      .query({ from: '2024-01-01', to: '2024-12-31', groupBy: 'region' })
      .set(ws.auth);
    expect(figures.status).toBe(200);
    expect(figures.body.groups.map((g: { key: string; projects: { signed: number } }) => [g.key, g.projects.signed])).toEqual([
      ['Macao', 2],
      ['Kyoto', 1],
    ]);

    // an organization still a party cannot go; removing the event (with its projects) leaves nothing behind
    expect(
      (
        await ctx
          .http()
          .delete(api(`/organizations/${osaka}`))
          .set(ws.auth)
      ).status,
    ).toBe(409);
    const removed = await ctx
      .http()
      .delete(api(`/events/${event}`))
      .set(ws.auth);
    expect(removed.status, JSON.stringify(removed.body)).toBeLessThan(300);
    const left = await db.query(`SELECT count(*)::int AS n FROM project_counterpart_regions WHERE workspace_id = $1`, [ws.workspaceId]);
    expect(left.rows[0].n).toBe(0);
  });
});
