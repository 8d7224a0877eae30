import type { Browser, Page } from '@playwright/test';
import { checkPage, expect, signIn, test, USERS, watchConsole } from './support/fixtures';

const TODAY = 'Qingdao Marine Economy Cooperation Forum';
const DEMO_TITLE = 'Shandong-Hong Kong Science and Technology Innovation Cooperation Exchange Meeting';

async function openDesk(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Check-in desk' }).click();
  await expect(page.getByRole('searchbox', { name: 'Find a guest' })).toBeFocused();
  await expect(page.getByTestId('count-total')).not.toHaveText('–');
}

const count = (page: Page) => page.getByTestId('count-checked-in');

async function deskInNewContext(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  watchConsole(page, errors);
  await signIn(page, USERS.organizer);
  await openDesk(page, TODAY);
  return page;
}

test.describe('an organizer at the check-in desk', () => {
  test('checks a guest in at one desk and both desks count it within 2 s; undo counts back', async ({ page, browser }) => {
    await signIn(page, USERS.organizer);
    await openDesk(page, TODAY);
    await checkPage(page, 'check-in-desk');
    const otherErrors: string[] = [];
    const other = await deskInNewContext(browser, otherErrors);

    const before = Number(await count(page).textContent());
    await expect(count(other)).toHaveText(String(before));

    // search by the Japanese name, check in with one tap
    await page.getByRole('searchbox', { name: 'Find a guest' }).fill('宋軍');
    await expect(page.getByRole('listitem').filter({ hasText: 'Song Junji' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Check in: Song Junji' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Song Junji checked in' })).toBeVisible();
    await expect(count(page)).toHaveText(String(before + 1));
    await expect(count(other)).toHaveText(String(before + 1), { timeout: 2_000 });

    // undo from the notice: both desks count back
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Check-in of Song Junji undone' })).toBeVisible();
    await expect(count(page)).toHaveText(String(before));
    await expect(count(other)).toHaveText(String(before), { timeout: 2_000 });

    // the other desk checks someone in; this desk sees it
    await other.getByRole('searchbox', { name: 'Find a guest' }).fill('zhao');
    await other.getByRole('button', { name: 'Check in: Zhao Haozhi' }).click();
    await expect(count(page)).toHaveText(String(before + 1), { timeout: 2_000 });
    await other.context().close();
    expect(otherErrors, 'console errors on the second desk').toEqual([]);
  });

  test('shows a clear state when a guest checked in at another desk is checked in again', async ({ page, browser }) => {
    const otherErrors: string[] = [];
    const other = await deskInNewContext(browser, otherErrors);
    await signIn(page, USERS.organizer);
    // this desk's clock will stand still, so its list is not refreshed before the tap: the tap races the other desk
    await page.clock.install();
    await openDesk(page, TODAY);
    await page.getByRole('searchbox', { name: 'Find a guest' }).fill('Albert');
    const checkIn = page.getByRole('button', { name: 'Check in: Albert Wong' });
    await expect(checkIn).toBeVisible();
    await page.clock.pauseAt(Date.now() + 2_000);

    await other.getByRole('searchbox', { name: 'Find a guest' }).fill('Albert');
    await other.getByRole('button', { name: 'Check in: Albert Wong' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Albert Wong checked in' })).toBeVisible();

    await checkIn.click();
    await page.clock.resume();
    const already = page.getByRole('status').filter({ hasText: /Albert Wong was already checked in at \d\d:\d\d/ });
    await expect(already).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Albert Wong' })).toContainText(/Checked in \d\d:\d\d/);
    await expect(page.getByRole('button', { name: 'Undo: Albert Wong' })).toBeVisible();
    await checkPage(page, 'check-in-desk-already');
    await other.context().close();
    expect(otherErrors, 'console errors on the second desk').toEqual([]);
  });

  test('records the arrival time given for an event already held', async ({ page }) => {
    await signIn(page, USERS.organizer);
    await openDesk(page, DEMO_TITLE);
    await expect(page.getByText('This event is over: give the time the guest arrived.')).toBeVisible();
    await page.getByLabel('Arrival time').fill('09:12');
    await page.getByRole('searchbox', { name: 'Find a guest' }).fill('陈嘉');
    const row = page.getByRole('listitem').filter({ hasText: 'Chen Jiaxian' });
    const button = row.getByRole('button', { name: /^(Check in|Undo): Chen Jiaxian$/ });
    if ((await button.textContent()) === 'Undo') await button.click();
    await row.getByRole('button', { name: 'Check in: Chen Jiaxian' }).click();
    await expect(row).toContainText('Checked in 09:12');
    await checkPage(page, 'check-in-desk-past-event');

    // the attendee list shows the same time, in the event's zone
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('Chen Jiaxian');
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('09:12');
  });

  test('opens every page of the event', async ({ page }) => {
    await signIn(page, USERS.organizer);
    await page.getByRole('link', { name: TODAY }).click();
    await expect(page.getByRole('heading', { level: 1, name: TODAY })).toBeVisible();
    await page.getByRole('link', { name: 'Writeup' }).click();
    await expect(page.getByRole('tabpanel').locator('article')).toBeVisible();
    await page.getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByRole('heading', { name: 'Sign-in sheet' })).toBeVisible();
    await page.getByRole('link', { name: 'Check-in desk' }).click();
    await expect(page.getByTestId('count-total')).toHaveText(/^[1-9]\d*$/);
  });
});
