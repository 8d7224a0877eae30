import { registerAs } from '@nestjs/config';

const int = (value: string | undefined, fallback: number): number => (value === undefined || value === '' ? fallback : Number(value));

export const authConfig = registerAs('auth', () => ({
  jwtSecret: process.env.JWT_SECRET ?? '',
  jwtTtlSeconds: int(process.env.JWT_TTL_SECONDS, 12 * 3600),
  downloadLinkTtlSeconds: int(process.env.DOWNLOAD_LINK_TTL_SECONDS, 300),
  /** A browser session ends after this long without a request. */
  sessionIdleTimeoutSeconds: int(process.env.SESSION_IDLE_TIMEOUT_SECONDS, 2 * 3600),
  /** A browser session ends this long after sign-in, however active. */
  sessionAbsoluteTimeoutSeconds: int(process.env.SESSION_ABSOLUTE_TIMEOUT_SECONDS, 12 * 3600),
  /** Sign-in, signup, password-change, reset and invitation-acceptance attempts per minute per client address and email. */
  rateLimitPerMinute: int(process.env.AUTH_RATE_LIMIT_PER_MINUTE, 20),
  /** The same attempts per minute per client address, whatever the email. */
  ipRateLimitPerMinute: int(process.env.AUTH_IP_RATE_LIMIT_PER_MINUTE, 100),
  /** Signups per hour per client address. */
  signupRateLimitPerHour: int(process.env.SIGNUP_RATE_LIMIT_PER_HOUR, 20),
  /** Password reset emails per hour for one address, whoever asks. */
  passwordResetRequestsPerHour: int(process.env.PASSWORD_RESET_REQUESTS_PER_HOUR, 5),
  /** An invitation link works this long (7 days by default). */
  invitationTtlHours: int(process.env.INVITATION_TTL_HOURS, 7 * 24),
  /** A password reset link works this long (1 hour by default). */
  passwordResetTtlMinutes: int(process.env.PASSWORD_RESET_TTL_MINUTES, 60),
}));
export type AuthConfig = ReturnType<typeof authConfig>;
