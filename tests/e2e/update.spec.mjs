// A new build that is waiting shows "Update", and only swaps when the user taps it.
import { test, expect } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { Koers } from './koers.mjs';

const swPath = 'target/e2e-dist/sw.js';

test('a waiting new version shows the update prompt and swaps only on tap', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sami' });
  await page.goto('/timeline');
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
