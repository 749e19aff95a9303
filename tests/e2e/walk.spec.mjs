// Defects a new user found (../shared/REVIEW-walk-2026-12-01.md), each with a test that failed before its fix.
import { test, expect } from '@playwright/test';
import { Koers, entry, allowFullDisk, setDiskFull, fixToday } from './koers.mjs';

const five = Array.from({ length: 5 }, (_, i) => entry(String(i + 1), `Moment ${i + 1}`, { y: 2024, m: i + 1 },
  { note: 'Een notitie bij dit moment. '.repeat(6) }));

test('D2: quick exit can be tapped on every screen at every scroll position, the welcome too', async ({ page }) => {
  const app = new Koers(page);
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Snel weg' })).toBeInViewport();
  await app.seed({ name: 'Amir', entries: five,
    school: { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 9 }, end: { y: 2029 }, internship: true, done: true } });
  for (const route of ['timeline', 'school', 'me']) {
    await page.goto(`${route}`);
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
  await page.goto('school');
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
  await page.goto('timeline');
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
  await page.goto('timeline');
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
  await page.goto('timeline');
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
  await page.goto('school');
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
  await page.goto('school');
  await page.getByRole('button', { name: 'Begin de check' }).click();
  await page.getByRole('radio', { name: 'Mijn aanvraag is afgewezen. Er loopt niets meer.' }).check();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Ga verder met de check' })).toBeVisible();
  await expect(page.getByText('Goed nieuws')).toHaveCount(0);
  expect((await app.storedDoc()).doc.school.start ?? null).toBeNull();
});

// ---- The rest of the walk (issue 12): D5, D6, D7, D11, D15, D16, D21, D22, D23's page titles.

test('D5: after a quick exit, Back never brings the data back in that tab; opening Koers on purpose does', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir', entries: five });
  await page.goto('timeline');
  await expect(page.getByText('Moment 5').first()).toBeVisible();
  await page.goto('me'); // typed: a new page in the same tab
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await expect(page.locator('.clock')).toBeVisible();
  await page.goBack();
  await expect(page.locator('.clock')).toBeVisible();
  await expect(page.getByText('Moment 5')).toHaveCount(0);
  await expect(page.getByText('Amir')).toHaveCount(0);
  // Opening Koers on purpose, then a second quick exit, then Back: still nothing.
  await page.goto('timeline');
  await expect(page.getByText('Moment 5').first()).toBeVisible();
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await page.goBack();
  await expect(page.locator('.clock')).toBeVisible();
  await expect(page.getByText('Moment 5')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator('.clock')).toBeVisible();
  await expect(page.getByText('Moment 5')).toHaveCount(0);
});

test('D23: every screen has its own title; after quick exit the tab shows only the time', async ({ page }) => {
  const app = new Koers(page);
  await page.goto('./');
  await expect(page).toHaveTitle('Welkom bij Koers');
  await app.seed({ name: 'Amir', entries: five });
  const titles = { timeline: 'Mijn tijdlijn', school: 'School na je 18e', future: 'Jouw toekomst', plan: 'Mijn plan', me: 'Ik',
    'timeline/new': 'Iets toevoegen', 'does-not-exist': 'Deze pagina bestaat niet' };
  for (const [route, title] of Object.entries(titles)) {
    await page.goto(`${route}`);
    await expect(page, route).toHaveTitle(`${title} · Koers`);
  }
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await expect(page).toHaveTitle(/^\d\d:\d\d$/);
  expect(page.url()).toMatch(/\/$/);
});

test('D6: a deleted entry leaves storage and its copies once Undo is gone', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir', entries: [entry('1', 'Geheim gesprek', { y: 2025, m: 3 }, { note: 'Wat ik zei' })] });
  await page.goto('timeline');
  await page.getByRole('link', { name: /Geheim gesprek/ }).first().click();
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(page.getByText('Verwijderd: Geheim gesprek')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Verwijderd: Geheim gesprek')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n')))
    .not.toContain('Geheim gesprek');
  const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n'));
  expect(stored).not.toContain('Wat ik zei');
  // An older copy cannot bring it back: the id stays as a tombstone.
  expect((await app.storedDoc()).doc.deleted.map((e) => e.id)).toEqual(['1']);
});

test('D7: "Saved." shows only when the write succeeded', async ({ page }) => {
  const app = new Koers(page);
  await allowFullDisk(page);
  await app.seed({ name: 'Amir' });
  await page.goto('me');
  await setDiskFull(page, true);
  await page.getByLabel('Hoe wil je genoemd worden?').fill('Amira');
  await page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(page.getByText('De opslag van Koers op deze telefoon is vol.', { exact: false })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByText('Bewaard.', { exact: true })).toHaveCount(0);
  await setDiskFull(page, false);
  await page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(page.getByText('Bewaard.', { exact: true })).toBeVisible();
  expect((await app.storedDoc()).doc.profile.name).toBe('Amira');
});

test('D11: "Put away" has Undo, and Me brings put-away tips back', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await app.seed({ name: 'Amir', birth: { y: 2010, m: 6, d: 1 } });
  await page.goto('timeline');
  const tips = page.getByRole('button', { name: 'Wegleggen' });
  await expect(tips.first()).toBeVisible();
  // The Now card's tips come first; the story's follow once the top is painted (issue 17). Count them all.
  await expect(page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('button', { name: 'Wegleggen' }).first()).toBeVisible();
  const before = await tips.count();
  expect(before).toBeGreaterThan(1);
  await tips.first().click();
  await expect(tips).toHaveCount(before - 1);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(tips).toHaveCount(before);
  await expect(app.heading()).toBeFocused();
  await tips.first().click();
  await tips.first().click();
  await expect(tips).toHaveCount(before - 2);
  await app.nav().getByRole('link', { name: 'Ik' }).click();
  await expect(page.getByText('Je hebt 2 tips weggelegd.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Laat ze weer zien' }).click();
  await app.nav().getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(tips).toHaveCount(before);
});

test('D15: the "cannot read your data" screen speaks the language the user chose, not the phone\'s', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir', language: 'en' });
  await page.goto('timeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My timeline');
  await page.evaluate(() => localStorage.setItem('koers.doc', '{"broken'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Koers cannot read your data' })).toBeVisible();
});

test('D16: an unknown address says so, and that the data is still there', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir', entries: five });
  await page.goto('does-not-exist');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByText('Je gegevens zijn er nog.')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Naar je tijdlijn' }).click();
  await expect(page.getByText('Moment 5').first()).toBeVisible();
});

test('D21: a filter shows the suggestions that belong to it', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await app.seed({ name: 'Amir', birth: { y: 2010, m: 6, d: 1 } });
  await page.goto('timeline');
  const tips = page.locator('.line .item-milestone');
  await page.getByRole('button', { name: 'School', exact: true }).click();
  await expect(tips).toHaveCount(1); // the last day to start a course
  await page.getByRole('button', { name: 'Gesprekken', exact: true }).click();
  expect(await tips.count()).toBeGreaterThan(0); // the talks about the future
  await page.getByRole('button', { name: 'Procedure', exact: true }).click();
  await expect(tips).toHaveCount(0);
});

test('D22: saving without a title puts the focus on the title field', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Amir' });
  await page.goto('timeline/new');
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(page.getByLabel('Titel', { exact: true })).toBeFocused();
});
