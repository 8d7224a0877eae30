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
  /** Sign-in, signup and password-change attempts per minute per client address and email. */
  rateLimitPerMinute: int(process.env.AUTH_RATE_LIMIT_PER_MINUTE, 20),
  /** The same attempts per minute per client address, whatever the email. */
  ipRateLimitPerMinute: int(process.env.AUTH_IP_RATE_LIMIT_PER_MINUTE, 100),
  /** Signups per hour per client address. */
  signupRateLimitPerHour: int(process.env.SIGNUP_RATE_LIMIT_PER_HOUR, 20),
}));
export type AuthConfig = ReturnType<typeof authConfig>;
