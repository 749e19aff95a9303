// My overview: printable, private moments left out unless chosen, Dutch beside the chosen language, A4
// print layout without navigation or buttons, axe.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers, fixToday } from './koers.mjs';
import { BASE } from './chromium.mjs';
import { richDoc, seedDoc } from './backup-data.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the overview is linked from Me, leaves out private moments by default, and shows them when ticked', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await app.open('me');
  await page.getByRole('link', { name: 'Open mijn overzicht' }).click();
  await expect(app.heading()).toHaveText('Mijn overzicht');
  expect(new URL(page.url()).pathname).toBe(`${BASE}overview`);
  await expect(app.nav().getByRole('link', { name: 'Ik' })).toHaveAttribute('aria-current', 'page');

  const part = (name) => page.getByRole('region', { name });
  await expect(part('Over mij').getByText('Amira')).toBeVisible();
  await expect(part('Over mij').getByText('3 mei 2008')).toBeVisible();
  await expect(part('Over mij').getByText('september 2023')).toBeVisible();
  const timeline = part('Mijn tijdlijn');
  await expect(timeline.getByText('Aangekomen in Ter Apel')).toBeVisible();
  await expect(timeline.getByText('Begonnen op het ROC')).toBeVisible();
  await expect(timeline.getByText('Privé-momenten staan er niet in: 1')).toBeVisible();
  // Left out means not in the page at all, not hidden.
  expect(await page.content()).not.toContain('Gehoor bij de IND');
  expect(await page.content()).not.toContain('Lang gesprek.');
  await expect(part('School na je 18e').getByText('Dan mag je deze opleiding afmaken')).toBeVisible();
  const plan = part('Mijn plan');
  await expect(plan.getByText('Mag ik stage lopen?')).toBeVisible();
  await expect(plan.getByText('Ja, bij een BOL-opleiding.')).toBeVisible();
  await expect(plan.getByText('Bellen met IOM')).toBeVisible();
  await expect(plan.getByText('januari 2027')).toBeVisible();
  await expect(plan.getByText('Koken')).toBeVisible();
  // Nothing Dutch to put beside Dutch.
  await expect(page.getByLabel('Nederlands ernaast')).toHaveCount(0);

  await page.getByLabel('Privé-momenten ook laten zien').check();
  await expect(timeline.getByText('Gehoor bij de IND')).toBeVisible();
  await expect(timeline.getByText('Lang gesprek.')).toBeVisible();
  await expect(timeline.getByText('Privé-momenten staan er niet in')).toHaveCount(0);
  await page.getByLabel('Privé-momenten ook laten zien').uncheck();
  await expect(timeline.getByText('Gehoor bij de IND')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('Print opens the print dialog, and print media hides the navigation, the options and every button', async ({ page }) => {
  await page.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await page.goto('overview');
  await expect(app.heading()).toHaveText('Mijn overzicht');
  await page.getByRole('button', { name: 'Printen' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(app.nav()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Snel weg' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Printen' })).toBeHidden();
  await expect(page.getByLabel('Privé-momenten ook laten zien')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Terug naar Ik' })).toBeHidden();
  await expect(app.heading()).toBeVisible();
  await expect(page.getByText('Bellen met IOM')).toBeVisible();
  // Fits A4 across: nothing is wider than the page (210 mm minus the margins is about 680 CSS px).
  await page.setViewportSize({ width: 680, height: 960 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
  const pdfSafe = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(pdfSafe).toBe('rgb(255, 255, 255)');
});

test('in Arabic, "Dutch beside it" puts the Dutch words next to each heading and label, marked lang="nl"', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await seedDoc(page, richDoc({ language: 'ar' }));
  await page.goto('overview');
  await expect(app.heading()).toContainText('ملخّصي');
  await expect(page.locator('[lang="nl"]')).toHaveCount(0);
  await page.getByLabel('الهولندية بجانبها').check();
  await expect(app.heading().locator('[lang="nl"]')).toHaveText('Mijn overzicht');
  for (const [region, dutch] of [['عنّي', 'Over mij'], ['خطّي الزمني', 'Mijn tijdlijn'], ['المدرسة بعد سن 18', 'School na je 18e'], ['خطّتي', 'Mijn plan']]) {
    const heading = page.getByRole('region', { name: new RegExp(`^${region}`) }).getByRole('heading', { level: 2 });
    await expect(heading.locator('[lang="nl"]')).toHaveText(dutch);
  }
  await expect(page.locator('dt [lang="nl"]').filter({ hasText: 'Geboren' })).toBeVisible();
  await expect(page.locator('[lang="nl"]').filter({ hasText: '3 mei 2008' })).toBeVisible();
  await expect(page.locator('[lang="nl"]').filter({ hasText: 'september 2023 · Aankomst in Nederland' })).toBeVisible();
  await expect(page.locator('p[lang="nl"]').filter({ hasText: 'Dan mag je deze opleiding afmaken' })).toBeVisible();
  await expect(page.locator('p[lang="nl"]').filter({ hasText: 'Wie: Voogd · Wanneer: januari 2027 · Nog doen' })).toBeVisible();
  await expect(page.locator('p[lang="nl"]').filter({ hasText: 'Aan wie: Mentor · Gevraagd' })).toBeVisible();
  // User text is never translated, and it reads in its own direction.
  await expect(page.getByText('Bellen met IOM')).toHaveAttribute('dir', 'auto');
  expect(app.consoleErrors).toEqual([]);
});

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on the overview in ${lang}, with private moments and Dutch beside it`, async ({ page }) => {
    const app = new Koers(page);
    await seedDoc(page, richDoc({ language: lang }));
    await page.goto('overview');
    await expect(page.locator('.overview-part').first()).toBeVisible();
    let { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
    for (const box of await page.locator('.overview-controls input[type=checkbox]').all()) await box.check();
    await expect(page.getByText('Gehoor bij de IND')).toBeVisible();
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
}

test('an empty document gives a calm overview with nothing missing', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: '' });
  await page.goto('overview');
  await expect(app.heading()).toHaveText('Mijn overzicht');
  await expect(page.getByRole('region', { name: 'Over mij' }).getByText('Niet ingevuld').first()).toBeVisible();
  await expect(page.getByText('Nog geen momenten.')).toBeVisible();
  await expect(page.getByText('De vragen over school zijn nog niet ingevuld.')).toBeVisible();
  await expect(page.getByText('Nog niets in je plan.')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
