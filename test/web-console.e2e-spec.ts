import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/test-app.js';

let ctx: TestContext;
const dist = mkdtempSync(join(tmpdir(), 'eventreg-web-'));

beforeAll(async () => {
  // a stand-in for the built console, so these tests do not depend on a vite build
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>console</title><script type="module" src="/assets/app-1a2b3c.js"></script>',
  );
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  process.env.WEB_DIST_DIR = dist;
  // X-Forwarded-* are believed from this (loopback) proxy only
  process.env.TRUST_PROXY = '127.0.0.1,::1,::ffff:127.0.0.1';
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx?.close();
  delete process.env.WEB_DIST_DIR;
  delete process.env.TRUST_PROXY;
  rmSync(dist, { recursive: true, force: true });
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the web console at /', () => {
  it('serves the console, its hashed assets cached for a year, and its routes from index.html', async () => {
    const root = await ctx.http().get('/').set(html);
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toContain('text/html');
    expect(root.text).toContain('<title>console</title>');
    expect(root.headers['cache-control']).toBe('no-cache');

    const asset = await ctx.http().get('/assets/app-1a2b3c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const route of [
      '/events/3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40/check-in',
      '/events?status=held',
      '/invitation',
      '/reset-password',
    ]) {
      const page = await ctx.http().get(route).set(html);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<title>console</title>');
    }
  });

  it("announces a page's first requests as preloads: the session always, an event's data only with a session cookie", async () => {
    const id = '3f1c2a9e-8b7d-4c61-9a55-0d2f6e1b7c40';
    const preload = (url: string) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`;
    const root = await ctx.http().get('/').set(html);
    expect(root.headers['link']).toBe(preload('/api/v1/auth/session'));
    const signedOut = await ctx.http().get(`/events/${id}`).set(html);
    expect(signedOut.headers['link']).toBe(preload('/api/v1/auth/session'));
    const signedIn = await ctx
      .http()
      .get(`/events/${id}`)
      .set({ ...html, cookie: 'eventreg_session=abc' });
    expect(signedIn.headers['link']).toBe(
      [preload('/api/v1/auth/session'), preload(`/api/v1/events/${id}`), preload(`/api/v1/events/${id}/attendees?page=1&pageSize=50`)].join(
        ', ',
      ),
    );
    // other pages and ids that are not UUIDs announce no data
    const subPage = await ctx
      .http()
      .get(`/events/${id}/writeup`)
      .set({ ...html, cookie: 'eventreg_session=abc' });
    expect(subPage.headers['link']).toBe(preload('/api/v1/auth/session'));
    const notAnId = await ctx
      .http()
      .get('/events/nope')
      .set({ ...html, cookie: 'eventreg_session=abc' });
    expect(notAnId.headers['link']).toBe(preload('/api/v1/auth/session'));
  });

  it('leaves the API, the docs and health their own paths and JSON 404s', async () => {
    const unknownApi = await ctx.http().get('/api/v1/nothing-here').set(html);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.body.code).toBe('ROUTE_NOT_FOUND');
    const health = await ctx.http().get('/health').set(html);
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const docs = await ctx.http().get('/docs').set(html);
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
    const docsJson = await ctx.http().get('/docs-json');
    expect(docsJson.body.openapi).toMatch(/^3\./);
    // a missing file that is not a page stays a 404
    const missing = await ctx.http().get('/assets/missing.js').set({ accept: '*/*' });
    expect(missing.status).toBe(404);
  });
});

describe('security headers over plain http on a LAN', () => {
  for (const path of ['/', '/docs']) {
    it(`${path}: no forced https, no HSTS, a same-origin CSP`, async () => {
      const res = await ctx.http().get(path).set(html).set('host', '192.168.1.20:3000');
      expect(res.status).toBe(200);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(csp).not.toMatch(/https:/);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['cross-origin-opener-policy']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });
  }

  it('sends the same headers with API answers and errors', async () => {
    for (const res of [
      await ctx.http().get('/health'),
      await ctx.http().get('/api/v1/events'),
      await ctx.http().get('/api/v1/nothing-here'),
    ]) {
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('sends HSTS when a trusted proxy says the client used https', async () => {
    const res = await ctx.http().get('/').set(html).set('x-forwarded-proto', 'https');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    const api = await ctx.http().get('/health').set('x-forwarded-proto', 'https');
    expect(api.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });
});
