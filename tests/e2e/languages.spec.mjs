// Every language (issue 14): each screen renders offline with its heading in that language, the right `lang` and
// `dir`, and axe finds nothing at 360×740. Switching language works offline. The languages are read from
// locales/*.json, so a new language is tested without touching this file.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
    // A card: in this language (its own cards file), or in Dutch, said so and marked lang="nl".
    await page.goto('future/turning-18');
    const own = existsSync(`content/cards.${lang}.json`);
    const cards = JSON.parse(readFileSync(`content/cards.${own ? lang : 'nl'}.json`, 'utf8'));
    await expect(app.heading()).toHaveText(cards.cards[0].title);
    if (own) {
      if (text.translation.dutch_note) await expect(page.getByText(text.translation.dutch_note)).toHaveCount(0);
      await expect(page.locator('div[lang="nl"] h1')).toHaveCount(0);
    } else {
      await expect(page.getByText(text.translation.dutch_note)).toBeVisible();
      await expect(page.locator('div[lang="nl"] h1')).toHaveText(cards.cards[0].title);
    }
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations, `${lang} card`).toEqual([]);
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

// "Show Dutch beside it" is one tap away on every card (issue 14), offline too, and holds from card to card.
for (const lang of ['ti', 'ar']) {
  test(`a card in ${lang} shows its Dutch beside it after one tap, offline, marked lang="nl"`, async ({ page, context }) => {
    const app = new Koers(page);
    const own = JSON.parse(readFileSync(`content/cards.${lang}.json`, 'utf8')).cards;
    const nl = JSON.parse(readFileSync('content/cards.nl.json', 'utf8')).cards;
    await app.seed({ name: 'Sara', language: lang });
    await page.goto('future');
    await app.waitForServiceWorkerControl();
    await context.setOffline(true);
    await page.goto(`future/${nl[0].id}`);
    await expect(app.heading()).toHaveText(own[0].title);
    await expect(page.locator('[lang="nl"]')).toHaveCount(0);
    const toggle = page.getByRole('button', { name: locales[lang].card_nl.toggle });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.nl-below[lang="nl"]').first()).toHaveText(nl[0].title);
    await expect(page.locator('.nl-below[lang="nl"][dir="ltr"]').nth(1)).toHaveText(nl[0].blocks[0].text);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
    // A related card, opened from this one, shows its Dutch too; one more tap hides it.
    const next = nl.find((c) => c.id === nl[0].related[0]);
    await page.getByRole('link', { name: own.find((c) => c.id === next.id).title }).first().click();
    await expect(page.locator('.nl-below[lang="nl"]').first()).toHaveText(next.title);
    await page.getByRole('button', { name: locales[lang].card_nl.toggle }).click();
    await expect(page.locator('.nl-below[lang="nl"]')).toHaveCount(0);
  });
}

test('a Dutch card offers no "Dutch beside it"', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'nl' });
  await page.goto('future/turning-18');
  await expect(app.heading()).toBeVisible();
  await expect(page.getByRole('button', { name: locales.nl.card_nl.toggle })).toHaveCount(0);
});

// A kept copy's date and time are joined as each language writes it: "،" in Arabic script, "፣" in Tigrinya.
for (const lang of ['nl', 'ar', 'ps', 'ti']) {
  test(`a kept copy's date and time read right in ${lang}`, async ({ page }) => {
    const text = locales[lang];
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: lang });
    await page.evaluate(() => localStorage.setItem('koers.kept.2026-11-01T10:00:00.000Z',
      JSON.stringify({ app: 'koers', schema: 5, saved_at: 'x', enc: null, doc: {} })));
    await page.goto('me');
    const item = page.getByRole('region', { name: text.lock.kept_title }).locator('.kept-item strong');
    const sep = text.lock.kept_when.replace('{{ date }}', '').replace('{{ time }}', '');
    expect(sep).toBe({ nl: ', ', ar: '، ', ps: '، ', ti: '፣ ' }[lang]);
    await expect(item).toContainText(new RegExp(`2026${sep}\\d{2}:\\d{2}`));
  });
}
