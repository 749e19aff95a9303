// The passphrase lock: set, reload offline, unlock; a wrong passphrase; auto-lock; quick exit locks;
// a lock covers kept copies; drafts survive a closed page; axe on the lock screen and Me.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers, entry } from './koers.mjs';

const PASS = 'groene fiets onder de brug';
const seedData = { name: 'Amira', entries: [entry('1', 'Gehoor bij de IND', { y: 2025, m: 3 }, { kind: 'interview' })] };

async function setLock(page, pass = PASS) {
  await page.goto('me');
  await page.getByLabel('Nieuwe wachtwoordzin').fill(pass);
  await page.getByLabel('Typ de zin nog een keer').fill(pass);
  await page.getByRole('button', { name: 'Slot aanzetten' }).click();
  await expect(page.getByText('Het slot staat aan. Je gegevens op deze telefoon zijn versleuteld.')).toBeVisible({ timeout: 30_000 });
}

/** Every value in localStorage and sessionStorage. */
async function allStored(page) {
  return page.evaluate(() => {
    const out = {};
    for (const s of [localStorage, sessionStorage]) for (let i = 0; i < s.length; i++) out[s.key(i)] = s.getItem(s.key(i));
    return out;
  });
}

/** Goes to a section by the bottom navigation (a page.goto would reload the app, and so lock it). */
async function nav(page, name) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

async function unlock(page, pass = PASS) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koers is op slot');
  await page.getByLabel('Je wachtwoordzin').fill(pass);
  await page.getByRole('button', { name: 'Openen' }).click();
}

test('set a lock, reload offline, unlock, and see the data; nothing readable is stored', async ({ page, context }) => {
  const app = new Koers(page);
  await app.seed(seedData);
  await page.goto('timeline');
  await app.waitForServiceWorkerControl();
  await setLock(page);
  const stored = await allStored(page);
  for (const [key, value] of Object.entries(stored)) {
    expect(value, key).not.toContain('Gehoor');
    expect(value, key).not.toContain('Amira');
  }
  expect(JSON.parse(stored['koers.doc']).enc.iter).toBeGreaterThanOrEqual(600000);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/^Laatst opgeslagen op \d+ \S+ \d{4} om \d\d:\d\d\.$/)).toBeVisible();
  expect(await page.content()).not.toContain('Gehoor');
  await unlock(page);
  await nav(page, 'Tijdlijn');
  await expect(page.getByText('Gehoor bij de IND').first()).toBeVisible();
  // A change made while unlocked is saved encrypted, and opens again after a reload.
  await nav(page, 'Ik');
  await page.getByLabel('Hoe wil je genoemd worden?').fill('Amira B');
  await page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect.poll(async () => JSON.parse(await page.evaluate(() => localStorage.getItem('koers.doc'))).saved_at).not.toBe(JSON.parse(stored['koers.doc']).saved_at);
  await page.reload();
  await unlock(page);
  await expect(page.getByLabel('Hoe wil je genoemd worden?')).toHaveValue('Amira B');
  expect(app.consoleErrors).toEqual([]);
});

test('a wrong passphrase says so and leaves the data intact', async ({ page }) => {
  const app = new Koers(page);
  await app.seed(seedData);
  await setLock(page);
  const before = await page.evaluate(() => localStorage.getItem('koers.doc'));
  await page.reload();
  await unlock(page, 'verkeerde zin hier');
  await expect(page.getByRole('alert')).toHaveText('Deze wachtwoordzin past niet. Er is niets veranderd. Probeer het nog een keer.', { timeout: 30_000 });
  expect(await page.evaluate(() => localStorage.getItem('koers.doc'))).toBe(before);
  await unlock(page);
  await nav(page, 'Tijdlijn');
  await expect(page.getByText('Gehoor bij de IND').first()).toBeVisible();
});

test('a changed saved_at is reported as a change, and nothing is overwritten', async ({ page }) => {
  const app = new Koers(page);
  await app.seed(seedData);
  await setLock(page);
  const edited = await page.evaluate(() => {
    const env = JSON.parse(localStorage.getItem('koers.doc'));
    env.saved_at = '2030-01-01T00:00:00.000Z';
    const raw = JSON.stringify(env);
    localStorage.setItem('koers.doc', raw);
    return raw;
  });
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('alert')).toContainText('veranderd of beschadigd', { timeout: 30_000 });
  expect(await page.evaluate(() => localStorage.getItem('koers.doc'))).toBe(edited);
});

