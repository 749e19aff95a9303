// axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every screen, in Dutch and Arabic, at 360×740.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers, ROUTES, HEADINGS, entry, fixToday } from './koers.mjs';
import { SCREENS } from './a11y-screens.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on the welcome screen in ${lang}`, async ({ page }) => {
    const app = new Koers(page);
    await page.goto('robots.txt');
    await page.evaluate((language) => localStorage.setItem('koers.doc', JSON.stringify({
      app: 'koers', schema: 1, saved_at: 'x', enc: null, doc: { profile: { name: '' }, settings: { language, welcomed: false } },
    })), lang);
    await page.goto('./');
    await expect(app.heading()).toHaveText(HEADINGS[lang].welcome);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
  });

  for (const route of ROUTES) {
    test(`axe finds nothing on /${route} in ${lang}`, async ({ page }) => {
      const app = new Koers(page);
      await app.seed({ name: 'Sara', language: lang });
      await app.open(route, lang);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations).toEqual([]);
    });
  }
}

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on a full timeline and the entry form in ${lang}`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
    const app = new Koers(page);
    const entries = [
      entry('1', 'Aangekomen', { y: 2023 }, { kind: 'arrival' }),
      entry('2', 'Gehoor', { y: 2024, m: 2 }, { kind: 'interview', private: true, note: 'Lang verhaal. '.repeat(30) }),
      entry('3', 'Naar de kwv', { y: 2024, m: 3, d: 3 }, { kind: 'move:kwv' }),
      entry('4', 'Begonnen op het ROC', { y: 2025, m: 9, d: 1 }, { kind: 'school:start' }),
      entry('5', 'Gesprek met mijn voogd', { y: 2027, m: 1, d: 10 }, { kind: 'talk:voogd' }),
    ];
    await app.seed({ name: 'Sara', language: lang, birth: { y: 2010, m: 6, d: 1 }, entries });
    await app.open('timeline', lang);
    await expect(page.locator('ol.line li').first()).toBeVisible();
    let { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
    await page.goto('timeline/edit/3');
    await expect(page.locator('#entry-title')).toHaveValue('Naar de kwv');
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations).toEqual([]);
  });
}

// Issue 15: every screen (with data in all its parts), with the best-practice rules too, in light and dark.
const ALL_TAGS = [...TAGS, 'best-practice'];
for (const lang of ['nl', 'ar']) {
  for (const scheme of ['light', 'dark']) {
    for (const [screen, go] of Object.entries(SCREENS)) {
      test(`axe (with best practice) finds nothing on /${screen} in ${lang}, ${scheme}`, async ({ page }) => {
        test.setTimeout(90_000);
        await fixToday(page);
        await page.emulateMedia({ colorScheme: scheme });
        await go(page, lang);
        const { violations } = await new AxeBuilder({ page }).withTags(ALL_TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
      });
    }
  }
}

// Windows high contrast: backgrounds go, so every button, field and box keeps a visible line of its own,
// and the current tab a mark that is not colour.
test('forced colours: buttons, fields and boxes keep a border; the current tab is underlined', async ({ page }) => {
  await fixToday(page);
  await page.emulateMedia({ forcedColors: 'active' });
  for (const screen of ['timeline', 'school-result', 'future', 'plan', 'me']) {
    await SCREENS[screen](page, 'nl');
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const bare = await page.evaluate(() => [...document.querySelectorAll('.button, .exit-button, .chip, .card, .notice, .finding, .option, input:not([type="checkbox"]):not([type="radio"]), select, textarea, .today-marker span')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
      .filter((el) => ['Top', 'Bottom', 'Left', 'Right'].some((side) => {
        const cs = getComputedStyle(el);
        return cs[`border${side}Style`] === 'none' || parseFloat(cs[`border${side}Width`]) < 1;
      }))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`));
    expect(bare, screen).toEqual([]);
    const current = page.locator('.bottom-nav a[aria-current="page"]');
    await expect(current).toHaveCSS('text-decoration-line', 'underline');
  }
});

test('reduced motion: nothing moves', async ({ page }) => {
  await fixToday(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const screen of ['timeline', 'school-check', 'future', 'talk']) {
    await SCREENS[screen](page, 'nl');
    const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
      const cs = getComputedStyle(el);
      return cs.animationName !== 'none' || cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || cs.scrollBehavior === 'smooth';
    }).map((el) => el.tagName));
    expect(moving, screen).toEqual([]);
  }
});

// Screen readers: the line is an ordered list, read in date order, with a period said in words; a save,
// a delete and Undo are said once, by one live region.
test('screen readers: the timeline is a list in order, periods in words; save, delete and undo are said once', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await SCREENS.timeline(page, 'nl');
  const items = page.locator('section.story ol.line > li');
  const texts = await items.allInnerTexts();
  const at = (t) => texts.findIndex((x) => x.includes(t));
  expect(at('Aangekomen in Ter Apel')).toBeLessThan(at('Naar de kwv in Utrecht'));
  expect(at('Naar de kwv in Utrecht')).toBeLessThan(at('Begonnen op het ROC'));
  expect(at('Begonnen op het ROC')).toBeLessThan(at('Vandaag'));
  expect(at('Vandaag')).toBeLessThan(at('Gesprek met mijn voogd'));
  // The period: shown with a dash, heard as "van ... tot ...".
  const period = items.filter({ hasText: 'Naar de kwv in Utrecht' }).locator('.item-date');
  await expect(period.locator('[aria-hidden="true"]')).toHaveText('3 maart 2024 – 30 september 2024');
  await expect(period.locator('.visually-hidden')).toHaveText('van 3 maart 2024 tot 30 september 2024');
  // Ids are unique (an entry can show in the Now card and on the line).
  expect(await page.evaluate(() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id); return ids.length - new Set(ids).size; })).toBe(0);

  const liveWith = (text) => page.evaluate((t) => [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')]
    .filter((el) => el.textContent.includes(t)).length, text);
  await page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('link', { name: 'Bewerken: Begonnen op het ROC' }).click();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(app.heading()).toHaveText('Mijn tijdlijn');
  await expect(page.locator('#announce')).toHaveText('Verwijderd: Begonnen op het ROC');
  expect(await liveWith('Verwijderd: Begonnen op het ROC')).toBe(1);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('#announce')).toHaveText('Teruggezet.');
  await expect(items.filter({ hasText: 'Begonnen op het ROC' })).toHaveCount(1);
  // A form problem is said once too: by the field it describes, which gets focus (no live region).
  await page.goto('timeline/new');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.locator('#entry-title')).toBeFocused();
  await expect(page.locator('#entry-title')).toHaveAccessibleDescription(/Schrijf een paar woorden als titel\./);
  expect(await liveWith('Schrijf een paar woorden als titel.')).toBe(0);
});
