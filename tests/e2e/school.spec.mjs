// School after 18: the check as a 17-year-old in mbo BOL, the key date, sources, timeline, questions, offline, axe.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers, fixToday } from './koers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function walkCheck(page) {
  await page.getByRole('button', { name: 'Begin de check' }).click();
  await expect(page.getByText('Vraag 1 van 5')).toBeVisible();
  await page.getByRole('radio', { name: 'Mijn aanvraag is afgewezen. Er loopt niets meer.' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Mbo 2, 3 of 4, BOL (vooral op school)' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const start = page.getByRole('group', { name: 'Begin van de opleiding' });
  await start.getByLabel('Jaar').selectOption('2026');
  await start.getByLabel('Maand').selectOption({ label: 'september' });
  await page.getByRole('button', { name: 'Volgende' }).click();
  const end = page.getByRole('group', { name: 'Einde van de opleiding' });
  await end.getByLabel('Jaar').selectOption('2029');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('button', { name: 'Laat zien wat dit betekent' }).click();
}

test('a 17-year-old in mbo BOL sees the right date and findings, adds the date to the timeline, offline too', async ({ page, context }) => {
  await fixToday(page);
  const app = new Koers(page);
  await app.seed({ name: 'Sara', birth: { y: 2009, m: 5, d: 14 } });
  await page.goto('school');
  await app.waitForServiceWorkerControl();
  await walkCheck(page);

  // Started before 18 already: the key date is only for something new (review L9).
  await expect(page.getByText('Wil je nog iets nieuws beginnen? Doe dat vóór 14 mei 2027.')).toBeVisible();
  await expect(page.getByText('Je begon vóór je 18e. Dan mag je deze opleiding afmaken op dezelfde school.')).toBeVisible();
  await expect(page.getByText('Let op: de opleiding houdt een vertrek niet tegen. Je krijgt er ook geen verblijfsvergunning door.')).toBeVisible();
  await expect(page.getByText('Je mag stage lopen zonder werkvergunning, want je begon vóór je 18e.')).toBeVisible();
  await expect(page.getByText('Vanaf 18 jaar betaal je lesgeld voor voltijd mbo en vavo.')).toBeVisible();
  await expect(page.getByText('De helpdesk van ASKV helpt: rechtoponderwijs@askv.nl.')).toBeVisible();
  await expect(page.getByText('BBL is leren en werken')).toHaveCount(0);

  const finish = page.getByRole('listitem').filter({ hasText: 'Dan mag je deze opleiding afmaken' });
  await finish.getByText('Waar komt dit vandaan?').click();
  await expect(finish.getByText(/^E2 · Inspectie van het Onderwijs.*gecontroleerd op 29 november 2026$/)).toBeVisible();

  await page.getByRole('button', { name: 'Zet in mijn tijdlijn' }).click();
  await expect(page.getByText('Staat in je tijdlijn.')).toBeVisible();
  await finish.getByRole('button', { name: 'Ik wil hiernaar vragen' }).click();
  await expect(finish.getByText('Bewaard bij je vragen.')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Wil je nog iets nieuws beginnen? Doe dat vóór 14 mei 2027.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Dan mag je deze opleiding afmaken' }).getByText('Bewaard bij je vragen.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('heading', { name: 'Nog 17: wil je een opleiding beginnen? Dat kan tot en met deze dag.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('listitem').filter({ hasText: 'Nog 17: wil je een opleiding beginnen?' }).getByText('13 mei 2027')).toBeVisible();
  expect((await app.storedDoc()).doc.questions.map((q) => q.link)).toEqual(['finding:may_finish']);
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

// Review H1-H3: no result page says two things that contradict each other (17 on 29 Nov 2026, or 18 already).
const CASES = [
  { name: 'H1: rejected in BBL gets only "not possible", and BOL only while under 18',
    birth: { y: 2009, m: 5, d: 14 }, school: { residence: 'rejected', education: 'mbo_bbl', start: { y: 2026, m: 9 }, internship: true },
    shown: ['Zonder werkvergunning kan BBL niet. Ben je nog geen 18? Vraag je school of je naar BOL kunt.'],
    never: ['afmaken op dezelfde school', 'stage lopen zonder werkvergunning'] },
  { name: 'H1: already 18 and rejected in BBL: no advice to switch to BOL',
    birth: { y: 2008, m: 1, d: 1 }, school: { residence: 'rejected', education: 'mbo_bbl', start: { y: 2025, m: 9 }, internship: true },
    shown: ['Zonder werkvergunning kan BBL niet. Vraag ASKV wat je wel kunt doen'], never: ['BOL', 'afmaken op dezelfde school'] },
  { name: 'H2: ISK gives no diploma; the next course starts before 18',
    birth: { y: 2009, m: 5, d: 14 }, school: { residence: 'rejected', education: 'isk', start: { y: 2025, m: 9 }, internship: false },
    shown: ['ISK geeft geen diploma. Na de ISK begin je aan een nieuwe opleiding. Begin daar vóór 14 mei 2027 mee.', 'Begin vóór 14 mei 2027'],
    never: ['afmaken op dezelfde school', 'met diploma', 'Je begon vóór je 18e'] },
  { name: 'H3: enrolled after 18 during the procedure, now rejected: asked, not refused',
    birth: { y: 2008, m: 1, d: 1 }, school: { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 3, d: 1 }, internship: true },
    shown: ['Je begon na je 18e. Begon je toen je procedure nog liep? Dan mag je misschien op die school blijven. Vraag het ASKV'],
    never: ['Kan niet', 'als nieuwe leerling inschrijven'] },
];
for (const c of CASES) {
  test(c.name, async ({ page }) => {
    await fixToday(page);
    const app = new Koers(page);
    await app.seed({ name: 'Sara', birth: c.birth, school: { ...c.school, done: true } });
    await page.goto('school');
    await expect(page.locator('ul.findings > li').last()).toContainText('rechtoponderwijs@askv.nl');
    for (const text of c.shown) await expect(page.getByText(text)).toBeVisible();
    for (const text of c.never) await expect(page.getByText(text)).toHaveCount(0);
  });
}

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on the school result in ${lang}`, async ({ page }) => {
    await fixToday(page);
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: lang, birth: { y: 2009, m: 5, d: 14 },
      school: { residence: 'rejected', education: 'mbo_bbl', start: { y: 2026, m: 9 }, internship: null, done: true } });
    await page.goto('school');
    await expect(page.locator('.findings li').first()).toBeVisible();
    await page.locator('details.sources').first().evaluate((d) => { d.open = true; });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
  });
}