test('setting a lock while a kept copy exists leaves no readable copy in storage', async ({ page }) => {
  const app = new Koers(page);
  await app.seed(seedData);
  await page.evaluate(() => localStorage.setItem('koers.kept.2026-11-01T10:00:00.000Z',
    JSON.stringify({ app: 'koers', schema: 5, saved_at: 'x', enc: null, doc: { entries: [{ id: '9', title: 'Geheime titel' }] } })));
  await setLock(page);
  await expect.poll(async () => Object.values(await allStored(page)).some((v) => v.includes('Geheime titel') || v.includes('Gehoor'))).toBe(false);
  // The kept copy is still there, locked, and downloads readable while unlocked.
  await expect(page.getByText('Op slot', { exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Downloaden', exact: true }).click();
  const file = await download;
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  expect(text).toContain('Geheime titel');
});

test('the app locks itself after 5 minutes in the background, and quick exit locks', async ({ page }) => {
  const app = new Koers(page);
  await page.clock.install();
  await app.seed(seedData);
  await setLock(page);
  await nav(page, 'Tijdlijn');
  const hide = (state) => page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, state);
  await hide('hidden');
  await page.clock.runFor(4 * 60_000);
  await hide('visible');
  await expect(page.getByText('Gehoor bij de IND').first()).toBeVisible();
  // Hidden again for 90 s: the timer of the first stay (due at 5 minutes) must not lock it early.
  await hide('hidden');
  await page.clock.runFor(90_000);
  await hide('visible');
  await expect(page.getByText('Gehoor bij de IND').first()).toBeVisible();
  await hide('hidden');
  await page.clock.runFor(5 * 60_000 + 1000);
  await hide('visible');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koers is op slot');
  expect(await page.content()).not.toContain('Gehoor');
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn tijdlijn');
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await expect(page.locator('.clock')).toBeVisible();
  await page.reload();
  // Quick exit while the lock is still opening: the opening goes on in the background, but nothing shows.
  await page.getByLabel('Je wachtwoordzin').fill(PASS);
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await expect(page.locator('.clock')).toBeVisible();
  await page.waitForTimeout(3000);
  await expect(page.locator('.clock')).toBeVisible();
  expect(await page.content()).not.toContain('Gehoor');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koers is op slot');
});

test('a half-written entry survives a closed page, with the lock on too', async ({ page, context }) => {
  const app = new Koers(page);
  await app.seed(seedData);
  for (const locked of [false, true]) {
    if (locked) {
      await setLock(page);
      await nav(page, 'Tijdlijn');
      await page.getByRole('link', { name: 'Iets toevoegen' }).first().click();
    } else {
      await page.goto('timeline/new');
    }
    await page.getByLabel('Titel').fill(`Half geschreven ${locked}`);
    await page.getByLabel('Notitie').fill('Nog niet klaar');
    await page.waitForTimeout(800);
    await page.close();
    page = await context.newPage();
    await page.goto('timeline/new');
    if (locked) {
      await unlock(page);
      expect(Object.values(await allStored(page)).some((v) => v.includes('Half geschreven'))).toBe(false);
    }
    await expect(page.getByLabel('Titel')).toHaveValue(`Half geschreven ${locked}`);
    await expect(page.getByLabel('Notitie')).toHaveValue('Nog niet klaar');
  }
});

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on the lock screen and on Me with the lock on (${lang})`, async ({ page }) => {
    const app = new Koers(page);
    await app.seed({ ...seedData, language: lang });
    await page.goto('me');
    await page.locator('#lock-new').fill(PASS);
    await page.locator('#lock-again').fill(PASS);
    await page.locator('#lock-new').press('Enter');
    await expect(page.locator('#lock-title ~ .notice-info')).toBeVisible({ timeout: 30_000 });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.reload();
    await expect(page.locator('#unlock-pass')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
