import { BadRequestException, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { AppException } from './app.exception.js';

function run(exception: unknown) {
  const sent: { status?: number; body?: Record<string, unknown>; headers: Record<string, string> } = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-00000001' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

describe('AllExceptionsFilter', () => {
  it('sends a domain error with its code, details and the request id', () => {
    const sent = run(AppException.notFound('Event', 'e1'));
    expect(sent.status).toBe(404);
    expect(sent.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Event e1 was not found',
      details: { resource: 'Event', id: 'e1' },
      requestId: 'req-00000001',
    });
    expect(sent.headers['x-request-id']).toBe('req-00000001');
  });

  it('hides the internals of an unknown error behind a 500', () => {
    const sent = run(new Error('connect ECONNREFUSED; SELECT password_hash FROM users'));
    expect(sent.status).toBe(500);
    expect(sent.body?.code).toBe('INTERNAL');
    const text = JSON.stringify(sent.body);
    expect(text).not.toMatch(/SELECT|password_hash|ECONNREFUSED|at .*\.ts/);
  });

  it('maps a unique violation to 409 without the SQL', () => {
    const error = new QueryFailedError(
      'INSERT INTO "people" ("name") VALUES ($1)',
      ['x'],
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    );
    const sent = run(error);
    expect(sent.status).toBe(409);
    expect(sent.body?.code).toBe('ALREADY_EXISTS');
    expect(JSON.stringify(sent.body)).not.toContain('INSERT');
  });

  it('keeps an unknown database error a 500, never a 400', () => {
    const error = new QueryFailedError('SELECT 1', [], Object.assign(new Error('could not open file'), { code: '58P01' }));
    expect(run(error).status).toBe(500);
  });

  it('answers writes the database undid for meeting concurrent ones (deadlock, serialization) with 409 CONFLICT to send again', () => {
    for (const code of ['40P01', '40001']) {
      const sent = run(
        new QueryFailedError('UPDATE "attendances" SET x = $1', ['v'], Object.assign(new Error('deadlock detected'), { code })),
      );
      expect(sent.status).toBe(409);
      expect(sent.body).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/send it again/) });
      expect(JSON.stringify(sent.body)).not.toMatch(/UPDATE|deadlock/);
    }
  });

  it('gives framework HTTP errors a stable code', () => {
    const sent = run(new BadRequestException('bad'));
    expect(sent.status).toBe(400);
    expect(sent.body?.code).toBe('BAD_REQUEST');
  });

  it('maps values PostgreSQL refuses (SQLSTATE classes 22 and 23) to client errors', () => {
    const pgError = (code: string) =>
      new QueryFailedError('INSERT INTO "x" VALUES ($1)', ['v'], Object.assign(new Error('refused'), { code }));
    const answers = ['22P05', '22021', '22001', '22003', '22007', '22008', '22012', '22P02', '23502', '23514', '23P01', '23001'].map(
      (code) => {
        const sent = run(pgError(code));
        return [code, sent.status, sent.body?.code];
      },
    );
    expect(answers).toEqual([
      ['22P05', 400, 'BAD_REQUEST'],
      ['22021', 400, 'BAD_REQUEST'],
      ['22001', 400, 'BAD_REQUEST'],
      ['22003', 400, 'BAD_REQUEST'],
      ['22007', 400, 'BAD_REQUEST'],
      ['22008', 400, 'BAD_REQUEST'],
      ['22012', 400, 'BAD_REQUEST'],
      ['22P02', 400, 'BAD_REQUEST'],
      ['23502', 400, 'VALIDATION_FAILED'],
      ['23514', 400, 'VALIDATION_FAILED'],
      ['23P01', 409, 'CONFLICT'],
      ['23001', 409, 'CONFLICT'],
    ]);
    expect(JSON.stringify(run(pgError('22P05')).body)).not.toMatch(/INSERT|refused/);
  });
});
