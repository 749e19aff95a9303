// My plan: questions, agreements and goals that survive a reload (offline), drafts that survive a closed
// page, questions from School and Future with readable labels, dated agreements on the timeline and in the
// .ics file, five tabs that fit at 320 px, axe.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { Koers, envelope, fixToday } from './koers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Seeds a welcomed user whose document `change` may add to (questions, agreements, goals). */
async function seedDoc(page, opts, change = () => {}) {
  const env = JSON.parse(envelope(opts));
  change(env.doc);
  await page.goto('robots.txt');
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), JSON.stringify(env));
}

const SCHOOL = { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 9 }, end: { y: 2029 }, internship: true };

test('questions, agreements and goals are kept offline and after a reload; a dated agreement is on the timeline and in the calendar file', async ({ page, context }) => {
  await fixToday(page);
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await app.open('plan');
  await app.waitForServiceWorkerControl();
  await context.setOffline(true);

  await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  const questionForm = page.getByRole('form', { name: 'Nieuwe vraag' });
  await questionForm.getByLabel('Mijn vraag').fill('Mag ik stage lopen bij een garage?');
  await questionForm.getByLabel('Aan wie?').selectOption({ label: 'Mentor' });
  await questionForm.getByRole('button', { name: 'Bewaar vraag' }).click();
  await expect(page.getByText('Je vraag is bewaard.')).toBeVisible();
  await expect(questionForm.getByLabel('Mijn vraag')).toHaveValue('');
  const questions = page.getByRole('region', { name: 'Vragen die ik wil stellen' });
  const question = questions.getByRole('listitem').filter({ hasText: 'Mag ik stage lopen bij een garage?' });
  await question.getByRole('checkbox', { name: 'Ik heb dit gevraagd' }).check();
  await question.getByLabel('Wat was het antwoord?').fill('Ja, als de stage verplicht is.');
  await question.getByLabel('Wat was het antwoord?').blur();

  await page.getByRole('button', { name: 'Nieuwe afspraak' }).click();
  const agreementForm = page.getByRole('form', { name: 'Nieuwe afspraak' });
  await agreementForm.getByLabel('Wat spreken jullie af?').fill('Brief van DUO meenemen');
  await agreementForm.getByLabel('Wie doet het?').selectOption({ label: 'Voogd' });
  const by = agreementForm.getByRole('group', { name: /Wanneer moet het klaar zijn/ });
  await by.getByLabel('Jaar').selectOption('2027');
  await by.getByLabel('Maand').selectOption({ label: 'maart' });
  await agreementForm.getByRole('button', { name: 'Bewaar afspraak' }).click();
  await expect(page.getByText('Je afspraak is bewaard.')).toBeVisible();

  await page.getByLabel('Wat wil ik leren?').fill('Lassen, en beter Nederlands.');
  await page.getByLabel('Wat heb ik nodig, waar ik ook woon?').fill('Een telefoon die werkt.');
  await page.getByRole('button', { name: 'Bewaar mijn doelen' }).click();
  await expect(page.getByText('Je doelen zijn bewaard.')).toBeVisible();
  await expect.poll(async () => (await app.storedDoc()).doc.goals?.need).toBe('Een telefoon die werkt.');

  await page.reload();
  await expect(app.heading()).toHaveText('Mijn plan');
  await expect(question.getByRole('checkbox', { name: 'Ik heb dit gevraagd' })).toBeChecked();
  await expect(question.getByLabel('Wat was het antwoord?')).toHaveValue('Ja, als de stage verplicht is.');
  await expect(question.getByLabel('Aan wie?')).toHaveValue('mentor');
  const agreement = page.getByRole('region', { name: 'Afspraken' }).getByRole('listitem').filter({ hasText: 'Brief van DUO meenemen' });
  await expect(agreement.getByText('Voogd · uiterlijk maart 2027')).toBeVisible();
  await expect(page.getByLabel('Wat wil ik leren?')).toHaveValue('Lassen, en beter Nederlands.');
  const doc = (await app.storedDoc()).doc;
  expect(doc.questions).toEqual([expect.objectContaining({
    text: 'Mag ik stage lopen bij een garage?', to: 'mentor', asked: true, answer: 'Ja, als de stage verplicht is.',
  })]);
  expect(doc.agreements).toEqual([expect.objectContaining({ what: 'Brief van DUO meenemen', who: 'voogd', by: { y: 2027, m: 3 }, done: false })]);
  expect(doc.goals).toEqual({ learn: 'Lassen, en beter Nederlands.', need: 'Een telefoon die werkt.', more: '' });
  expect(doc.drafts).toBeUndefined();

  // On the timeline as an agreement, not as an entry; in the calendar file on the last day of March.
  await app.nav().getByRole('link', { name: 'Tijdlijn' }).click();
  const item = page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('listitem').filter({ hasText: 'Brief van DUO meenemen' });
  await expect(item.getByText('Afspraak', { exact: true })).toBeVisible();
  await expect(item.getByText('Uiterlijk maart 2027')).toBeVisible();
  await expect(item.getByRole('link', { name: 'Naar Mijn plan' })).toBeVisible();
  await expect(item.getByRole('link', { name: /Bewerken/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda-bestand downloaden' }).click();
  const ics = (await readFile(await (await download).path(), 'utf8')).replace(/\r\n /g, '');
  expect(ics).toMatch(/UID:agreement-e[0-9a-f]+@koers\.local/);
  expect(ics).toContain('DTSTART;VALUE=DATE:20270331');
  expect(ics).toContain('SUMMARY:Brief van DUO meenemen');
  expect(ics).toContain('DESCRIPTION:Afspraak · Voogd · uiterlijk maart 2027');

  // Done: it leaves the timeline and the calendar, and stays in My plan.
  await item.getByRole('link', { name: 'Naar Mijn plan' }).click();
  await agreement.getByRole('checkbox', { name: 'Brief van DUO meenemen' }).check();
  await app.nav().getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page.getByText('Brief van DUO meenemen')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

test('a half-typed question and agreement are there again after the page was closed, offline', async ({ page, context }) => {
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await app.open('plan');
  await app.waitForServiceWorkerControl();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  let form = page.getByRole('form', { name: 'Nieuwe vraag' });
  await form.getByLabel('Mijn vraag').fill('Wat gebeurt er met mijn opvang op mijn 18e?');
  await form.getByLabel('Aan wie?').selectOption({ label: 'Voogd' });
  await page.getByRole('button', { name: 'Nieuwe afspraak' }).click();
  await page.getByRole('form', { name: 'Nieuwe afspraak' }).getByLabel('Wat spreken jullie af?').fill('Samen naar het ROC');
  await page.getByRole('form', { name: 'Nieuwe afspraak' }).getByLabel('Jaar').selectOption('2027');
  await expect.poll(async () => (await app.storedDoc()).doc.drafts).toEqual({
    'plan.question.text': 'Wat gebeurt er met mijn opvang op mijn 18e?', 'plan.question.to': 'voogd',
    'plan.agreement.what': 'Samen naar het ROC', 'plan.agreement.by': '2027',
  });
  // Drafts live in the document only: not in the session, not under another key.
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // Besides the document, only the chosen language's code (koers.lang) is stored: drafts live in the document.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('koers.doc') && k !== 'koers.lang'))).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('koers.lang'))).toMatch(/^(nl|en|ar)$/);
  await page.close();

  const again = await context.newPage();
  await again.goto('plan');
  form = again.getByRole('form', { name: 'Nieuwe vraag' });
  await expect(form.getByLabel('Mijn vraag')).toHaveValue('Wat gebeurt er met mijn opvang op mijn 18e?');
  await expect(form.getByLabel('Aan wie?')).toHaveValue('voogd');
  const agreementForm = again.getByRole('form', { name: 'Nieuwe afspraak' });
  await expect(agreementForm.getByLabel('Wat spreken jullie af?')).toHaveValue('Samen naar het ROC');
  await expect(agreementForm.getByLabel('Jaar')).toHaveValue('2027');

  // Saving removes the question's draft; clearing removes the agreement's.
  await form.getByRole('button', { name: 'Bewaar vraag' }).click();
  await agreementForm.getByRole('button', { name: 'Leegmaken' }).click();
  await expect(agreementForm.getByLabel('Wat spreken jullie af?')).toHaveValue('');
  const stored = async () => JSON.parse(await again.evaluate(() => localStorage.getItem('koers.doc'))).doc;
  await expect.poll(async () => (await stored()).drafts).toBeUndefined();
  expect((await stored()).questions.map((q) => [q.text, q.to])).toEqual([['Wat gebeurt er met mijn opvang op mijn 18e?', 'voogd']]);
  expect((await stored()).agreements).toEqual([]);
});

test('questions from School and Future show what they are about in words', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await seedDoc(page, { name: 'Sara', birth: { y: 2009, m: 5, d: 14 }, school: SCHOOL }, (doc) => {
    doc.questions = [
      { id: 'q1', link: 'finding:may_finish', text: '', to: null, asked: false, answer: '', created: 't1' },
      { id: 'q2', link: 'card:vbl', text: '', to: 'voogd', asked: false, answer: '', created: 't2' },
    ];
  });
  await app.open('plan');
  const list = page.getByRole('region', { name: 'Vragen die ik wil stellen' }).getByRole('listitem');
  await expect(list.nth(0).getByText('Je begon vóór je 18e.', { exact: true })).toBeVisible();
  await expect(list.nth(1).getByText('De VBL in Ter Apel', { exact: true })).toBeVisible();
  await expect(list.nth(1).getByLabel('Aan wie?')).toHaveValue('voogd');
  await expect(page.getByText(/card:|finding:/)).toHaveCount(0);
});

for (const lang of ['nl', 'en', 'ar']) {
  test(`five tabs fit at 320 px with icon and word and 44 px targets in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const app = new Koers(page);
    await app.seed({ name: 'Sara', language: lang });
    await page.goto('plan');
    const links = app.nav().getByRole('link');
    await expect(links).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      const link = links.nth(i);
      const box = await link.boundingBox();
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320.5);
      expect((await link.locator('svg').boundingBox()).width).toBeGreaterThan(10);
      // The word is whole: not cut off, and not broken inside a word.
      const fits = await link.locator('span').evaluate((s) => {
        const words = s.textContent.split(/\s+/).length;
        const lines = Math.round(s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight));
        return s.scrollWidth <= s.parentElement.clientWidth && lines <= words;
      });
      expect(fits).toBe(true);
    }
  });
}

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on a filled-in plan with open forms in ${lang}`, async ({ page }) => {
    await fixToday(page);
    const app = new Koers(page);
    await seedDoc(page, { name: 'Sara', language: lang, birth: { y: 2009, m: 5, d: 14 }, school: SCHOOL }, (doc) => {
      doc.questions = [
        { id: 'q1', link: 'finding:may_finish', text: '', to: null, asked: false, answer: '', created: 't1' },
        { id: 'q2', link: null, text: 'Mag ik stage lopen?', to: 'school', asked: true, answer: 'Ja', created: 't2' },
      ];
      doc.agreements = [{ id: 'a1', what: 'Brief meenemen', who: 'mentor', by: { y: 2027, m: 3 }, done: false, created: 't', updated: 't' }];
      doc.goals = { learn: 'Lassen', need: '', more: '' };
      doc.drafts = { 'plan.question.text': 'Half', 'plan.agreement.what': 'Half' };
    });
    await app.open('plan', lang);
    await expect(page.getByRole('form')).toHaveCount(2);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
  });
}
