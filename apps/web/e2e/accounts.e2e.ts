import { request, type APIRequestContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { baseURL } from '../playwright.config';
import { expect, expectAccessible, test, USERS } from './support/fixtures';

/** The owner, signed in through the API in a context of its own (cookie and CSRF token). */
async function ownerApi(): Promise<{ api: APIRequestContext; csrf: Record<string, string> }> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/v1/auth/session', { data: { email: USERS.owner.email, password: USERS.owner.password } });
  expect(res.status()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { api, csrf: { 'X-CSRF-Token': csrfToken } };
}

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test.describe('a person who is not signed in', () => {
  test('accepts an invitation: chooses a password, joins with the role the owner chose, signs in', async ({ page, consoleErrors }) => {
    const { api, csrf } = await ownerApi();
    const email = `invitee-${randomUUID()}@eventreg.example`;
    const invited = await api.post('/api/v1/invitations', { headers: csrf, data: { email, role: 'organizer' } });
    expect(invited.status()).toBe(201);
    const { link, emailSent } = (await invited.json()) as { link: string; emailSent: boolean };
    expect(emailSent).toBe(false);
    const { pathname, hash } = new URL(link);
    expect(pathname).toBe('/invitation');

    await page.goto(`${pathname}${hash}`);
    await expect(page.getByRole('heading', { name: 'Join a workspace' })).toBeVisible();
    await expect(page.getByText(`You are invited to join ${USERS.owner.workspace} as Organizer.`)).toBeVisible();
    await expect(page.getByText(`Account: ${email}`)).toBeVisible();
    await expectAccessible(page);

    const submit = page.getByRole('button', { name: 'Create account and join' });
    await page.getByLabel('New password').fill('harbour-lantern-quiet-2031');
    await page.getByLabel('Repeat the password').fill('harbour-lantern-quiet-2030');
    await expect(page.getByRole('alert')).toHaveText('The two passwords are not the same.');
    await expect(submit).toBeDisabled();
    await page.getByLabel('New password').fill('harbour-lantern-quiet-2031');
    await page.getByLabel('Repeat the password').fill('harbour-lantern-quiet-2031');
    await submit.click();
    await expect(page.getByRole('status')).toHaveText(`You have joined ${USERS.owner.workspace}. Sign in to start.`);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signInWith(page, email, 'harbour-lantern-quiet-2031');
    await expect(page.getByTitle(`Signed in as ${email}`)).toHaveText('Organizer');

    // the link worked once
    await page.context().clearCookies();
    await page.goto(`${pathname}${hash}`);
    await expect(page.getByRole('alert')).toContainText('This link is not valid');
    // the browser reports the refused preview (403) as a console error: expected here, and only this one
    const refused = consoleErrors.filter((e) => e.includes('status of 403') && e.includes('/api/v1/invitations/preview'));
    expect(refused).toHaveLength(1);
    consoleErrors.splice(consoleErrors.indexOf(refused[0]), 1);
    await api.dispose();
  });

  test('asks for a reset link from the sign-in page, then sets a new password with a link', async ({ page }) => {
    const { api, csrf } = await ownerApi();
    const email = `forgetful-${randomUUID()}@eventreg.example`;
    const added = await api.post('/api/v1/members', {
      headers: csrf,
      data: { email, role: 'official', password: 'first-Password-for-2031' },
    });
    expect(added.status()).toBe(201);
    const { userId } = (await added.json()) as { userId: string };

    await page.goto('/');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page).toHaveURL(/\/reset-password$/);
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('status')).toContainText('If an account has this email, a link is on its way.');

    // no SMTP here: an owner makes the link and passes it on
    const made = await api.post(`/api/v1/members/${userId}/password-reset`, { headers: csrf });
    expect(made.status()).toBe(201);
    const { pathname, hash } = new URL(((await made.json()) as { link: string }).link);
    await page.goto(`${pathname}${hash}`);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await page.getByLabel('New password').fill('copper-meadow-kettle-2031');
    await page.getByLabel('Repeat the password').fill('copper-meadow-kettle-2031');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect(page.getByRole('status')).toHaveText('Your password has been changed. Sign in with the new one.');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signInWith(page, email, 'copper-meadow-kettle-2031');
    await api.dispose();
  });

  test('reads the pages in Japanese and Chinese', async ({ page }) => {
    await page.goto('/reset-password');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { name: 'パスワードの再設定' })).toBeVisible();
    await page.getByRole('link', { name: 'サインインに戻る' }).click();
    await expect(page.getByRole('link', { name: 'パスワードをお忘れですか？' })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await expect(page.getByRole('heading', { name: '重置密码' })).toBeVisible();
    await page.goto('/invitation');
    await expect(page.getByRole('heading', { name: '加入工作空间' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('链接无效');
  });
});
