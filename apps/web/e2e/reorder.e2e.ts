import type { APIRequestContext } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { checkPage, expect, test } from './support/fixtures';

const PASSWORD = 'a-long-password-2024';

async function post(request: APIRequestContext, auth: Record<string, string>, path: string, data: unknown): Promise<{ id: string }> {
  const res = await request.post(`/api/v1${path}`, { data, headers: auth });
  expect(res.status(), path).toBe(201);
  return (await res.json()) as { id: string };
}

test('an agenda item and an attendance row are dragged to the top; the order is saved; the agenda also moves by keyboard', async ({
  page,
}) => {
  const email = `owner-${randomBytes(4).toString('hex')}@reorder.example`;
  const signup = await page.request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD, workspaceName: 'Protocol Office' } });
  expect(signup.status()).toBe(201);
  const auth = { authorization: `Bearer ${((await signup.json()) as { accessToken: string }).accessToken}` };
  expect((await page.request.post('/api/v1/auth/session', { data: { email, password: PASSWORD } })).status()).toBe(200);
  const event = await post(page.request, auth, '/events', {
    title: { en: 'Signing ceremony' },
    kind: 'signing_ceremony',
    startsAt: '2024-09-02T02:00:00.000Z',
    timeZone: 'Asia/Shanghai',
  });
  for (const title of ['Opening', 'Keynote', 'Signing']) {
    await post(page.request, auth, `/events/${event.id}/agenda`, { kind: 'other', title: { en: title } });
  }
  for (const [name, protocolRank] of [
    ['Alpha Chen', 1],
    ['Bravo Li', 2],
    ['Charlie Wang', 3],
  ] as const) {
    const person = await post(page.request, auth, '/people', { name: { en: name }, protocolRank });
    await post(page.request, auth, `/events/${event.id}/attendees`, { personId: person.id, role: 'guest' });
  }
  const savedAgenda = async () =>
    ((await (await page.request.get(`/api/v1/events/${event.id}/agenda`)).json()) as { items: { title: { en: string } }[] }).items.map(
      (i) => i.title.en,
    );

  // the agenda: drag the last item onto the first
  await page.goto(`/events/${event.id}/agenda`);
  const agenda = page.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  await expect(agenda).toHaveCount(3);
  await agenda.nth(2).dragTo(agenda.nth(0));
  await expect(agenda.nth(0)).toContainText('Signing');
  await expect(page.getByRole('status').filter({ hasText: 'Signing moved to place 1.' })).toBeAttached();
  await expect.poll(savedAgenda).toEqual(['Signing', 'Opening', 'Keynote']);
  // by keyboard: focus the button and press Enter
  const down = page.getByRole('button', { name: 'Move Opening down' });
  // the move buttons wait for the drag's save to settle
  await expect(down).toBeEnabled();
  await down.focus();
  await page.keyboard.press('Enter');
  await expect.poll(savedAgenda).toEqual(['Signing', 'Keynote', 'Opening']);
  await page.reload();
  await expect(agenda.nth(0)).toContainText('Signing');
  await expect(agenda.nth(2)).toContainText('Opening');
  await checkPage(page, 'agenda-reorder');

  // the attendance: drag the third row onto the first
  await page.goto(`/events/${event.id}/attendance`);
  const rows = page.locator('table.attendance-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Alpha Chen');
  await rows.nth(2).dragTo(rows.nth(0));
  await expect(rows.nth(0)).toContainText('Charlie Wang');
  await expect
    .poll(async () =>
      (
        (await (await page.request.get(`/api/v1/events/${event.id}/attendees`)).json()) as {
          items: { effectiveOrder: number; person: { name: { en: string } } }[];
        }
      ).items.map((a) => [a.effectiveOrder, a.person.name.en]),
    )
    .toEqual([
      [1, 'Charlie Wang'],
      [2, 'Alpha Chen'],
      [3, 'Bravo Li'],
    ]);
});
