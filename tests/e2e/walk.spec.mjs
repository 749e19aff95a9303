// Defects a new user found (../shared/REVIEW-walk-2026-12-01.md), each with a test that failed before its fix.
import { test, expect } from '@playwright/test';
import { Koers, entry } from './koers.mjs';

const five = Array.from({ length: 5 }, (_, i) => entry(String(i + 1), `Moment ${i + 1}`, { y: 2024, m: i + 1 },
  { note: 'Een notitie bij dit moment. '.repeat(6) }));

test('D2: quick exit can be tapped on every screen at every scroll position, the welcome too', async ({ page }) => {
  const app = new Koers(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Snel weg' })).toBeInViewport();
  await app.seed({ name: 'Amir', entries: five,
    school: { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 9 }, end: { y: 2029 }, internship: true, done: true } });
  for (const route of ['timeline', 'school', 'me']) {
    await page.goto(`/${route}`);
    await page.waitForSelector(route === 'school' ? '.findings li' : 'h1');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.scrollY), route).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Snel weg' }), route).toBeInViewport();
  }
  await page.getByRole('button', { name: 'Snel weg' }).click({ trial: true, timeout: 2000 });
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await expect(page.locator('.clock')).toBeVisible();
});

test('D4: a question shows only its own saved answer, never the one at the same place before', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir' });
  await page.goto('/school');
  await page.getByRole('button', { name: 'Begin de check' }).click();
  await page.getByRole('radio', { name: 'Mijn aanvraag is afgewezen. Er loopt niets meer.' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Vraag 2 van 5')).toBeVisible();
  for (const radio of await page.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await page.getByRole('radio', { name: 'ISK (internationale schakelklas)' }).check();
  await expect.poll(async () => (await app.storedDoc()).doc.school.education).toBe('isk');
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expect(page.getByRole('radio', { name: 'Mijn aanvraag is afgewezen. Er loopt niets meer.' })).toBeChecked();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('radio', { name: 'ISK (internationale schakelklas)' })).toBeChecked();
});

test('D14: the timeline never covers the bottom navigation', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir', entries: five });
  await page.goto('/timeline');
  const tab = page.getByRole('navigation').getByRole('link', { name: 'Tijdlijn' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 40) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await tab.click({ trial: true, timeout: 2000 });
  }
});

test('D18: the clock after a quick exit goes on with the minutes', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T09:22:30') });
  const app = new Koers(page);
  await app.seed({ name: 'Amir' });
  await page.goto('/timeline');
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await expect(page.locator('.clock')).toHaveText('09:22');
  await page.clock.runFor(62_000);
  await expect(page.locator('.clock')).toHaveText('09:23');
});

test('D3: a private entry is not in Now, and is covered on the timeline until tapped, and again after leaving', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir', entries: [
    entry('1', 'Afspraak bij de GGZ', { y: 2026, m: 11, d: 20 }, { kind: 'health', private: true, note: 'traumatherapie' }),
    entry('2', 'Verjaardag gevierd', { y: 2026, m: 11, d: 10 }),
  ] });
  await page.goto('/timeline');
  await expect(page.getByRole('region', { name: 'Nu' }).getByText('Verjaardag gevierd')).toBeVisible();
  let html = await page.content();
  expect(html).not.toContain('GGZ');
  expect(html).not.toContain('traumatherapie');
  await page.getByRole('button', { name: 'Laten zien' }).click();
  await expect(page.getByText('Afspraak bij de GGZ')).toBeVisible();
  await expect(page.getByText('traumatherapie')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nu' })).not.toContainText('GGZ');
  await page.getByRole('navigation').getByRole('link', { name: 'Ik' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page.getByRole('button', { name: 'Laten zien' })).toBeVisible();
  html = await page.content();
  expect(html).not.toContain('GGZ');
});

test('D1: the last day to start goes on the timeline as a deadline, and is never read back as a start', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
  const app = new Koers(page);
  await app.seed({ name: 'Amir', birth: { y: 2009, m: 1, d: 20 } });
  await page.goto('/school');
  await page.getByRole('button', { name: 'Begin de check' }).click();
  await page.getByRole('radio', { name: 'Mijn aanvraag is afgewezen. Er loopt niets meer.' }).check();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Laat zien wat dit betekent' }).click();
  await page.getByRole('button', { name: 'Zet in mijn tijdlijn' }).click();
  await expect.poll(async () => (await app.storedDoc()).doc.entries.map((e) => e.kind)).toEqual(['school:deadline']);
  await page.getByRole('button', { name: 'Antwoorden aanpassen' }).click();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Volgende' }).click();
  const start = page.getByRole('group', { name: 'Begin van de opleiding' });
  await expect(start.getByLabel('Jaar')).not.toHaveValue('2027');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Volgende|Laat zien wat dit betekent/ }).click();
  expect((await app.storedDoc()).doc.school.start ?? null).toBeNull();
  await expect(page.getByText('Je begon vóór je 18e')).toHaveCount(0);
});

test('D9: a check left halfway shows no result, only "go on"', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir', birth: { y: 2009, m: 1, d: 20 },
    entries: [entry('1', 'Start op de ISK', { y: 2027, m: 1, d: 10 }, { kind: 'school:start' })] });
  await page.goto('/school');
  await page.getByRole('button', { name: 'Begin de check' }).click();
  await page.getByRole('radio', { name: 'Mijn aanvraag is afgewezen. Er loopt niets meer.' }).check();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Ga verder met de check' })).toBeVisible();
  await expect(page.getByText('Goed nieuws')).toHaveCount(0);
  expect((await app.storedDoc()).doc.school.start ?? null).toBeNull();
});
