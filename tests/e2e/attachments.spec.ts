import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, expect, expectAccessible, signIn, test } from './fixtures';
import { CRAFTED_SVG, chooseFiles, craftedPdf, makePdf, recordBreach } from './support-attachments';

const PNG = readFileSync(join(REPO_ROOT, 'resources', 'icons', '256x256.png'));

test('attaches by file chooser and by paste, shows an image and a PDF, saves a copy of another file', async ({ page, app }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(app.url).origin) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) outside.push(request.url());
  });
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Payslips emailed to the wrong person');
  const section = page.getByRole('region', { name: 'Evidence kept with this breach' });
  await expect(section).toContainText('Up to 25 MB a file and 500 MB in all');
  await expectAccessible(page, 'breach page with no attachments');

  const pdf = await makePdf('Recipient confirms deletion');
  await section.getByLabel('Short description (optional)').fill('Email from the recipient');
  await chooseFiles(page, [{ name: 'deletion-confirmed.pdf', mimeType: 'application/pdf', buffer: pdf }], 'A confirmation of deletion');
  await expect(section.getByRole('status')).toContainText('Added “deletion-confirmed.pdf”');
  const pdfItem = section.getByRole('listitem').filter({ hasText: 'deletion-confirmed.pdf' });
  await expect(pdfItem).toContainText('A confirmation of deletion · PDF');
  await expect(pdfItem).toContainText(`SHA-256 ${createHash('sha256').update(pdf).digest('hex').slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ')}`);

  const log = randomBytes(700_000);
  await chooseFiles(page, [
    { name: 'forwarding-rule.png', mimeType: 'image/png', buffer: PNG },
    { name: 'mail-server.log', mimeType: 'text/plain', buffer: log },
  ], 'A report from a processor or IT provider');
  await expect(section.getByRole('listitem')).toHaveCount(3);

  // A screenshot pasted from the clipboard.
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, PNG.toString('base64'));
  await expect(section.getByRole('listitem')).toHaveCount(4);
  await expect(section.getByRole('listitem').filter({ hasText: /^Pasted screenshot/ })).toContainText('A screenshot · PNG image');

  await section.getByRole('button', { name: 'Show forwarding-rule.png' }).click();
  const viewer = page.getByRole('region', { name: 'forwarding-rule.png' });
  const image = viewer.getByRole('img');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.src.startsWith('blob:')])).toEqual([256, true]);
  await expectAccessible(page, 'an image shown');
  await viewer.getByRole('button', { name: 'Close' }).click();

  await section.getByRole('button', { name: 'Show deletion-confirmed.pdf' }).click();
  const pdfViewer = page.getByRole('region', { name: 'deletion-confirmed.pdf' });
  await expect(pdfViewer.getByRole('status')).toHaveText('1 page.');
  const canvas = pdfViewer.getByRole('img', { name: 'Page 1 of 1' });
  await expect(canvas).toBeVisible();
  // The page was really drawn: dark text on white, not an empty canvas.
  const darkPixels = await canvas.evaluate((element: HTMLCanvasElement) => {
    const data = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark += 1;
    return dark;
  });
  expect(darkPixels).toBeGreaterThan(500);
  await expectAccessible(page, 'a PDF shown');

  const logItem = section.getByRole('listitem').filter({ hasText: 'mail-server.log' });
  await expect(logItem).toContainText('Breachlog does not open this kind of file');
  await expect(logItem.getByRole('button', { name: /^Show/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await logItem.getByRole('button', { name: 'Save a copy of mail-server.log' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('mail-server.log');
  const copyPath = join(app.dataDir, '..', `copy-${Date.now()}.log`);
  await saved.saveAs(copyPath);
  expect(readFileSync(copyPath).equals(log)).toBe(true);
  await expect(section.getByRole('status').filter({ hasText: 'It is not encrypted' })).toHaveCount(1);

  // Removal needs a reason, and the trail keeps it.
  await logItem.getByRole('button', { name: 'Remove mail-server.log' }).click();
  await logItem.getByRole('button', { name: 'Remove for good' }).click();
  await expect(logItem.getByRole('alert')).toHaveText('Say why the file is being removed');
  await logItem.getByLabel('Why is it being removed?').fill('Held no evidence about this breach');
  await expectAccessible(page, 'removing an attachment');
  await logItem.getByRole('button', { name: 'Remove for good' }).click();
  await expect(section.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('list', { name: 'Timeline of this record' })).toContainText('Removed evidence');
  expect(outside).toEqual([]);
});

test('says why a file is refused and keeps nothing: empty, renamed, over the size limit', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Laptop stolen from a car');
  const section = page.getByRole('region', { name: 'Evidence kept with this breach' });
  await chooseFiles(page, [{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
  await expect(section.getByRole('alert')).toContainText('“empty.txt” is empty (0 bytes): there is nothing in it to keep. Nothing was kept.');
  await chooseFiles(page, [{ name: 'crime-reference.pdf', mimeType: 'application/pdf', buffer: PNG }]);
  await expect(section.getByRole('alert')).toContainText('“crime-reference.pdf” is named as a PDF, but its content is a PNG image. Nothing was kept');
  // A 30 MB file on disk (sparse), chosen by its path as a person would.
  const big = join(app.dataDir, '..', `cctv-${Date.now()}.mp4`);
  writeFileSync(big, '');
  truncateSync(big, 30 * 1024 * 1024);
  try {
    await chooseFiles(page, big);
    await expect(section.getByRole('alert')).toContainText(/“cctv-\d+\.mp4” is 30 MB; a file can be at most 25 MB\. Nothing was kept\./);
  } finally {
    rmSync(big, { force: true });
  }
  await expect(section).toContainText('No files kept yet.');
  await expectAccessible(page, 'a refused file');
});

test('a crafted SVG and a crafted PDF with scripts do nothing when shown', async ({ page, app }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(app.url).origin) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) outside.push(request.url());
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Phishing email opened');
  const section = page.getByRole('region', { name: 'Evidence kept with this breach' });
  await chooseFiles(page, [
    { name: 'drawing.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(CRAFTED_SVG) },
    { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: craftedPdf() },
  ]);
  await expect(section.getByRole('listitem')).toHaveCount(2);
  const title = await page.title();

  await section.getByRole('button', { name: 'Show drawing.svg' }).click();
  const svg = page.getByRole('region', { name: 'drawing.svg' }).getByRole('img');
  await expect(svg).toBeVisible();
  expect(await svg.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(200);
  await page.getByRole('button', { name: 'Close' }).click();

  await section.getByRole('button', { name: 'Show invoice.pdf' }).click();
  const pdfViewer = page.getByRole('region', { name: 'invoice.pdf' });
  await expect(pdfViewer.getByRole('status')).toHaveText('1 page.');
  await pdfViewer.getByRole('img', { name: 'Page 1 of 1' }).click();
  await page.waitForTimeout(500);

  expect(await page.title()).toBe(title);
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  expect(await page.locator('iframe, object, embed').count()).toBe(0);
});
