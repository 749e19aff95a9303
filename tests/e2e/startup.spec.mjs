// What the first screen needs (issue 14, issue 17): the shell (index.html, loader, js, wasm, css) and the
// chosen language's UI text, nothing else. `make size` counts exactly this as "start-up"; the cards are
// fetched only when a card screen opens (and precached by the service worker in the background).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Koers } from './koers.mjs';

const ALLOWED = (lang) => [
  /\/$/, /\/index\.html$/, /\/loader-[0-9a-f]+\.js$/, /\/koers-[0-9a-f]+\.js$/, /\/koers-[0-9a-f]+_bg\.wasm$/,
  /\/main-[0-9a-f]+\.css$/, new RegExp(`/text/[0-9a-f]+/${lang}\\.txt$`), /\/manifest\.webmanifest$/,
  /\/icons\/[a-z0-9-]+\.png$/, /\/sw\.js$/, /\/timeline$/,
];

for (const lang of ['nl', 'ar', 'ti']) {
  test(`the first screen in ${lang} fetches only the shell and its own text`, async ({ page }) => {
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: lang });
    const fetched = [];
    page.on('request', (r) => { if (!r.serviceWorker()) fetched.push(new URL(r.url()).pathname); });
    await page.goto('timeline');
    const title = JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8')).timeline.title;
    await expect(app.heading()).toHaveText(title);
    const others = fetched.filter((p) => !ALLOWED(lang).some((re) => re.test(p)));
    expect(others, 'fetched before the first screen').toEqual([]);
    expect(fetched.filter((p) => p.endsWith(`/${lang}.txt`))).toHaveLength(1);
  });
}

/** The text files a start asks for, and what asked (`link`: the loader's preload; `fetch`: the app itself). */
const textRequests = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => e.name.endsWith('.txt')).map((e) => [e.name.replace(/.*\//, ''), e.initiatorType]));

test('a repeat start preloads its text beside the code, and asks for it once', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'ar' });
  await page.goto('timeline');
  const title = JSON.parse(readFileSync('locales/ar.json', 'utf8')).timeline.title;
  await expect(app.heading()).toHaveText(title);
  await app.waitForServiceWorkerControl();
  // A first visit does not preload: over a slow network the text would share the line with the wasm.
  expect(await textRequests(page)).toEqual([['ar.txt', 'fetch']]);
  await page.reload();
  await expect(app.heading()).toHaveText(title);
  expect(await textRequests(page)).toEqual([['ar.txt', 'link']]);
});

test('the language chosen before is the one preloaded, not the browser\'s', async ({ page }) => {
  // Chosen on the welcome screen earlier (kept apart from the data), no document yet; the browser says nl-NL.
  const app = new Koers(page);
  await page.goto('robots.txt');
  await page.evaluate(() => localStorage.setItem('koers.lang', 'ti'));
  await page.goto('./');
  await app.waitForServiceWorkerControl();
  await page.reload();
  await expect(app.heading()).toHaveText(JSON.parse(readFileSync('locales/ti.json', 'utf8')).welcome.title);
  expect(await textRequests(page)).toEqual([['ti.txt', 'link']]);
});

test('a card screen fetches its cards', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'nl' });
  await page.goto('future');
  await expect(app.heading()).toBeVisible();
  await expect(page.getByRole('link').filter({ hasText: JSON.parse(readFileSync('content/cards.nl.json', 'utf8')).cards[0].title }).first()).toBeVisible();
  expect(fetched.some((p) => p.endsWith('/content/cards.nl.json'))).toBe(true);
});
