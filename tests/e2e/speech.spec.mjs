// Read aloud (issue 15) with a fake speechSynthesis whose voices each test defines: what is spoken is what the
// card shows, in its language and with a voice of that language; a voice that is not on the phone is never used,
// even when it is the only one; with no voice for the language an honest message (here in Tigrinya); quick exit
// and another screen stop the reading.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Koers, fixToday } from './koers.mjs';

const CARDS = JSON.parse(readFileSync(new URL('../../content/cards.nl.json', import.meta.url), 'utf8')).cards;
const CARD = CARDS.find((c) => c.id === 'turning-18');

const DUTCH = { name: 'Dutch here', lang: 'nl-NL', localService: true };
const DUTCH_ONLINE = { name: 'Dutch online', lang: 'nl-NL', localService: false };
const ENGLISH = { name: 'English here', lang: 'en-GB', localService: true };
const AMHARIC = { name: 'Amharic here', lang: 'am-ET', localService: true };

/** A fake Web Speech API: `voices` now (or later with __speech.setVoices); every `speak` is recorded; a
 * sentence ends when the test says so (__speech.end()), or by itself after 20 ms with __speech.auto. */
async function fakeSpeech(page, voices) {
  await page.addInitScript((list) => {
    class Utterance {
      constructor(text = '') { Object.assign(this, { text, lang: '', voice: null, rate: 1, onend: null, onerror: null }); }
    }
    const log = { spoken: [], cancels: 0 };
    let current = null;
    let all = list.map((v) => ({ voiceURI: v.name, default: false, ...v }));
    const synth = new EventTarget();
    const finish = (u) => {
      if (current !== u) return;
      current = null;
      if (u.onend) u.onend({ type: 'end', target: u });
    };
    Object.assign(synth, {
      getVoices: () => all.slice(),
      speak(u) {
        log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null, rate: u.rate });
        current = u;
        if (window.__speech.auto) setTimeout(() => finish(u), 20);
      },
      cancel() {
        log.cancels += 1;
        const u = current;
        current = null;
        if (u && u.onerror) u.onerror({ type: 'error', target: u, error: 'canceled' });
      },
      pause() {}, resume() {},
    });
    Object.defineProperty(synth, 'speaking', { get: () => current !== null });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
    window.__speech = {
      log, auto: false,
      end: () => current && finish(current),
      setVoices(next) { all = next; synth.dispatchEvent(new Event('voiceschanged')); },
    };
  }, voices);
}

const spoken = (page) => page.evaluate(() => window.__speech.log.spoken);
const speaking = (page) => page.evaluate(() => window.speechSynthesis.speaking);
const cancels = (page) => page.evaluate(() => window.__speech.log.cancels);
const norm = (s) => s.replace(/\s+/g, ' ').trim();

