import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { type Observable, throwError, timeout } from 'rxjs';
import type { TimeoutsConfig } from '../config/timeouts.config.js';
import { AppException } from '../errors/app.exception.js';

const STREAMED_RESPONSE = 'eventreg:streamed-response';

/**
 * The handler streams its answer for as long as the download takes and bounds its own time
 * (REPORT_TIMEOUT_MS); the request time limit does not apply to it.
 */
export const StreamedResponse = () => SetMetadata(STREAMED_RESPONSE, true);

/**
 * Answers 503 SERVER_TIMEOUT (with Retry-After) when a handler has not answered within REQUEST_TIMEOUT_MS,
 * so no caller waits without end. The handler's work is not cancelled: a write may still complete after the
 * timeout answer, as with any timed-out request, and database statements have their own, shorter limits.
 */
@Injectable()
export class RequestTimeoutInterceptor implements NestInterceptor {
  private readonly limitMs: number;

  constructor(
    private readonly reflector: Reflector,
    config: ConfigService,
  ) {
    this.limitMs = config.getOrThrow<TimeoutsConfig>('timeouts').requestMs;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || this.reflector.get<boolean>(STREAMED_RESPONSE, context.getHandler())) return next.handle();
    const seconds = this.limitMs / 1000;
    return next.handle().pipe(
      timeout({
        first: this.limitMs,
        with: () =>
          throwError(
            () =>
              new AppException('SERVER_TIMEOUT', `The request did not complete within ${seconds} s; try again shortly`, {
                limitSeconds: seconds,
              }),
          ),
      }),
    );
  }
}
