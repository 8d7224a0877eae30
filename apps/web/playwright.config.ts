import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3190);
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * Browser tests of the console: Debian's Chromium (never a downloaded browser), one built app and one
 * throw-away database for the whole run (apps/web/e2e/support/e2e-server.mjs, started as the web server).
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
  outputDir: '../../test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright-report.json' }]],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node apps/web/e2e/support/e2e-server.mjs',
    cwd: '../..',
    url: `${baseURL}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: { E2E_PORT: String(port) },
  },
});
