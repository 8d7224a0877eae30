import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkPage, expect, signIn, test, USERS } from './support/fixtures';

const TODAY = 'Qingdao Marine Economy Cooperation Forum';

/** The text items of a PDF, page after page. */
async function pdfText(buffer: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const items: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) items.push(item.str);
  }
  await doc.destroy();
  return items;
}

test.describe('seating & cards', () => {
  test('an organizer seats the head table, pins a seat and downloads the chart, place cards and badges', async ({
    page,
    consoleErrors,
  }) => {
    await signIn(page, USERS.organizer);
    await page.getByRole('link', { name: TODAY }).click();
    await page.getByRole('link', { name: 'Seating & cards' }).click();
    await expect(page.getByRole('heading', { name: 'Seating & cards' })).toBeVisible();

    // a new event has no plan: the form is open
    await expect(page.getByRole('textbox', { name: 'Name English' })).toHaveValue('Head table');
    await page.getByLabel('Seats per row, front row first').fill('7');
    await page.getByLabel('Convention').selectOption('cn-domestic');
    await page.getByRole('button', { name: 'Create and seat' }).click();
    await expect(page.getByTestId('seat')).toHaveCount(7);
    await expect(page.getByTestId('seating-viewpoint')).toContainText('As seen from the audience');
    await checkPage(page, 'seating');

    // a bad layout is refused next to its field
    await page.getByRole('button', { name: 'Change layout…' }).click();
    await page.getByLabel('Seats per row, front row first').fill('0');
    await page.getByRole('button', { name: 'Save and seat again' }).click();
    await expect(page.locator('.field-error').first()).toBeVisible();
    // the refusal is the expected 400 the browser logs
    const refused = consoleErrors.findIndex((e) => e.includes('status of 400') && e.includes('/seating-plans/'));
    expect(refused).toBeGreaterThanOrEqual(0);
    consoleErrors.splice(refused, 1);
    await page.getByRole('button', { name: 'Change layout…' }).click();

    // pin the protocol No. 1 (seat 4 of 7 under cn-domestic) to seat 1
    const centre = (await page.getByTestId('seat').nth(3).locator('.seat-name').textContent()) ?? '';
    await page.getByRole('button', { name: 'Pin someone here: Seat 1' }).click();
    await page.getByRole('combobox', { name: /Seat 1 of Row 1/ }).selectOption({ label: `1. ${centre}` });
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await expect(page.getByTestId('seat').first()).toContainText(centre);
    await expect(page.getByTestId('seat').first()).toContainText('Pinned');

    const chart = page.getByRole('link', { name: 'Seating chart (PDF)' });
    const res = await page.request.get((await chart.getAttribute('href')) ?? '');
    expect(res.status()).toBe(200);
    const text = (await pdfText(await res.body())).join('');
    expect(text).toContain('As seen from the audience');
    expect(text).toContain(centre);
    for (const name of ['Place cards (PDF)', 'Name badges with QR codes (PDF)', 'Seating chart (XLSX)']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect((await page.request.get(href ?? '')).status(), name).toBe(200);
    }

    // the downloads are recorded: the reports page lists them with the plan's name
    await page.goto(page.url().replace(/\/seating.*$/, '/reports'));
    const outputs = page.getByRole('region', { name: 'Downloaded files' });
    await expect(outputs.getByRole('row', { name: /Seating chart · Head table.*English.*Up to date/ })).toBeVisible();
    await expect(outputs.getByRole('row', { name: /Place cards · Head table.*English.*Up to date/ })).toBeVisible();
    await expect(outputs.getByRole('row', { name: /Name badges.*English.*Up to date/ })).toBeVisible();
    await checkPage(page, 'reports-outputs-seating');
  });

  test('the check-in desk takes a badge code typed in when no camera is used', async ({ page, consoleErrors }) => {
    await signIn(page, USERS.organizer);
    await page.getByRole('link', { name: TODAY }).click();
    const eventPath = new URL(page.url()).pathname;
    const badges = await page.request.get(`/api/v1${eventPath}/badges?lang=en`);
    expect(badges.status()).toBe(200);
    const codes = (await pdfText(await badges.body())).map((s) => s.trim()).filter((s) => s.startsWith('B1.'));
    expect(codes.length).toBeGreaterThan(10);
    await page.getByRole('link', { name: 'Check-in desk' }).click();
    await expect(page.getByRole('heading', { name: 'Scan a badge' })).toBeVisible();
    // the least senior guest's badge: other desk tests leave them alone
    await page.getByLabel('Badge code').fill(codes.at(-1) ?? '');
    await page.getByRole('button', { name: 'Check in by code' }).click();
    await expect(page.getByRole('status').filter({ hasText: /checked in/ })).toBeVisible();
    await page.getByLabel('Badge code').fill((codes.at(-1) ?? '') + 'x');
    await page.getByRole('button', { name: 'Check in by code' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This is not a badge of this office' })).toBeVisible();
    const refused = consoleErrors.findIndex((e) => e.includes('status of 422') && e.includes('/check-in/scan'));
    expect(refused).toBeGreaterThanOrEqual(0);
    consoleErrors.splice(refused, 1);
    await checkPage(page, 'check-in-desk-scan');
  });
});
