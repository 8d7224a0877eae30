import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { pino, type DestinationStream, type Logger } from 'pino';
import { logBase, logLevel } from '@app/core';

/** Credentials never reach the logs: tokens, keys, the session cookie both ways, the CSRF token. */
const REDACT = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** What a request's line says of the request and of its answer; signed download links are credentials too. */
const serializers = {
  req: (request: FastifyRequest) => ({
    id: request.id,
    method: request.method,
    url: request.url.replace(/\/downloads\/[^/?]+/, '/downloads/[token]'),
    headers: request.headers,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }),
  res: (reply: FastifyReply) => ({ statusCode: reply.statusCode, headers: reply.getHeaders() }),
};

let current: Logger | undefined;

/**
 * The API's logger: Fastify logs through it (each request's logger is its child, with the request id), and so
 * does Nest (nestjs-pino, given this instance). Made by createApp; `destination` defaults to standard output.
 */
export function useApiLogger(destination?: DestinationStream): Logger {
  current = pino({ level: logLevel(), base: logBase('eventreg-api'), redact: REDACT, serializers }, destination);
  return current;
}

/** The logger createApp made (or one on standard output). */
export function apiLogger(): Logger {
  return current ?? useApiLogger();
}

/**
 * Fastify's request log lines: one per request, once it is answered (`request completed`, or `request errored` at
 * level error for a 5xx, whose error the exception filter logs on its own line with the same request id), with
 * the request and the answer. Nothing is logged when a request comes in.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {
    // the request is logged with its answer
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error || reply.statusCode >= 500) request.log.error(error ? { ...line, err: error } : line, 'request errored');
    else request.log.info(line, 'request completed');
  }
}
