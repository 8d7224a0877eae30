import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

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
export async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
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
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      // request.protocol believes X-Forwarded-Proto only from a trusted proxy
      if (request.protocol === 'https') {
        reply.header('strict-transport-security', HSTS);
        reply.header('cross-origin-opener-policy', 'same-origin');
      }
    });
}
