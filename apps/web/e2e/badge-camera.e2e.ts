import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import QRCode from 'qrcode';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import config from '../playwright.config';
import { checkPage, expect, signIn, test, USERS } from './support/fixtures';

const TODAY = 'Qingdao Marine Economy Cooperation Forum';
const WIDTH = 640;
const HEIGHT = 480;
/** What Chromium's fake camera films: a YUV4MPEG2 file, rewritten by the test before the camera starts. */
const VIDEO = resolve(import.meta.dirname, '../../../test-results/fake-camera/badge.y4m');

/** A YUV4MPEG2 (4:2:0) video of a few identical frames of a grey-level picture. */
function y4m(luma: Uint8Array, frames = 3): Buffer {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`),
    ...Array.from({ length: frames }, () => frame),
  ]);
}

/** The luma plane of a badge's QR code as printed: black modules, a white quiet zone, centred on white. */
function qrPicture(code: string): Uint8Array {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 2 * quiet));
  const left = Math.floor((WIDTH - modules.size * scale) / 2);
  const top = Math.floor((HEIGHT - modules.size * scale) / 2);
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(255);
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = top + row * scale; y < top + (row + 1) * scale; y++)
        luma.fill(0, y * WIDTH + left + col * scale, y * WIDTH + left + (col + 1) * scale);
    }
  return luma;
}

// the camera exists from the browser's start: until the test knows a badge's code it films a white page
mkdirSync(resolve(VIDEO, '..'), { recursive: true });
writeFileSync(VIDEO, y4m(new Uint8Array(WIDTH * HEIGHT).fill(255), 1));

test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [
      ...(config.use?.launchOptions?.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${VIDEO}`,
    ],
  },
  permissions: ['camera'],
});

/** The badge codes printed on an event's badges (the text under each QR code), in the PDF's order. */
async function badgeCodes(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const codes: string[] = [];
  for (let n = 1; n <= doc.numPages; n++)
    for (const item of (await (await doc.getPage(n)).getTextContent()).items)
      if ('str' in item && item.str.trim().startsWith('B1.')) codes.push(item.str.trim());
  await doc.destroy();
  return codes;
}

test('the check-in desk reads a badge’s QR code with the camera and checks its guest in once', async ({ page }) => {
  await signIn(page, USERS.organizer);
  await page.getByRole('link', { name: TODAY }).click();
  const eventPath = new URL(page.url()).pathname;
  const badges = await page.request.get(`/api/v1${eventPath}/badges?lang=en`);
  expect(badges.status()).toBe(200);
  const codes = await badgeCodes(await badges.body());
  expect(codes.length).toBeGreaterThan(10);
  // the second least senior guest: the desk's other tests check in others
  writeFileSync(VIDEO, y4m(qrPicture(codes.at(-2) ?? '')));

  const scans: { http: number; checkedInNow?: boolean; id?: string; status?: string }[] = [];
  page.on('response', (res) => {
    if (res.request().method() === 'POST' && res.url().endsWith('/check-in/scan'))
      void res.json().then((body: { checkedInNow?: boolean; id?: string; status?: string }) => scans.push({ ...body, http: res.status() }));
  });

  await page.getByRole('link', { name: 'Check-in desk' }).click();
  await expect(page.getByRole('heading', { name: 'Scan a badge' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  await expect(page.getByRole('button', { name: 'Stop the camera' })).toHaveAttribute('aria-pressed', 'true');
  const done = page.getByRole('status').filter({ hasText: ' checked in', hasNotText: 'already' });
  await expect(done).toBeVisible({ timeout: 15_000 });
  await checkPage(page, 'check-in-desk-camera');
  // the code stays in view: read again after a pause, it only tells the guest was already checked in
  await expect(page.getByRole('status').filter({ hasText: /was already checked in at \d\d:\d\d/ })).toBeVisible();
  await page.getByRole('button', { name: 'Stop the camera' }).click();
  await expect(page.getByRole('button', { name: 'Scan with the camera' })).toBeVisible();

  // one read checked the guest in; the reads after it changed nothing
  await expect.poll(() => scans.length).toBeGreaterThan(1);
  expect(scans.filter((s) => s.checkedInNow)).toHaveLength(1);
  expect(scans[0]).toMatchObject({ http: 200, checkedInNow: true, status: 'checked_in' });
  expect(scans.slice(1).every((s) => s.http === 200 && s.checkedInNow === false && s.id === scans[0].id)).toBe(true);
  const attendance = await page.request.get(`/api/v1${eventPath}/attendees/${scans[0].id}`);
  expect(attendance.status()).toBe(200);
  const body = (await attendance.json()) as { status: string; checkedInAt: string | null; person: { name: Record<string, string> } };
  expect(body).toMatchObject({ status: 'checked_in', checkedInAt: expect.any(String) });
  await expect(page.getByRole('status')).toContainText(`${body.person.name.en ?? ''} was already checked in`);
});
