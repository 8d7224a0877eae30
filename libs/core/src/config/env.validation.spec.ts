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
