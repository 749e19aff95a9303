// Keyboard only (issue 15): every flow without a mouse or a tap, with a visible focus ring on every stop.
// Only page.keyboard is used after the page has opened: Tab, Shift+Tab, Enter, Space, arrows, typing.
import { test, expect } from '@playwright/test';
import { Koers, fixToday } from './koers.mjs';
import { richEnvelope } from './a11y-screens.mjs';

/** What has focus: its name as a screen reader would start it, and whether a focus ring shows. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    const name = (el.getAttribute('aria-label') || el.labels?.[0]?.innerText || el.innerText || '').trim().replace(/\s+/g, ' ');
    const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    return { name, id: el.id, tag: el.tagName.toLowerCase(), ring };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name is `name` (or its id is `#id`). Every stop
 * on the way must show a focus ring. */
async function tabTo(page, name, { back = false, max = 80 } = {}) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    stops.push(f.name || f.id);
    expect(f.ring, `a focus ring on ${f.tag}#${f.id} "${f.name.slice(0, 60)}" (after ${stops.slice(0, -1).join(" / ")})`).toBe(true);
    if (name instanceof RegExp ? name.test(f.name) : name.startsWith('#') ? f.id === name.slice(1) : f.name === name) return;
  }
  throw new Error(`Tab never reached "${name}"; stops: ${stops.join(' / ')}`);
}

async function seedRich(page, opts) {
  await page.goto('robots.txt');
  await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), richEnvelope('nl', opts));
}

test.beforeEach(async ({ page }) => { await fixToday(page); });

test('keyboard only: add an entry to the timeline', async ({ page }) => {
  const app = new Koers(page);
  await seedRich(page);
  await app.open('timeline');
  await tabTo(page, 'Iets toevoegen');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Iets toevoegen');
  // Focus is on the new screen's heading: the next Tab goes into the form.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, '#entry-kind');
  // A closed select changes with the arrow keys.
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#entry-title');
  // Enter without a title: the form says why, and focus stays on the field with the problem.
  await page.keyboard.press('Enter');
  await expect(page.locator('#entry-title')).toBeFocused();
  await expect(page.locator('#title-error')).toHaveText('Schrijf een paar woorden als titel.');
  await page.keyboard.type('Met de trein naar Zwolle');
  await tabTo(page, 'Bewaren');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Mijn tijdlijn');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('ol.line').getByText('Met de trein naar Zwolle')).toBeVisible();
  // Saved, and said so.
  await expect(page.locator('#announce')).toHaveText('Bewaard.');
  await expect.poll(async () => (await app.storedDoc()).doc.entries.some((e) => e.title === 'Met de trein naar Zwolle')).toBe(true);
});

test('keyboard only: the school check, to its result', async ({ page }) => {
  const app = new Koers(page);
  await seedRich(page, { school: false });
  await app.open('school');
  await tabTo(page, 'Begin de check');
  await page.keyboard.press('Enter');
  // Focus goes to "Question 1 of 5" (a frame later); the keyboard goes on from there, as for every question.
  await expect(page.getByText('Vraag 1 van 5')).toBeFocused();
  // 1: the procedure. Tab goes into the group; the arrow keys pick.
  await tabTo(page, 'Mijn asielprocedure loopt nog');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Mijn beroep bij de rechter loopt' })).toBeChecked();
  await tabTo(page, 'Volgende');
  await page.keyboard.press('Enter');
  // Focus goes to the new question's place, so the next Tab is in it.
  await expect(page.getByText('Vraag 2 van 5')).toBeFocused();
  // 2: the school.
  await tabTo(page, 'ISK (internationale schakelklas)');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'ISK (internationale schakelklas)' })).toBeChecked();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Mbo 2, 3 of 4, BOL (vooral op school)' })).toBeChecked();
  await tabTo(page, 'Volgende');
  await page.keyboard.press('Enter');
  // 3: the start: a year with the arrow keys.
  await expect(page.getByText('Vraag 3 van 5')).toBeFocused();
  await tabTo(page, '#school-start');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'Volgende');
  await page.keyboard.press('Enter');
  // 4: the end, left open (allowed).
  await expect(page.getByText('Vraag 4 van 5')).toBeFocused();
  await tabTo(page, 'Volgende');
  await page.keyboard.press('Enter');
  // 5: the internship.
  await expect(page.getByText('Vraag 5 van 5')).toBeFocused();
  await tabTo(page, 'Ja');
  await page.keyboard.press('Space');
  await tabTo(page, 'Laat zien wat dit betekent');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Wat dit voor jou betekent' })).toBeVisible();
  // Focus is not lost on the page: it is on the result.
  await expect(page.locator('#key-date')).toBeFocused();
  await expect.poll(async () => (await app.storedDoc()).doc.school).toMatchObject({ residence: 'appeal', education: 'mbo_bol', internship: true, done: true });
  // The key date goes on the timeline from the keyboard too, and focus stays where the button was.
  await tabTo(page, 'Zet in mijn tijdlijn');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Staat in je tijdlijn.')).toBeFocused();
});

