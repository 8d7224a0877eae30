import type { Browser, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { checkPage, expect, test, watchConsole } from './support/fixtures';

const PASSWORD = 'a-long-password-2024';

async function signedIn(page: Page, email: string): Promise<void> {
  expect((await page.request.post('/api/v1/auth/session', { data: { email, password: PASSWORD } })).status()).toBe(200);
}

async function openZhDrafts(browser: Browser, errors: string[], eventId: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  watchConsole(page, errors);
  await signedIn(page, email);
  await page.goto(`/events/${eventId}/drafts`);
  await page.getByRole('group', { name: 'Languages' }).getByRole('button', { name: '中文' }).click();
  return page;
}

test('two organizers edit one Chinese draft: the conflict is shown, the versions list who saved what on which version, and the difference is marked character by character', async ({
  page,
  browser,
  consoleErrors,
}) => {
  const owner = `owner-${randomBytes(4).toString('hex')}@drafts.example`;
  const signup = await page.request.post('/api/v1/auth/signup', {
    data: { email: owner, password: PASSWORD, workspaceName: 'Press Office' },
  });
  expect(signup.status()).toBe(201);
  const { accessToken } = (await signup.json()) as { accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}` };
  const second = `organizer-${randomBytes(4).toString('hex')}@drafts.example`;
  expect(
    (
      await page.request.post('/api/v1/members', { headers: auth, data: { email: second, password: PASSWORD, role: 'organizer' } })
    ).status(),
  ).toBe(201);
  const created = await page.request.post('/api/v1/events', {
    headers: auth,
    data: {
      title: { zh: '青岛海洋论坛', en: 'Qingdao Ocean Forum' },
      kind: 'forum',
      startsAt: '2024-06-10T01:00:00.000Z',
      timeZone: 'Asia/Shanghai',
      status: 'held',
      city: { zh: '青岛', en: 'Qingdao' },
    },
  });
  expect(created.status()).toBe(201);
  const event = (await created.json()) as { id: string };

  await signedIn(page, owner);
  await page.goto(`/events/${event.id}/drafts`);
  await page.getByRole('group', { name: 'Languages' }).getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: 'Start a draft from the generated text' }).click();
  const body = page.getByLabel('Text', { exact: true });
  await expect(body).toHaveValue(/青岛海洋论坛/);
  const generated = await body.inputValue();

  // the second organizer changes two characters of the title and saves first
  const otherErrors: string[] = [];
  const other = await openZhDrafts(browser, otherErrors, event.id, second);
  const otherBody = other.getByLabel('Text', { exact: true });
  await expect(otherBody).toHaveValue(generated);
  await otherBody.fill(generated.replace('青岛海洋论坛', '青岛海洋大会'));
  await other.getByRole('button', { name: 'Save as new version' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Saved as version 2.' })).toBeVisible();

  // the first saves on top of version 1: the conflict shows both; they take the saved version
  await body.fill(`${generated}\n补充一句。`);
  await page.getByRole('button', { name: 'Save as new version' }).click();
  const conflict = page.getByRole('region', { name: /Someone saved version 2/ });
  await expect(conflict).toContainText('补充一句。');
  await expect(conflict).toContainText('青岛海洋大会');
  consoleErrors.splice(
    consoleErrors.findIndex((e) => e.includes('status of 409')),
    1,
  );
  await conflict.getByRole('button', { name: 'Take the saved version' }).click();
  await expect(body).toHaveValue(/青岛海洋大会/);

  // the versions: who saved each, on which version; version 2 against 1 marks the two characters
  await page.reload();
  await page.getByRole('group', { name: 'Languages' }).getByRole('button', { name: '中文' }).click();
  const versions = page.getByRole('region', { name: 'Versions' });
  const rows = versions.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Version 2 (edited)');
  await expect(rows.nth(1)).toContainText(second);
  await expect(rows.nth(1)).toContainText('version 1');
  await expect(rows.nth(2)).toContainText(owner);
  await expect(rows.nth(2)).toContainText('the records');
  const diff = versions.getByRole('group', { name: 'Version 2 against version 1' });
  await expect(diff.locator('del')).toHaveText(['论坛']);
  await expect(diff.locator('ins')).toHaveText(['大会']);
  await versions.getByRole('button', { name: 'Show changes of version 1' }).click();
  await expect(versions).toContainText('Version 1 is the first');

  // a guest added to the records: the page says what changed and what generating again would change
  const person = await page.request.post('/api/v1/people', { headers: auth, data: { name: { zh: '王家明', en: 'Wong Ka-ming' } } });
  const personId = ((await person.json()) as { id: string }).id;
  const attended = await page.request.post(`/api/v1/events/${event.id}/attendees`, {
    headers: auth,
    data: { personId, role: 'guest' },
  });
  expect(attended.status()).toBe(201);
  await page.reload();
  await page.getByRole('group', { name: 'Languages' }).getByRole('button', { name: '中文' }).click();
  const changed = page.getByRole('status').filter({ hasText: 'records changed' });
  await expect(changed).toContainText('Changed in the records since version 1 was generated');
  await expect(changed).toContainText('Attendance · Created: 1');
  await changed.getByText('The generated text, then and now').click();
  await expect(changed.getByRole('group', { name: 'The generated text, then and now' }).locator('ins').first()).toBeVisible();
  await checkPage(page, 'writeup-draft-versions');
  await other.context().close();
  expect(otherErrors).toEqual([]);
});
