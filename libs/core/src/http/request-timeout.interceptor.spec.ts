import type { CallHandler, ExecutionContext } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { firstValueFrom, of, delay } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { RequestTimeoutInterceptor, StreamedResponse } from './request-timeout.interceptor.js';

class Handlers {
  ordinary = (): void => undefined;
  streamed = (): void => undefined;
}
const handlers = new Handlers();
StreamedResponse()(handlers, 'streamed', { value: handlers.streamed });

const interceptor = new RequestTimeoutInterceptor(new Reflector(), {
  getOrThrow: () => ({ requestMs: 50, reportMs: 1000 }),
} as unknown as ConfigService);

const context = (handler: keyof Handlers) =>
  ({
    getType: () => 'http',
    getHandler: () => handlers[handler],
    getClass: () => Handlers,
  }) as unknown as ExecutionContext;
const after = (ms: number): CallHandler => ({ handle: () => of('done').pipe(delay(ms)) });

describe('RequestTimeoutInterceptor', () => {
  it('lets a handler that answers in time through', async () => {
    await expect(firstValueFrom(interceptor.intercept(context('ordinary'), after(5)))).resolves.toBe('done');
  });

  it('answers SERVER_TIMEOUT (503) when a handler takes longer than the limit', async () => {
    await expect(firstValueFrom(interceptor.intercept(context('ordinary'), after(500)))).rejects.toMatchObject({
      code: 'SERVER_TIMEOUT',
      status: 503,
      details: { limitSeconds: 0.05 },
    });
  });

  it('leaves streamed responses to their own limit', async () => {
    await expect(firstValueFrom(interceptor.intercept(context('streamed'), after(150)))).resolves.toBe('done');
  });
});
