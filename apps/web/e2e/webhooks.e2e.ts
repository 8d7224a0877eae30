import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { checkPage, expect, test } from './support/fixtures';

const PASSWORD = 'a-long-password-2024';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 (a free port) that answers 200 and keeps what it got. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/eventreg`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/** A new workspace with its owner signed in on `page`; the bearer token is for writes made beside the console. */
async function newWorkspace(page: Page, name: string): Promise<string> {
  const email = `owner-${randomBytes(4).toString('hex')}@webhooks.example`;
  const signup = await page.request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD, workspaceName: name } });
  expect(signup.status()).toBe(201);
  expect((await page.request.post('/api/v1/auth/session', { data: { email, password: PASSWORD } })).status()).toBe(200);
  return ((await signup.json()) as { accessToken: string }).accessToken;
}

test('the owner adds a webhook endpoint, stores its secret, sees a signed delivery in the log, redelivers it, rotates, disables and deletes', async ({
  page,
  context,
  consoleErrors,
}) => {
  const receiver = await startReceiver();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const token = await newWorkspace(page, 'Foreign Affairs Office');
    await page.goto('/workspace');
    await page.getByRole('tab', { name: 'Webhooks' }).click();
    await expect(page.getByText('No webhook endpoints yet.')).toBeVisible();

    // nothing chosen: the API's reasons next to the fields
    await page.getByLabel('Address (URL)').fill('not a url');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const form = page.getByRole('region', { name: 'New endpoint' });
    await expect(form.getByText('url must be an http or https URL')).toBeVisible();
    await expect(form.getByRole('group', { name: 'Events to send' })).toContainText('eventTypes');
    await expect(page.getByLabel('Address (URL)')).toHaveAttribute('aria-invalid', 'true');
    const refused = consoleErrors.findIndex((e) => e.includes('status of 400'));
    expect(refused, 'the refused form').toBeGreaterThanOrEqual(0);
    consoleErrors.splice(refused, 1);
    await checkPage(page, 'webhooks-field-errors');

    await page.getByLabel('Address (URL)').fill(receiver.url);
    await page.getByLabel('Description').fill('Press office CRM');
    await page.getByRole('checkbox', { name: 'Event created' }).check();
    await page.getByRole('checkbox', { name: 'Attendee checked in' }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Store it now.' });
    await expect(notice).toContainText('shown only this once');
    const secret = (await page.getByLabel('Signing secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(notice.getByRole('status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const endpoints = page.getByRole('table', { name: 'Webhook endpoints' });
    await expect(endpoints).toContainText(receiver.url);
    await expect(endpoints).toContainText('Event created, Attendee checked in');
    await expect(endpoints).toContainText('Enabled');
    await checkPage(page, 'webhooks-secret-shown');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await expect(page.getByText(secret)).toHaveCount(0);

    // an event created through the API reaches the receiver, signed with the secret shown
    const created = await page.request.post('/api/v1/events', {
      headers: { authorization: `Bearer ${token}` },
      data: {
        title: { en: 'Jinan Trade Fair', zh: '济南贸易博览会' },
        kind: 'forum',
        startsAt: '2024-05-20T01:00:00.000Z',
        timeZone: 'Asia/Shanghai',
      },
    });
    expect(created.status()).toBe(201);
    const eventId = ((await created.json()) as { id: string }).id;
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    const [first] = receiver.received;
    const verified = new Webhook(secret).verify(first.body, {
      'webhook-id': String(first.headers['webhook-id']),
      'webhook-timestamp': String(first.headers['webhook-timestamp']),
      'webhook-signature': String(first.headers['webhook-signature']),
    }) as { type: string; data: { id: string } };
    expect(verified).toMatchObject({ type: 'event.created', data: { id: eventId } });

    await page.getByRole('button', { name: `Deliveries to ${receiver.url}` }).click();
    const log = page.getByRole('table', { name: `Delivery log: ${receiver.url}` });
    await expect(log.getByRole('row')).toHaveCount(2);
    const row = log.getByRole('row').nth(1);
    await expect(row).toContainText('Event created');
    await expect(row).toContainText('Delivered');
    await expect(row.getByRole('cell').nth(3)).toHaveText('200');
    await expect(row.getByRole('cell').nth(4)).toHaveText('1');
    await checkPage(page, 'webhooks-delivery-log');

    // redelivered: the same message (webhook-id and body) again, a second attempt in the log
    await row.getByRole('button', { name: /^Redeliver Event created of / }).click();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    expect(receiver.received[1].headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(receiver.received[1].body).toBe(first.body);
    await expect(row.getByRole('cell').nth(4)).toHaveText('2', { timeout: 15_000 });
    await expect(row).toContainText('Delivered');

    // rotation: a new secret shown once, with the grace period of the old one
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Rotate secret of ${receiver.url}` }).click();
    const rotated = page.getByRole('alert').filter({ hasText: 'Grace period' });
    await expect(rotated).toContainText('signed with the old secret too');
    const newSecret = (await page.getByLabel('Signing secret').textContent()) ?? '';
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await expect(endpoints).toContainText('The old secret also signs until');
    await page.getByRole('button', { name: 'I have stored it' }).click();

    // edit: another event type, and disabled by the owner (who sees why)
    await page.getByRole('button', { name: `Edit ${receiver.url}` }).click();
    const edit = page.getByRole('region', { name: `Edit ${receiver.url}` });
    await edit.getByRole('checkbox', { name: 'Event changed' }).check();
    await edit.getByRole('checkbox', { name: 'Enabled: send deliveries to this address' }).uncheck();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('region', { name: 'New endpoint' })).toBeVisible();
    await expect(endpoints).toContainText('Event created, Event changed, Attendee checked in');
    await expect(endpoints).toContainText('Disabled');
    await expect(endpoints).toContainText('Disabled by an owner on');
    await expect(page.getByText('This endpoint is disabled: enable it to redeliver.')).toBeVisible();
    await expect(log.getByRole('button', { name: /^Redeliver/ })).toBeDisabled();
    await checkPage(page, 'webhooks-disabled');

    // the same screen in Chinese and Japanese
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('tab', { name: 'Webhook' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table', { name: 'Webhook 接收地址' })).toContainText('已停用');
    await expect(page.getByRole('table', { name: `发送记录：${receiver.url}` })).toContainText('已送达');
    await checkPage(page, 'webhooks-zh');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('table', { name: 'Webhook の送信先' })).toContainText('無効');
    await page.getByRole('button', { name: 'English' }).click();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Delete ${receiver.url}` }).click();
    await expect(page.getByText('No webhook endpoints yet.')).toBeVisible();
    const left = (await (await page.request.get('/api/v1/webhook-endpoints')).json()) as { total: number };
    expect(left.total).toBe(0);
  } finally {
    await receiver.close();
  }
});
