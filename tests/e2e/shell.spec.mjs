// The foundation's user flows: first run, offline, language and RTL, install, data safety, other tabs.
import { test, expect, chromium } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, chromiumArgs, chromiumPath } from './chromium.mjs';
import { Koers, ROUTES, HEADINGS, allowFullDisk, setDiskFull } from './koers.mjs';

test('first run, then every route works offline and the name survives an offline reload', async ({ page, context }) => {
  const app = new Koers(page);
  await page.goto('./');
  await expect(app.heading()).toHaveText(HEADINGS.nl.welcome);
  await page.getByLabel('Hoe wil je genoemd worden?').fill('Sara');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(app.heading()).toHaveText(HEADINGS.nl.timeline);
  await expect(page.getByText('Hoi Sara!')).toBeVisible();
  await expect.poll(async () => (await app.storedDoc())?.doc?.profile?.name).toBe('Sara');

  await app.waitForServiceWorkerControl();
  await context.setOffline(true);
  for (const route of ROUTES) {
    await app.open(route);
  }
  await expect(page.getByText('Geen internet. Koers werkt gewoon.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Hoe wil je genoemd worden?')).toHaveValue('Sara');
  await page.goto('does-not-exist');
  await expect(app.heading()).toBeVisible();

  expect(app.foreignRequests).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('the bottom navigation reaches all five sections', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Omar' });
  await page.goto('./');
  await expect(app.heading()).toHaveText(HEADINGS.nl.timeline);
  for (const [label, route] of [['School', 'school'], ['Toekomst', 'future'], ['Plan', 'plan'], ['Ik', 'me'], ['Tijdlijn', 'timeline']]) {
    await app.nav().getByRole('link', { name: label }).click();
    await expect(app.heading()).toHaveText(HEADINGS.nl[route]);
    await expect(app.nav().getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  }
});

test('choosing Arabic gives dir=rtl, mirrors the layout and is remembered', async ({ page }) => {
  const app = new Koers(page);
  await page.goto('./');
  await page.getByRole('radio', { name: 'العربية' }).check();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByRole('button', { name: 'ابدأ' }).click();
  await expect(app.heading()).toHaveText(HEADINGS.ar.timeline);
  // Mirrored: the first navigation item sits at the right edge.
  const first = await app.nav().getByRole('link').first().boundingBox();
  expect(first.x).toBeGreaterThan(180);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(app.heading()).toHaveText(HEADINGS.ar.timeline);
  expect((await app.storedDoc()).doc.settings.language).toBe('ar');
});

test('Chromium reports no installability errors', async ({ baseURL }) => {
  // Installability is not judged in incognito contexts, so this test uses a real profile directory.
  const profile = await mkdtemp(join(tmpdir(), 'koers-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, args: chromiumArgs, baseURL, viewport: { width: 360, height: 740 }, locale: 'nl-NL',
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const app = new Koers(page);
    await app.seed({});
    await page.goto('./');
    await app.waitForServiceWorkerControl();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get('manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ name: 'Koers', short_name: 'Koers', display: 'standalone', id: BASE, start_url: BASE, scope: BASE });
    for (const icon of manifest.icons) expect(icon.src.startsWith(BASE)).toBe(true);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('unreadable data is never overwritten and can be downloaded as it is', async ({ page }) => {
  const app = new Koers(page);
  const corrupt = '{"app":"koers","schema":1,"doc":{"profile":{"na';
  await page.goto('robots.txt');
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), corrupt);
  await page.goto('./');
  await expect(app.heading()).toHaveText('Koers kan je gegevens niet lezen');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mijn gegevens downloaden zoals ze zijn' }).click();
  const file = await download;
  expect(await readFile(await file.path(), 'utf8')).toBe(corrupt);
  await page.reload();
  expect(await page.evaluate(() => localStorage.getItem('koers.doc'))).toBe(corrupt);
  // Starting again keeps the old data under its own key.
  await page.getByRole('button', { name: /Opnieuw beginnen/ }).click();
  await expect(app.heading()).toHaveText(HEADINGS.nl.welcome);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('koers.kept.')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual([corrupt]);
});

test('data from a newer Koers is kept untouched', async ({ page }) => {
  const app = new Koers(page);
  const newer = '{"app":"koers","schema":9,"saved_at":"2030-01-01","enc":null,"doc":{"new":"shape"}}';
  await page.goto('robots.txt');
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), newer);
  await page.goto('./');
  await expect(app.heading()).toHaveText('Je gegevens komen uit een nieuwere Koers');
  expect(await page.evaluate(() => localStorage.getItem('koers.doc'))).toBe(newer);
});

test('a full disk shows a calm message, keeps the change in the app, and saves on retry', async ({ page }) => {
  const app = new Koers(page);
  await allowFullDisk(page);
  await app.seed({ name: 'Lina' });
  await app.open('me');
  await setDiskFull(page, true);
  await page.getByLabel('Hoe wil je genoemd worden?').fill('Lina B');
  await page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(page.getByRole('alert')).toContainText('De opslag van Koers op deze telefoon is vol.');
  expect((await app.storedDoc()).doc.profile.name).toBe('Lina');
  await app.nav().getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page.getByText('Hoi Lina B!')).toBeVisible();
  await setDiskFull(page, false);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await app.storedDoc()).doc.profile.name).toBe('Lina B');
});

test('blocked storage runs in memory with a clear warning', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const app = new Koers(page);
  await page.goto('./');
  await expect(app.heading()).toHaveText(HEADINGS.nl.welcome);
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByRole('alert')).toContainText('Deze browser bewaart niets.');
  await expect(app.heading()).toHaveText(HEADINGS.nl.timeline);
});

test('a change in another tab shows up here', async ({ page, context }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Noor' });
  await page.goto('timeline');
  await expect(page.getByText('Hoi Noor!')).toBeVisible();
  const other = await context.newPage();
  await other.goto('me');
  await other.getByLabel('Hoe wil je genoemd worden?').fill('Noor A');
  await other.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(page.getByText('Hoi Noor A!')).toBeVisible();
});

test('stored data written by schema 0 opens migrated', async ({ page }) => {
  const app = new Koers(page);
  await page.goto('robots.txt');
  await page.evaluate(() => localStorage.setItem('koers.doc',
    '{"app":"koers","schema":0,"saved_at":"2026-11-01T09:30:00Z","enc":null,"doc":{"name":"Yonas","language":"en"}}'));
  await page.goto('timeline');
  await expect(page.getByText('Hi Yonas!')).toBeVisible();
});

test('when a newer Koers wrote the data meanwhile, this window keeps its change apart and never overwrites', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sam' });
  await app.open('me');
  const newer = '{"app":"koers","schema":9,"saved_at":"2030-01-01","enc":null,"doc":{"new":"shape"}}';
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), newer);
  await page.getByLabel('Hoe wil je genoemd worden?').fill('Sam B');
  await page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(page.getByRole('alert')).toContainText('Je wijziging van hier is apart bewaard.');
  await expect(page.getByRole('button', { name: 'Deze versie downloaden' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('koers.doc'))).toBe(newer);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('koers.kept.')).map((k) => JSON.parse(localStorage.getItem(k))));
  expect(kept.map((k) => k.doc.profile.name)).toEqual(['Sam B']);
});
