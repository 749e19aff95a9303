// Koers under the path it was built for (E2E_BASE=/koers/ in `make test-subpath`; `/` in the normal run):
// the service worker's scope is that path, every screen reloads offline, and no link leads out of it.
// (Installable there: shell.spec.mjs, which also runs under the sub-path.)
import { test, expect } from '@playwright/test';
import { Koers, entry } from './koers.mjs';
import { BASE, BASE_URL, ORIGIN } from './chromium.mjs';

/** Every screen, as an address relative to the base, and its heading. */
const SCREENS = [
  ['timeline', 'Mijn tijdlijn'],
  ['timeline/new', 'Iets toevoegen'],
  ['timeline/edit/1', 'Bewerken'],
  ['school', 'School na je 18e'],
  ['future', 'Jouw toekomst'],
  ['future/turning-18', 'Als je 18 wordt'],
  ['plan', 'Mijn plan'],
  ['talk', 'Samen praten'],
  ['me', 'Ik'],
  ['me/mentors', 'Voor mentoren en voogden'],
  ['overview', 'Mijn overzicht'],
];

const seed = (app) => app.seed({ name: 'Sara', entries: [entry('1', 'Aangekomen', { y: 2023, m: 8 }, { kind: 'arrival' })] });

/** Every link on the page, as the browser resolves it. */
const links = (page) => page.locator('a[href]').evaluateAll((as) => as.map((a) => a.href));

test('the service worker lives under the base, and every screen reloads offline there', async ({ page, context }) => {
  const app = new Koers(page);
  await seed(app);
  await app.open('timeline');
  await app.waitForServiceWorkerControl();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(BASE_URL);
  expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toBe(`${BASE_URL}sw.js`);
  await context.setOffline(true);
  for (const [path, heading] of SCREENS) {
    await page.goto(path);
    await expect(app.heading(), path).toHaveText(heading);
    expect(new URL(page.url()).pathname, path).toBe(BASE + path);
    await page.reload();
    await expect(app.heading(), `${path} after a reload`).toHaveText(heading);
  }
  // A conversation, started and reloaded offline, stays a conversation.
  await page.goto('talk');
  await page.getByRole('button', { name: 'Begin het gesprek' }).click();
  await expect(app.heading()).toHaveText('In gesprek');
  await page.reload();
  await expect(app.heading()).toHaveText('In gesprek');
  expect(new URL(page.url()).pathname).toBe(`${BASE}talk`);
  // The start address (the manifest's start_url) opens the timeline.
  await page.goto(BASE_URL);
  await expect(app.heading()).toHaveText('Mijn tijdlijn');
  expect(new URL(page.url()).pathname).toBe(`${BASE}timeline`);
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

test('no link leaves the base, and following them keeps the app (no reload) under it', async ({ page }) => {
  const app = new Koers(page);
  await seed(app);
  for (const [path, heading] of SCREENS) {
    await page.goto(path);
    await expect(app.heading(), path).toHaveText(heading);
    for (const href of await links(page)) {
      const url = new URL(href);
      expect(url.origin, `${path}: ${href}`).toBe(ORIGIN);
      expect(url.pathname.startsWith(BASE), `${path}: ${href} is under ${BASE}`).toBe(true);
    }
  }
  // Through the app by its links only: one page load, every address under the base.
  await page.goto('timeline');
  await expect(app.heading()).toHaveText('Mijn tijdlijn');
  await page.evaluate(() => { window.__sameLoad = true; });
  const steps = [
    [() => app.nav().getByRole('link', { name: 'Toekomst' }).click(), 'future'],
    [() => page.getByRole('link', { name: 'Als je 18 wordt' }).first().click(), 'future/turning-18'],
    [() => app.nav().getByRole('link', { name: 'Plan' }).click(), 'plan'],
    [() => app.nav().getByRole('link', { name: 'Ik' }).click(), 'me'],
    [() => page.getByRole('link', { name: 'Voor mentoren en voogden' }).click(), 'me/mentors'],
    [() => app.nav().getByRole('link', { name: 'Tijdlijn' }).click(), 'timeline'],
    [() => page.getByRole('link', { name: 'Iets toevoegen' }).click(), 'timeline/new'],
  ];
  for (const [click, path] of steps) {
    await click();
    await expect(page, path).toHaveURL(BASE_URL + path);
  }
  await page.goBack();
  await expect(page).toHaveURL(`${BASE_URL}timeline`);
  expect(await page.evaluate(() => window.__sameLoad)).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});
