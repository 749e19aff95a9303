// My timeline: add, order, offline, edit, delete with undo, input problems, milestones, calendar export.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Koers, envelope, entry, fixToday } from './koers.mjs';

class TimelinePage {
  constructor(page) { this.page = page; this.app = new Koers(page); }
  story() { return this.page.getByRole('region', { name: 'Mijn verhaal' }); }
  async titles() { return this.story().getByRole('heading', { level: 3 }).allTextContents(); }
  async add({ kind, detail, year, month, day, title, note, priv }) {
    await this.page.getByRole('link', { name: /Iets toevoegen|Schrijf het op/ }).click();
    await expect(this.app.heading()).toHaveText('Iets toevoegen');
    await this.fill({ kind, detail, year, month, day, title, note, priv });
    await this.page.getByRole('button', { name: 'Bewaren' }).click();
    await expect(this.app.heading()).toHaveText('Mijn tijdlijn');
  }
  async fill({ kind, detail, year, month, day, title, note, priv }) {
    if (kind) await this.page.getByLabel('Wat is het?').selectOption({ label: kind });
    if (detail) await this.page.locator('#entry-detail').selectOption({ label: detail });
    const when = this.page.getByRole('group', { name: 'Wanneer?', exact: true });
    if (year) await when.getByLabel('Jaar').selectOption(String(year));
    if (month !== undefined) await when.getByLabel('Maand').selectOption(month ? { label: month } : { label: 'Weet ik niet' });
    if (day !== undefined) await when.getByLabel('Dag').selectOption(day ? String(day) : { label: 'Weet ik niet' });
    if (title !== undefined) await this.page.getByLabel('Titel').fill(title);
    if (note) await this.page.getByLabel('Notitie').fill(note);
    if (priv) await this.page.getByLabel('Privé: alleen voor mij').check();
  }
}

test('add three entries, reload offline, edit one, delete one and undo; the order stays right', async ({ page, context }) => {
  await fixToday(page);
  const tl = new TimelinePage(page);
  await tl.app.seed({ name: 'Sara' });
  await page.goto('timeline');
  await expect(page.getByRole('heading', { name: 'Wat gebeurt er nu in je leven?' })).toBeVisible();
  await tl.app.waitForServiceWorkerControl();

  await tl.add({ kind: 'Verhuizing', detail: 'kleine woonvoorziening (kwv)', year: 2024, month: 'maart', day: 3, title: 'Naar de kwv' });
  await tl.add({ kind: 'School', detail: 'begin', year: 2025, month: null, title: 'Begonnen op het ROC' });
  await tl.add({ kind: 'Gezondheid', year: 2023, month: 'augustus', day: null, title: 'Bij de dokter', note: 'Alleen voor mij.', priv: true });
  const order = ['Privé moment', 'Naar de kwv', 'Begonnen op het ROC'];
  await expect.poll(() => tl.titles()).toEqual(order);
  // The private entry is covered (walk review D3) until tapped.
  const privateItem = tl.story().getByRole('listitem').filter({ has: page.getByRole('button', { name: /^(Laten zien|Weer bedekken)$/ }) });
  await expect(privateItem.getByText('Privé', { exact: true })).toBeVisible();
  await privateItem.getByRole('button', { name: 'Laten zien' }).click();
  await expect(privateItem.getByText('Bij de dokter')).toBeVisible();
  await privateItem.getByRole('button', { name: 'Weer bedekken' }).click();
  await expect(tl.story().getByText('2025', { exact: true })).toBeVisible();
  await expect(tl.story().getByText('augustus 2023', { exact: true })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => tl.titles()).toEqual(order);

  await tl.story().getByRole('link', { name: 'Bewerken: Begonnen op het ROC' }).click();
  await expect(page.getByLabel('Titel')).toHaveValue('Begonnen op het ROC');
  await page.getByLabel('Titel').fill('Begonnen op het ROC, mbo 2');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect.poll(() => tl.titles()).toEqual(['Privé moment', 'Naar de kwv', 'Begonnen op het ROC, mbo 2']);

  await tl.story().getByRole('link', { name: 'Bewerken: Naar de kwv' }).click();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText('Verwijderd: Naar de kwv')).toBeVisible();
  await expect.poll(() => tl.titles()).toEqual(['Privé moment', 'Begonnen op het ROC, mbo 2']);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(() => tl.titles()).toEqual(['Privé moment', 'Naar de kwv', 'Begonnen op het ROC, mbo 2']);

  await page.reload();
  await expect.poll(() => tl.titles()).toEqual(['Privé moment', 'Naar de kwv', 'Begonnen op het ROC, mbo 2']);
  expect(tl.app.consoleErrors).toEqual([]);
  expect(tl.app.foreignRequests).toEqual([]);
});

