import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let organizer: Session;
let official: Session;
let other: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ owner, organizer, official, other } = await registerSessions(ctx, 'Qingdao development zone'));
});
afterAll(async () => {
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;
const get = (s: Session, path: string, query: Record<string, unknown> = {}) => ctx.http().get(api(path)).query(query).set(s.auth);
const move = (s: Session, projectId: string, body: Record<string, unknown>) =>
  ctx
    .http()
    .post(api(`/follow-up/projects/${projectId}/stage-changes`))
    .set(s.auth)
    .send(body);
const project = (s: Session, eventId: string, partyIds: string[], over: Record<string, unknown> = {}) =>
  f.post(s, `/events/${eventId}/projects`, { title: { en: 'Joint laboratory' }, partyIds, ...over });

describe('project pipeline', () => {
  let eventId: string;
  let orgId: string;
  beforeAll(async () => {
    orgId = (await f.organization(owner, { region: 'Hong Kong' })).id;
    eventId = (await f.event(owner, { startsAt: '2024-03-25T09:00:00+08:00' })).id;
  });

  it('moves a project through every stage, dated, with the amount in place, and keeps the history', async () => {
    const p = await project(organizer, eventId, [orgId], { amount: '10000000.00', currency: 'CNY' });
    const start = await get(official, `/follow-up/projects/${p.id}`);
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({
      stage: 'signed',
      stageSince: '2024-03-25',
      signedOn: '2024-03-25',
      history: [],
      amountInPlace: null,
    });

    const steps: [string, string, string | undefined, string | null][] = [
      ['contract_concluded', '2024-04-10', undefined, null],
      ['started', '2024-05-01', undefined, null],
      ['funds_partly_in_place', '2024-06-01', '3000000.00', '3000000.00'],
      ['funds_partly_in_place', '2024-07-01', '6000000.00', '6000000.00'],
      ['funds_in_place', '2024-08-01', undefined, '10000000.00'],
      ['in_operation', '2024-12-01', undefined, '10000000.00'],
    ];
    for (const [stage, effectiveOn, amountInPlace, expected] of steps) {
      const res = await move(organizer, p.id, { stage, effectiveOn, amountInPlace, note: `now ${stage}` });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ stage, stageSince: effectiveOn, amountInPlace: expected, reachedStage: stage });
    }
    const done = (await get(official, `/follow-up/projects/${p.id}`)).body;
    expect(done.history.map((h: { fromStage: string; stage: string }) => `${h.fromStage}>${h.stage}`)).toEqual([
      'signed>contract_concluded',
      'contract_concluded>started',
      'started>funds_partly_in_place',
      'funds_partly_in_place>funds_partly_in_place',
      'funds_partly_in_place>funds_in_place',
      'funds_in_place>in_operation',
    ]);
    expect(done.history[2]).toMatchObject({
      effectiveOn: '2024-06-01',
      amountInPlace: '3000000.00',
      currency: 'CNY',
      note: 'now funds_partly_in_place',
    });
    expect(done.allowedNextStages).toEqual(['stalled', 'cancelled']);
    expect(done.flag).toBe('none');
  });

  it('stalls and resumes a project at the stage it had reached, and cancels it', async () => {
    const p = await project(organizer, eventId, [orgId]);
    expect((await move(organizer, p.id, { stage: 'started', effectiveOn: '2024-04-01' })).status).toBe(201);
    const stalled = await move(organizer, p.id, { stage: 'stalled', effectiveOn: '2024-06-01', note: 'investor withdrew' });
    expect(stalled.body).toMatchObject({ stage: 'stalled', reachedStage: 'started', flag: 'red' });
    expect(stalled.body.allowedNextStages).toEqual(['started', 'funds_partly_in_place', 'funds_in_place', 'in_operation', 'cancelled']);
    const back = await move(organizer, p.id, { stage: 'contract_concluded', effectiveOn: '2024-07-01' });
    expect(back.status).toBe(409);
    expect(back.body).toMatchObject({ code: 'INVALID_STAGE_TRANSITION', details: { from: 'stalled', to: 'contract_concluded' } });
    expect((await move(organizer, p.id, { stage: 'started', effectiveOn: '2024-07-01' })).body.stage).toBe('started');
    expect((await move(organizer, p.id, { stage: 'cancelled', effectiveOn: '2024-08-01' })).body.stage).toBe('cancelled');
    const after = await move(organizer, p.id, { stage: 'started', effectiveOn: '2024-09-01' });
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ code: 'INVALID_STAGE_TRANSITION', details: { allowed: [] } });
    expect((await get(official, `/follow-up/projects/${p.id}`)).body.history).toHaveLength(4);
  });

  it('refuses going back, repeating a stage, bad dates and amounts, with nothing written', async () => {
    const p = await project(organizer, eventId, [orgId]);
    await move(organizer, p.id, { stage: 'started', effectiveOn: '2024-05-01' });
    for (const stage of ['signed', 'contract_concluded', 'started']) {
      const res = await move(organizer, p.id, { stage, effectiveOn: '2024-06-01' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('INVALID_STAGE_TRANSITION');
    }
    const early = await move(organizer, p.id, { stage: 'in_operation', effectiveOn: '2024-04-30' });
    expect(early.status).toBe(400);
    expect(early.body.details[0].field).toBe('effectiveOn');
    const future = await move(organizer, p.id, { stage: 'in_operation', effectiveOn: '2999-01-01' });
    expect(future.status).toBe(400);
    const noCurrency = await move(organizer, p.id, { stage: 'funds_partly_in_place', effectiveOn: '2024-06-01', amountInPlace: '100.00' });
    expect(noCurrency.status).toBe(400);
    expect(noCurrency.body.details[0].field).toBe('amountInPlace');
    for (const body of [
      { stage: 'finished', effectiveOn: '2024-06-01' },
      { stage: 'started', effectiveOn: '2024-13-01' },
      { stage: 'started' },
    ]) {
      const res = await move(organizer, p.id, body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const beforeSigning = await project(organizer, eventId, [orgId]);
    expect((await move(organizer, beforeSigning.id, { stage: 'started', effectiveOn: '2024-03-24' })).status).toBe(400);
    expect((await get(official, `/follow-up/projects/${p.id}`)).body.history).toHaveLength(1);
  });

  it('lets organizers write and officials read; another workspace sees nothing', async () => {
    const p = await project(organizer, eventId, [orgId]);
    const refused = await move(official, p.id, { stage: 'started', effectiveOn: '2024-05-01' });
    expect(refused.status).toBe(403);
    expect((await move(other, p.id, { stage: 'started', effectiveOn: '2024-05-01' })).status).toBe(404);
    expect((await get(other, `/follow-up/projects/${p.id}`)).status).toBe(404);
    expect((await get(other, '/follow-up/projects')).body.total).toBe(0);
    expect((await get(official, '/follow-up/projects/not-a-uuid')).status).toBe(400);
  });

  it('audits each stage change and refuses changing the history from the tenant role', async () => {
    const p = await project(organizer, eventId, [orgId]);
    await move(organizer, p.id, { stage: 'contract_concluded', effectiveOn: '2024-04-02', note: 'contract signed' });
    const entries = await get(owner, '/audit-log', { resourceType: 'project_stage_change' });
    expect(entries.status).toBe(200);
    const entry = entries.body.items.find((e: { after: { projectId: string } }) => e.after?.projectId === p.id);
    expect(entry).toMatchObject({ action: 'create', after: { stage: 'contract_concluded', note: 'contract signed', fromStage: 'signed' } });
    expect(entry.resource.eventId).toBe(eventId);

    // the history is append-only for the application's database role
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('role', 'eventreg_tenant', true), set_config('app.workspace_id', $1, true)`, [owner.workspaceId]);
      await expect(db.query(`UPDATE project_stage_changes SET note = 'rewritten' WHERE project_id = $1`, [p.id])).rejects.toThrow(
        /permission denied/,
      );
      await db.query('ROLLBACK');
      await db.query('BEGIN');
      await db.query(`SELECT set_config('role', 'eventreg_tenant', true), set_config('app.workspace_id', $1, true)`, [owner.workspaceId]);
      await expect(db.query(`DELETE FROM project_stage_changes WHERE project_id = $1`, [p.id])).rejects.toThrow(/permission denied/);
    } finally {
      await db.query('ROLLBACK');
      await db.end();
    }
  });

  it('lists the pipeline with stages and stall marks by the workspace rules', async () => {
    const ws = await ctx.newWorkspace('Stall rules office');
    const org = await f.organization(ws);
    const ev = await f.event(ws, { startsAt: '2020-01-10T09:00:00+08:00' });
    const idle = await project(ws, ev.id, [org.id]);
    const moving = await project(ws, ev.id, [org.id]);
    await move(ws, moving.id, { stage: 'started', effectiveOn: new Date().toISOString().slice(0, 10) });
    const list = await get(ws, '/follow-up/projects');
    expect(list.status).toBe(200);
    const byId = new Map(list.body.items.map((i: { projectId: string }) => [i.projectId, i]));
    expect(byId.get(idle.id)).toMatchObject({ stage: 'signed', flag: 'red' });
    expect(byId.get(moving.id)).toMatchObject({ stage: 'started', flag: 'none', daysWithoutProgress: 0 });
    expect((await get(ws, '/follow-up/projects', { flag: 'red' })).body.items.map((i: { projectId: string }) => i.projectId)).toEqual([
      idle.id,
    ]);
    expect((await get(ws, '/follow-up/projects', { stage: 'started' })).body.total).toBe(1);

    const idleDays = byId.get(idle.id) as { daysWithoutProgress: number };
    const put = await ctx
      .http()
      .put(api('/follow-up/settings'))
      .set(ws.auth)
      .send({ amberDays: idleDays.daysWithoutProgress - 1, redDays: idleDays.daysWithoutProgress + 10 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await get(ws, '/follow-up/projects', { flag: 'amber' })).body.items.map((i: { projectId: string }) => i.projectId)).toEqual([
      idle.id,
    ]);
    const bad = await ctx.http().put(api('/follow-up/settings')).set(ws.auth).send({ amberDays: 100, redDays: 50 });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('redDays');
  });

  it('links a project re-signed at a later event to its first signing', async () => {
    const later = (await f.event(owner, { startsAt: '2025-03-20T09:00:00+08:00' })).id;
    const first = await project(organizer, eventId, [orgId], { title: { en: 'Marine lab' } });
    const again = await project(organizer, later, [orgId], { title: { en: 'Marine lab, phase two' } });
    const third = await project(organizer, later, [orgId], { title: { en: 'Marine lab, third signing' } });
    const link = await ctx
      .http()
      .patch(api(`/follow-up/projects/${again.id}`))
      .set(organizer.auth)
      .send({ resignedFrom: first.id });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(link.body).toMatchObject({ resignedFrom: first.id, allowedNextStages: [], flag: 'none' });
    // a link to a re-signing goes to the first signing
    const chained = await ctx
      .http()
      .patch(api(`/follow-up/projects/${third.id}`))
      .set(organizer.auth)
      .send({ resignedFrom: again.id });
    expect(chained.body.resignedFrom).toBe(first.id);
    expect((await get(official, `/follow-up/projects/${first.id}`)).body.resignings).toEqual([again.id, third.id]);
    // progress is recorded on the first signing
    const refused = await move(organizer, again.id, { stage: 'started', effectiveOn: '2025-04-01' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PROJECT_RESIGNED');
    // the first signing cannot be later, nor the project itself
    const backwards = await ctx
      .http()
      .patch(api(`/follow-up/projects/${first.id}`))
      .set(organizer.auth)
      .send({ resignedFrom: again.id });
    expect(backwards.status).toBe(400);
    const self = await ctx
      .http()
      .patch(api(`/follow-up/projects/${first.id}`))
      .set(organizer.auth)
      .send({ resignedFrom: first.id });
    expect(self.status).toBe(400);
    const unlink = await ctx
      .http()
      .patch(api(`/follow-up/projects/${third.id}`))
      .set(organizer.auth)
      .send({ resignedFrom: null });
    expect(unlink.body.resignedFrom).toBeNull();
  });
});
