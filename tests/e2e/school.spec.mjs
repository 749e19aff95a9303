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
  await page.goto('/school');
  await app.waitForServiceWorkerControl();
  await walkCheck(page);

  await expect(page.getByText('Begin vóór 14 mei 2027')).toBeVisible();
  await expect(page.getByText('Je bent vóór je 18e begonnen. Dan mag je de opleiding afmaken')).toBeVisible();
  await expect(page.getByText('Je mag stage lopen zonder werkvergunning.')).toBeVisible();
  await expect(page.getByText('Vanaf 18 jaar betaal je lesgeld in het mbo.')).toBeVisible();
  await expect(page.getByText('De helpdesk van ASKV helpt: rechtoponderwijs@askv.nl.')).toBeVisible();
  await expect(page.getByText('BBL is leren en werken')).toHaveCount(0);

  const finish = page.getByRole('listitem').filter({ hasText: 'Dan mag je de opleiding afmaken' });
  await finish.getByText('Waar komt dit vandaan?').click();
  await expect(finish.getByText(/^E2 · Inspectie van het Onderwijs.*gecontroleerd op 29 november 2026$/)).toBeVisible();

  await page.getByRole('button', { name: 'Zet in mijn tijdlijn' }).click();
  await expect(page.getByText('Staat in je tijdlijn.')).toBeVisible();
  await finish.getByRole('button', { name: 'Ik wil hiernaar vragen' }).click();
  await expect(finish.getByText('Bewaard bij je vragen.')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Begin vóór 14 mei 2027')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Dan mag je de opleiding afmaken' }).getByText('Bewaard bij je vragen.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('heading', { name: 'Laatste dag om te beginnen met een opleiding' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('listitem').filter({ hasText: 'Laatste dag om te beginnen' }).getByText('13 mei 2027')).toBeVisible();
  expect((await app.storedDoc()).doc.questions.map((q) => q.link)).toEqual(['finding:may_finish']);
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on the school result in ${lang}`, async ({ page }) => {
    await fixToday(page);
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: lang, birth: { y: 2009, m: 5, d: 14 },
      school: { residence: 'rejected', education: 'mbo_bbl', start: { y: 2026, m: 9 }, internship: null, done: true } });
    await page.goto('/school');
    await expect(page.locator('.findings li').first()).toBeVisible();
    await page.locator('details.sources').first().evaluate((d) => { d.open = true; });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
  });
}
