import { createServer } from 'node:http';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import pg from 'pg';
import { FollowUpAlerts } from '@app/followup';
import { reportLabels } from '@app/reports';
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

/**
 * The fixture of the period figures: 3 events, 40 projects, stage changes before and after the end of
 * 2024. Expected values below are counted by hand from this table.
 */
describe('period figures', () => {
  let ws: Session;
  const events: Record<string, string> = {};
  const projects: Record<string, string> = {};
  const orgs: Record<string, string> = {};

  type Spec = [
    name: string,
    event: string,
    sector: string,
    amount: string | null,
    currency: string | null,
    parties: string[],
    moves: [string, string, string?][],
  ];
  const specs: Spec[] = [];
  const add = (
    names: string[],
    event: string,
    sector: string,
    amount: string | null,
    currency: string | null,
    parties: string[],
    moves: Record<string, [string, string, string?][]> = {},
  ) => {
    for (const n of names) specs.push([n, event, sector, amount, currency, parties, moves[n] ?? []]);
  };
  const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

  add(range('p', 1, 5), 'E1', 'ai', '10000000.00', 'CNY', ['L', 'HK'], {
    p1: [
      ['contract_concluded', '2024-04-01'],
      ['started', '2024-05-01'],
      ['funds_in_place', '2024-06-01'],
      ['in_operation', '2024-10-01'],
    ],
    p2: [
      ['started', '2024-05-01'],
      ['funds_partly_in_place', '2024-06-01', '4000000.00'],
    ],
    p3: [
      ['started', '2024-05-01'],
      ['stalled', '2024-08-01'],
    ],
    p4: [
      ['contract_concluded', '2024-04-15'],
      ['cancelled', '2024-07-01'],
    ],
  });
  add(range('p', 6, 10), 'E1', 'biomedicine', '2000000.00', 'HKD', ['HK'], {
    p6: [
      ['started', '2024-04-01'],
      ['funds_partly_in_place', '2024-05-01', '1500000.00'],
      ['funds_in_place', '2025-02-01'],
    ],
    p7: [
      ['contract_concluded', '2024-05-01'],
      ['started', '2025-01-10'],
    ],
    p10: [['started', '2024-06-01']],
  });
  add(range('p', 11, 15), 'E1', 'new_energy', null, null, ['JP'], { p11: [['started', '2024-06-01']] });
  add(range('q', 1, 10), 'E2', 'ai', '5000000.00', 'CNY', ['HK'], {
    q1: [
      ['started', '2024-10-01'],
      ['funds_in_place', '2024-11-01'],
      ['in_operation', '2024-12-15'],
    ],
    q2: [
      ['started', '2024-10-01'],
      ['funds_partly_in_place', '2024-11-01', '2000000.00'],
    ],
    q3: [['contract_concluded', '2024-10-01']],
    q4: [['stalled', '2024-11-01']],
  });
  add(range('q', 11, 15), 'E2', 'marine_economy', '100000000.00', 'JPY', ['JP'], {
    q11: [
      ['started', '2024-10-05'],
      ['funds_partly_in_place', '2024-12-01', '30000000.00'],
    ],
  });
  add(['r1'], 'E3', 'ai', '10000000.00', 'CNY', ['L', 'HK']);
  add(range('r', 2, 10), 'E3', 'ai', '1000000.00', 'CNY', ['HK'], { r2: [['started', '2025-04-01']] });

  beforeAll(async () => {
    ws = await ctx.newWorkspace('Figures office');
    orgs.A = (await f.organization(ws, { region: 'Shandong', name: { en: 'Shandong S&T Department' } })).id;
    orgs.B = (await f.organization(ws, { region: 'Qingdao', name: { en: 'Qingdao Municipal Government' } })).id;
    orgs.L = (await f.organization(ws, { kind: 'enterprise', region: 'Shandong', name: { en: 'Shandong enterprise' } })).id;
    orgs.HK = (await f.organization(ws, { kind: 'statutory_body', region: 'Hong Kong', name: { en: 'Hong Kong Science Park' } })).id;
    orgs.JP = (await f.organization(ws, { kind: 'enterprise', region: 'Osaka', name: { en: 'Osaka company' } })).id;
    events.E1 = (await f.event(ws, { startsAt: '2024-03-25T09:00:00+08:00', hostIds: [orgs.A] })).id;
    events.E2 = (await f.event(ws, { startsAt: '2024-09-10T09:00:00+08:00', hostIds: [orgs.B] })).id;
    events.E3 = (await f.event(ws, { startsAt: '2025-03-20T09:00:00+08:00', hostIds: [orgs.A] })).id;
    for (const [name, event, sector, amount, currency, parties, moves] of specs) {
      const p = await project(
        ws,
        events[event],
        parties.map((o) => orgs[o]),
        { title: { en: name }, sector, amount, currency },
      );
      projects[name] = p.id;
      for (const [stage, effectiveOn, amountInPlace] of moves) {
        const res = await move(ws, p.id, { stage, effectiveOn, amountInPlace });
        if (res.status !== 201) throw new Error(`${name} ${stage}: ${JSON.stringify(res.body)}`);
      }
    }
    const link = await ctx
      .http()
      .patch(api(`/follow-up/projects/${projects.r1}`))
      .set(ws.auth)
      .send({ resignedFrom: projects.p5 });
    expect(link.status).toBe(200);
  }, 120_000);

  const figures = (query: Record<string, string>) => get(ws, '/follow-up/figures', query);

  it('gives the totals of 2024 as of its last day, each project once', async () => {
    expect(specs).toHaveLength(40);
    const res = await figures({ from: '2024-01-01', to: '2024-12-31' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.total).toEqual({
      projects: { signed: 30, contractConcluded: 12, started: 9, fundsInPlace: 2, inOperation: 2, stalled: 2, cancelled: 1 },
      amounts: [
        { currency: 'CNY', signed: '100000000.00', inPlace: '21000000.00', fundsInPlaceRate: '0.2100' },
        { currency: 'HKD', signed: '10000000.00', inPlace: '1500000.00', fundsInPlaceRate: '0.1500' },
        { currency: 'JPY', signed: '500000000.00', inPlace: '30000000.00', fundsInPlaceRate: '0.0600' },
      ],
      rates: { performance: '0.3667', start: '0.3000' },
    });
  });

  it('groups by event, host, counterpart region and sector', async () => {
    const byEvent = (await figures({ from: '2024-01-01', to: '2024-12-31', groupBy: 'event' })).body;
    expect(byEvent.groups.map((g: { key: string }) => g.key)).toEqual([events.E2, events.E1]);
    expect(byEvent.groups[1]).toMatchObject({
      date: '2024-03-25',
      projects: { signed: 15, contractConcluded: 8, started: 6, fundsInPlace: 1, inOperation: 1, stalled: 1, cancelled: 1 },
      amounts: [
        { currency: 'CNY', signed: '50000000.00', inPlace: '14000000.00', fundsInPlaceRate: '0.2800' },
        { currency: 'HKD', signed: '10000000.00', inPlace: '1500000.00', fundsInPlaceRate: '0.1500' },
      ],
      rates: { performance: '0.4667', start: '0.4000' },
    });
    expect(byEvent.groups[0]).toMatchObject({
      projects: { signed: 15, contractConcluded: 4, started: 3, fundsInPlace: 1, inOperation: 1, stalled: 1, cancelled: 0 },
      amounts: [
        { currency: 'CNY', signed: '50000000.00', inPlace: '7000000.00', fundsInPlaceRate: '0.1400' },
        { currency: 'JPY', signed: '500000000.00', inPlace: '30000000.00', fundsInPlaceRate: '0.0600' },
      ],
      rates: { performance: '0.2667', start: '0.2000' },
    });

    const byHost = (await figures({ from: '2024-01-01', to: '2024-12-31', groupBy: 'host' })).body;
    expect(
      byHost.groups.map((g: { key: string; label: { en: string }; projects: { signed: number } }) => [
        g.key,
        g.label.en,
        g.projects.signed,
      ]),
    ).toEqual([
      // equal counts: by name
      [orgs.B, 'Qingdao Municipal Government', 15],
      [orgs.A, 'Shandong S&T Department', 15],
    ]);

    const byRegion = (await figures({ from: '2024-01-01', to: '2024-12-31', groupBy: 'region' })).body;
    expect(
      byRegion.groups.map((g: { key: string; projects: { signed: number; started: number } }) => [
        g.key,
        g.projects.signed,
        g.projects.started,
      ]),
    ).toEqual([
      ['Hong Kong', 20, 7],
      ['Osaka', 10, 2],
    ]);
    expect(byRegion.total.projects.signed).toBe(30);

    const bySector = (await figures({ from: '2024-01-01', to: '2024-12-31', groupBy: 'sector' })).body;
    expect(bySector.groups.map((g: { key: string; projects: { signed: number } }) => [g.key, g.projects.signed])).toEqual([
      ['ai', 15],
      ['biomedicine', 5],
      ['marine_economy', 5],
      ['new_energy', 5],
    ]);
  });

  it('counts a re-signed project once, at its first signing, and takes later changes in a later period', async () => {
    const res = await figures({ from: '2024-01-01', to: '2025-12-31' });
    expect(res.body.total.projects).toEqual({
      signed: 39,
      contractConcluded: 13,
      started: 11,
      fundsInPlace: 3,
      inOperation: 2,
      stalled: 2,
      cancelled: 1,
    });
    expect(res.body.total.amounts[0]).toEqual({
      currency: 'CNY',
      signed: '109000000.00',
      inPlace: '21000000.00',
      fundsInPlaceRate: '0.1927',
    });
    expect(res.body.total.amounts[1]).toMatchObject({ currency: 'HKD', inPlace: '2000000.00', fundsInPlaceRate: '0.2000' });
    const e3 = res.body.groups.find((g: { key: string }) => g.key === events.E3);
    expect(e3.projects).toMatchObject({ signed: 9, started: 1 });
    // only the later event's period: the re-signing is not a new project
    expect((await figures({ from: '2025-01-01', to: '2025-12-31' })).body.total.projects.signed).toBe(9);
  });

  it('gives the pipeline report as XLSX and PDF in zh, ja and en, parsed back', async () => {
    const file = (query: Record<string, string>) =>
      ctx
        .http()
        .get(api('/follow-up/reports/pipeline'))
        .query({ from: '2024-01-01', to: '2024-12-31', ...query })
        .set(ws.auth)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });

    const xlsx = await file({ format: 'xlsx', lang: 'zh', groupBy: 'event' });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(xlsx.headers['content-disposition'])).toContain(
      '2024-01-01_签约项目履约跟踪报告_2024-01-01_至_2024-12-31_pipeline.xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['统计', '金额', '项目']);
    const figures = book.getWorksheet('统计')!;
    expect(figures.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    const values = (r: ExcelJS.Row) => (r.values as unknown[]).slice(1);
    expect(values(figures.getRow(3))).toEqual([
      '按活动',
      '签约',
      '已签合同',
      '已开工',
      '资金到位',
      '投产运营',
      '停滞',
      '终止',
      '履约率',
      '开工率',
    ]);
    const rows: unknown[][] = [];
    figures.eachRow((r) => rows.push(values(r)));
    expect(rows.find((r) => r[0] === '合计')).toEqual(['合计', 30, 12, 9, 2, 2, 2, 1, 0.3667, 0.3]);
    const amounts: unknown[][] = [];
    book.getWorksheet('金额')!.eachRow((r) => amounts.push(values(r)));
    expect(amounts.filter((r) => r[0] === '合计')).toEqual([
      ['合计', 'CNY', 100000000, 21000000, 0.21],
      ['合计', 'HKD', 10000000, 1500000, 0.15],
      ['合计', 'JPY', 500000000, 30000000, 0.06],
    ]);
    const projectRows: unknown[][] = [];
    book.getWorksheet('项目')!.eachRow((r) => projectRows.push(values(r)));
    expect(projectRows).toHaveLength(31);
    expect(projectRows[0]).toEqual(['日期', '活动', '项目', '领域', '阶段', '预警', '币种', '签约金额', '到位金额']);
    // stall marks at the period's end: p5 idle since its signing on 2024-03-25 (281 days), p3 stalled, q1 in operation
    const byTitle = new Map(projectRows.map((r) => [r[2], r]));
    expect(byTitle.get('p5')![5]).toBe('红色（281天无进展）');
    expect(byTitle.get('p3')![5]).toBe('红色（152天无进展）');
    expect(byTitle.get('q1')![5]).toBe('');
    expect(byTitle.get('q5')![5]).toBe('黄色（112天无进展）');

    for (const [lang, title, rate] of [
      ['zh', '签约项目履约跟踪报告', '履约率'],
      ['ja', '調印案件フォローアップ報告', '履行率'],
      ['en', 'Signed projects follow-up report', 'Performance rate'],
    ] as const) {
      const pdf = await file({ format: 'pdf', lang, groupBy: 'region' });
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const parser = new PDFParse({ data: new Uint8Array(pdf.body as Buffer) });
      try {
        const text = (await parser.getText()).text.replace(/\s+/g, ' ');
        expect(text).toContain(title);
        expect(text).toContain(rate);
        expect(text).toContain('Hong Kong');
        expect(text).toContain('36.7%');
        expect(text).toContain('21.0%');
        // every page numbered "n of N" in the report's language
        const pages = Number(/-- 1 of (\d+) --/.exec(text)?.[1]);
        expect(pages).toBeGreaterThanOrEqual(2);
        expect(text).toContain(reportLabels(lang).page(pages, pages));
      } finally {
        await parser.destroy();
      }
      if (lang === 'zh') writeFileSync('/tmp/pipeline-report-zh.pdf', pdf.body as Buffer);
    }
    expect((await file({ format: 'docx' })).status).toBe(400);
  });

  it('refuses a bad period', async () => {
    for (const query of [
      { from: '2024-12-31', to: '2024-01-01' },
      { from: '2024-01-01' },
      { from: 'x', to: '2024-01-01' },
      { from: '2024-01-01', to: '2024-12-31', groupBy: 'city' },
    ]) {
      const res = await figures(query as Record<string, string>);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await get(other, '/follow-up/figures', { from: '2024-01-01', to: '2024-12-31' })).body.total.projects.signed).toBe(0);
  });
});

