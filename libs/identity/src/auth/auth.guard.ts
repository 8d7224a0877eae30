import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppException, roleAtLeast, type Actor, type Role } from '@app/core';

export const REQUIRED_ROLE = 'eventreg:required-role';

/**
 * Authenticates by API key, JWT or session cookie (in that order; the cookie also needs the CSRF header on
 * state-changing methods), then checks the endpoint's minimum role.
 */
@Injectable()
export class ApiAuthGuard extends AuthGuard(['api-key', 'jwt', 'session']) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    await super.canActivate(context);
    const actor = context.switchToHttp().getRequest<{ user: Actor }>().user;
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (required && !roleAtLeast(actor.role, required)) {
      throw new AppException('INSUFFICIENT_ROLE', `This action needs the ${required} role or higher; you have ${actor.role}`, {
        required,
        actual: actor.role,
      });
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    const message = 'A valid access token, API key or session cookie is required';
    if (err) throw err instanceof Error ? err : new AppException('UNAUTHENTICATED', message);
    if (!user) throw new AppException('UNAUTHENTICATED', message);
    return user;
  }
}
