import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { databaseTrouble } from './database-errors.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const failed = (driverError: Error) => new QueryFailedError('INSERT INTO organizations …', [], driverError);

describe('databaseTrouble', () => {
  it('recognises a server that is shutting down, starting or out of connection slots', () => {
    for (const code of ['57P01', '57P02', '57P03', '53300', '08006', '08001', '08P01']) {
      expect(databaseTrouble(failed(pgError(code))), code).toBe('unreachable');
    }
  });

  it('recognises a refused or reset socket, also inside an AggregateError', () => {
    expect(databaseTrouble(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe('unreachable');
    const aggregate = Object.assign(new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')], ''), {});
    expect(databaseTrouble(aggregate)).toBe('unreachable');
    expect(databaseTrouble(failed(new Error('Connection terminated unexpectedly')))).toBe('unreachable');
    // TypeORM released the transaction's connection when it broke; its next statement fails so
    expect(databaseTrouble(new Error('Query runner already released. Cannot run queries anymore.'))).toBe('unreachable');
    const provider =
      'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.';
    expect(databaseTrouble(new Error(provider))).toBe('unreachable');
  });

  it('recognises timeouts: statement_timeout, the pool, the client read timeout', () => {
    expect(databaseTrouble(failed(pgError('57014', 'canceling statement due to statement timeout')))).toBe('timeout');
    expect(databaseTrouble(new Error('timeout exceeded when trying to connect'))).toBe('timeout');
    expect(databaseTrouble(failed(new Error('Query read timeout')))).toBe('timeout');
    expect(databaseTrouble(new Error('Connection terminated due to connection timeout'))).toBe('timeout');
  });

  it('leaves data errors, constraint violations and other errors alone', () => {
    for (const code of ['23505', '22P02', '40P01', '42P01']) expect(databaseTrouble(failed(pgError(code)))).toBeUndefined();
    expect(databaseTrouble(new Error('boom'))).toBeUndefined();
    expect(databaseTrouble(new Error('a timeout in the writeup'))).toBeUndefined();
    expect(databaseTrouble(undefined)).toBeUndefined();
  });
});

describe('AllExceptionsFilter with a database in trouble', () => {
  it('answers 503 DATABASE_UNAVAILABLE with Retry-After and no internals', async () => {
    const { AllExceptionsFilter } = await import('./all-exceptions.filter.js');
    const sent: { status?: number; body?: Record<string, unknown>; headers: Record<string, string> } = { headers: {} };
    const reply = {
      status: (code: number) => ((sent.status = code), reply),
      header: (name: string, value: string) => ((sent.headers[name] = value), reply),
      send: (body: Record<string, unknown>) => void (sent.body = body),
    };
    const host = { switchToHttp: () => ({ getRequest: () => ({ id: 'req-00000002' }), getResponse: () => reply }) };
    const error = failed(pgError('57P01', 'terminating connection due to administrator command'));
    new AllExceptionsFilter().catch(error, host as never);
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('5');
    expect(sent.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', requestId: 'req-00000002' });
    expect(JSON.stringify(sent.body)).not.toMatch(/INSERT|administrator/);
  });
});
