import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const lib = (name: string) => fileURLToPath(new URL(`./libs/${name}/src`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: ['core', 'identity', 'register', 'writeup', 'reports', 'audit', 'platform', 'protocol', 'followup'].flatMap((name) => [
      { find: new RegExp(`^@app/${name}$`), replacement: `${lib(name)}/index.ts` },
      { find: new RegExp(`^@app/${name}/(.*)$`), replacement: `${lib(name)}/$1` },
    ]),
  },
  test: {
    include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/one-query-at-a-time.ts'],
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
      AUTH_RATE_LIMIT_PER_MINUTE: '8',
      // files sign up and sign in many users from one address; test/sessions.e2e-spec.ts tests these limits
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '10000',
      SIGNUP_RATE_LIMIT_PER_HOUR: '10000',
      // every file's app runs the webhook worker on the shared database: all of them may deliver to the
      // test receivers on 127.0.0.1, quickly (test/webhooks.e2e-spec.ts)
      WEBHOOK_ALLOWED_PRIVATE_ADDRESSES: '127.0.0.1',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_MAX_DELAY_MS: '1000',
      WEBHOOK_POLL_INTERVAL_MS: '100',
      WEBHOOK_TIMEOUT_MS: '2000',
      JOBS_POLL_INTERVAL_SECONDS: '0.5',
      // every file's requests share one database's counters; test/rate-limits.e2e-spec.ts tests the general limit
      RATE_LIMIT_PER_MINUTE: '1000000',
      PASSWORD_RESET_REQUESTS_PER_HOUR: '10000',
    },
    // .ci/run asks for a JSON report beside the console output to print the counts
    reporters: process.env.VITEST_JSON_REPORT ? ['default', ['json', { outputFile: process.env.VITEST_JSON_REPORT }]] : ['default'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
