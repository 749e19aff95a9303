// Every screen of Koers, with enough data to show all its parts, for the accessibility specs
// (a11y-zoom, a11y.spec's axe on every screen): each `go(page, lang)` seeds, opens and waits.
import { expect } from '@playwright/test';
import { envelope, entry } from './koers.mjs';

export const PASS = 'groene fiets onder de brug';

/** A rich document: entries of several kinds (a private one, a long note, a range), milestones from
 * the birth date, a finished school check, questions, an agreement and goals. */
export function richEnvelope(language, { school = true } = {}) {
  const env = JSON.parse(envelope({
    name: 'Sara', language, birth: { y: 2009, m: 5, d: 14 },
    entries: [
      entry('1', 'Aangekomen in Ter Apel', { y: 2023, m: 8 }, { kind: 'arrival' }),
      entry('2', 'Gehoor bij de IND', { y: 2024, m: 2 }, { kind: 'interview', private: true, note: 'Lang verhaal. '.repeat(30) }),
      entry('3', 'Naar de kwv in Utrecht', { y: 2024, m: 3, d: 3 }, { kind: 'move:kwv', note: 'Een notitie. '.repeat(20) }),
      entry('4', 'Begonnen op het ROC', { y: 2025, m: 9, d: 1 }, { kind: 'school:start' }),
      entry('5', 'Gesprek met mijn voogd', { y: 2027, m: 1, d: 10 }, { kind: 'talk:voogd' }),
    ],
    school: school ? { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 9 }, end: { y: 2029 }, internship: true, done: true } : {},
  }));
  env.doc.entries[2].end = { y: 2024, m: 9, d: 30 };
  env.doc.questions = [
    { id: 'q1', link: 'finding:may_finish', text: '', to: 'mentor', asked: false, answer: '', created: '2026-11-01T00:00:00Z' },
    { id: 'q2', link: null, text: 'Mag ik stage lopen bij een garage?', to: 'school', asked: true, answer: 'Ja', created: '2026-11-01T00:00:00Z' },
  ];
  env.doc.agreements = [{ id: 'a1', what: 'Brief van DUO meenemen', who: 'mentor', by: { y: 2027, m: 3 }, done: false, created: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' }];
  env.doc.goals = { learn: 'Lassen, en beter Nederlands', need: '', more: '' };
  return JSON.stringify(env);
}

async function seed(page, raw) {
  if (!page.url().startsWith('http')) await page.goto('robots.txt');
  await page.evaluate((r) => { localStorage.clear(); sessionStorage.clear(); localStorage.setItem('koers.doc', r); }, raw);
}

const h1 = (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();

async function open(page, lang, path, { school = true, ready } = {}) {
  await seed(page, richEnvelope(lang, { school }));
  await page.goto(path.replace(/^\//, ''));
  await h1(page);
  if (ready) await expect(page.locator(ready).first()).toBeVisible();
}

/** name -> go(page, lang). */
export const SCREENS = {
  welcome: async (page, lang) => {
    await seed(page, JSON.stringify({ app: 'koers', schema: 1, saved_at: 'x', enc: null, doc: { profile: { name: '' }, settings: { language: lang, welcomed: false } } }));
    await page.goto('./');
    await h1(page);
    await expect(page.locator('#welcome-name, input[type="text"]').first()).toBeVisible();
  },
  timeline: (page, lang) => open(page, lang, '/timeline', { ready: 'ol.line li.item' }),
  'timeline-new': (page, lang) => open(page, lang, '/timeline/new', { ready: '#entry-title' }),
  'timeline-edit': (page, lang) => open(page, lang, '/timeline/edit/3', { ready: '#entry-title' }),
  school: (page, lang) => open(page, lang, '/school', { school: false, ready: '.page > .button-wide' }),
  'school-check': async (page, lang) => {
    await open(page, lang, '/school', { school: false, ready: '.page > .button-wide' });
    await page.locator('.page > .button-wide').click();
    await expect(page.locator('.check fieldset')).toBeVisible();
  },
  'school-result': (page, lang) => open(page, lang, '/school', { ready: '.findings li' }),
  future: (page, lang) => open(page, lang, '/future', { ready: '.option' }),
  card: (page, lang) => open(page, lang, '/future/voluntary-return', { ready: '.explainer' }),
  words: (page, lang) => open(page, lang, '/future/words', { ready: '.glossary' }),
  plan: (page, lang) => open(page, lang, '/plan', { ready: '.plan-list li' }),
  'talk-setup': (page, lang) => open(page, lang, '/talk', { ready: '.talk-setup' }),
  talk: async (page, lang) => {
    await open(page, lang, '/talk', { ready: '.talk-setup' });
    await page.locator('.talk-setup button[type="submit"]').click();
    await expect(page.locator('.talk-pair')).toBeVisible();
  },
  me: (page, lang) => open(page, lang, '/me', { ready: '#lock-new' }),
  mentors: (page, lang) => open(page, lang, '/me/mentors'),
  overview: (page, lang) => open(page, lang, '/overview'),
  'not-found': (page, lang) => open(page, lang, '/does-not-exist'),
  lock: async (page, lang) => {
    await open(page, lang, '/me', { ready: '#lock-new' });
    await page.locator('#lock-new').fill(PASS);
    await page.locator('#lock-again').fill(PASS);
    await page.locator('#lock-new').press('Enter');
    await expect(page.locator('#lock-title ~ .notice-info')).toBeVisible({ timeout: 30_000 });
    await page.reload();
    await expect(page.locator('#unlock-pass')).toBeVisible();
  },
};
