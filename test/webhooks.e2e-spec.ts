import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebhookSender } from '@app/platform';
import { inject } from 'vitest';
import { finishedImport } from './support/imports.js';
import { registerFixtures } from './support/register-fixtures.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let organizer: Session;
let official: Session;
let other: Session;
let db: pg.Client;

const api = (path: string) => `/api/v1${path}`;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 (the test ports 3121–3124): answers `status`, or is down. */
class Receiver {
  received: Received[] = [];
  status = 200;
  private server: Server | null = null;

  constructor(readonly port: number) {}

  get url() {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(this.status).end();
      });
    });
    this.server = server;
    return new Promise((done) => server.listen(this.port, '127.0.0.1', () => done()));
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((done) => server.close(() => done()));
  }

  /** The bodies received of one type, parsed. */
  ofType(type: string) {
    return this.received.filter((r) => JSON.parse(r.body).type === type);
  }
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const createEndpoint = async (s: Session, url: string, eventTypes: string[], description?: string) => {
  const res = await ctx.http().post(api('/webhook-endpoints')).set(s.auth).send({ url, eventTypes, description });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; secret: string; enabled: boolean };
};

const deliveries = async (s: Session, endpointId: string, query: Record<string, string | number> = {}) => {
  const res = await ctx
    .http()
    .get(api(`/webhook-endpoints/${endpointId}/deliveries`))
    .query(query)
    .set(s.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Record<string, any>[]; total: number; page: number; pageSize: number };
};

const endpointOf = async (s: Session, id: string) =>
  (
    await ctx
      .http()
      .get(api(`/webhook-endpoints/${id}`))
      .set(s.auth)
      .expect(200)
  ).body;

/** Each request verified with the Standard Webhooks library against `secret`: the parsed payload, or a thrown error. */
const verify = (secret: string, r: Received) =>
  new Webhook(secret).verify(r.body, {
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  }) as { type: string; timestamp: string; data: Record<string, any> };

const receivers: Receiver[] = [];
const receiver = async (port: number, status = 200) => {
  const r = new Receiver(port);
  r.status = status;
  receivers.push(r);
  await r.start();
  return r;
};

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  owner = await ctx.newWorkspace('Webhook office');
  organizer = await ctx.newMember(owner, 'organizer');
  official = await ctx.newMember(owner, 'official');
  other = await ctx.newWorkspace('Another office');
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});
// each test starts without endpoints: earlier ones would still be retrying and slow the queue down
afterEach(async () => {
  await db.query('DELETE FROM webhook_endpoints WHERE workspace_id = $1', [owner.workspaceId]);
});
afterAll(async () => {
  for (const r of receivers) await r.stop();
  await db?.end();
  await ctx?.close();
});