describe('counterpart register', () => {
  it("lists an organization's events, people's attendance, speeches, MoUs and projects across the years, newest first, paginated", async () => {
    const ws = await ctx.newWorkspace('Register office');
    const hk = await f.organization(ws, {
      kind: 'statutory_body',
      region: 'Hong Kong',
      name: { en: 'Hong Kong Science Park', zh: '香港科学园' },
    });
    const hk2 = await f.organization(ws, { kind: 'university', region: 'hong kong', name: { en: 'HK University' } });
    const sd = await f.organization(ws, { region: 'Shandong' });
    const ceo = await f.person(ws, { name: { en: 'Albert Wong' }, positions: [{ title: { en: 'CEO' }, organizationId: hk.id }] });
    const e2022 = await f.event(ws, { startsAt: '2022-05-10T09:00:00+08:00', hostIds: [sd.id] });
    const e2024 = await f.event(ws, { startsAt: '2024-03-25T09:00:00+08:00', hostIds: [sd.id], coHostIds: [hk.id] });
    const e2025 = await f.event(ws, { startsAt: '2025-03-20T09:00:00+08:00', hostIds: [sd.id] });
    const att = await f.attend(ws, e2022.id, ceo.id, { role: 'speaker' });
    const speech = await f.post(ws, `/events/${e2022.id}/speeches`, {
      speakerId: ceo.id,
      kind: 'address',
      keyPoints: [{ en: 'Innovation links us.' }],
    });
    const att24 = await f.attend(ws, e2024.id, ceo.id);
    const mou = await f.post(ws, `/events/${e2024.id}/mous`, {
      title: { en: 'MoU on incubation' },
      parties: [{ organizationId: sd.id }, { organizationId: hk.id }],
    });
    const proj = await project(ws, e2025.id, [sd.id, hk.id], { title: { en: 'Shared lab' } });
    const other2025 = await project(ws, e2025.id, [hk2.id], { title: { en: 'University lab' } });
    await move(ws, proj.id, { stage: 'started', effectiveOn: '2025-04-01' });

    const res = await get(official, `/counterparts/organizations/${hk.id}`);
    expect(res.status).toBe(404); // another workspace's official
    const mine = await get(ws, `/counterparts/organizations/${hk.id}`);
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.organization).toMatchObject({ id: hk.id, region: 'Hong Kong' });
    expect(mine.body.summary).toEqual({
      events: 1,
      attendances: 2,
      speeches: 1,
      mous: 1,
      projects: 1,
      firstDate: '2022-05-10',
      lastDate: '2025-03-20',
    });
    expect(
      mine.body.items.map((i: { kind: string; id: string; date: string; detail: string }) => [i.kind, i.id, i.date, i.detail]),
    ).toEqual([
      ['project', proj.id, '2025-03-20', 'started'],
      ['event', e2024.id, '2024-03-25', 'co_host'],
      ['attendance', att24.id, '2024-03-25', 'guest'],
      ['mou', mou.id, '2024-03-25', 'mou'],
      ['attendance', att.id, '2022-05-10', 'speaker'],
      ['speech', speech.id, '2022-05-10', 'address'],
    ]);
    expect(mine.body.items[4].person).toEqual({ en: 'Albert Wong' });
    expect(mine.body.items[5].title).toEqual({ en: 'Innovation links us.' });
    expect(mine.body.total).toBe(6);

    const page2 = await get(ws, `/counterparts/organizations/${hk.id}`, { page: 2, pageSize: 4 });
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([att.id, speech.id]);
    expect(page2.body).toMatchObject({ total: 6, page: 2, pageSize: 4 });

    const region = await get(ws, '/counterparts/regions/Hong%20Kong');
    expect(region.status).toBe(200);
    expect(region.body.organizations.map((o: { id: string }) => o.id).sort()).toEqual([hk.id, hk2.id].sort());
    expect(region.body.summary.projects).toBe(2);
    expect(region.body.items[0].kind).toBe('project');
    expect(
      region.body.items
        .filter((i: { kind: string }) => i.kind === 'project')
        .map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([proj.id, other2025.id].sort());

    expect((await get(ws, `/counterparts/organizations/${sd.id}`)).body.summary.events).toBe(3);
    expect((await get(ws, '/counterparts/regions/Atlantis')).status).toBe(404);
    expect((await get(ws, '/counterparts/organizations/nope')).status).toBe(400);
    expect((await get(ws, `/counterparts/organizations/${hk.id}`, { pageSize: 0 })).status).toBe(400);
  });
});

