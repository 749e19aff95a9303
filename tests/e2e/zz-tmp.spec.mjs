import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SCREENS } from './a11y-screens.mjs';
for (const lang of ['nl', 'ar'])
for (const scheme of ['light', 'dark'])
for (const [name, go] of Object.entries(SCREENS)) test(`inc ${name} ${lang} ${scheme}`, async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
  await page.emulateMedia({ colorScheme: scheme });
  await go(page, lang);
  const { incomplete } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  for (const v of incomplete) console.log(`INC ${name} ${lang} ${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message || '')).slice(0, 4).join(' | ')}`);
});
