import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AppException } from '@app/core';

/** For the session endpoints themselves: only the session cookie authenticates. */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session') {
  override handleRequest<T>(err: unknown, user: T): T {
    const message = 'No live session: sign in with POST /api/v1/auth/session';
    if (err) throw err instanceof Error ? err : new AppException('UNAUTHENTICATED', message);
    if (!user) throw new AppException('UNAUTHENTICATED', message);
    return user;
  }
}
