import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export { expect };
type User = { email: string; password: string; role: string; workspace?: string };
/** Who the browser tests sign in as; the e2e server creates them from the same file. */
export const USERS = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, 'e2e-users.json'), 'utf8')) as {
    users: Record<'owner' | 'official' | 'organizer' | 'liaison', User>;
  }
).users;
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * Collects console errors and uncaught exceptions of a page; the test fails on any. The one expected
 * failed request is the session probe answering 401 before sign-in (that is how a signed-out browser
 * learns it is signed out), which Chromium reports as a console error.
 */
export function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location().url;
    if (/\/api\/v1\/auth\/session$/.test(url) && msg.text().includes('401')) return;
    errors.push(`${msg.text()} (${url})`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchConsole(page, errors);
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Signs in through the API (the context keeps the session cookie), then opens the console. */
export async function signIn(page: Page, user: User): Promise<void> {
  const res = await page.request.post('/api/v1/auth/session', { data: { email: user.email, password: user.password } });
  expect(res.status()).toBe(200);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Signs in with the form, as a person does. */
export async function signInWithForm(page: Page, user: User): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** No serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    'serious or critical axe violations',
  ).toEqual([]);
}

/** Saves the page at 1280 px and at 768 px wide (full page) as test artifacts, then restores the size. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: width === 768 ? 1024 : 800 });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** Accessibility check and screenshots of a page once it has settled. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await screenshots(page, name);
}
