import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { checkPage, expect, test, watchConsole } from './support/fixtures';

const PASSWORD = 'a-long-password-2024';

/** A new workspace with its owner signed in on `page`. */
async function newWorkspace(page: Page, name: string): Promise<{ email: string; token: string }> {
  const email = `owner-${randomBytes(4).toString('hex')}@workspace.example`;
  const signup = await page.request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD, workspaceName: name } });
  expect(signup.status()).toBe(201);
  const { accessToken } = (await signup.json()) as { accessToken: string };
  expect((await page.request.post('/api/v1/auth/session', { data: { email, password: PASSWORD } })).status()).toBe(200);
  return { email, token: accessToken };
}

async function post(request: APIRequestContext, token: string, path: string, data: unknown): Promise<{ id: string }> {
  const res = await request.post(`/api/v1${path}`, { data, headers: { authorization: `Bearer ${token}` } });
  expect(res.status(), path).toBe(201);
  return (await res.json()) as { id: string };
}

test('the owner changes a member’s role, removes a member, creates an API key shown once, revokes it, and reads the audit log', async ({
  page,
  request,
}) => {
  const { token } = await newWorkspace(page, 'Liaison Office');
  const member = `member-${randomBytes(4).toString('hex')}@workspace.example`;
  await post(page.request, token, '/members', { email: member, password: PASSWORD, role: 'official' });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace: Liaison Office' })).toBeVisible();

  await page.getByLabel(`Role of ${member}`).selectOption({ label: 'Organizer' });
  await expect
    .poll(
      async () =>
        ((await (await page.request.get('/api/v1/members')).json()) as { items: { email: string; role: string }[] }).items.find(
          (m) => m.email === member,
        )?.role,
    )
    .toBe('organizer');
  await checkPage(page, 'workspace-members');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Remove ${member}` }).click();
  await expect(page.getByRole('table')).not.toContainText(member);

  await page.getByRole('tab', { name: 'API keys' }).click();
  await page.getByLabel('Name').fill('Registration kiosk');
  await page.getByLabel('Role').selectOption({ label: 'Organizer' });
  await page.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByLabel('API key', { exact: true });
  await expect(shown).toBeVisible();
  const key = (await shown.textContent()) ?? '';
  expect(key.length).toBeGreaterThan(20);
  // the key works (a request without the session cookie), and it is never shown again
  expect((await request.get('/api/v1/events', { headers: { 'x-api-key': key } })).status()).toBe(200);
  await checkPage(page, 'workspace-api-key-shown');
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await expect(page.getByText(key)).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Revoke Registration kiosk' }).click();
  await expect(page.getByRole('table')).toContainText('Revoked');
  expect((await request.get('/api/v1/events', { headers: { 'x-api-key': key } })).status()).toBe(401);

  await page.getByRole('tab', { name: 'Audit log' }).click();
  const log = page.getByRole('table');
  await expect(log).toContainText('API key');
  await expect(log).toContainText('Revoked');
  await page.getByLabel('Record').selectOption({ label: 'Member' });
  // header + the owner's own membership, the member added, their role changed, their removal (newest first)
  await expect(log.getByRole('row')).toHaveCount(5);
  await expect(log.getByRole('row').nth(1)).toContainText('Removed');
  await expect(log.getByRole('row').nth(2)).toContainText('Changed');
  await checkPage(page, 'workspace-audit-log');
});

async function openDrafts(browser: Browser, errors: string[], eventId: string, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  watchConsole(page, errors);
  expect((await page.request.post('/api/v1/auth/session', { data: { email, password: PASSWORD } })).status()).toBe(200);
  await page.goto(`/events/${eventId}/drafts`);
  await page.getByRole('group', { name: 'Languages' }).getByRole('button', { name: 'English' }).click();
  return page;
}

test('two organizers editing one writeup draft: the second save sees the conflict with both versions and chooses', async ({
  page,
  browser,
  consoleErrors,
}) => {
  const { token, email } = await newWorkspace(page, 'Press Office');
  const event = await post(page.request, token, '/events', {
    title: { en: 'Qingdao Ocean Forum', zh: '青岛海洋论坛' },
    kind: 'forum',
    startsAt: '2024-06-10T01:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    status: 'held',
    city: { en: 'Qingdao', zh: '青岛' },
  });
  await page.goto(`/events/${event.id}/drafts`);
  await page.getByRole('group', { name: 'Languages' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start a draft from the generated text' }).click();
  const body = page.getByLabel('Text', { exact: true });
  await expect(body).toHaveValue(/Qingdao Ocean Forum/);
  await expect(page.getByRole('heading', { name: 'Generated from the records' })).toBeVisible();

  const otherErrors: string[] = [];
  const other = await openDrafts(browser, otherErrors, event.id, email);
  const otherBody = other.getByLabel('Text', { exact: true });
  await expect(otherBody).toHaveValue(/Qingdao Ocean Forum/);

  // the other organizer saves first
  await otherBody.fill('Their version of the story.');
  await other.getByRole('button', { name: 'Save as new version' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Saved as version 2.' })).toBeVisible();

  // this one saves on top of version 1: refused, both texts shown, nothing typed lost
  await body.fill('My version of the story.');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  const conflict = page.getByRole('region', { name: /Someone saved version 2/ });
  await expect(conflict).toContainText('My version of the story.');
  await expect(conflict).toContainText('Their version of the story.');
  const refused = consoleErrors.findIndex((e) => e.includes('status of 409'));
  expect(refused, 'the refused save').toBeGreaterThanOrEqual(0);
  consoleErrors.splice(refused, 1);
  await checkPage(page, 'writeup-draft-conflict');
  await conflict.getByRole('button', { name: 'Save mine over it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 3.' })).toBeVisible();
  await expect(conflict).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish version 3' }).click();
  await expect(page.getByText(/Version 3 published/)).toBeVisible();
  const published = (await (await page.request.get(`/api/v1/events/${event.id}/writeups`)).json()) as {
    items: { publishedVersion: number; version: { body: string } }[];
  };
  expect(published.items[0]?.publishedVersion).toBe(3);
  expect(published.items[0]?.version.body).toBe('My version of the story.');
  await other.context().close();
  expect(otherErrors).toEqual([]);
});

test('an import with three bad rows shows them and writes nothing; the corrected file is previewed, then imported', async ({
  page,
  consoleErrors,
}) => {
  const { token } = await newWorkspace(page, 'Protocol Office');
  const event = await post(page.request, token, '/events', {
    title: { en: 'Delegation visit from Macao' },
    kind: 'delegation_visit',
    startsAt: '2024-09-02T02:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    sides: [
      { code: 'host', name: { en: 'Host' } },
      { code: 'macao', name: { en: 'Macao' } },
    ],
  });
  await page.goto(`/events/${event.id}/attendance`);
  const header = 'name_zh,name_en,title_en,organization_en,role,side';
  const good = [
    '何建国,Ho Kin-kwok,Director,Macao Economic Bureau,guest,macao',
    '周立,Zhou Li,Deputy Director,Host Commerce Bureau,presider,host',
  ];
  const bad = [
    ',,Director,Macao Economic Bureau,guest,macao',
    '陈一,Chan Yat,Officer,Macao Economic Bureau,chef,macao',
    '李二,Lee Yi,Officer,Macao Economic Bureau,guest,moon',
  ];
  const file = page.getByLabel('Drop a CSV or XLSX file here, or choose one');
  await file.setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...good, ...bad].join('\n')) });
  // every row with its name and organization as the file writes them, and its outcome or why it is refused
  const rows = page.getByRole('table', { name: 'Outcome of each row' }).getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText('Ho Kin-kwok');
  await expect(rows.nth(1)).toContainText('Macao Economic Bureau');
  await expect(rows.nth(1)).toContainText('New person');
  await expect(rows.nth(2)).toContainText('Zhou Li');
  await expect(rows.nth(2)).toContainText('Host Commerce Bureau');
  await expect(rows.nth(3)).toContainText('Refused');
  await expect(rows.nth(3)).toContainText('name');
  await expect(rows.nth(4)).toContainText('Chan Yat');
  await expect(rows.nth(4)).toContainText('role');
  await expect(rows.nth(5)).toContainText('Lee Yi');
  await expect(rows.nth(5)).toContainText('side');
  await expect(page.getByRole('alert')).toContainText('The file was not imported.');
  const refused = consoleErrors.findIndex((e) => e.includes('status of 422'));
  expect(refused, 'the refused import').toBeGreaterThanOrEqual(0);
  consoleErrors.splice(refused, 1);
  await checkPage(page, 'import-rejected');
  const attendees = async () =>
    ((await (await page.request.get(`/api/v1/events/${event.id}/attendees`)).json()) as { total: number }).total;
  expect(await attendees()).toBe(0);

  await file.setInputFiles({ name: 'list-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...good].join('\n')) });
  const preview = page.getByRole('table', { name: 'Outcome of each row' });
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview).toContainText('New person');
  await expect(
    page.getByText('2 rows: 0 people already recorded, 2 new people, 2 new organizations. Nothing is written yet.'),
  ).toBeVisible();
  expect(await attendees()).toBe(0);
  await checkPage(page, 'import-preview');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Imported: 2 attendees added, 2 people recorded.')).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Ho Kin-kwok' })).toBeVisible();
  expect(await attendees()).toBe(2);
});
