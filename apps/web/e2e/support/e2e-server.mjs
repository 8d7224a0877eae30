// The one server every browser test talks to: the built API (dist/) and the built console
// (apps/web/dist) on a throw-away database made for this run, with the demo event and the users the
// tests sign in as. Started by Playwright's `webServer`; drops its database when it is stopped.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const { users: E2E_USERS, todayEvent: TODAY_EVENT } = JSON.parse(readFileSync(resolve(here, 'e2e-users.json'), 'utf8'));
const dist = (path) => import(resolve(root, 'dist', path));
const log = (line) => process.stdout.write(`[e2e-server] ${line}\n`);

const port = Number(process.env.E2E_PORT ?? 3190);
const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
let serverUrl = given ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let embedded = null;

const { postgresAnswers, startEmbeddedPostgres } = await dist('libs/core/src/database/embedded-postgres.js');
if (!given && !(await postgresAnswers(serverUrl))) {
  embedded = await startEmbeddedPostgres({ dir: resolve(root, '.data/e2e-postgres'), port: 54331 });
  serverUrl = embedded.url;
}
const database = `eventreg_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
const admin = async (sql) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
await admin(`CREATE DATABASE ${database}`);
// the global teardown drops it even when this process is killed before it can
mkdirSync(resolve(root, 'test-results'), { recursive: true });
writeFileSync(resolve(root, 'test-results/e2e-database.json'), JSON.stringify({ serverUrl, database }));
const url = new URL(serverUrl);
url.pathname = `/${database}`;
Object.assign(process.env, {
  DATABASE_URL: url.toString(),
  DATABASE_MIGRATIONS_RUN: 'true',
  PORT: String(port),
  HOST: '127.0.0.1',
  JWT_SECRET: process.env.JWT_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-0123456',
  AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  AUTH_IP_RATE_LIMIT_PER_MINUTE: '5000',
  SIGNUP_RATE_LIMIT_PER_HOUR: '1000',
  RATE_LIMIT_PER_MINUTE: '100000',
  // the webhooks test's receiver listens on this machine
  WEBHOOK_ALLOWED_PRIVATE_ADDRESSES: '127.0.0.1',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});

let app = null;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await app?.close();
    await embedded?.stop();
  } finally {
    process.exit(code);
  }
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

try {
  const { createApp } = await dist('apps/api/src/setup.js');
  const { DemoModule } = await dist('apps/api/src/demo/demo.module.js');
  const { DemoLoader } = await dist('apps/api/src/demo/demo-loader.js');
  const { CredentialsService } = await dist('libs/identity/src/index.js');
  app = await createApp({ module: DemoModule, logger: false });
  await app.listen(port, '127.0.0.1');
  const base = `http://127.0.0.1:${port}/api/v1`;
  const call = async (method, path, body, token) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = res.status === 204 ? null : await res.json();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const { owner, official, organizer, liaison } = E2E_USERS;
  const demo = await call('POST', '/auth/signup', { email: owner.email, password: owner.password, workspaceName: owner.workspace });
  const me = await call('GET', '/auth/me', undefined, demo.accessToken);
  const actor = await app.get(CredentialsService).actorForUser(me.user?.id ?? me.userId, demo.workspaceId);
  await app.get(DemoLoader).load(actor);
  for (const user of [official, organizer]) {
    await call('POST', '/members', { email: user.email, password: user.password, role: user.role }, demo.accessToken);
  }
  // a second workspace the official also belongs to, for the workspace switcher
  const other = await call('POST', '/auth/signup', { email: liaison.email, password: liaison.password, workspaceName: liaison.workspace });
  await call('POST', '/members', { email: official.email, password: official.password, role: 'official' }, other.accessToken);
  // an event on today, for the check-in desk while an event is on
  const people = await call('GET', '/people?pageSize=40', undefined, demo.accessToken);
  const now = Date.now();
  const today = await call(
    'POST',
    '/events',
    {
      ...TODAY_EVENT,
      status: 'scheduled',
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 4 * 3_600_000).toISOString(),
    },
    demo.accessToken,
  );
  await call(
    'POST',
    `/events/${today.id}/attendees/bulk`,
    {
      items: people.items
        .slice(0, 24)
        .map((p, i) => ({ personId: p.id, role: i === 0 ? 'presider' : 'guest', side: i % 2 ? 'hongkong' : 'shandong' })),
    },
    demo.accessToken,
  );
  log(`ready on http://127.0.0.1:${port} with database ${database}`);
} catch (err) {
  process.stderr.write(`[e2e-server] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  await stop(1);
}
