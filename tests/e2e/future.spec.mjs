// Your future (issue 5): every card offline with its last-checked date and sources, "ask about this" that survives
// a reload, options side by side with equal widths, search, glossary links, calm failure, RTL, axe in nl and ar.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { Koers, HEADINGS, cardFacts } from './koers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const read = (file) => JSON.parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'));
const CARDS = read('cards.nl.json').cards;
const AR_CARDS = read('cards.ar.json').cards;
const OPTIONS = CARDS.filter((c) => c.option);
const FACTS = new Map(read('facts.json').facts.map((f) => [f.id, f]));
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december'];
const nlDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
/** When a card was last checked: the oldest check of the facts it rests on. */
const cardChecked = (card) => cardFacts(card).map((id) => FACTS.get(id).checked).sort()[0];
const ASK = 'Ik wil hiernaar vragen';
const ASKED = 'Bewaard als vraag in Mijn plan.';

/** The card's page shows its title, the date it was last checked, and (on request) each confirmed fact's source. */
async function expectCard(page, card) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(card.title);
  await expect(page.getByText(`Laatst gecontroleerd: ${nlDate(cardChecked(card))}`)).toBeVisible();
  const sources = page.locator('details').filter({ hasText: 'Waar komt dit vandaan?' });
  await sources.getByText('Waar komt dit vandaan?').click();
  const expected = cardFacts(card).map((id) => FACTS.get(id)).filter((f) => f.status === 'V')
    .map((f) => `${f.id} · ${f.source} · gecontroleerd op ${nlDate(f.checked)}`);
  expect(expected.length).toBeGreaterThan(0);
  await expect(sources.getByRole('listitem')).toHaveText(expected);
  await expect(page.getByRole('region', { name: 'Wie kan helpen?' }).getByRole('listitem')).toHaveText(card.help.map((h) => h.text));
  await expect(page.getByText('Koers geeft geen juridisch advies.').last()).toBeVisible();
}

