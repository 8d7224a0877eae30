import { describe, expect, it } from 'vitest';
import { validateEnv } from './env.validation.js';

describe('validateEnv', () => {
  it('accepts an empty environment (local defaults)', () => {
    expect(() => validateEnv({})).not.toThrow();
  });

  it('names each bad variable in one message', () => {
    let message = '';
    try {
      validateEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL must be a postgres:// connection URL');
    expect(message).toContain('JWT_SECRET must be at least 32 characters');
  });

  it('requires a JWT secret in production', () => {
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required/);
  });
});

describe('validateEnv: sessions and throttles', () => {
  it('checks the session timeouts and auth limits', () => {
    expect(() =>
      validateEnv({
        SESSION_IDLE_TIMEOUT_SECONDS: '1800',
        SESSION_ABSOLUTE_TIMEOUT_SECONDS: '28800',
        AUTH_IP_RATE_LIMIT_PER_MINUTE: '100',
        SIGNUP_RATE_LIMIT_PER_HOUR: '20',
      }),
    ).not.toThrow();
    expect(() => validateEnv({ SESSION_IDLE_TIMEOUT_SECONDS: '10' })).toThrow(/SESSION_IDLE_TIMEOUT_SECONDS/);
    expect(() => validateEnv({ AUTH_IP_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/AUTH_IP_RATE_LIMIT_PER_MINUTE/);
    expect(() => validateEnv({ SIGNUP_RATE_LIMIT_PER_HOUR: 'many' })).toThrow(/SIGNUP_RATE_LIMIT_PER_HOUR/);
  });

  it('refuses an idle timeout longer than the absolute one', () => {
    expect(() => validateEnv({ SESSION_IDLE_TIMEOUT_SECONDS: '7200', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '3600' })).toThrow(
      /SESSION_IDLE_TIMEOUT_SECONDS must not exceed SESSION_ABSOLUTE_TIMEOUT_SECONDS/,
    );
  });
});

describe('validateEnv: mail and rate limits', () => {
  it('checks SMTP_URL, REDIS_URL and the limits', () => {
    expect(() =>
      validateEnv({
        SMTP_URL: 'smtp://mail.example:587',
        PUBLIC_BASE_URL: 'https://register.example',
        REDIS_URL: 'redis://127.0.0.1:6379',
        RATE_LIMIT_PER_MINUTE: '0',
        INVITATION_TTL_HOURS: '48',
        PASSWORD_RESET_TTL_MINUTES: '30',
      }),
    ).not.toThrow();
    let message = '';
    try {
      validateEnv({ SMTP_URL: 'mail.example', REDIS_URL: 'localhost:6379', RATE_LIMIT_PER_MINUTE: '-1' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('SMTP_URL must be an smtp:// or smtps:// URL');
    expect(message).toContain('REDIS_URL must be a redis:// or rediss:// URL');
    expect(message).toContain('RATE_LIMIT_PER_MINUTE');
    expect(() => validateEnv({ PASSWORD_RESET_TTL_MINUTES: '1', INVITATION_TTL_HOURS: '0' })).toThrow(/PASSWORD_RESET_TTL_MINUTES/);
  });

  it('needs PUBLIC_BASE_URL to send email, so emailed links never come from a Host header', () => {
    expect(() => validateEnv({ SMTP_URL: 'smtp://mail.example:587' })).toThrow(/SMTP_URL needs PUBLIC_BASE_URL/);
  });
});