test('bad input gets a clear message next to the field and nothing is lost', async ({ page }) => {
  await fixToday(page);
  const tl = new TimelinePage(page);
  await tl.app.seed({ name: 'Sara' });
  await page.goto('timeline/new');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Schrijf een paar woorden als titel.')).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');

  await tl.fill({ title: 'x'.repeat(2000) });
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('De titel is te lang.')).toBeVisible();

  await tl.fill({ kind: 'Verhuizing', year: 2025, month: 'mei', day: 1, title: 'Verhuisd' });
  await page.getByLabel('Het duurde een tijd').check();
  const until = page.getByRole('group', { name: 'Tot wanneer?' });
  await until.getByLabel('Jaar').selectOption('2024');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Het einde ligt vóór het begin.')).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveValue('Verhuisd');

  // A date in the far future cannot be picked at all: the years end 10 years from now.
  // (The same limit is checked in the domain, with its own message: see domain::timeline tests.)
  const years = await page.getByRole('group', { name: 'Wanneer?', exact: true }).getByLabel('Jaar').locator('option').allTextContents();
  expect(years[0]).toBe('2036');
  expect((await tl.app.storedDoc()).doc.entries).toEqual([]);
});

test('milestones follow the birth date calmly, can be put away, and go into the calendar file', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await page.goto('robots.txt');
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), envelope({
    name: 'Sara', birth: { y: 2010, m: 6, d: 1 },
    entries: [entry('1', 'Eerste dag op school', { y: 2027, m: 1, d: 11 }, { kind: 'school:start' }),
      entry('2', 'Geheim plan', { y: 2027, m: 2, d: 1 }, { private: true })],
  }));
  await page.goto('timeline');
  const now = page.getByRole('region', { name: 'Nu' });
  await expect(now.getByText('Je bent 16 jaar.')).toBeVisible();
  await expect(now.getByText('Tijd voor een gesprek over je toekomst? Met je voogd, mentor of opvangouders.')).toBeVisible();
  await expect(now.getByText('Tot 30 november 2026')).toBeVisible();
  await expect(page.getByText('Begin er dan uiterlijk 31 mei 2028 mee.').first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda-bestand downloaden' }).click();
  const ics = await readFile(await (await download).path(), 'utf8');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270111');
  expect(ics).toContain('SUMMARY:Eerste dag op school');
  expect(ics).toContain('DTSTART;VALUE=DATE:20280601');
  expect(ics).not.toContain('Geheim plan');
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  await now.getByRole('button', { name: 'Wegleggen' }).click();
  await expect(now.getByText('Tijd voor een gesprek over je toekomst? Met je voogd, mentor of opvangouders.')).toHaveCount(0);
  await page.reload();
  // Only once the whole screen is there (the story comes after the first paint) does "none" mean something.
  await expect(page.getByRole('region', { name: 'Mijn verhaal' }).locator('ol.line > li').first()).toBeVisible();
  await expect(page.getByText('Tijd voor een gesprek over je toekomst? Met je voogd, mentor of opvangouders.')).toHaveCount(0);
});

test('a birth date of only a year gives an honest range', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await app.seed({ name: 'Ali' });
  await page.goto('timeline');
  const dates = page.getByRole('form').filter({ has: page.getByRole('heading', { name: 'Wanneer ben je geboren?' }) });
  await page.getByRole('group', { name: 'Geboortedatum' }).getByLabel('Jaar').selectOption('2009');
  await page.getByRole('button', { name: 'Datums bewaren' }).click();
  await expect(page.getByText('Je bent 16 of 17 jaar.')).toBeVisible();
  // Next is the 17th birthday, some time in 2026; the line already shows the 18th, some time in 2027.
  await expect(page.getByRole('region', { name: 'Nu' }).getByText('ergens in 2026')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mijn verhaal' }).getByText('ergens in 2027')).toBeVisible();
  await expect(page.getByText('Begin er dan uiterlijk 31 december 2026 mee.').first()).toBeVisible();
  await expect(dates).toHaveCount(0);
});

// Issue 17: the story lies below the fold, so the top of the screen is drawn first. When the heading is first in
// the page the story is not; it comes after a painted frame, whole, with the calendar export below it.
test('the top of the timeline is drawn first; the story follows after a painted frame', async ({ page }) => {
  await fixToday(page);
  const tl = new TimelinePage(page);
  const entries = Array.from({ length: 20 }, (_, i) => entry(String(i + 1), `Moment ${i + 1}`, { y: 2016 + (i % 10), m: 1 + (i % 12), d: 1 + i }));
  await tl.app.seed({ name: 'Sara', birth: { y: 2009, m: 5, d: 14 }, entries });
  await page.addInitScript(() => {
    const seen = (window.__order = {});
    new MutationObserver(() => {
      const now = { heading: !!document.querySelector('#main h1'), story: !!document.querySelector('.story'), frames: seen.frames ?? 0 };
      if (now.heading && !seen.heading) seen.heading = now;
      if (now.story && !seen.story) seen.story = now;
    }).observe(document, { childList: true, subtree: true });
    const count = () => { seen.frames = (seen.frames ?? 0) + 1; if (!seen.story) requestAnimationFrame(count); };
    requestAnimationFrame(count);
  });
  await page.goto('timeline');
  await expect(tl.app.heading()).toHaveText('Mijn tijdlijn');
  await expect(tl.story().getByRole('heading', { level: 3 })).toHaveCount(20);
  await expect(page.getByRole('button', { name: 'Agenda-bestand downloaden' })).toBeVisible();
  const order = await page.evaluate(() => window.__order);
  expect(order.heading.story, 'the story is not in the page when the heading first is').toBe(false);
  expect(order.story.frames, 'a frame was drawn between the heading and the story').toBeGreaterThan(order.heading.frames);
});