test('keyboard only: start a conversation, go through it, and end it', async ({ page }) => {
  const app = new Koers(page);
  await seedRich(page);
  await app.open('plan');
  await tabTo(page, 'Laat zien in een gesprek');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Samen praten');
  await tabTo(page, 'De VBL in Ter Apel');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'De VBL in Ter Apel' })).toBeChecked();
  await tabTo(page, 'Begin het gesprek');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('In gesprek');
  // Focus is at the top of the conversation (the screen, or its heading once the cards are read), so the
  // next Tab starts there.
  const atTop = () => page.evaluate(() => ['main', 'main-h1'].includes(document.activeElement.id || (document.activeElement.matches('#main h1') ? 'main-h1' : '')));
  await expect.poll(atTop).toBe(true);
  const count = page.locator('.talk-count');
  const total = Number((await count.innerText()).match(/van (\d+)/)[1]);
  for (let n = 2; n <= total; n++) {
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText(`Onderwerp ${n} van ${total}`);
    await expect.poll(atTop).toBe(true);
  }
  await tabTo(page, 'Gesprek afronden');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Mijn tijdlijn');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(async () => (await app.storedDoc()).doc.entries.some((e) => e.kind.startsWith('talk:') && e.id !== '5')).toBe(true);
});

test('keyboard only: quick exit with the button, and with Escape twice', async ({ page }) => {
  const app = new Koers(page);
  await seedRich(page);
  await app.open('timeline');
  // The first stops: the skip link, then quick exit.
  await tabTo(page, 'Naar de inhoud', { max: 1 });
  await tabTo(page, 'Snel weg', { max: 1 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.clock')).toBeVisible();
  await expect(page.getByText('Sara')).toHaveCount(0);

  await app.open('timeline');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('.clock')).toBeVisible();
});

test('keyboard only: the skip link goes to the content, and every tab of the menu is reachable', async ({ page }) => {
  const app = new Koers(page);
  await seedRich(page);
  await app.open('timeline');
  await tabTo(page, 'Naar de inhoud', { max: 1 });
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  for (const [tab, heading] of [['Plan', 'Mijn plan'], ['Ik', 'Ik'], ['Toekomst', 'Jouw toekomst'], ['School', 'School na je 18e']]) {
    await tabTo(page, tab, { max: 200 });
    await page.keyboard.press('Enter');
    await expect(app.heading()).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('keyboard only: a card opens with focus on its heading, and Back to Future too', async ({ page }) => {
  const app = new Koers(page);
  await seedRich(page);
  await app.open('future');
  await tabTo(page, /^Lees meer/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#card-title')).toBeFocused();
  await page.goBack();
  await expect(app.heading()).toHaveText('Jouw toekomst');
});
