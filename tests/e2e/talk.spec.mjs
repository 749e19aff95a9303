// Conversation mode: two languages with their own lang and dir, private entries absent from the page,
// Back and reload stay inside, an agreement made in the talk on the timeline after ending; offline; axe.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Koers, envelope, entry, fixToday } from './koers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SECRET = 'سر لا يراه أحد';
const SECRET_NOTE = 'ملاحظة سرية جدا';

async function seedTalk(page, language) {
  const env = JSON.parse(envelope({
    name: 'Sara', language, birth: { y: 2009, m: 5, d: 14 },
    entries: [
      entry('1', 'وصلت إلى Ter Apel', { y: 2023, m: 8 }, { kind: 'arrival' }),
      entry('2', SECRET, { y: 2024, m: 2 }, { kind: 'health', private: true, note: SECRET_NOTE }),
    ],
  }));
  env.doc.questions = [{ id: 'q1', link: null, text: 'هل يمكنني إكمال المدرسة؟', to: 'mentor', asked: false, answer: '', created: '2026-11-01T00:00:00Z' }];
  await page.goto('robots.txt');
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), JSON.stringify(env));
}

test('a talk in Arabic and Dutch: both languages with their direction, nothing private, Back and reload stay, the agreement reaches the timeline; offline', async ({ page, context }) => {
  await fixToday(page);
  const app = new Koers(page);
  await seedTalk(page, 'ar');
  await app.open('plan', 'ar');
  await app.waitForServiceWorkerControl();
  await context.setOffline(true);

  await page.getByRole('link', { name: 'اعرض في محادثة' }).click();
  await expect(app.heading()).toHaveText('نتحدث معًا');
  await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'المرشد (mentor)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'خطّي الزمني (بدون الأشياء الخاصة)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'هل يمكنني إكمال المدرسة؟' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'VBL في Ter Apel' }).check();
  await page.getByRole('button', { name: 'ابدأ المحادثة' }).click();

  await expect(app.heading()).toHaveText('في محادثة');
  await expect(page.getByText('الموضوع 1 من 3')).toBeVisible();
  const arabic = page.getByRole('region', { name: 'العربية' });
  const dutch = page.getByRole('region', { name: 'Nederlands' });
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(dutch).toHaveAttribute('lang', 'nl');
  await expect(dutch).toHaveAttribute('dir', 'ltr');
  await expect(arabic.getByRole('heading', { name: 'خطّي الزمني' })).toBeVisible();
  await expect(dutch.getByRole('heading', { name: 'Mijn tijdlijn' })).toBeVisible();
  await expect(page.getByText('وصلت إلى Ter Apel')).toBeVisible();
  await expect(page.locator('[lang="nl"]').getByText('augustus 2023 · Aankomst in Nederland')).toBeVisible();
  await expect(page.getByText('الأشياء الخاصة مخفية.')).toBeVisible();
  let html = await page.content();
  expect(html).not.toContain(SECRET);
  expect(html).not.toContain(SECRET_NOTE);
  // No navigation and no notices during a conversation.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('.notices')).toHaveCount(0);

  await page.getByRole('button', { name: 'التالي' }).click();
  await expect(page.getByText('الموضوع 2 من 3')).toBeVisible();
  await expect(dutch.getByRole('heading', { name: 'Een vraag' })).toBeVisible();
  await expect(dutch.getByText('Voor: Mentor')).toBeVisible();

  // A reload stays in the conversation, on the same topic; the session keeps ids only.
  await page.reload();
  await expect(app.heading()).toHaveText('في محادثة');
  await expect(page.getByText('الموضوع 2 من 3')).toBeVisible();
  const session = await page.evaluate(() => sessionStorage.getItem('koers.talk'));
  expect(JSON.parse(session)).toEqual({ step: 2, at: 1, second: 'nl', topics: ['timeline', 'question:q1', 'card:vbl'] });
  expect(await page.evaluate(() => sessionStorage.length)).toBe(1);

  // Back stays inside: the previous topic, then the choices.
  await page.goBack();
  await expect(page.getByText('الموضوع 1 من 3')).toBeVisible();
  await page.goBack();
  await expect(app.heading()).toHaveText('نتحدث معًا');
  await page.getByRole('button', { name: 'ابدأ المحادثة' }).click();
  await page.getByRole('button', { name: 'التالي' }).click();
  await page.getByRole('button', { name: 'التالي' }).click();
  await expect(page.getByText('الموضوع 3 من 3')).toBeVisible();
  await expect(arabic.getByRole('heading', { name: 'VBL في Ter Apel', level: 2 })).toBeVisible();
  await expect(dutch.getByRole('heading', { name: 'De VBL in Ter Apel', level: 2 })).toBeVisible();

  // Large text, one tap away.
  const before = await dutch.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await page.getByRole('button', { name: 'خط كبير' }).click();
  await expect(page.getByRole('button', { name: 'خط كبير' })).toHaveAttribute('aria-pressed', 'true');
  expect(await dutch.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThan(before * 1.15);

  // An agreement, quickly.
  await page.getByRole('button', { name: 'اتفاق', exact: true }).click();
  const form = page.getByRole('form', { name: 'اتفاق جديد' });
  await form.getByLabel('على ماذا تتفقون؟').fill('Brief van DUO meenemen');
  await form.getByLabel('من يقوم به؟').selectOption({ label: 'المرشد (mentor)' });
  await form.getByLabel('السنة').selectOption('2027');
  await form.getByLabel('الشهر').selectOption('3');
  await form.getByRole('button', { name: 'احفظ الاتفاق' }).click();
  await expect(page.locator('.talk-add [lang="nl"]').getByText('Mentor · uiterlijk maart 2027')).toBeVisible();
  html = await page.content();
  expect(html).not.toContain(SECRET);

  await page.getByRole('button', { name: 'أنهِ المحادثة' }).click();
  await expect(app.heading()).toHaveText('خطّي الزمني');
  await expect(app.nav()).toBeVisible();
  const story = page.getByRole('region', { name: 'قصتي' });
  const talk = story.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'محادثة مع المرشد' }) });
  await expect(talk.getByText(/الاتفاقات:\s*• المرشد \(mentor\): Brief van DUO meenemen \(في موعد أقصاه مارس 2027\)/)).toBeAttached();
  await expect(talk.getByText(/المواضيع:\s*• خطّي الزمني\s*• هل يمكنني إكمال المدرسة؟\s*• VBL في Ter Apel/)).toBeAttached();
  const agreement = story.getByRole('listitem').filter({ has: page.getByText('اتفاق', { exact: true }) });
  await expect(agreement.getByRole('heading', { name: 'Brief van DUO meenemen' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('koers.talk'))).toBeNull();
  await expect.poll(async () => (await app.storedDoc()).doc.drafts).toBeUndefined();
  const doc = (await app.storedDoc()).doc;
  const talkEntry = doc.entries.find((e) => e.kind === 'talk:mentor');
  expect(talkEntry.date).toEqual({ y: 2026, m: 11, d: 29 });
  expect(talkEntry.private).toBeFalsy();
  // The conversation is over: Back does not open it again.
  await page.goBack();
  await expect(app.heading()).toHaveText('خطتي');
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

for (const [own, second] of [['ar', 'Nederlands'], ['nl', 'العربية']]) {
  test(`axe finds nothing in conversation mode (${own} with ${second})`, async ({ page }) => {
    await fixToday(page);
    const app = new Koers(page);
    await seedTalk(page, own);
    await page.goto('talk');
    await expect(app.heading()).toBeVisible();
    await page.getByRole('radio', { name: second }).check();
    await page.locator('.talk-setup input[type="checkbox"]').last().check();
    let { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
    await page.locator('.talk-setup button[type="submit"]').click();
    await expect(page.locator('.talk-pair')).toBeVisible();
    for (let i = 0; i < 3; i++) {
      await page.locator('.talk-size').click();
      await page.locator('.talk-add .plan-buttons button').nth(i % 2).click();
      ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
      expect(violations).toEqual([]);
      if (i < 2) await page.locator('.talk-steps .button').last().click();
    }
    expect(await page.content()).not.toContain(SECRET);
  });
}
