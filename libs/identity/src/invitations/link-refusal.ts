import { AppException } from '@app/core';

/**
 * Why a one-time link does not work, in one shape for invitations and password resets: LINK_EXPIRED (410)
 * once past its time, else LINK_INVALID (403: unknown, already used, or revoked; which of these is not said).
 */
export function linkRefusal(kind: 'invitation' | 'password reset', reason: 'invalid' | 'expired'): AppException {
  return reason === 'expired'
    ? new AppException('LINK_EXPIRED', `This ${kind} link has expired; ask for a new one`, { link: kind })
    : new AppException('LINK_INVALID', `This ${kind} link is not valid: it was already used, revoked or mistyped`, { link: kind });
}
