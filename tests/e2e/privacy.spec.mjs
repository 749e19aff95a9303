// Privacy and ownership: quick exit, a copy to download, deleting everything.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Koers, entry } from './koers.mjs';
import { BASE } from './chromium.mjs';

const seedData = { name: 'Amira', entries: [entry('1', 'Gehoor bij de IND', { y: 2025, m: 3 }, { kind: 'interview', private: true })] };

for (const how of ['button', 'Escape twice']) {
  test(`quick exit (${how}) leaves no personal text in the page`, async ({ page }) => {
    const app = new Koers(page);
    await app.seed(seedData);
    await page.goto('timeline/edit/1');
    await expect(page.getByLabel('Titel')).toHaveValue('Gehoor bij de IND');
    if (how === 'button') {
      await page.getByRole('button', { name: 'Snel weg' }).click();
    } else {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
    await expect(page.locator('.clock')).toHaveText(/^\d\d:\d\d$/);
    const html = await page.content();
    for (const secret of ['Amira', 'Gehoor', 'IND', 'Tijdlijn', 'Koers kan']) expect(html).not.toContain(secret);
    expect(new URL(page.url()).pathname).toBe(BASE);
    // The tab shows only the time: no screen name, nothing personal (issue 12).
    expect(await page.evaluate(() => document.title)).toMatch(/^\d\d:\d\d$/);
  });
}

test('a copy of all data downloads as a .koers file without a name in it, and delete everything takes two steps', async ({ page }) => {
  const app = new Koers(page);
  await app.seed(seedData);
  await app.open('me');
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Een kopie van je gegevens' }).getByRole('button', { name: 'Kopie downloaden', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^koers-\d{4}-\d\d-\d\d\.koers$/);
  const backup = JSON.parse(await readFile(await file.path(), 'utf8'));
  expect(backup.format).toBe('koers-backup');
  expect(backup.doc.entries.map((e) => e.title)).toEqual(['Gehoor bij de IND']);

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByText('Weet je het zeker?')).toBeVisible();
  await page.getByRole('button', { name: 'Nee, terug' }).click();
  expect((await app.storedDoc()).doc.entries.length).toBe(1);
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(app.heading()).toHaveText('Welkom bij Koers');
  await page.waitForTimeout(800); // longer than the save debounce: nothing is written back
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('koers.')))).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});