test('every card opens offline, from Future and by its address, with its date, sources and who can help', async ({ page, context }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await app.open('future');
  await app.waitForServiceWorkerControl();
  await context.setOffline(true);
  await page.reload();
  await expect(app.heading()).toHaveText(HEADINGS.nl.future);
  expect(CARDS.length).toBeGreaterThanOrEqual(10);
  for (const card of CARDS) {
    const link = card.option
      ? page.getByRole('link', { name: `Lees meer: ${card.title}` })
      : page.getByRole('region', { name: 'Meer uitleg' }).getByRole('link', { name: card.title });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/future/${card.id}$`));
    await expectCard(page, card);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Toekomst' })).toHaveAttribute('aria-current', 'page');
    // Back to Future, with the focus on its heading.
    await page.getByRole('link', { name: 'Terug naar Jouw toekomst' }).first().click();
    await expect(app.heading()).toHaveText(HEADINGS.nl.future);
    await expect(app.heading()).toBeFocused();
  }
  // A fresh start offline at each card's own address: the card file comes from the service worker's cache.
  for (const card of CARDS) {
    await page.goto(`future/${card.id}`);
    await expectCard(page, card);
  }
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

test('"ask about this" saves a question for My plan that survives a reload', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await app.open('future');
  const option = page.getByRole('article', { name: 'Terugkeren met hulp' });
  await option.getByRole('button', { name: ASK }).click();
  await expect(option.getByText(ASKED)).toBeVisible();
  await expect(option.getByRole('button', { name: ASK })).toHaveCount(0);
  // The button is gone: the focus is on the words that say what happened, not lost.
  await expect(option.getByRole('status')).toBeFocused();
  // Only that option: the others still offer it.
  await expect(page.getByRole('article', { name: 'De VBL in Ter Apel' }).getByRole('button', { name: ASK })).toBeVisible();

  await page.getByRole('region', { name: 'Meer uitleg' }).getByRole('link', { name: 'Wie is wie' }).click();
  await page.getByRole('button', { name: ASK }).click();
  await expect(page.getByText(ASKED)).toBeVisible();
  await expect.poll(async () => (await app.storedDoc()).doc.questions.map((q) => q.link))
    .toEqual(['card:voluntary-return', 'card:who-is-who']);

  await page.reload();
  await expect(app.heading()).toHaveText('Wie is wie');
  await expect(page.getByText(ASKED)).toBeVisible();
  await expect(page.getByRole('button', { name: ASK })).toHaveCount(0);
  await app.open('future');
  await expect(page.getByRole('article', { name: 'Terugkeren met hulp' }).getByText(ASKED)).toBeVisible();
  // Asking again about the same card adds nothing.
  await page.goto('future/voluntary-return');
  await expect(page.getByText(ASKED)).toBeVisible();
  expect((await app.storedDoc()).doc.questions.map((q) => q.link)).toEqual(['card:voluntary-return', 'card:who-is-who']);
  expect(app.consoleErrors).toEqual([]);
});

test('the options stand side by side with equal widths at 1280 px, in the same shape, and stack on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await app.open('future');
  const options = page.getByRole('region', { name: 'Mogelijkheden na je 18e' }).getByRole('article');
  await expect(options).toHaveCount(OPTIONS.length);
  await expect(options.getByRole('heading', { level: 2 })).toHaveText(OPTIONS.map((c) => c.title));
  const boxes = () => options.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  const wide = await boxes();
  for (const b of wide) {
    expect(Math.abs(b.width - wide[0].width)).toBeLessThan(1);
    expect(Math.abs(b.height - wide[0].height)).toBeLessThan(1);
    expect(Math.abs(b.top - wide[0].top)).toBeLessThan(1);
  }
  expect(wide[0].width).toBeGreaterThan(180);
  expect(new Set(wide.map((b) => Math.round(b.left))).size).toBe(OPTIONS.length);
  for (let i = 0; i < OPTIONS.length; i++) {
    const option = options.nth(i);
    await expect(option.getByRole('heading', { level: 3 })).toHaveText(['Wat betekent het?', 'Wat heb je nodig?', 'Wie helpt?']);
    await expect(option.getByRole('link', { name: `Lees meer: ${OPTIONS[i].title}` })).toBeVisible();
    await expect(option.getByRole('button', { name: ASK })).toBeVisible();
  }
  // The same parts line up across the row.
  const tops = await options.getByRole('heading', { name: 'Wie helpt?' }).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);

  await page.setViewportSize({ width: 360, height: 740 });
  const narrow = await boxes();
  for (let i = 1; i < narrow.length; i++) {
    expect(Math.abs(narrow[i].left - narrow[0].left)).toBeLessThan(1);
    expect(Math.abs(narrow[i].width - narrow[0].width)).toBeLessThan(1);
    expect(narrow[i].top).toBeGreaterThan(narrow[i - 1].bottom);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('search finds a card by a word, in any case, in the current language', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await app.open('future');
  const region = page.getByRole('region', { name: 'Zoeken' });
  const search = region.getByRole('searchbox', { name: 'Zoek een woord in de uitleg' });
  await search.fill('schiphol');
  await expect(region.getByText('Gevonden: 1')).toBeVisible();
  await expect(region.getByRole('link')).toHaveText(['Terugkeren met hulp']);
  await search.fill('LESGELD');
  await expect(region.getByRole('link')).toHaveText(['Je opleiding afmaken', 'Woorden']);
  await search.fill('fiets');
  await expect(region.getByText('Niets gevonden. Probeer een ander woord.')).toBeVisible();
  await expect(region.getByRole('link')).toHaveCount(0);
  await search.fill('Schiphol');
  await region.getByRole('link', { name: 'Terugkeren met hulp' }).click();
  await expect(app.heading()).toHaveText('Terugkeren met hulp');

  await app.seed({ name: 'Sara', language: 'ar' });
  await app.open('future', 'ar');
  const ar = page.getByRole('region', { name: 'بحث' });
  await ar.getByRole('searchbox').fill('التذكرة');
  await expect(ar.getByText('النتائج: 1')).toBeVisible();
  await expect(ar.getByRole('link')).toHaveText([AR_CARDS.find((c) => c.id === 'voluntary-return').title]);
  await ar.getByRole('searchbox').fill('Schiphol');
  await expect(ar.getByRole('link')).toHaveCount(1);
  await ar.getByRole('searchbox').fill('ticket');
  await expect(ar.getByText('لم نجد شيئًا. جرّب كلمة أخرى.')).toBeVisible();
});

test('a glossary word links to its place on the glossary card', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto('future/vbl');
  await expect(app.heading()).toHaveText('De VBL in Ter Apel');
  // Linked once per card: the first "voogd" is a link, the next ones are plain text.
  await expect(page.getByRole('link', { name: 'voogd', exact: true })).toHaveCount(1);
  await page.getByRole('link', { name: 'voogd', exact: true }).click();
  await expect(page).toHaveURL(/\/future\/words#w-voogd$/);
  await expect(app.heading()).toHaveText('Woorden');
  const term = page.locator('#w-voogd');
  await expect(term).toBeFocused();
  await expect(term).toBeInViewport();
  await expect(term.getByRole('term')).toHaveText('Voogd');
  // Opened by its address too.
  await page.goto('future/words#w-dt-v');
  await expect(page.locator('#w-dt-v')).toBeFocused();
  await expect(page.locator('#w-dt-v').getByRole('term')).toHaveText('DT&V');
});

test('an unknown card says so calmly and leads back', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto('future/no-such-card');
  await expect(app.heading()).toHaveText('Deze uitleg is er niet');
  await page.getByRole('link', { name: 'Terug naar Jouw toekomst' }).first().click();
  await expect(app.heading()).toHaveText(HEADINGS.nl.future);
  await expect(page.getByRole('region', { name: 'Mogelijkheden na je 18e' }).getByRole('article')).toHaveCount(OPTIONS.length);
});

test('Arabic reads right to left, and the arrows point the other way', async ({ page }) => {
  const app = new Koers(page);
  const transform = () => page.getByRole('link', { name: /Jouw toekomst|مستقبلك/ }).first().locator('svg')
    .evaluate((e) => getComputedStyle(e).transform);
  await app.seed({ name: 'Sara' });
  await page.goto('future/vbl');
  await expect(app.heading()).toHaveText('De VBL in Ter Apel');
  expect(await transform()).toBe('none');

  await app.seed({ name: 'Sara', language: 'ar' });
  await page.goto('future/vbl');
  await expect(app.heading()).toHaveText(AR_CARDS.find((c) => c.id === 'vbl').title);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.getByRole('article').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  expect(await transform()).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  await expect(page.getByText('آخر تحقق: 29 نوفمبر 2026')).toBeVisible();
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('cards that cannot be loaded get a calm message and a way to try again', async ({ page }) => {
    const app = new Koers(page);
    await app.seed({ name: 'Sara' });
    await page.route('**/content/cards.nl.json', (route) => route.abort());
    await app.open('future');
    await expect(page.getByText('De uitleg kan nu niet worden geladen. Je eigen gegevens zijn veilig.')).toBeVisible();
    await page.unroute('**/content/cards.nl.json');
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await expect(page.getByRole('region', { name: 'Mogelijkheden na je 18e' }).getByRole('article')).toHaveCount(OPTIONS.length);
  });
});

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on Future and on a card in ${lang}`, async ({ page }) => {
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: lang });
    await app.open('future', lang);
    await expect(page.getByRole('article')).toHaveCount(OPTIONS.length);
    await page.getByRole('searchbox').fill('IOM');
    await expect(page.getByRole('region').last().getByRole('link').first()).toBeVisible();
    let { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);

    const cards = lang === 'ar' ? AR_CARDS : CARDS;
    await page.goto('future/voluntary-return');
    await expect(app.heading()).toHaveText(cards.find((c) => c.id === 'voluntary-return').title);
    await page.locator('details').evaluate((d) => { d.open = true; });
    await page.getByRole('button', { name: lang === 'ar' ? 'أريد أن أسأل عن هذا' : ASK }).click();
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations).toEqual([]);

    await page.goto('future/words');
    await expect(app.heading()).toHaveText(cards.find((c) => c.id === 'words').title);
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations).toEqual([]);
  });
}
