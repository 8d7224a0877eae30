import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { expect, screenshots, SCREENSHOTS, signIn, test, USERS } from './support/fixtures';

/** The vertical centres of the bar's brand, navigation and tools: equal when the bar is one line. */
async function rows(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    ['.brand', '.topnav', '.topbar-tools'].map((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return Math.round(box.top + box.height / 2);
    }),
  );
}

test('the top bar is one line at 1280 px in every language, also for an owner with the long demo workspace name; at 768 px it takes two', async ({
  page,
}) => {
  await signIn(page, USERS.owner);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspace' })).toBeVisible();
  for (const language of ['中文', '日本語', 'English']) {
    await page
      .getByRole('group', { name: /Language|语言|言語/ })
      .getByRole('button', { name: language })
      .click();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: resolve(SCREENSHOTS, `topbar-${language}-1280.png`), clip: { x: 0, y: 0, width: 1280, height: 120 } });
    const [brand, nav, tools] = await rows(page);
    expect(Math.abs(nav - brand), `navigation beside the brand (${language})`).toBeLessThanOrEqual(4);
    expect(Math.abs(tools - brand), `tools beside the brand (${language})`).toBeLessThanOrEqual(4);
    expect(await page.locator('.topbar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(70);
    // nothing cut off or overflowing to the right
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  }
  await page.setViewportSize({ width: 768, height: 1024 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
  await screenshots(page, 'topbar');
});
