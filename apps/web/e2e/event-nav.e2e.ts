import { expect, screenshots, signIn, test, USERS } from './support/fixtures';

const DEMO_TITLE = 'Shandong-Hong Kong Science and Technology Innovation Cooperation Exchange Meeting';

// the server answers /health before it has made the demo users: wait for them
test.beforeAll(async ({ request }) => {
  for (let i = 0; i < 120; i++) {
    const res = await request.post('/api/v1/auth/login', { data: { email: USERS.organizer.email, password: USERS.organizer.password } });
    if (res.ok()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
});

test('at 768 px every link of the event and its record is inside the page, none cut off, and the page no wider than the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, USERS.organizer);
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  const record = page.getByRole('navigation', { name: 'Record' });
  const navs = [page.getByRole('navigation', { name: DEMO_TITLE }), record];
  for (const nav of navs) {
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThan(3);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box, await link.innerText()).not.toBeNull();
      expect(box!.x, await link.innerText()).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, await link.innerText()).toBeLessThanOrEqual(768);
    }
  }
  await expect(record.getByRole('link', { name: 'Drafts' })).toBeInViewport();
  // the attendees table scrolls in its own frame: the page itself is no wider than the window
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await screenshots(page, 'event-nav');
  await record.getByRole('link', { name: 'Drafts' }).click();
  await expect(page).toHaveURL(/\/drafts$/);
});

test('at 1280 px the top bar of a member of several workspaces fits the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, USERS.official);
  const bar = page.getByRole('navigation', { name: 'Main' });
  await expect(bar.getByRole('link', { name: 'Counterparts' })).toBeVisible();
  await expect(page.getByRole('combobox').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await screenshots(page, 'topbar-official');
});