describe('MoU follow-up and alerts', () => {
  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

  it('keeps expiry, renewal and deliverables; lists the alerts in force and raises each once as a webhook', async () => {
    const ws = await ctx.newWorkspace('Alerts office');
    const hk = await f.organization(ws, { region: 'Hong Kong' });
    const sd = await f.organization(ws, { region: 'Shandong' });
    const ev = await f.event(ws, { startsAt: '2024-03-25T09:00:00+08:00' });
    const mou = await f.post(ws, `/events/${ev.id}/mous`, {
      title: { en: 'MoU on incubation' },
      parties: [{ organizationId: sd.id }, { organizationId: hk.id }],
    });

    const received: { type: string; data: Record<string, unknown> }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((done) => server.listen(3223, '127.0.0.1', () => done()));
    try {
      const hook = await ctx
        .http()
        .post(api('/webhook-endpoints'))
        .set(ws.auth)
        .send({
          url: 'http://127.0.0.1:3223/hook',
          eventTypes: ['deliverable.due_soon', 'deliverable.overdue', 'mou.expiring', 'project.stage_changed'],
        });
      expect(hook.status, JSON.stringify(hook.body)).toBe(201);

      const put = await ctx
        .http()
        .put(api(`/follow-up/mous/${mou.id}`))
        .set(ws.auth)
        .send({ expiresOn: days(30), renewalOn: days(20), note: 'renew for five years' });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect(put.body).toMatchObject({ mouId: mou.id, signedOn: '2024-03-25', expiresOn: days(30), renewalOn: days(20), deliverables: [] });
      expect(
        (
          await ctx
            .http()
            .put(api(`/follow-up/mous/${mou.id}`))
            .set(ws.auth)
            .send({ expiresOn: '2020-01-01' })
        ).status,
      ).toBe(400);

      const add = (body: Record<string, unknown>) =>
        ctx
          .http()
          .post(api(`/follow-up/mous/${mou.id}/deliverables`))
          .set(ws.auth)
          .send(body);
      const overdue = await add({
        title: { en: 'Joint report', zh: '联合报告' },
        owner: 'International office',
        ownerOrganizationId: sd.id,
        dueOn: days(-3),
      });
      expect(overdue.status, JSON.stringify(overdue.body)).toBe(201);
      const soon = (await add({ title: { en: 'Start-up competition' }, dueOn: days(5) })).body;
      const later = (await add({ title: { en: 'Exchange visit' }, dueOn: days(100) })).body;
      const done = (await add({ title: { en: 'Signing ceremony photos' }, dueOn: days(-10), status: 'done' })).body;
      expect((await add({ title: { en: 'x' }, ownerOrganizationId: ev.id })).status).toBe(400);
      expect((await add({ title: {}, dueOn: 'soon' })).status).toBe(400);
      expect(
        (
          await ctx
            .http()
            .post(api(`/follow-up/mous/${mou.id}/deliverables`))
            .set(official.auth)
            .send({ title: { en: 'x' } })
        ).status,
      ).toBe(403);

      const alerts = await get(ws, '/follow-up/alerts');
      expect(alerts.status).toBe(200);
      expect(
        alerts.body.items.map((a: { kind: string; deliverableId: string | null; daysLeft: number; raisedAt: string | null }) => [
          a.kind,
          a.deliverableId,
          a.daysLeft,
          a.raisedAt,
        ]),
      ).toEqual([
        ['deliverable_overdue', overdue.body.id, -3, null],
        ['deliverable_due_soon', soon.id, 5, null],
        ['mou_expiring', null, 30, null],
      ]);
      expect((await get(ws, '/follow-up/alerts', { kind: 'mou_expiring' })).body.total).toBe(1);
      expect(later.status).toBe('open');
      expect(done.status).toBe('done');

      const job = ctx.app.get(FollowUpAlerts);
      // the hourly job of any worker may have raised some already: each is raised once whoever runs it
      expect(await job.raise(ws.workspaceId)).toBeLessThanOrEqual(3);
      expect(await job.raise(ws.workspaceId)).toBe(0);
      expect(await job.raiseAll()).toBeGreaterThanOrEqual(0);
      const raised = (await get(ws, '/follow-up/alerts')).body.items;
      expect(raised.every((a: { raisedAt: string | null }) => a.raisedAt !== null)).toBe(true);

      const deadline = Date.now() + 20_000;
      while (received.filter((r) => r.type !== 'project.stage_changed').length < 3 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      const alertHooks = received.filter((r) => r.type !== 'project.stage_changed');
      expect(alertHooks.map((r) => r.type).sort()).toEqual(['deliverable.due_soon', 'deliverable.overdue', 'mou.expiring']);
      expect(alertHooks.find((r) => r.type === 'deliverable.overdue')!.data).toMatchObject({
        deliverableId: overdue.body.id,
        mouId: mou.id,
        dueOn: days(-3),
        title: { en: 'Joint report', zh: '联合报告' },
        owner: 'International office',
      });

      // done: the alert goes from the list; the register shows the open deliverables
      const mark = await ctx
        .http()
        .patch(api(`/follow-up/deliverables/${overdue.body.id}`))
        .set(ws.auth)
        .send({ status: 'done' });
      expect(mark.status).toBe(200);
      expect((await get(ws, '/follow-up/alerts')).body.total).toBe(2);
      const register = await get(ws, `/counterparts/organizations/${hk.id}`);
      expect(register.body.openDeliverables.map((d: { id: string }) => d.id)).toEqual([soon.id, later.id]);
      expect((await get(ws, `/follow-up/mous/${mou.id}`)).body.deliverables.map((d: { id: string }) => d.id)).toEqual([
        done.id,
        overdue.body.id,
        soon.id,
        later.id,
      ]);
      expect(
        (
          await ctx
            .http()
            .delete(api(`/follow-up/deliverables/${later.id}`))
            .set(ws.auth)
        ).status,
      ).toBe(204);
      expect(
        (
          await ctx
            .http()
            .delete(api(`/follow-up/deliverables/${later.id}`))
            .set(other.auth)
        ).status,
      ).toBe(404);

      // a stage change is a webhook event too
      const p = await project(ws, ev.id, [hk.id]);
      await move(ws, p.id, { stage: 'started', effectiveOn: '2024-05-01' });
      const until = Date.now() + 20_000;
      while (!received.some((r) => r.type === 'project.stage_changed') && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(received.find((r) => r.type === 'project.stage_changed')!.data).toMatchObject({
        projectId: p.id,
        stage: 'started',
        fromStage: 'signed',
        effectiveOn: '2024-05-01',
      });
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done(undefined)));
    }
  });
});

