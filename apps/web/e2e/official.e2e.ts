import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { checkPage, expect, signIn, signInWithForm, test, USERS } from './support/fixtures';

const DEMO_TITLE = 'Shandong-Hong Kong Science and Technology Innovation Cooperation Exchange Meeting';

async function openDemoEvent(page: Page): Promise<void> {
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
}

/** Downloads by clicking a link; checks the suggested name and the first bytes of the file. */
async function download(page: Page, name: RegExp | string, file: RegExp, magic: string | Buffer): Promise<Download> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name, exact: typeof name === 'string' }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(file);
  const body = await readFile(await dl.path());
  const head = typeof magic === 'string' ? Buffer.from(magic) : magic;
  expect(body.subarray(0, head.length).equals(head), `${dl.suggestedFilename()} starts with ${head.toString('hex')}`).toBe(true);
  return dl;
}

test('an official signs in with the form', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await checkPage(page, 'sign-in');
  await signInWithForm(page, USERS.official);
  await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
});

test.describe('an official', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, USERS.official);
  });

  test('finds the demo event by title in any language, with status and date filters and paging', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
    await checkPage(page, 'events');

    const search = page.getByRole('searchbox', { name: 'Search by title' });
    await search.fill('鲁港科技');
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
    await expect(page.getByRole('link', { name: /Qingdao Marine Economy/ })).toHaveCount(0);
    await search.fill('イノベーション');
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
    await search.fill('no such event');
    await expect(page.getByText('No events match these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('Status', { exact: true }).selectOption('scheduled');
    await expect(page.getByRole('link', { name: /Qingdao Marine Economy/ })).toBeVisible();
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toHaveCount(0);
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('From').fill('2024-03-01');
    await page.getByLabel('To').fill('2024-03-31');
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
    await expect(page.getByRole('link', { name: /Qingdao Marine Economy/ })).toHaveCount(0);
    await expect(page).toHaveURL(/from=2024-03-01/);
  });

  test('reads the event: overview in its own time zone, attendees in protocol order with filters, speeches, MoUs, projects', async ({
    page,
  }) => {
    await openDemoEvent(page);
    // 09:30 in Asia/Shanghai, whatever the browser's zone (the test browser is in Asia/Tokyo)
    await expect(page.getByText('25 March 2024 at 09:30').first()).toBeVisible();
    // the zone as readers name it, in the header and on the overview with its IANA name
    await expect(page.getByText('Time zone: Beijing time (Asia/Shanghai)')).toBeVisible();
    await expect(page.locator('.event-meta')).toContainText('(Beijing time)');
    await expect(page.getByRole('link', { name: 'Check-in desk' })).toHaveCount(0);

    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText('Song Junji');
    await expect(rows.nth(1).getByRole('cell').first()).toHaveText('1');
    await checkPage(page, 'event-attendees');

    await page.getByRole('searchbox', { name: 'Search by name' }).fill('黄克');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Albert Wong');
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('');
    await page.getByLabel('Role', { exact: true }).selectOption('speaker');
    await expect(page.getByText(/^\d+ attendees$/)).toHaveText(/^[1-9] attendees$/);
    await page.getByLabel('Side', { exact: true }).selectOption('hongkong');
    await expect(rows.nth(1)).toContainText('Albert Wong');
    await page.getByLabel('Role', { exact: true }).selectOption('');
    await page.getByLabel('Side', { exact: true }).selectOption('');
    await page.getByLabel('Status', { exact: true }).selectOption('absent');
    await expect(page.getByText('No attendees match these filters.')).toBeVisible();

    await page.getByRole('tab', { name: /Speeches/ }).click();
    await expect(page.getByRole('tabpanel')).toContainText('Song Junji');
    await page.getByRole('tab', { name: /MoUs/ }).click();
    await expect(page.getByRole('tabpanel').getByRole('table')).toBeVisible();
    await page.getByRole('tab', { name: /Signed projects/ }).click();
    await expect(page.getByRole('tabpanel').getByRole('row')).toHaveCount(15);
    await checkPage(page, 'event-projects');
  });

  test('an event opened by its address asks for its session, event and first attendees once each, while the script loads', async ({
    page,
  }) => {
    await openDemoEvent(page);
    const address = new URL(page.url()).pathname;
    const eventId = address.split('/')[2] ?? '';
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const response = await page.goto(address);
    // announced in the page's own response, so the browser fetches them before the script runs
    expect(response?.headers()['link']).toContain(`</api/v1/events/${eventId}/attendees?page=1&pageSize=50>; rel=preload; as=fetch`);
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Song Junji');
    for (const path of ['/api/v1/auth/session', `/api/v1/events/${eventId}`, `/api/v1/events/${eventId}/attendees`]) {
      expect(
        requested.filter((p) => p === path),
        path,
      ).toHaveLength(1);
    }
  });

  test('reads the writeup in Japanese, Chinese and English, sees its warnings, downloads docx, md and html', async ({ page }) => {
    await openDemoEvent(page);
    await page.getByRole('link', { name: 'Writeup' }).click();
    await page.getByRole('tab', { name: '日本語' }).click();
    const article = page.getByRole('tabpanel').locator('article');
    await expect(article).toContainText('宋軍継');
    await expect(article).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('region', { name: 'Warnings' })).toBeVisible();
    await checkPage(page, 'writeup-ja');
    await page.getByRole('tab', { name: '中文' }).click();
    await expect(page.getByRole('tabpanel').locator('article')).toContainText('宋军继');
    await page.getByRole('tab', { name: 'English' }).click();
    await expect(page.getByRole('tabpanel').locator('article')).toContainText('Song Junji');

    // named by the server after the event's date and its English title (filename* in RFC 6266)
    const writeupFile = (ext: string) => new RegExp(`^2024-03-25_Shandong.+_writeup-en\\.${ext}$`);
    await download(page, 'Download Word (.docx)', writeupFile('docx'), 'PK');
    await download(page, 'Download Markdown (.md)', writeupFile('md'), '# ');
    await download(page, 'Download HTML (.html)', writeupFile('html'), '<');

    await page.getByRole('button', { name: 'Side by side' }).click();
    await expect(page.getByRole('region', { name: '日本語' }).locator('article')).toContainText('宋軍継');
    await expect(page.getByRole('region', { name: '中文' }).locator('article')).toContainText('宋军继');
    await expect(page.getByRole('region', { name: 'English' }).locator('article')).toContainText('Song Junji');
    await checkPage(page, 'writeup-side-by-side');
  });

  test('downloads every report in one click with the right name and contents', async ({ page }) => {
    await openDemoEvent(page);
    await page.getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByRole('heading', { name: 'Attendance report' })).toBeVisible();
    await checkPage(page, 'reports');
    const pdf = '%PDF-';
    const zip = 'PK';
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const named = (kind: string, ext: string) => new RegExp(`^2024-03-25_.+_${kind}\\.${ext}$`);
    await download(page, 'Attendance report · PDF', named('attendance', 'pdf'), pdf);
    await download(page, 'Attendance report · Excel (XLSX)', named('attendance', 'xlsx'), zip);
    await download(page, 'Attendance report · CSV', named('attendance', 'csv'), bom);
    await download(page, 'Sign-in sheet · In protocol order · PDF', named('sign-in-sheet', 'pdf'), pdf);
    await download(page, 'Sign-in sheet · In protocol order · Excel (XLSX)', named('sign-in-sheet', 'xlsx'), zip);
    await download(page, 'Sign-in sheet · Grouped by organization · PDF', named('sign-in-sheet', 'pdf'), pdf);
    await download(page, 'Sign-in sheet · Grouped by organization · Excel (XLSX)', named('sign-in-sheet', 'xlsx'), zip);

    // the report language changes the file name to the title in that language
    await page.getByLabel('Report language').selectOption('zh');
    await download(page, 'Attendance report · PDF', /^2024-03-25_鲁港科技创新合作交流会_attendance\.pdf$/, pdf);

    // the order officials file in, and a CSV for older Chinese office tools: GB18030, no byte-order mark
    await page.getByLabel('Order', { exact: true }).selectOption('stroke');
    await page.getByLabel('CSV encoding').selectOption('gb18030');
    const gb18030Header = Buffer.from([0xd0, 0xf2, 0xba, 0xc5]); // 序号
    await download(page, 'Attendance report · CSV', /^2024-03-25_鲁港科技创新合作交流会_attendance\.csv$/, gb18030Header);
    await expect(page.getByRole('link', { name: 'Sign-in sheet · Grouped by organization · PDF' })).toHaveAttribute('href', /order=stroke/);
    await download(page, 'Sign-in sheet · Grouped by organization · PDF', /_sign-in-sheet\.pdf$/, pdf);
  });

  test('switches workspace and language, and signs out', async ({ page }) => {
    const workspace = page.getByRole('combobox', { name: 'Workspace' });
    await workspace.selectOption({ label: 'Hong Kong Liaison Office · Official' });
    await expect(page.getByText('No events match these filters.')).toBeVisible();
    await workspace.selectOption({ label: 'Demo: Shandong S&T Department · Official' });
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();

    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { name: '行事一覧' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
    await expect(page.getByRole('link', { name: '山東・香港科学技術イノベーション協力交流会' })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { name: '活动列表' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    // the session ended on the server: reloading stays signed out
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});
