import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import { AUDIT_ACTION, writeContext, type Actor } from '@app/core';

/**
 * Runs each HTTP request with its writer (the authenticated user or API key, the request id and the
 * route's audit action) in the write context the tenant transaction hands to the audit triggers.
 */
@Injectable()
export class WriteContextInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<{ id?: string; user?: Actor }>();
    const actor = request.user;
    const action = this.reflector.getAllAndOverride<string | undefined>(AUDIT_ACTION, [context.getHandler(), context.getClass()]);
    // handle() binds the handler to the async context it is called in
    return writeContext.run(
      {
        workspaceId: actor?.workspaceId ?? null,
        userId: actor?.userId ?? null,
        apiKeyId: actor?.apiKeyId ?? null,
        requestId: request.id ?? null,
        action: action ?? null,
      },
      () => next.handle(),
    );
  }
}
