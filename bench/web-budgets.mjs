// Web console budgets, printed (not a timed test): the initial JavaScript gzipped, the attendees tab of
// a 5,000-attendee event until it is interactive, and the check-in desk search at 5,000 attendees.
// Runs the built API and console (npm run bench:web builds first) on a throw-away database, in
// Debian's Chromium. ATTENDEES=… changes the event size.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { seedAttendees, throwAwayDatabase } from './support.mjs';

const N = Number(process.env.ATTENDEES ?? 5_000);
const root = resolve(import.meta.dirname, '..');
const webDist = resolve(root, 'apps/web/dist');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

// 1. Initial JavaScript: the entry script and the modules it preloads, gzipped at level 9
const html = readFileSync(resolve(webDist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
let raw = 0;
let gz = 0;
for (const file of initial) {
  const body = readFileSync(resolve(webDist, file));
  raw += body.length;
  gz += gzipSync(body, { level: 9 }).length;
}

Object.assign(process.env, { LOG_LEVEL: 'silent', WEB_DIST_DIR: webDist });
const { ds, drop } = await throwAwayDatabase('eventreg_bench_web');

const results = [];
let browser;
let app;
try {
  const { createApp } = await import('../dist/apps/api/src/setup.js');
  app = await createApp({ logger: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const credentials = { email: `bench-${Date.now()}@example.test`, password: 'Bench-Orchard-Violet-9382' };
  const signup = await fetch(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...credentials, workspaceName: 'Bench' }),
  });
  if (!signup.ok) throw new Error(`signup: ${signup.status} ${await signup.text()}`);
  const { accessToken, workspaceId } = await signup.json();
  const now = Date.now();
  const created = await fetch(`${base}/api/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      title: { zh: '大型交流会', ja: '大型交流会', en: 'Large exchange meeting' },
      kind: 'conference',
      status: 'scheduled',
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      timeZone: 'Asia/Shanghai',
      sides: [
        { code: 'shandong', name: { zh: '山东', en: 'Shandong' } },
        { code: 'hongkong', name: { zh: '香港', en: 'Hong Kong' } },
      ],
    }),
  });
  const event = await created.json();
  await seedAttendees(ds, {
    workspaceId,
    eventId: event.id,
    count: N,
    organizations: 100,
    attendance: `'participant', CASE WHEN p.n % 3 = 0 THEN 'hongkong' ELSE 'shandong' END, 'registered', NULL`,
  });
  await ds.query('ANALYZE');

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  // 2. The attendees tab: from navigation until the first page of rows is on screen and the search box takes input
  const tab = [];
  const phases = [];
  for (let run = 0; run < 4; run++) {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const signin = await page.request.post('/api/v1/auth/session', { data: credentials });
    if (!signin.ok()) throw new Error(`sign-in: ${signin.status()} ${await signin.text()}`);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const started = performance.now();
    await page.goto(`/events/${event.id}`);
    await page.getByRole('table').getByRole('row').nth(50).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('1');
    tab.push(performance.now() - started);
    // where the time went, from the page's own clock (ms since navigation start): when each response ended
    phases.push(
      await page.evaluate(() => {
        const ended = (part) =>
          Math.max(
            0,
            ...performance
              .getEntriesByType('resource')
              .filter((e) => e.name.includes(part))
              .map((e) => e.responseEnd),
          );
        const nav = performance.getEntriesByType('navigation')[0];
        return { html: nav.responseEnd, script: ended('/assets/index-'), session: ended('/auth/session'), attendees: ended('/attendees?') };
      }),
    );
    // the preloaded requests must be taken up by the console, not made a second time
    for (const path of ['/api/v1/auth/session', `/api/v1/events/${event.id}/attendees`]) {
      const times = requested.filter((p) => p === path).length;
      if (times !== 1) throw new Error(`${path} requested ${times} times`);
    }
    await context.close();
  }

  // 3. Desk search: the API answer, and the time from the last keystroke until the row is on screen
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.request.post('/api/v1/auth/session', { data: credentials });
  await page.goto(`/events/${event.id}/check-in`);
  const search = page.getByRole('searchbox', { name: 'Find a guest' });
  await search.waitFor();
  const api = [];
  const screen = [];
  for (let run = 0; run < 8; run++) {
    const n = 1 + Math.floor(((run + 1) * N) / 9);
    const name = `参加者${n}`;
    const t0 = performance.now();
    const res = await page.request.get(`/api/v1/events/${event.id}/attendees?pageSize=12&q=${encodeURIComponent(name)}`);
    await res.body();
    api.push(performance.now() - t0);
    await search.fill('');
    const started = performance.now();
    await search.fill(name);
    await page.getByRole('button', { name: `Check in: Attendee ${n}`, exact: true }).waitFor();
    screen.push(performance.now() - started);
  }
  await context.close();

  results.push([
    'initial JavaScript (gzipped)',
    `${(gz / 1024).toFixed(1)} KB (${(raw / 1024).toFixed(0)} KB raw, ${initial.length} file)`,
    '≤ 200 KB',
    gz <= 200 * 1024,
  ]);
  results.push([`attendees tab interactive, ${N} attendees (median of ${tab.length})`, ms(median(tab)), '< 1000 ms', median(tab) < 1000]);
  const phase = (key) => ms(median(phases.map((p) => p[key])));
  results.push([
    '  of which: html, script, session, first attendees received at',
    `${phase('html')}, ${phase('script')}, ${phase('session')}, ${phase('attendees')}`,
    '',
    true,
  ]);
  results.push([`desk search API answer, ${N} attendees (median of ${api.length})`, ms(median(api)), '< 150 ms', median(api) < 150]);
  results.push([
    `desk search keystroke → row on screen (incl. 120 ms debounce, median)`,
    ms(median(screen)),
    '< 150 ms after the debounce',
    median(screen) - 120 < 150,
  ]);
} finally {
  await browser?.close();
  await app?.close();
  await drop();
}

console.log('budget                                                          figure                        target');
for (const [name, figure, target, ok] of results) {
  console.log(`${ok ? '✓' : '✗'} ${name.padEnd(62)} ${figure.padEnd(29)} ${target}`);
}
