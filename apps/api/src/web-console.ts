import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * The console's page paths (its router: `/`, `/events`, `/events/new`, `/events/:id[/writeup|/reports|/check-in|/edit|
 * /agenda|/attendance|/speeches|/mous|/projects]`, `/people`, `/people/new`, `/people/:id`, `/organizations`); `/` is the static index.
 */
const CONSOLE_PAGES = ['/events', '/events/*', '/people', '/people/*', '/organizations'];

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
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const accept = request.headers.accept ?? '';
    if (!accept.includes('text/html')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  };
  // Only the console's own page paths: a catch-all would shadow the API's 404, 405 and 414 answers.
  for (const path of CONSOLE_PAGES) fastify.get(path, page);
  return true;
}
