import { request, type APIRequestContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { baseURL } from '../playwright.config';
import { checkPage, expect, signIn, test, USERS } from './support/fixtures';

/** An event of its own (the demo event stays as the other specs expect it), entered through the API as the organizer. */
async function seedEvent(): Promise<{ eventId: string; title: string }> {
  const api: APIRequestContext = await request.newContext({ baseURL });
  const res = await api.post('/api/v1/auth/session', { data: { email: USERS.organizer.email, password: USERS.organizer.password } });
  expect(res.status()).toBe(200);
  const headers = { 'X-CSRF-Token': ((await res.json()) as { csrfToken: string }).csrfToken };
  const post = async (path: string, data: unknown) => {
    const r = await api.post(`/api/v1${path}`, { headers, data });
    expect(r.status(), `${path}: ${await r.text()}`).toBe(201);
    return (await r.json()) as { id: string };
  };
  const suffix = Math.random().toString(36).slice(2, 7);
  const city = await post('/organizations', {
    kind: 'government',
    name: { zh: '临江市人民政府', ja: '臨江市人民政府', en: 'Linjiang Municipal Government' },
    shortName: { zh: '临江市', ja: '臨江市', en: 'Linjiang' },
  });
  const person = (zh: string, ja: string, en: string, title: Record<string, string>, rank: number) =>
    post('/people', { name: { zh, ja, en }, protocolRank: rank, positions: [{ title, organizationId: city.id }] });
  const mayor = await person('韩东升', '韓東昇', 'Han Dongsheng', { zh: '市长', ja: '市長', en: 'Mayor' }, 3);
  const secretary = await person('滕一鸣', '滕一鳴', 'Teng Yiming', { zh: '秘书长', ja: '秘書長', en: 'Secretary-General' }, 9);
  await person('柏晓岚', '柏暁嵐', `Bai Xiaolan ${suffix}`, { zh: '副市长', ja: '副市長', en: 'Vice Mayor' }, 5);
  const title = `Linjiang Port Cooperation Forum ${suffix}`;
  const event = await post('/events', {
    title: { zh: '临江港口合作论坛', ja: '臨江港湾協力フォーラム', en: title },
    kind: 'forum',
    status: 'scheduled',
    startsAt: '2030-09-12T14:30:00+08:00',
    timeZone: 'Asia/Shanghai',
    venue: { zh: '临江国际会议中心', ja: '臨江国際会議センター', en: 'Linjiang International Conference Center' },
    sides: [],
    hostIds: [city.id],
  });
  await post(`/events/${event.id}/attendees`, { personId: mayor.id, role: 'speaker' });
  await post(`/events/${event.id}/attendees`, { personId: secretary.id, role: 'presider' });
  await api.dispose();
  return { eventId: event.id, title };
}

test('an organizer replaces the mayor by a deputy, downloads the presider’s script and sees which files are out of date', async ({
  page,
}) => {
  const { eventId, title } = await seedEvent();
  await signIn(page, USERS.organizer);

  // the script beside the reports, downloaded in Word
  await page.goto(`/events/${eventId}/reports`);
  await expect(page.getByRole('heading', { name: "Presider's script" })).toBeVisible();
  await expect(page.getByText('Nothing downloaded yet.')).toBeVisible();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: "Presider's script · Word (DOCX)" }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/^2030-09-12_.*_script-en\.docx$/);
  expect((await readFile(await docx.path())).subarray(0, 2).toString()).toBe('PK');
  const outputs = page.getByRole('region', { name: 'Downloaded files' });
  await expect(outputs.getByRole('row', { name: /Presider's script.*English.*Up to date/ })).toBeVisible();

  // the mayor cannot come: his deputy attends in his place
  await page.goto(`/events/${eventId}`);
  const mayorRow = page.getByRole('row', { name: /Han Dongsheng/ });
  await mayorRow.getByRole('button', { name: 'Replace with deputy · Han Dongsheng' }).click();
  const form = page.getByRole('form', { name: 'Replace Han Dongsheng with a deputy' });
  await form.getByRole('searchbox').fill('Bai Xiaolan');
  await form
    .getByRole('button', { name: /Bai Xiaolan/ })
    .first()
    .click();
  await checkPage(page, 'replace-with-deputy');
  await form.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('now attends on behalf of Han Dongsheng');
  const deputyRow = page.getByRole('row', { name: /Bai Xiaolan/ });
  await expect(deputyRow).toContainText('on behalf of Han Dongsheng');
  await expect(page.getByRole('row', { name: /Han Dongsheng/ }).filter({ hasText: 'Absent' })).toHaveCount(1);

  // the script downloaded before is now out of date; the new one names the deputy on the mayor's behalf
  await page.goto(`/events/${eventId}/reports`);
  await expect(outputs.getByRole('row', { name: /Presider's script.*English.*Changed since download/ })).toBeVisible();
  await checkPage(page, 'reports-outputs-changed');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: "Presider's script · Markdown" }).click()]);
  const text = await readFile(await md.path(), 'utf8');
  expect(text).toContain(title);
  expect(text).toMatch(/Bai Xiaolan \w+, Vice Mayor of .*, on behalf of Han Dongsheng, Mayor of/);
  await expect(outputs.getByRole('row', { name: /Presider's script.*English.*Up to date/ })).toBeVisible();
});
