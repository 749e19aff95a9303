// Truth first (issue 13): the card on the rules of 2026 opens offline in Dutch and Arabic, with the date beside
// every block (all of it is time-sensitive) and its sources; it is linked from "turning 18" and "legal steps";
// a fact checked more than six months ago says that it may have changed (a day after six months, not on the day).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { Koers, HEADINGS, cardFacts } from './koers.mjs';

const read = (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const FACTS = new Map(read('content/facts.json').facts.map((f) => [f.id, f]));
const LOCALES = { nl: read('locales/nl.json'), ar: read('locales/ar.json') };
const CARDS = { nl: read('content/cards.nl.json').cards, ar: read('content/cards.ar.json').cards };
const card = (lang, id = 'rules-2026') => CARDS[lang].find((c) => c.id === id);
const fill = (template, date) => template.replace('{{ date }}', date);
const date = (lang, iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${LOCALES[lang].month[`m${m}`]} ${y}`;
};
const TEXT = {
  nl: { more: 'Meer uitleg', sources: 'Waar komt dit vandaan?', related: 'Lees ook' },
  ar: { more: null, sources: LOCALES.ar.school.sources, related: null },
};

for (const lang of ['nl', 'ar']) {
  test(`the 2026 card opens offline in ${lang}, each block with its date, and its sources`, async ({ page, context }) => {
    const app = new Koers(page);
    const rules = card(lang);
    await page.clock.setFixedTime(new Date('2026-12-02T10:00:00'));
    await app.seed({ name: 'Sara', language: lang });
    await app.open('future', lang);
    await app.waitForServiceWorkerControl();
    await context.setOffline(true);
    await page.reload();
    await expect(app.heading()).toHaveText(HEADINGS[lang].future);
    await page.getByRole('link', { name: rules.title }).click();
    await expect(page).toHaveURL(/\/future\/rules-2026$/);
    await expect(app.heading()).toHaveText(rules.title);

    // Every block that makes a claim rests on a time-sensitive fact and shows the date it was checked.
    const dated = rules.blocks.filter((b) => b.checked);
    expect(dated.length).toBe(rules.blocks.filter((b) => b.claim !== false).length);
    const checked = page.getByRole('article').getByText(fill(LOCALES[lang].cards2.checked, date(lang, '2026-12-01')), { exact: true });
    await expect(checked).toHaveCount(dated.length);
    for (let i = 0; i < dated.length; i++) await expect(checked.nth(i)).toBeVisible();
    // The first block's date is right under that block.
    const first = page.getByText(rules.blocks[0].text);
    const [a, b] = [await first.boundingBox(), await checked.first().boundingBox()];
    expect(b.y).toBeGreaterThan(a.y);
    expect(b.y - (a.y + a.height)).toBeLessThan(40);
    // Nothing is stale yet.
    await expect(page.getByText(LOCALES[lang].cards2.stale)).toHaveCount(0);

    // The sources: the union of the blocks' facts, each with its date.
    const sources = page.locator('details').filter({ hasText: TEXT[lang].sources });
    await sources.getByText(TEXT[lang].sources).click();
    const expected = cardFacts(rules).map((id) => FACTS.get(id)).filter((f) => f.status === 'V')
      .map((f) => `${f.id} · ${f.source} · ${fill(LOCALES[lang].school.checked, date(lang, f.checked))}`);
    expect(expected.some((e) => e.startsWith('J5 ·'))).toBe(true);
    await expect(sources.getByRole('listitem')).toHaveText(expected);
    await expect(sources.getByRole('listitem').first()).toBeVisible();

    // Fresh start offline at its own address.
    await page.goto('future/rules-2026');
    await expect(app.heading()).toHaveText(rules.title);
    await expect(checked).toHaveCount(dated.length);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);

    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations).toEqual([]);
  });
}

test('the 2026 card is linked from turning 18 and from legal steps, and calls the bills proposals', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  for (const from of ['turning-18', 'legal-steps']) {
    await page.goto(`future/${from}`);
    await expect(app.heading()).toHaveText(card('nl', from).title);
    await page.getByRole('region', { name: 'Lees ook' }).getByRole('link', { name: 'De regels van 2026' }).click();
    await expect(app.heading()).toHaveText('De regels van 2026');
  }
  // Staying without papers is named only as a proposal, in the same item that says it is not law.
  const item = page.getByRole('listitem').filter({ hasText: 'strafbaar' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Een voorstel');
  await expect(item).toContainText('Dit is geen wet');
  await expect(page.getByRole('note').filter({ hasText: 'Een voorstel is nog geen wet.' })).toBeVisible();
});

test('a fact checked more than six months ago says it may have changed, not on the day itself', async ({ page }) => {
  const app = new Koers(page);
  const stale = LOCALES.nl.cards2.stale;
  const rules = card('nl');
  // 1 June 2027 is exactly six months after 1 December 2026: the blocks are not stale yet. The card's own date
  // (the oldest of its facts, 29 November 2026) is.
  await page.clock.setFixedTime(new Date('2027-06-01T10:00:00'));
  await app.seed({ name: 'Sara' });
  await page.goto('future/rules-2026');
  await expect(app.heading()).toHaveText(rules.title);
  const header = page.locator('header.page-intro');
  await expect(header.getByText(stale)).toBeVisible();
  const sources = page.locator('details').filter({ hasText: 'Waar komt dit vandaan?' });
  const cited = cardFacts(rules).map((id) => FACTS.get(id)).filter((f) => f.status === 'V');
  const older = cited.filter((f) => f.checked < '2026-12-01').length;
  expect(older).toBeGreaterThan(0);
  // The header, and the sources checked before 1 December; no block.
  await expect(sources.getByText(stale)).toHaveCount(older);
  await expect(page.getByRole('article').getByText(stale)).toHaveCount(1 + older);

  // A day later every dated block says so too, right under its date, and so does each of its facts' sources.
  await page.clock.setFixedTime(new Date('2027-06-02T10:00:00'));
  await page.reload();
  await expect(app.heading()).toHaveText(rules.title);
  const dated = rules.blocks.filter((b) => b.checked).length;
  await expect(sources.getByText(stale)).toHaveCount(cited.length);
  await expect(page.getByRole('article').getByText(stale)).toHaveCount(1 + dated + cited.length);
  await sources.getByText('Waar komt dit vandaan?').click();
  await expect(sources.getByRole('listitem').first().getByText(stale)).toBeVisible();
  const note = page.locator('.block-checked').first();
  await expect(note.locator('xpath=following-sibling::*[1]')).toHaveText(stale);
});
