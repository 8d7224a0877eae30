import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppException } from './app.exception.js';
import { ERROR_STATUS, type ErrorCode } from './error-code.js';
import { findTextProblems, MAX_BODY_DEPTH, TEXT_PROBLEM_MESSAGES } from './text-guard.js';

/** Methods a route can serve; `Allow` lists those of a path. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The one error body, for answers sent outside the Nest exception filter. */
export function errorBody(code: ErrorCode, message: string, requestId: string, details?: unknown) {
  return { statusCode: ERROR_STATUS[code], code, message, ...(details === undefined ? {} : { details }), requestId };
}

/**
 * Checks every request before its handler, once, in one place:
 * - a known path asked with a method it does not serve answers 405 METHOD_NOT_ALLOWED with `Allow`;
 * - a body nested deeper than MAX_BODY_DEPTH is refused with 400 INVALID_BODY;
 * - a NUL character or a lone UTF-16 surrogate anywhere in the body, query or path is refused with
 *   400 VALIDATION_FAILED naming the field (PostgreSQL cannot store the one, Unicode has no character for the other).
 * Errors thrown here reach the global exception filter, so they have the API's error shape.
 */
export function registerRequestGuards(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.is404) return;
    const allow = allowedMethods(fastify, request.url);
    if (!allow.length) return;
    void reply.header('allow', allow.join(', '));
    throw new AppException('METHOD_NOT_ALLOWED', `${request.method} is not served at this path; it serves ${allow.join(', ')}`, {
      allow,
    });
  });
  fastify.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    done(textError(request));
  });
}

/** The error for a request whose body is too deep or whose text cannot be stored, if any. */
function textError(request: FastifyRequest): AppException | undefined {
  const body = findTextProblems(request.body, MAX_BODY_DEPTH);
  if (body[0]?.kind === 'depth') {
    return new AppException('INVALID_BODY', `The body is nested deeper than ${MAX_BODY_DEPTH} levels (at ${body[0].field})`, {
      maxDepth: MAX_BODY_DEPTH,
    });
  }
  const problems = [...body, ...findTextProblems(request.query, 4), ...findTextProblems(request.params, 2)];
  if (!problems.length) return undefined;
  const details = problems.map((p) => ({
    field: p.field,
    messages: [p.kind === 'depth' ? 'nested too deeply' : TEXT_PROBLEM_MESSAGES[p.kind]],
  }));
  return new AppException('VALIDATION_FAILED', `Invalid input: ${details.map((d) => d.field).join(', ')}`, details);
}

/** Methods served at the path of `url` (OPTIONS only alongside another one: CORS answers OPTIONS everywhere). */
function allowedMethods(fastify: FastifyInstance, url: string): string[] {
  const path = url.split('?')[0];
  const served = METHODS.filter((method) => fastify.findRoute({ method, url: path }) !== null);
  return served.some((m) => m !== 'OPTIONS') ? served : [];
}

/**
 * Fastify's `frameworkErrors`: a path that cannot be decoded (400) or a path parameter that is too long
 * (414) answers in the API's error shape instead of Fastify's own.
 */
export function frameworkErrorHandler(error: { code?: string; message: string }, request: FastifyRequest, reply: FastifyReply): void {
  const code: ErrorCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'URI_TOO_LONG' : 'BAD_REQUEST';
  const message = code === 'URI_TOO_LONG' ? 'A part of the path is too long' : 'The path is not a valid URL (bad percent-encoding)';
  void reply
    .code(ERROR_STATUS[code])
    .header('x-request-id', request.id)
    .send(errorBody(code, message, String(request.id)));
}

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser refuses (malformed, headers too large,
 * too slow) answers in the API's error shape, then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, message]: [ErrorCode, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ['REQUEST_TIMEOUT', 'The request was not received in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? ['HEADERS_TOO_LARGE', 'The request headers are too large']
        : ['BAD_REQUEST', 'The request is not valid HTTP'];
  const requestId = randomUUID();
  const status = ERROR_STATUS[code];
  const body = JSON.stringify(errorBody(code, message, requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
