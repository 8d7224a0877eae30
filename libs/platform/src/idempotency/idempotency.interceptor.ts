import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, of, type Observable } from 'rxjs';
import { AppException, type Actor } from '@app/core';
import { IdempotencyStore, type Claim } from './idempotency.store.js';
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from './request-fingerprint.js';

export const IDEMPOTENCY_CLAIM = Symbol('idempotency-claim');

export interface IdempotentRequest {
  method: string;
  url: string;
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
  user?: Actor;
  isMultipart?: () => boolean;
  [IDEMPOTENCY_CLAIM]?: Claim;
}

/**
 * `Idempotency-Key` on POST requests, as Stripe does it: the first request with a key runs; the same
 * key with the same request replays its response for 24 hours; with another request 422; while the
 * first runs 409. Runs after authentication, so keys are scoped to the workspace and credential;
 * requests without credentials (signup, login) and multipart uploads are not covered. The response
 * is stored and replayed by the `onSend` hook (IdempotencyModule), which sees the final status and body.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (request.method !== 'POST' || header === undefined) return next.handle();
    const credentialId = request.user?.apiKeyId ?? request.user?.userId;
    if (!request.user || !credentialId || request.isMultipart?.()) return next.handle();

    const parsed = parseIdempotencyKey(header);
    if ('error' in parsed) {
      throw new AppException('VALIDATION_FAILED', parsed.error, [{ field: 'Idempotency-Key', messages: [parsed.error] }]);
    }
    const scope = { workspaceId: request.user.workspaceId, credentialId, key: parsed.key };
    const fingerprint = this.store.fingerprint(request.method, request.url, request.body);
    return from(this.store.claim(scope, fingerprint)).pipe(
      mergeMap((claim) => {
        request[IDEMPOTENCY_CLAIM] = claim;
        // a replay sends the stored response in place of this (empty) result
        return claim.kind === 'owner' ? next.handle() : of(null);
      }),
    );
  }
}
