import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppException, roleAtLeast, type Actor, type Role } from '@app/core';

export const REQUIRED_ROLE = 'eventreg:required-role';

/** Authenticates by API key or JWT, then checks the endpoint's minimum role. */
@Injectable()
export class ApiAuthGuard extends AuthGuard(['api-key', 'jwt']) {
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
    if (err) throw err instanceof Error ? err : new AppException('UNAUTHENTICATED', 'A valid access token or API key is required');
    if (!user) throw new AppException('UNAUTHENTICATED', 'A valid access token or API key is required');
    return user;
  }
}
