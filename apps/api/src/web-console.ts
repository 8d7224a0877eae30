import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '@app/identity';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { ACCOUNT_PAGES } from '@app/identity';

/**
 * The console's page paths (its router: `/`, `/events`, `/events/new`, `/events/:id[/writeup|/reports|/check-in|/edit|/drafts|
 * /agenda|/attendance|/speeches|/mous|/projects]`, `/people`, `/people/new`, `/people/:id`, `/organizations`, `/workspace`, `/pipeline`, `/follow-up/mous/:id`, `/counterparts[/:id]`, and the
 * pages of one-time links, `/invitation` and `/reset-password`); `/` is the static index.
 */
const CONSOLE_PAGES = [
  '/events',
  '/events/*',
  '/people',
  '/people/*',
  '/organizations',
  '/workspace',
  '/pipeline',
  '/follow-up/*',
  '/counterparts',
  '/counterparts/*',
  ...Object.values(ACCOUNT_PAGES),
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a console page fetches first, announced in a `Link: rel=preload` header so the browser requests it
 * while it is still loading the script, not after: the session on every page, and on an event page the
 * event and its first attendee page. The URLs are the ones the console's start-up prefetch requests
 * (apps/web/src/app.tsx), byte for byte, or the browser would fetch twice.
 */
export function consolePreloads(pathname: string, signedIn: boolean): string[] {
  const urls = ['/api/v1/auth/session'];
  const [, events, id, more] = pathname.split('/');
  // data only with a session cookie: a signed-out browser is shown the sign-in page instead
  if (signedIn && events === 'events' && id && UUID.test(id) && more === undefined) {
    urls.push(`/api/v1/events/${id}`, `/api/v1/events/${id}/attendees?page=1&pageSize=50`);
  }
  return urls;
}

const preloadHeader = (pathname: string, signedIn = false) =>
  consolePreloads(pathname, signedIn)
    .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`)
    .join(', ');

/** The built console: WEB_DIST_DIR, else `apps/web/dist` found from this file upwards (source or dist); null when not built. */
export function webConsoleRoot(from = import.meta.dirname): string | null {
  const given = process.env.WEB_DIST_DIR;
  if (given) return existsSync(join(given, 'index.html')) ? given : null;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Serves the web console at `/` from the same origin as the API (no CORS). Hashed assets are cached
 * for a year; `index.html` is revalidated each time so a new build is picked up. A GET for one of the
 * console's page paths that accepts HTML gets `index.html` (the console routes in the browser); the API,
 * `/docs` and `/health` keep their paths, and unknown paths stay JSON 404s.
 */
export async function serveWebConsole(app: NestFastifyApplication, root = webConsoleRoot()): Promise<boolean> {
  if (!root) return false;
  const assets = join(root, 'assets') + sep;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
      // a console page path sets its own preloads before sending the index
      if (path === join(root, 'index.html') && !reply.hasHeader('link')) reply.header('link', preloadHeader('/'));
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const accept = request.headers.accept ?? '';
    if (!accept.includes('text/html')) return reply.callNotFound();
    const signedIn = (request.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`);
    return reply.header('link', preloadHeader(request.url.split('?')[0] ?? '/', signedIn)).sendFile('index.html');
  };
  // Only the console's own page paths: a catch-all would shadow the API's 404, 405 and 414 answers.
  for (const path of CONSOLE_PAGES) fastify.get(path, page);
  return true;
}
