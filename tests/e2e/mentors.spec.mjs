// The page for mentors, guardians and foster parents (issue 13): reached from Me and My plan, in the
// youth's language with the Dutch under it, saying what conversation mode hides and what never to do.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers } from './koers.mjs';

test('Me leads to the page for mentors; it says what is hidden, what never to do, and that it is not legal advice', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto('me');
  await page.getByRole('link', { name: 'Voor mentoren en voogden' }).click();
  await expect(app.heading()).toHaveText('Voor mentoren en voogden');
  await expect(page).toHaveTitle('Voor mentoren en voogden · Koers');
  const never = page.getByRole('region', { name: 'Doe dit nooit' });
  await expect(never.getByText('Maak geen foto of screenshot van het scherm.')).toBeVisible();
  await expect(never.getByText('Vraag nooit naar de wachtwoordzin.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wat je niet ziet' }).getByText('Privé-momenten zie je niet.', { exact: false })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geen juridisch advies' })).toContainText('ASKV');
  await expect(app.nav().getByRole('link', { name: 'Ik' })).toHaveAttribute('aria-current', 'page');
  // Dutch only once: no Dutch copy under Dutch.
  await expect(page.locator('.nl-below')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations).toEqual([]);
});

test('in Arabic, from My plan, the Dutch stands under every point, so youth and mentor read the same', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'ar' });
  await page.goto('plan');
  await page.getByRole('link', { name: 'للمرشدين والأوصياء' }).click();
  await expect(app.heading()).toHaveText('للمرشدين والأوصياء');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('لا تسأل أبدًا عن عبارة المرور.')).toBeVisible();
  const nl = page.locator('.nl-below[lang="nl"]');
  await expect(nl.filter({ hasText: 'Vraag nooit naar de wachtwoordzin.' })).toBeVisible();
  expect(await nl.count()).toBe(await page.locator('.mentor-list li').count());
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations).toEqual([]);
});

test('each language says how it was translated, in Me and on a card; Dutch, the source, says nothing', async ({ page }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'ar' });
  await page.goto('me');
  await expect(page.getByText('كُتبت هذه العربية بمساعدة الحاسوب.', { exact: false })).toBeVisible();
  await page.goto('future/turning-18');
  await expect(page.getByText('كُتبت هذه العربية بمساعدة الحاسوب.', { exact: false })).toBeVisible();
  await page.goto('robots.txt');
  await app.seed({ name: 'Sara', language: 'nl' });
  await page.goto('future/turning-18');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.translation-note')).toHaveCount(0);
});