describe('webhook endpoints', () => {
  it('are managed by owners only, with the secret shown once and kept encrypted', async () => {
    const created = await createEndpoint(owner, 'http://127.0.0.1:3129/unused', ['event.created'], 'CRM');
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    expect(created).toMatchObject({
      enabled: true,
      description: 'CRM',
      eventTypes: ['event.created'],
      disabledReason: null,
      disabledBy: null,
    });

    const got = await endpointOf(owner, created.id);
    expect(got).not.toHaveProperty('secret');
    const list = await ctx.http().get(api('/webhook-endpoints')).query({ pageSize: 1 }).set(owner.auth).expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(created.secret);

    const [{ secret_encrypted: stored }] = (await db.query('SELECT secret_encrypted FROM webhook_endpoints WHERE id = $1', [created.id]))
      .rows;
    expect(stored).not.toContain(created.secret.slice(6, 20));
    expect(stored).toMatch(/^v1\./);

    for (const s of [organizer, official]) {
      const res = await ctx.http().get(api('/webhook-endpoints')).set(s.auth);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('INSUFFICIENT_ROLE');
      expect(
        (
          await ctx
            .http()
            .post(api('/webhook-endpoints'))
            .set(s.auth)
            .send({ url: 'http://127.0.0.1:3129/x', eventTypes: ['event.created'] })
        ).status,
      ).toBe(403);
      expect(
        (
          await ctx
            .http()
            .delete(api(`/webhook-endpoints/${created.id}`))
            .set(s.auth)
        ).status,
      ).toBe(403);
    }
  });

  it('are audited like every other write: created, changed, secret rotated, deleted, never with their secrets', async () => {
    const created = await createEndpoint(owner, 'http://127.0.0.1:3129/audited', ['event.created'], 'CRM');
    await ctx
      .http()
      .patch(api(`/webhook-endpoints/${created.id}`))
      .set(owner.auth)
      .send({ eventTypes: ['event.created', 'mou.signed'], description: 'Press CRM' })
      .expect(200);
    const rotated = await ctx
      .http()
      .post(api(`/webhook-endpoints/${created.id}/rotate-secret`))
      .set(owner.auth)
      .expect(200);
    const sealed = (await db.query('SELECT secret_encrypted, previous_secret_encrypted FROM webhook_endpoints WHERE id = $1', [created.id]))
      .rows[0] as { secret_encrypted: string; previous_secret_encrypted: string };
    await ctx
      .http()
      .delete(api(`/webhook-endpoints/${created.id}`))
      .set(owner.auth)
      .expect(204);

    const ownerId = (await ctx.http().get(api('/auth/me')).set(owner.auth)).body.userId as string;
    const res = await ctx.http().get(api('/audit-log')).query({ resourceId: created.id, pageSize: 50 }).set(owner.auth).expect(200);
    const entries = (res.body.items as Record<string, any>[]).reverse();
    expect(entries.map((e) => [e.action, e.resource.type, e.actor.type, e.actor.userId])).toEqual([
      ['create', 'webhook_endpoint', 'user', ownerId],
      ['update', 'webhook_endpoint', 'user', ownerId],
      ['rotate', 'webhook_endpoint', 'user', ownerId],
      ['delete', 'webhook_endpoint', 'user', ownerId],
    ]);
    expect(entries[0].after).toMatchObject({ url: 'http://127.0.0.1:3129/audited', eventTypes: ['event.created'], enabled: true });
    expect(entries[1].before).toEqual({ description: 'CRM', eventTypes: ['event.created'] });
    expect(entries[1].after).toEqual({ description: 'Press CRM', eventTypes: ['event.created', 'mou.signed'] });
    expect(entries[2].before).toEqual({ previousSecretExpiresAt: null });
    expect(Date.parse(entries[2].after.previousSecretExpiresAt)).toBe(Date.parse(rotated.body.previousSecretExpiresAt));
    expect(entries[3].before).toMatchObject({ url: 'http://127.0.0.1:3129/audited', description: 'Press CRM' });
    // neither the secrets nor their sealed forms, in the API's answer or in the table itself
    for (const e of entries) {
      expect(Object.keys({ ...e.before, ...e.after }).filter((k) => /secretEncrypted|failingSince/.test(k))).toEqual([]);
    }
    const stored = (await db.query('SELECT before::text || after::text AS t FROM audit_log WHERE resource_id = $1', [created.id])).rows
      .map((r: { t: string | null }) => r.t ?? '')
      .join('\n');
    for (const secret of [created.secret, rotated.body.secret, sealed.secret_encrypted, sealed.previous_secret_encrypted, 'whsec_']) {
      expect(stored).not.toContain(secret);
      expect(JSON.stringify(res.body)).not.toContain(secret);
    }
    // owners filter the log by the new resource type and action
    const filtered = await ctx.http().get(api('/audit-log')).query({ resourceType: 'webhook_endpoint', action: 'rotate' }).set(owner.auth);
    expect(filtered.status).toBe(200);
    expect(filtered.body.items.map((e: { resource: { id: string } }) => e.resource.id)).toEqual([created.id]);
  });

  it('are invisible to another workspace (404), for reading, changing, deleting and the delivery log', async () => {
    const mine = await createEndpoint(owner, 'http://127.0.0.1:3129/mine', ['event.created']);
    const theirs = await ctx.http().get(api('/webhook-endpoints')).set(other.auth).expect(200);
    expect(theirs.body.items.map((e: { id: string }) => e.id)).not.toContain(mine.id);
    const calls = [
      ctx.http().get(api(`/webhook-endpoints/${mine.id}`)),
      ctx
        .http()
        .patch(api(`/webhook-endpoints/${mine.id}`))
        .send({ enabled: false }),
      ctx.http().delete(api(`/webhook-endpoints/${mine.id}`)),
      ctx.http().post(api(`/webhook-endpoints/${mine.id}/rotate-secret`)),
      ctx.http().get(api(`/webhook-endpoints/${mine.id}/deliveries`)),
    ];
    for (const call of calls) {
      const res = await call.set(other.auth);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    expect((await endpointOf(owner, mine.id)).enabled).toBe(true);
  });

  it('refuse private, loopback and link-local addresses not allowed by the operator, and bad input', async () => {
    for (const url of ['http://10.0.0.5/hook', 'http://127.0.0.2:3129/hook', 'http://169.254.169.254/latest', 'http://[::1]:3129/']) {
      const res = await ctx
        .http()
        .post(api('/webhook-endpoints'))
        .set(owner.auth)
        .send({ url, eventTypes: ['event.created'] });
      expect(res.status, url).toBe(400);
      expect(res.body.code).toBe('WEBHOOK_URL_REFUSED');
    }
    const bad = await ctx
      .http()
      .post(api('/webhook-endpoints'))
      .set(owner.auth)
      .send({ url: 'ftp://example.org/x', eventTypes: ['nope'] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['eventTypes', 'url']);
    const none = await ctx.http().post(api('/webhook-endpoints')).set(owner.auth).send({ url: 'http://127.0.0.1:3129/', eventTypes: [] });
    expect(none.status).toBe(400);
  });
});

describe('webhook delivery', { timeout: 90_000 }, () => {
  it('sends each event once, signed as Standard Webhooks says, for every event type', async () => {
    const r = await receiver(3121);
    const all = [
      'event.created',
      'event.updated',
      'event.status_changed',
      'attendee.added',
      'attendee.checked_in',
      'mou.signed',
      'project.signed',
      'writeup.published',
      'import.finished',
    ];
    const endpoint = await createEndpoint(owner, r.url, all);

    // on now, so attendees can check in
    const event = await f.event(organizer, { startsAt: new Date(Date.now() - 3600_000).toISOString() });
    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(organizer.auth)
      .send({ venue: { en: 'Qingdao hall' } })
      .expect(200);
    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(organizer.auth)
      .send({ status: 'scheduled' })
      .expect(200);
    const person = await f.person(organizer, { name: { en: 'Li Na' } });
    const attendee = await f.attend(organizer, event.id, person.id);
    await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/${attendee.id}/check-in`))
      .set(organizer.auth)
      // the arrival time is given: once the event's day is over in its own zone, a check-in must say when
      .send({ checkedInAt: new Date().toISOString() })
      .expect(200);
    const orgA = await f.organization(organizer);
    const orgB = await f.organization(organizer);
    const mou = await f.post(organizer, `/events/${event.id}/mous`, {
      title: { en: 'MoU on cooperation' },
      parties: [{ organizationId: orgA.id }, { organizationId: orgB.id }],
    });
    const project = await f.post(organizer, `/events/${event.id}/projects`, { title: { en: 'Joint laboratory' }, partyIds: [orgA.id] });
    const draft = await f.post(organizer, `/events/${event.id}/writeups`, { lang: 'en' });
    await ctx
      .http()
      .post(api(`/events/${event.id}/writeups/${draft.id}/publish`))
      .set(organizer.auth)
      .send({})
      .expect(200);
    const file = Buffer.from('name_en,title_en,organization_en,role\r\nImported Person,Adviser,Import Institute,guest\r\n');
    const accepted = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/import`))
      .set(organizer.auth)
      .attach('file', file, { filename: 'list.csv', contentType: 'text/csv' });
    const imported = await finishedImport(ctx, organizer.auth, accepted);
    expect(imported.status).toBe('succeeded');

    await until('every event type', () => all.every((type) => r.ofType(type).length > 0));
    // a moment more: nothing arrives twice
    await new Promise((done) => setTimeout(done, 500));
    const payloads = r.received.map((req) => verify(endpoint.secret, req));
    expect(payloads.map((p) => p.type).sort()).toEqual([...all].sort());
    const ids = r.received.map((req) => req.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const req of r.received) {
      expect(req.headers['content-type']).toBe('application/json');
      expect(Number(req.headers['webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60);
      expect(String(req.headers['webhook-signature'])).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    }
    // a wrong secret does not verify
    expect(() => verify('whsec_' + Buffer.alloc(32, 1).toString('base64'), r.received[0])).toThrow();

    const byType = Object.fromEntries(payloads.map((p) => [p.type, p]));
    expect(byType['event.created'].data).toMatchObject({
      id: event.id,
      workspaceId: owner.workspaceId,
      status: 'draft',
      timeZone: 'Asia/Shanghai',
    });
    expect(byType['event.updated'].data).toMatchObject({ id: event.id, venue: { en: 'Qingdao hall' } });
    expect(byType['event.status_changed'].data).toMatchObject({ id: event.id, status: 'scheduled', previousStatus: 'draft' });
    expect(byType['attendee.added'].data).toMatchObject({ id: attendee.id, eventId: event.id, personId: person.id });
    expect(byType['attendee.checked_in'].data).toMatchObject({ id: attendee.id, status: 'checked_in' });
    expect(byType['mou.signed'].data).toMatchObject({ id: mou.id, eventId: event.id, status: 'signed' });
    expect(byType['project.signed'].data).toMatchObject({ id: project.id, eventId: event.id });
    expect(byType['writeup.published'].data).toMatchObject({ id: draft.id, eventId: event.id, status: 'published', publishedVersion: 1 });
    // an import sends one import.finished, not one attendee.added per row
    expect(byType['import.finished'].data).toMatchObject({
      id: imported.id,
      eventId: event.id,
      status: 'succeeded',
      totalRows: 1,
      rowsDone: 1,
      result: { attendancesAdded: 1, peopleCreated: 1 },
    });
    // neither the file nor the row errors are sent
    expect(byType['import.finished'].data).not.toHaveProperty('file');
    expect(byType['import.finished'].data).not.toHaveProperty('errors');
    expect(Date.parse(byType['event.created'].timestamp)).not.toBeNaN();

    const log = await deliveries(owner, endpoint.id, { pageSize: 200 });
    expect(log.total).toBe(all.length);
    for (const d of log.items) expect(d).toMatchObject({ status: 'succeeded', attempts: 1, responseStatus: 200, lastError: null });
    const page2 = await deliveries(owner, endpoint.id, { pageSize: 4, page: 2 });
    expect(page2.items).toHaveLength(4);
    expect((await deliveries(owner, endpoint.id, { status: 'failed' })).total).toBe(0);

    // events of types the endpoint did not choose, and of other workspaces, are not sent to it
    await ctx
      .http()
      .patch(api(`/webhook-endpoints/${endpoint.id}`))
      .set(owner.auth)
      .send({ eventTypes: ['mou.signed'] })
      .expect(200);
    await f.event(owner);
    await f.event(other);
    await new Promise((done) => setTimeout(done, 700));
    expect(r.received).toHaveLength(all.length);
  });

  it('sends nothing for a rolled-back write, and the committed one once', async () => {
    const r = await receiver(3122);
    const endpoint = await createEndpoint(owner, r.url, ['event.created']);
    // a write in a tenant transaction, as the service makes them, rolled back or committed
    const write = async (title: string, end: 'ROLLBACK' | 'COMMIT') => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('role', 'eventreg_tenant', true), set_config('app.workspace_id', $1, true)`, [owner.workspaceId]);
      const { rows } = await db.query(
        `INSERT INTO events (workspace_id, title, kind, starts_at, time_zone) VALUES ($1, $2, 'exchange_meeting', now(), 'Asia/Shanghai') RETURNING id`,
        [owner.workspaceId, JSON.stringify({ en: title })],
      );
      await db.query(end);
      return rows[0].id as string;
    };
    const rolledBack = await write('Never happened', 'ROLLBACK');
    const committed = await write('Happened', 'COMMIT');
    // a write through the API that fails half-way is rolled back too: an MoU whose second party does not exist
    const event = await f.event(owner);
    const org = await f.organization(owner);
    const refused = await ctx
      .http()
      .post(api(`/events/${event.id}/mous`))
      .set(owner.auth)
      .send({ title: { en: 'MoU' }, parties: [{ organizationId: org.id }, { organizationId: '00000000-0000-4000-8000-000000000000' }] });
    expect(refused.status).toBe(404);

    await until('the committed event', () => r.received.length >= 2);
    await new Promise((done) => setTimeout(done, 700));
    const sent = r.received.map((req) => verify(endpoint.secret, req).data.id);
    expect(sent.sort()).toEqual([committed, event.id].sort());
    expect(sent).not.toContain(rolledBack);
    expect((await db.query('SELECT count(*)::int AS n FROM webhook_messages WHERE resource_id = $1', [rolledBack])).rows[0].n).toBe(0);
  });

  it('delivers after the receiver was down for a while, retrying with backoff', async () => {
    const r = new Receiver(3123);
    receivers.push(r);
    const endpoint = await createEndpoint(owner, r.url, ['event.created']);
    const event = await f.event(owner);
    // down: connections refused; the delivery is retried with growing waits
    const failing = await until('three failed attempts', async () => {
      const [d] = (await deliveries(owner, endpoint.id)).items;
      return d && d.attempts >= 3 && d;
    });
    expect(failing).toMatchObject({ status: 'pending', responseStatus: null, lastError: 'connection refused' });
    expect(Date.parse(failing.nextAttemptAt)).toBeGreaterThan(Date.parse(failing.lastAttemptAt));
    expect((await endpointOf(owner, endpoint.id)).failingSince).not.toBeNull();

    await r.start();
    const done = await until('the delivery', async () => {
      const [d] = (await deliveries(owner, endpoint.id)).items;
      return d?.status === 'succeeded' && d;
    });
    expect(done.attempts).toBeGreaterThanOrEqual(4);
    expect(done).toMatchObject({ responseStatus: 200, lastError: null, nextAttemptAt: null });
    expect(r.received).toHaveLength(1);
    expect(verify(endpoint.secret, r.received[0]).data.id).toBe(event.id);
    expect((await endpointOf(owner, endpoint.id)).failingSince).toBeNull();
  });

  it('redelivers by hand with the same webhook-id and body', async () => {
    const r = await receiver(3124);
    const endpoint = await createEndpoint(owner, r.url, ['event.created']);
    await f.event(owner);
    const [first] = await until('the delivery', async () => {
      const { items } = await deliveries(owner, endpoint.id);
      return items[0]?.status === 'succeeded' && items;
    });
    const res = await ctx
      .http()
      .post(api(`/webhook-endpoints/${endpoint.id}/deliveries/${first.id}/redeliver`))
      .set(owner.auth)
      .send({});
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ id: first.id, status: 'pending' });
    await until('the redelivery', () => r.received.length === 2);
    expect(r.received[1].headers['webhook-id']).toBe(r.received[0].headers['webhook-id']);
    expect(r.received[1].body).toBe(r.received[0].body);
    verify(endpoint.secret, r.received[1]);
    const again = await until('the log', async () => {
      const [d] = (await deliveries(owner, endpoint.id)).items;
      return d.status === 'succeeded' && d.attempts === 2 && d;
    });
    expect(again.id).toBe(first.id);

    const missing = await ctx
      .http()
      .post(api(`/webhook-endpoints/${endpoint.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`))
      .set(owner.auth)
      .send({});
    expect(missing.status).toBe(404);
    const organizerTry = await ctx
      .http()
      .post(api(`/webhook-endpoints/${endpoint.id}/deliveries/${first.id}/redeliver`))
      .set(organizer.auth);
    expect(organizerTry.status).toBe(403);
  });

  it('signs with the old secret too for a while after a rotation', async () => {
    const r = await receiver(3126);
    const endpoint = await createEndpoint(owner, r.url, ['event.created']);
    const rotated = await ctx
      .http()
      .post(api(`/webhook-endpoints/${endpoint.id}/rotate-secret`))
      .set(owner.auth)
      .send({});
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect((await endpointOf(owner, endpoint.id)).previousSecretExpiresAt).toBe(rotated.body.previousSecretExpiresAt);

    await f.event(owner);
    await until('the delivery', () => r.received.length === 1);
    expect(String(r.received[0].headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(rotated.body.secret, r.received[0]).type).toBe('event.created');
    expect(verify(endpoint.secret, r.received[0]).type).toBe('event.created');

    // once the grace period is over, only the new secret signs
    await db.query(`UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [endpoint.id]);
    await f.event(owner);
    await until('the second delivery', () => r.received.length === 2);
    expect(verify(rotated.body.secret, r.received[1]).type).toBe('event.created');
    expect(() => verify(endpoint.secret, r.received[1])).toThrow();
  });

  it('disables an endpoint that failed continuously for days; the owner sees why and re-enables it', async () => {
    const r = await receiver(3127, 500);
    const endpoint = await createEndpoint(owner, r.url, ['event.created']);
    await f.event(owner);
    const [failing] = await until('a failed attempt', async () => {
      const { items } = await deliveries(owner, endpoint.id);
      return items[0]?.attempts >= 1 && items;
    });
    expect(failing).toMatchObject({ status: 'pending', responseStatus: 500, lastError: 'HTTP 500' });
    // every attempt has failed for six days (the limit is five)
    await db.query(`UPDATE webhook_endpoints SET failing_since = now() - interval '6 days' WHERE id = $1`, [endpoint.id]);
    const disabled = await until('the endpoint disabled', async () => {
      const e = await endpointOf(owner, endpoint.id);
      return !e.enabled && e;
    });
    expect(disabled.disabledReason).toMatch(/^Every delivery attempt failed for 6 days, since .*; the last: HTTP 500$/);
    expect(disabled.disabledBy).toBe('failures');
    expect(Date.parse(disabled.disabledAt)).toBeGreaterThan(Date.now() - 60_000);
    const [failed] = (await deliveries(owner, endpoint.id)).items;
    expect(failed).toMatchObject({ status: 'failed', nextAttemptAt: null });

    // nothing more is sent to it, and a redelivery is refused until it is enabled again
    const before = r.received.length;
    await f.event(owner);
    await new Promise((done) => setTimeout(done, 500));
    expect(r.received).toHaveLength(before);
    expect((await deliveries(owner, endpoint.id)).total).toBe(1);
    const refused = await ctx
      .http()
      .post(api(`/webhook-endpoints/${endpoint.id}/deliveries/${failed.id}/redeliver`))
      .set(owner.auth);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CONFLICT');

    r.status = 204;
    const enabled = await ctx
      .http()
      .patch(api(`/webhook-endpoints/${endpoint.id}`))
      .set(owner.auth)
      .send({ enabled: true })
      .expect(200);
    expect(enabled.body).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, failingSince: null });
    await ctx
      .http()
      .post(api(`/webhook-endpoints/${endpoint.id}/deliveries/${failed.id}/redeliver`))
      .set(owner.auth)
      .expect(202);
    const delivered = await until('the redelivery', async () => {
      const [d] = (await deliveries(owner, endpoint.id)).items;
      return d.status === 'succeeded' && d;
    });
    expect(delivered.responseStatus).toBe(204);

    // disabled by an owner: the reason says so
    const off = await ctx
      .http()
      .patch(api(`/webhook-endpoints/${endpoint.id}`))
      .set(owner.auth)
      .send({ enabled: false })
      .expect(200);
    expect(off.body).toMatchObject({ enabled: false, disabledReason: 'Disabled by an owner', disabledBy: 'owner' });
    await ctx
      .http()
      .delete(api(`/webhook-endpoints/${endpoint.id}`))
      .set(owner.auth)
      .expect(204);
    expect(
      (
        await ctx
          .http()
          .get(api(`/webhook-endpoints/${endpoint.id}`))
          .set(owner.auth)
      ).status,
    ).toBe(404);

    // the audit log has each change: the disable after failures made by the service, none for the failure bookkeeping
    const audit = await ctx.http().get(api('/audit-log')).query({ resourceId: endpoint.id, pageSize: 50 }).set(owner.auth).expect(200);
    const entries = (audit.body.items as Record<string, any>[]).reverse();
    expect(entries.map((e) => [e.action, e.actor.type])).toEqual([
      ['create', 'user'],
      ['update', 'system'],
      ['update', 'user'],
      ['update', 'user'],
      ['delete', 'user'],
    ]);
    expect(entries[1].before).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null });
    expect(entries[1].after).toMatchObject({ enabled: false, disabledReason: disabled.disabledReason });
    expect(entries[3].after).toMatchObject({ enabled: false, disabledReason: 'Disabled by an owner' });
  });

  it('purges messages past their retention once every delivery finished, and keeps those still being delivered', async () => {
    // a workspace of its own: no other endpoint wants its events
    const solo = await ctx.newWorkspace('Purging office');
    const r = await receiver(3128);
    const done = await createEndpoint(solo, r.url, ['event.created']);
    const down = await createEndpoint(solo, 'http://127.0.0.1:3129/nobody-listens', ['event.created']);
    await f.event(solo);
    await until('one delivered, one failing', async () => {
      const [a] = (await deliveries(solo, done.id)).items;
      const [b] = (await deliveries(solo, down.id)).items;
      return a?.status === 'succeeded' && b?.attempts >= 1;
    });
    const ids = (await db.query('SELECT DISTINCT message_id FROM webhook_deliveries WHERE endpoint_id = ANY($1)', [[done.id, down.id]]))
      .rows;
    expect(ids).toHaveLength(1);
    await db.query(`UPDATE webhook_messages SET created_at = now() - interval '31 days' WHERE id = $1`, [ids[0].message_id]);
    const sender = ctx.app.get(WebhookSender);
    // the other endpoint still retries the message: it stays
    expect(await sender.purge(30, 1000)).toBe(0);
    await ctx
      .http()
      .patch(api(`/webhook-endpoints/${down.id}`))
      .set(solo.auth)
      .send({ enabled: false })
      .expect(200);
    expect(await sender.purge(30, 1000)).toBe(1);
    expect((await deliveries(solo, done.id)).total).toBe(0);
    expect((await deliveries(solo, down.id)).total).toBe(0);
  });
});
