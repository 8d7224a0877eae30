import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { AppException } from './app.exception.js';
import { DATABASE_RETRY_AFTER_SECONDS, databaseTrouble, databaseTroubleMessage } from './database-errors.js';
import { ERROR_STATUS, type ErrorCode } from './error-code.js';

interface Reply {
  sent?: boolean;
  raw?: { headersSent?: boolean };
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): void;
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Writes at the same time that the database could not both apply (a serialization failure, a deadlock): it undid this one, and sending it again succeeds. */
const CONCURRENT_WRITE: { code: ErrorCode; message: string } = {
  code: 'CONFLICT',
  message: 'The change met another one made at the same time; send it again',
};

/** PostgreSQL errors a caller can cause, mapped to client errors without exposing SQL. */
const PG_CODES: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: 'ALREADY_EXISTS', message: 'A record with the same unique values already exists' },
  '23503': { code: 'IN_USE', message: 'The record is referenced by other records, or references one that does not exist' },
  '22P02': { code: 'BAD_REQUEST', message: 'A value has the wrong format' },
  '22003': { code: 'BAD_REQUEST', message: 'A number is out of range' },
  '22001': { code: 'BAD_REQUEST', message: 'A value is too long' },
  '22007': { code: 'BAD_REQUEST', message: 'A date or time has the wrong format' },
  '22008': { code: 'BAD_REQUEST', message: 'A date or time is out of range' },
  '22P05': { code: 'BAD_REQUEST', message: 'A text holds a character that cannot be stored (such as NUL)' },
  '22021': { code: 'BAD_REQUEST', message: 'A text holds a character that cannot be stored (such as NUL or a lone surrogate)' },
  '23502': { code: 'VALIDATION_FAILED', message: 'A required value is missing' },
  '23514': { code: 'VALIDATION_FAILED', message: 'A value breaks a rule of the record' },
  '23P01': { code: 'CONFLICT', message: 'The record overlaps another one' },
  '40001': CONCURRENT_WRITE,
  '40P01': CONCURRENT_WRITE,
};

/** The SQLSTATE classes of errors caused by the values sent: data exceptions (22) and integrity violations (23). */
const PG_CLASSES: Record<string, { code: ErrorCode; message: string }> = {
  '22': { code: 'BAD_REQUEST', message: 'A value is not accepted by the database (wrong format or out of range)' },
  '23': { code: 'CONFLICT', message: 'The change conflicts with other records' },
};

interface Mapped {
  status: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Turns every error into `{ statusCode, code, message, details?, requestId }`; unknown ones are 500 without internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<{ id?: string; method?: string; url?: string }>();
    const reply = ctx.getResponse<Reply>();
    const requestId = String(request?.id ?? randomUUID());
    const mapped = this.map(exception, requestId);

    if (reply.sent || reply.raw?.headersSent) return;
    // every 503 (database down or frozen, request out of time) says when to come back
    if (mapped.status === 503) reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    reply
      .header('x-request-id', requestId)
      // a streamed download may have set its own type before it failed
      .header('content-type', 'application/json; charset=utf-8')
      .status(mapped.status)
      .send({
        statusCode: mapped.status,
        code: mapped.code,
        message: mapped.message,
        ...(mapped.details === undefined ? {} : { details: mapped.details }),
        requestId,
      });
  }

  private map(exception: unknown, requestId: string): Mapped {
    if (exception instanceof AppException) {
      return { status: exception.status, code: exception.code, message: exception.message, details: exception.details };
    }
    // Fastify's own client errors (bad JSON, wrong content type, too large) arrive bare or wrapped by Nest.
    const fastify = this.fastifyClientError(exception) ?? this.fastifyClientError((exception as { cause?: unknown })?.cause);
    if (fastify) return fastify;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = STATUS_CODES[status];
      if (code) return { status, code, message: this.httpMessage(exception) };
    }
    const trouble = databaseTrouble(exception);
    if (trouble) {
      this.logger.warn({ err: exception, requestId }, `Database unavailable (${trouble}) for request ${requestId}`);
      return { status: HttpStatus.SERVICE_UNAVAILABLE, code: 'DATABASE_UNAVAILABLE', message: databaseTroubleMessage(trouble) };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
      const known = pgCode ? (PG_CODES[pgCode] ?? PG_CLASSES[pgCode.slice(0, 2)]) : undefined;
      if (known) {
        if (!PG_CODES[pgCode!]) this.logger.warn({ requestId, sqlState: pgCode }, `Database refused a value (SQLSTATE ${pgCode})`);
        return { status: ERROR_STATUS[known.code], ...known };
      }
    }

    this.logger.error({ err: exception, requestId }, `Unhandled error (request ${requestId})`);
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL',
      message: `Internal error; quote request id ${requestId} when reporting it`,
    };
  }

  private httpMessage(exception: HttpException): string {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    return typeof message === 'string' ? message : exception.message;
  }

  /** Errors Fastify raises itself for a malformed request (bad JSON, wrong content type, too large). */
  private fastifyClientError(exception: unknown): Mapped | undefined {
    const err = exception as { code?: string; statusCode?: number; message?: string } | null;
    if (!err || typeof err.code !== 'string' || !err.code.startsWith('FST_') || !err.statusCode) return undefined;
    if (err.statusCode >= 500) return undefined;
    const code: ErrorCode =
      err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : err.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'INVALID_BODY';
    return { status: err.statusCode, code, message: err.message ?? 'The request body could not be read' };
  }
}
