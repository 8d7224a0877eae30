import { randomBytes } from 'node:crypto';
import { checkPage, expect, test } from './support/fixtures';

const PASSWORD = 'a-long-password-2024';

test('the owner invites a member in the language of their choice, passes the link on, sees it pending and revokes it', async ({
  page,
  consoleErrors,
}) => {
  const email = `owner-${randomBytes(4).toString('hex')}@members.example`;
  const signup = await page.request.post('/api/v1/auth/signup', {
    data: { email, password: PASSWORD, workspaceName: 'Protocol Division' },
  });
  expect(signup.status()).toBe(201);
  expect((await page.request.post('/api/v1/auth/session', { data: { email, password: PASSWORD } })).status()).toBe(200);
  await page.goto('/workspace');
  const form = page.getByRole('form', { name: 'Invite a member' });
  await expect(form).toBeVisible();
  await expect(page.getByText('No pending invitations.')).toBeVisible();

  // a malformed address: the API's reason next to the field
  await form.getByLabel('Email', { exact: true }).fill('not-an-address');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(form.getByText('email must be an email')).toBeVisible();
  const refused = consoleErrors.findIndex((e) => e.includes('status of 400'));
  expect(refused, 'the refused invitation').toBeGreaterThanOrEqual(0);
  consoleErrors.splice(refused, 1);

  const invitee = `clerk-${randomBytes(4).toString('hex')}@members.example`;
  await form.getByLabel('Email', { exact: true }).fill(invitee);
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Organizer' });
  await expect(form.getByLabel('Language of the email')).toHaveValue('en');
  await form.getByLabel('Language of the email').selectOption({ label: '日本語' });
  await form.getByRole('button', { name: 'Send invitation' }).click();
  // no mail server in this run: the link is shown to pass on
  await expect(page.getByRole('alert')).toContainText(`pass this one-time link to ${invitee} yourself`);
  const link = (await page.getByLabel('Invitation link').textContent()) ?? '';
  expect(link).toMatch(/\/invitation#token=[A-Za-z0-9_-]{43}$/);
  const token = link.split('#token=')[1];
  const preview = await page.request.post('/api/v1/invitations/preview', { data: { token } });
  expect(await preview.json()).toMatchObject({ email: invitee, role: 'organizer', workspaceName: 'Protocol Division' });
  const pending = page.getByRole('table', { name: 'Pending invitations' });
  await expect(pending).toContainText(invitee);
  await expect(pending).toContainText('Organizer');
  await checkPage(page, 'workspace-invitation');
  await page.getByRole('button', { name: 'I have stored it' }).click();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Revoke the invitation of ${invitee}` }).click();
  await expect(page.getByText('No pending invitations.')).toBeVisible();
  const revoked = await page.request.post('/api/v1/invitations/preview', { data: { token } });
  expect(revoked.status()).toBe(403);
  expect(((await revoked.json()) as { code: string }).code).toBe('LINK_INVALID');
});
