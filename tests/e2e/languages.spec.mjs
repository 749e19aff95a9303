// Every language (issue 14): each screen renders offline with its heading in that language, the right `lang` and
// `dir`, and axe finds nothing at 360×740. Switching language works offline. The languages are read from
// locales/*.json, so a new language is tested without touching this file.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { Koers } from './koers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const locales = Object.fromEntries(readdirSync('locales').filter((f) => f.endsWith('.json'))
  .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(`locales/${f}`, 'utf8'))]));
const ROUTES = { timeline: ['timeline', 'title'], school: ['school', 'title'], future: ['future', 'title'],
  plan: ['plan', 'title'], me: ['me', 'title'], 'me/mentors': ['mentor', 'title'] };

for (const [lang, text] of Object.entries(locales)) {
  test(`${lang} (${text._meta.name}): every screen offline, with its heading, lang and dir, and no axe findings`, async ({ page, context }) => {
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: lang });
    await page.goto('timeline');
    await expect(app.heading()).toHaveText(text.timeline.title);
    await app.waitForServiceWorkerControl();
    await context.setOffline(true);
    for (const [route, [section, key]] of Object.entries(ROUTES)) {
      await page.goto(`${route}`);
      await expect(app.heading(), route).toHaveText(text[section][key]);
      await expect(page.locator('html'), route).toHaveAttribute('lang', lang);
      await expect(page.locator('html'), route).toHaveAttribute('dir', text._meta.dir);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations, `${lang} /${route}`).toEqual([]);
    }
    // A card: in this language, or in Dutch, said so and marked lang="nl".
    await page.goto('future/turning-18');
    await expect(app.heading()).toBeVisible();
    if (!['nl', 'en', 'ar'].includes(lang)) {
      await expect(page.getByText(text.translation.dutch_note)).toBeVisible();
      await expect(page.locator('div[lang="nl"] h1')).toHaveText(JSON.parse(readFileSync('content/cards.nl.json', 'utf8')).cards[0].title);
    }
    expect(app.consoleErrors).toEqual([]);
  });
}

test('switching language works offline, on the open screen, and keeps what was typed', async ({ page, context }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'nl' });
  await page.goto('timeline/new');
  await app.waitForServiceWorkerControl();
  await context.setOffline(true);
  await page.getByLabel(locales.nl.form.title, { exact: true }).fill('Eerste dag op school');
  await app.nav().getByRole('link', { name: locales.nl.nav.me }).click();
  for (const lang of Object.keys(locales).filter((l) => l !== 'nl')) {
    await page.getByRole('radio', { name: locales[lang]._meta.name }).check();
    await expect(app.heading()).toHaveText(locales[lang].me.title);
    await expect(page.locator('html')).toHaveAttribute('dir', locales[lang]._meta.dir);
  }
  const last = locales[Object.keys(locales).filter((l) => l !== 'nl').at(-1)];
  await page.goto('timeline/new');
  await expect(page.getByLabel(last.form.title, { exact: true })).toHaveValue('Eerste dag op school');
});

// A conversation in any pair of languages (issue 14): each side has its own lang and dir, and its own words.
for (const [own, second] of [['ti', 'nl'], ['ps', 'fr']]) {
  test(`a conversation in ${own} beside ${second}: both texts, each with its own lang and dir`, async ({ page, context }) => {
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: own });
    await page.goto('talk');
    await expect(app.heading()).toHaveText(locales[own].talk.setup_title);
    await app.waitForServiceWorkerControl();
    await context.setOffline(true);
    await page.getByRole('radio', { name: locales[second]._meta.name }).check();
    await page.locator('.talk-setup input[type="checkbox"]').last().check();
    await page.locator('.talk-setup button[type="submit"]').click();
    await expect(app.heading()).toHaveText(locales[own].talk.title);
    for (const lang of [own, second]) {
      const side = page.getByRole('region', { name: locales[lang]._meta.name });
      await expect(side).toHaveAttribute('lang', lang);
      await expect(side).toHaveAttribute('dir', locales[lang]._meta.dir);
      await expect(side).not.toBeEmpty();
    }
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
}