test('a card is read as it is shown: its words, one sentence at a time, in Dutch with the Dutch voice; the sentence is marked; pause, go on, slower, stop', async ({ page }) => {
  // The voices arrive late (voiceschanged), as on many phones.
  await fakeSpeech(page, []);
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto(`future/${CARD.id}`);
  await expect(app.heading()).toHaveText(CARD.title);
  await page.getByRole('button', { name: 'Voorlezen' }).click();
  await page.evaluate((v) => setTimeout(() => window.__speech.setVoices(v), 300), [ENGLISH, DUTCH_ONLINE, DUTCH]);
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  let said = await spoken(page);
  expect(said[0]).toEqual({ text: CARD.title, lang: 'nl', voice: 'Dutch here', rate: 1 });
  // The sentence being read is marked, and only that one.
  await expect(page.locator('.speaking')).toHaveCount(1);
  await expect(page.locator('.speaking')).toHaveText(CARD.title);
  // The controls: pause, go on, slower (the sentence again at the new speed), stop.
  await page.getByRole('button', { name: 'Pauze' }).click();
  expect(await speaking(page)).toBe(false);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Langzamer' }).click();
  await expect(page.getByRole('button', { name: 'Langzamer' })).toHaveAttribute('aria-pressed', 'true');
  said = await spoken(page);
  expect(said.map((s) => s.text)).toEqual([CARD.title, CARD.title, CARD.title]);
  expect(said[2].rate).toBeLessThan(1);
  await page.getByRole('button', { name: 'Langzamer' }).click();
  // Let it read to the end.
  await page.evaluate(() => { window.__speech.auto = true; window.__speech.end(); });
  await expect(page.getByRole('button', { name: 'Voorlezen' })).toBeVisible({ timeout: 20_000 });
  said = (await spoken(page)).slice(3);
  const shown = [
    CARD.title,
    ...CARD.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.text) : b.type === 'callout' ? ['Goed om te weten', b.text] : [b.text])),
    'Wie kan helpen?',
    ...CARD.help.map((h) => h.text),
  ];
  expect(norm(said.map((s) => s.text).join(' '))).toBe(norm(shown.join(' ')));
  // One sentence at a time, each in the card's language with the voice on the phone.
  expect(said.length).toBeGreaterThan(shown.length);
  for (const s of said) expect([s.lang, s.voice]).toEqual(['nl', 'Dutch here']);
  await expect(page.locator('.speaking')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('a voice that is not on the phone is never used, even when it is the only one; nor another language\'s voice', async ({ page }) => {
  await fakeSpeech(page, [DUTCH_ONLINE, ENGLISH]);
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto(`future/${CARD.id}`);
  await page.getByRole('button', { name: 'Voorlezen' }).click();
  const message = page.getByRole('status').filter({ hasText: 'Deze telefoon heeft geen stem voor Nederlands.' });
  await expect(message).toBeVisible();
  await expect(message).toContainText('Je kunt de tekst lezen.');
  await message.getByText('Een stem toevoegen').click();
  await expect(message).toContainText('Android: Instellingen > Tekst-naar-spraak');
  await expect(message).toContainText('iPhone: Instellingen > Toegankelijkheid > Gesproken materiaal > Stemmen.');
  expect(await spoken(page)).toEqual([]);
  // Me says why.
  await page.goto('me');
  await expect(page.getByText('Koers gebruikt alleen stemmen op de telefoon zelf.')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('a phone without any voice: the honest message, after waiting a moment for late voices', async ({ page }) => {
  await fakeSpeech(page, []);
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto(`future/${CARD.id}`);
  await page.getByRole('button', { name: 'Voorlezen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deze telefoon heeft geen stem voor Nederlands.' })).toBeVisible();
  expect(await spoken(page)).toEqual([]);
});

test('in Tigrinya without a Tigrinya voice: the honest message in Tigrinya on the Now card and a card, never an Amharic voice; a school finding can be heard in Dutch instead', async ({ page }) => {
  await fixToday(page);
  await fakeSpeech(page, [AMHARIC, DUTCH, ENGLISH]);
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'ti', birth: { y: 2009, m: 5, d: 14 },
    school: { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 9 }, internship: false, done: true } });
  await page.goto('timeline');
  const now = page.locator('section.now');
  await now.getByRole('button', { name: 'ብድምጺ ኣንብብ' }).click();
  const message = now.getByRole('status');
  await expect(message).toContainText('እዚ ተሌፎን ንቋንቋ ትግርኛ ድምጺ የብሉን።');
  await expect(message).toContainText('ነቲ ጽሑፍ ከተንብቦ ትኽእል ኢኻ።');
  await expect(now.locator('.read-aloud')).toHaveAttribute('lang', 'ti');
  expect(await spoken(page)).toEqual([]);

  // The card is in Tigrinya too: no Tigrinya voice, so the same honest message there, and nothing is read
  // (never the Amharic voice).
  await page.goto(`future/${CARD.id}`);
  await page.getByRole('button', { name: 'ብድምጺ ኣንብብ' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'እዚ ተሌፎን ንቋንቋ ትግርኛ ድምጺ የብሉን።' })).toBeVisible();
  expect(await spoken(page)).toEqual([]);

  // A school finding: no Tigrinya voice, so it offers Dutch and English (voices on this phone), and shows
  // the Dutch words it then reads.
  await page.goto('school');
  const finding = page.locator('ul.findings > li').first();
  await finding.getByRole('button', { name: 'ብድምጺ ኣንብብ' }).click();
  await expect(finding.getByRole('status')).toContainText('ትግርኛ');
  await finding.getByRole('button', { name: 'Nederlands' }).click();
  const dutch = finding.locator('.read-other[lang="nl"]');
  await expect(dutch).toBeVisible();
  // (A new page: the fake's record started again.)
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  const said = (await spoken(page))[0];
  expect([said.lang, said.voice]).toEqual(['nl', 'Dutch here']);
  await expect(dutch.locator('.speaking')).toHaveText(said.text);
  expect((await spoken(page)).some((s) => s.voice === 'Amharic here')).toBe(false);
  expect(app.consoleErrors).toEqual([]);
});

test('a conversation topic: each side is read in its own language with its own voice', async ({ page }) => {
  await fakeSpeech(page, [DUTCH, { name: 'Arabic here', lang: 'ar-SA', localService: true }]);
  const app = new Koers(page);
  await app.seed({ name: 'Sara', language: 'ar' });
  await page.goto('talk');
  await page.getByRole('button', { name: 'ابدأ المحادثة' }).click();
  const arabic = page.getByRole('region', { name: 'العربية' });
  const dutch = page.getByRole('region', { name: 'Nederlands' });
  await arabic.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  expect((await spoken(page))[0]).toMatchObject({ text: 'خطّي الزمني', lang: 'ar', voice: 'Arabic here' });
  await dutch.getByRole('button', { name: 'Voorlezen' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  expect((await spoken(page))[1]).toMatchObject({ text: 'Mijn tijdlijn', lang: 'nl', voice: 'Dutch here' });
  // One reading at a time: the Arabic side stopped.
  await expect(arabic.getByRole('button', { name: 'اقرأ بصوت عالٍ' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('quick exit stops the reading at once', async ({ page }) => {
  await fakeSpeech(page, [DUTCH]);
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto(`future/${CARD.id}`);
  await page.getByRole('button', { name: 'Voorlezen' }).click();
  await expect.poll(() => speaking(page)).toBe(true);
  const before = await cancels(page);
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await expect(page.locator('.exit-screen')).toBeVisible();
  expect(await speaking(page)).toBe(false);
  expect(await cancels(page)).toBeGreaterThan(before);
  const count = (await spoken(page)).length;
  await page.waitForTimeout(300);
  expect((await spoken(page)).length).toBe(count);
});

test('going to another screen stops the reading', async ({ page }) => {
  await fakeSpeech(page, [DUTCH]);
  const app = new Koers(page);
  await app.seed({ name: 'Sara' });
  await page.goto(`future/${CARD.id}`);
  await page.getByRole('button', { name: 'Voorlezen' }).click();
  await expect.poll(() => speaking(page)).toBe(true);
  const before = await cancels(page);
  await app.nav().getByRole('link', { name: 'Ik' }).click();
  await expect(app.heading()).toHaveText('Ik');
  expect(await speaking(page)).toBe(false);
  expect(await cancels(page)).toBeGreaterThan(before);
  await expect(page.locator('.speaking')).toHaveCount(0);
  const count = (await spoken(page)).length;
  await page.evaluate(() => window.__speech.end());
  await page.waitForTimeout(300);
  expect((await spoken(page)).length).toBe(count);
});
