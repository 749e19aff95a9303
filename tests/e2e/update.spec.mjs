// A new build that is waiting shows "Update", and only swaps when the user taps it.
import { test, expect } from '@playwright/test';
import { readFile, writeFile as writePlain } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Koers, allowFullDisk, setDiskFull } from './koers.mjs';

const swPath = 'target/e2e-dist/sw.js';

/** Writes sw.js as a deploy does: with its precompressed copies (nginx serves sw.js.br when there is one). */
async function writeFile(path, text) {
  await writePlain(path, text);
  if (existsSync(`${path}.br`)) await writePlain(`${path}.br`, brotliCompressSync(Buffer.from(text)));
  if (existsSync(`${path}.gz`)) await writePlain(`${path}.gz`, gzipSync(Buffer.from(text)));
}

test('a waiting new version shows the update prompt and swaps only on tap', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sami' });
  await page.goto('timeline');
  await app.waitForServiceWorkerControl();
  const original = await readFile(swPath, 'utf8');
  try {
    const next = original.replace(/const BUILD = '([0-9a-f]+)'/, "const BUILD = '$1-next'");
    expect(next).not.toBe(original);
    await writeFile(swPath, next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const prompt = page.getByText('Er is een nieuwe versie van Koers.');
    await expect(prompt).toBeVisible();
    // It waits: nothing swaps by itself.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toContain('/sw.js');
    const cachesBefore = await page.evaluate(() => caches.keys());
    expect(cachesBefore.some((n) => n.endsWith('-next'))).toBe(true);
    await page.getByRole('button', { name: 'Bijwerken' }).click();
    await page.waitForEvent('load');
    await expect(page.getByText('Hoi Sami!')).toBeVisible();
    await expect(prompt).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-next$/)]);
  } finally {
    await writeFile(swPath, original);
  }
});

test('Update waits while a change cannot be saved, so nothing is lost', async ({ page }) => {
  const app = new Koers(page);
  await allowFullDisk(page);
  await app.seed({ name: 'Sami' });
  await page.goto('me');
  await app.waitForServiceWorkerControl();
  const original = await readFile(swPath, 'utf8');
  try {
    await writeFile(swPath, original.replace(/const BUILD = '([0-9a-f]+)'/, "const BUILD = '$1-next'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(page.getByText('Er is een nieuwe versie van Koers.')).toBeVisible();
    await setDiskFull(page, true);
    await page.getByLabel('Hoe wil je genoemd worden?').fill('Sami Unsaved');
    await page.getByRole('button', { name: 'Naam bewaren' }).click();
    await expect(page.getByRole('alert')).toContainText('is vol');
    await page.getByRole('button', { name: 'Bijwerken' }).click();
    await page.waitForTimeout(1000);
    // No reload happened: the unsaved name is still in the field, and the old version still runs.
    await expect(page.getByLabel('Hoe wil je genoemd worden?')).toHaveValue('Sami Unsaved');
    expect(await page.evaluate(() => window.__diskFull)).toBe(true); // still the same page
    await setDiskFull(page, false);
    await page.getByRole('button', { name: 'Bijwerken' }).click();
    await page.waitForEvent('load');
    expect((await app.storedDoc()).doc.profile.name).toBe('Sami Unsaved');
  } finally {
    await writeFile(swPath, original);
  }
});
