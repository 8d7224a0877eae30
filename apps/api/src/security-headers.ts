import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';

const HSTS = 'max-age=15552000; includeSubDomains';

/**
 * Security headers that fit how the service is reached. Over plain http (a machine on the office LAN,
 * `http://192.168.1.20:3000/`) nothing forces https: no `upgrade-insecure-requests`, no HSTS, no
 * cross-origin-opener policy (browsers ignore it on an untrustworthy origin and say so in the console).
 * Over https, or behind a proxy named in TRUST_PROXY that says the client used https
 * (`X-Forwarded-Proto`), HSTS and COOP are sent. The CSP allows only the service's own origin, which
 * is whatever address the browser used: the web console and Swagger UI load their scripts, styles and
 * data from it and nothing else.
 */
const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Swagger UI and the console set inline style attributes
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  strictTransportSecurity: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
};

/**
 * The headers helmet sets for these options, worked out once: they depend on nothing in the request (the
 * Fastify plugin built helmet's middleware again on every request, parsing the CSP each time).
 */
export function securityHeaders(options: HelmetOptions = OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  // helmet's middleware throws on options it refuses; its callback is called once the headers are set
  helmet(options)({} as never, response as never, () => undefined);
  return headers;
}

export function registerSecurityHeaders(app: NestFastifyApplication): void {
  const headers = securityHeaders();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
  fastify.addHook('onSend', async (request, reply) => {
    // request.protocol believes X-Forwarded-Proto only from a trusted proxy
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', HSTS);
      reply.header('cross-origin-opener-policy', 'same-origin');
    }
  });
}
