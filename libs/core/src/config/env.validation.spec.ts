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
