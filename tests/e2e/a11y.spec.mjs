// axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every screen, in Dutch and Arabic, at 360×740.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers, ROUTES, HEADINGS } from './koers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on the welcome screen in ${lang}`, async ({ page }) => {
    const app = new Koers(page);
    await page.goto('/robots.txt');
    await page.evaluate((language) => localStorage.setItem('koers.doc', JSON.stringify({
      app: 'koers', schema: 1, saved_at: 'x', enc: null, doc: { profile: { name: '' }, settings: { language, welcomed: false } },
    })), lang);
    await page.goto('/');
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