describe('the demo workspace', () => {
  let demo: TestContext;
  beforeAll(async () => {
    demo = await createTestContext({ demo: true });
  });
  afterAll(async () => {
    await demo?.close();
  });

  it("shows the seed event's projects at various stages and a sample event a year later, across years on the science park's page", async () => {
    const ws = await demo.newWorkspace('Demo follow-up');
    const { DemoLoader } = await import('../apps/api/src/demo/demo-loader.js');
    const { CredentialsService } = await import('@app/identity');
    const me = await demo.http().get(api('/auth/me')).set(ws.auth);
    const actor = await demo.app.get(CredentialsService).actorForUser(me.body.userId, ws.workspaceId);
    const { eventId } = await demo.app.get(DemoLoader).load(actor!);
    const g = (path: string, query: Record<string, unknown> = {}) => demo.http().get(api(path)).query(query).set(ws.auth);

    const board = await g('/follow-up/projects', { eventId, pageSize: 50 });
    const stages = board.body.items.map((p: { stage: string }) => p.stage);
    expect(new Set(stages)).toEqual(new Set(['in_operation', 'started', 'stalled', 'cancelled', 'contract_concluded', 'signed']));
    expect(board.body.items.some((p: { flag: string }) => p.flag === 'red')).toBe(true);

    const figures = await g('/follow-up/figures', { from: '2024-01-01', to: '2025-12-31', groupBy: 'event' });
    expect(figures.body.total.projects.signed).toBe(17);
    expect(figures.body.groups.map((e: { label: { en: string } }) => e.label.en)).toEqual([
      '[Sample] Shandong-Hong Kong Innovation Cooperation Follow-up Meeting 2025',
      'Shandong-Hong Kong Science and Technology Innovation Cooperation Exchange Meeting',
    ]);

    const orgs = await g('/organizations', { q: 'Hong Kong Science and Technology Parks' });
    const park = await g(`/counterparts/organizations/${orgs.body.items[0].id}`);
    expect(park.body.summary).toMatchObject({ firstDate: '2024-03-25', lastDate: '2025-03-24', mous: 2, projects: 3 });
    expect(park.body.items[0].date).toBe('2025-03-24');
    expect(park.body.items.at(-1).date).toBe('2024-03-25');
    expect(park.body.openDeliverables.map((d: { title: { en: string } }) => d.title.en)).toEqual([
      'Submit the annual cooperation progress report',
      'Exchange visits of 20 start-ups',
    ]);

    // dated from the day the demo is recorded: alerts in force whenever it is
    const alerts = await g('/follow-up/alerts');
    expect(alerts.status).toBe(200);
    expect(
      alerts.body.items
        .filter((a: { kind: string }) => a.kind !== 'mou_expiring')
        .map((a: { kind: string; daysLeft: number; deliverableTitle: { en: string } }) => [a.kind, a.daysLeft, a.deliverableTitle.en]),
    ).toEqual([
      ['deliverable_overdue', -5, 'Submit the annual cooperation progress report'],
      ['deliverable_due_soon', 10, 'Exchange visits of 20 start-ups'],
    ]);
  });
});
