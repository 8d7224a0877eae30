import { describe, expect, it } from 'vitest';
import { InvalidConfigurationError, StartupError } from '@app/core';
import { listenFailure, startupFailureLine } from './bootstrap-env.js';

describe('start-up failures', () => {
  it('names a port in use and the fix', () => {
    const err = listenFailure(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), '0.0.0.0', 3000);
    expect(startupFailureLine(err)).toEqual({
      line: 'port 3000 on 0.0.0.0 is already in use by another process: stop it, or start on another port (e.g. PORT=3001 npm start)',
      known: true,
    });
  });

  it('prints configuration and start-up errors as they are, in one line', () => {
    const config = new InvalidConfigurationError(['PORT="x": PORT must be an integer number']);
    expect(startupFailureLine(config).line).toBe(
      'Invalid configuration: PORT="x": PORT must be an integer number. Fix or unset these variables (see .env.example)',
    );
    expect(startupFailureLine(new StartupError('cause: fix')).line).toBe('cause: fix');
  });

  it('says the database went away, never "undefined"', () => {
    expect(startupFailureLine(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).line).toMatch(
      /^PostgreSQL at .* stopped answering while the service started \(connect ECONNREFUSED 127.0.0.1:5432\): check that it runs, then start again$/,
    );
    const nothing = startupFailureLine(undefined);
    expect(nothing.line).not.toContain('undefined');
    expect(startupFailureLine(new Error('boom')).line).toContain('boom');
  });
});
