// axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every screen, in Dutch and Arabic, at 360×740.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers, ROUTES, HEADINGS, entry } from './koers.mjs';

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
