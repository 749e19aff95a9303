// Bringing a copy back: a plain copy after "delete everything", a broken file, a locked copy on a new
// phone's welcome screen (offline afterwards), replace with undo, merge with "It is fine", and axe.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { BASE_URL } from './chromium.mjs';
import { Koers, HEADINGS, entry } from './koers.mjs';
import { richDoc, seedDoc, backupFile, downloadCopy } from './backup-data.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PASS = 'rode fiets in de regen';
const keptKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('koers.kept.')));
const storedRaw = (page) => page.evaluate(() => localStorage.getItem('koers.doc'));
const chooseFile = (page, files) => page.getByLabel('Kies je kopie (.koers)').setInputFiles(files);

test('export, delete everything, then bringing the copy back on the welcome screen restores identical data', async ({ page }) => {
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await app.open('me');
  const copy = await downloadCopy(page);
  expect(copy.name).toMatch(/^koers-\d{4}-\d\d-\d\d\.koers$/);

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(app.heading()).toHaveText(HEADINGS.nl.welcome);
  await page.getByRole('button', { name: 'Ik heb een Koers-kopie' }).click();
  await chooseFile(page, copy.path);
  const preview = page.getByRole('region', { name: 'Dit staat in de kopie' });
  await expect(preview.getByText('Momenten op je tijdlijn: 3')).toBeVisible();
  await expect(preview.getByText('Daarvan privé: 1')).toBeVisible();
  await expect(preview.getByText('Van september 2023 tot 1 september 2025')).toBeVisible();
  await expect(preview.getByText('Je plan of je antwoorden over school staan erin.')).toBeVisible();
  // Nothing is on this phone: one way in, no choice between replace and merge.
  await expect(preview.getByRole('button', { name: 'Vervangen' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Terugzetten' }).click();

  await expect(app.heading()).toHaveText(HEADINGS.nl.timeline);
  await expect(page.getByText('Hoi Amira!')).toBeVisible();
  expect((await app.storedDoc()).doc).toEqual(copy.json.doc);
  expect(await keptKeys(page)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

test('a broken file gets its own message and the data stays exactly as it was', async ({ page }) => {
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await app.open('me');
  const before = await storedRaw(page);
  const good = backupFile(richDoc());
  const files = [
    ['cut off', good.slice(0, good.length / 2), 'Dit bestand is kapot, of het is niet helemaal.'],
    ['empty', '', 'Dit bestand is leeg.'],
    ['a photo', 'JFIF not json at all', 'Dit bestand is kapot, of het is niet helemaal.'],
    ['another app', '{"format":"whatsapp-backup","version":1}', 'Dit is geen kopie van Koers.'],
    ['from a newer Koers', '{"format":"koers-backup","version":9,"doc":{}}', 'Deze kopie komt van een nieuwere Koers.'],
    ['twice the same id', good.replace('"id":"2"', '"id":"1"'), 'In deze kopie klopt iets niet.'],
    ['wrong types', good.replace('"private":true', '"private":"ja"'), 'In deze kopie klopt iets niet.'],
    ['too large', 'x'.repeat(5 * 1024 * 1024 + 1), 'Dit bestand is te groot.'],
  ];
  for (const [what, text, message] of files) {
    await chooseFile(page, { name: 'kopie.koers', mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.locator('.import-problem');
    await expect(alert, what).toContainText(message);
    await expect(alert, what).toContainText('Je gegevens zijn niet veranderd.');
    await expect(page.getByRole('region', { name: 'Dit staat in de kopie' })).toHaveCount(0);
  }
  await page.waitForTimeout(500); // longer than the save debounce
  expect(await storedRaw(page)).toBe(before);
  expect(await keptKeys(page)).toEqual([]);
  // The next good file clears the message.
  await chooseFile(page, { name: 'kopie.koers', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.getByText('Momenten op je tijdlijn: 3')).toBeVisible();
  await expect(page.locator('.import-problem')).toBeEmpty();
  expect(app.consoleErrors).toEqual([]);
});

test('a locked copy made in Me comes back on a new phone: welcome, passphrase, preview, restore, identical offline', async ({ page, context, browser }) => {
  // The old phone: make the copy with the app's own "put a passphrase on the copy".
  const old = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 360, height: 740 }, locale: 'nl-NL' });
  const oldPage = await old.newPage();
  const oldApp = new Koers(oldPage);
  await seedDoc(oldPage, richDoc());
  await oldApp.open('me');
  const plain = await downloadCopy(oldPage);
  await oldPage.getByLabel('Zet een wachtwoord op de kopie').check();
  await expect(oldPage.getByText('vergeet je het wachtwoord? Dan kan niemand de kopie nog openen.')).toBeVisible();
  await expect(oldPage.getByRole('button', { name: 'Kopie downloaden', exact: true })).toHaveCount(0);
  await oldPage.getByLabel('Wachtwoord voor de kopie').fill('kort');
  await oldPage.getByLabel('Nog een keer hetzelfde wachtwoord').fill('kort');
  await oldPage.getByRole('button', { name: 'Kopie op slot downloaden' }).click();
  await expect(oldPage.getByText('Het wachtwoord is te kort.')).toBeVisible();
  await oldPage.getByLabel('Wachtwoord voor de kopie').fill(PASS);
  await oldPage.getByLabel('Nog een keer hetzelfde wachtwoord').fill(`${PASS}!`);
  await oldPage.getByRole('button', { name: 'Kopie op slot downloaden' }).click();
  await expect(oldPage.getByText('De twee wachtwoorden zijn niet hetzelfde.')).toBeVisible();
  await oldPage.getByLabel('Nog een keer hetzelfde wachtwoord').fill(PASS);
  const download = oldPage.waitForEvent('download');
  await oldPage.getByRole('button', { name: 'Kopie op slot downloaden' }).click();
  const lockedFile = await download;
  expect(lockedFile.suggestedFilename()).toMatch(/^koers-\d{4}-\d\d-\d\d\.koers$/);
  const lockedPath = await lockedFile.path();
  const locked = await readFile(lockedPath, 'utf8');
  const envelope = JSON.parse(locked);
  expect(envelope.enc.kdf).toBe('PBKDF2-SHA256');
  // The document is only base64 ciphertext (no JSON, so no readable text); the header holds no personal text.
  // (Searching the base64 itself for a short word fails by chance: "IOM" is three base64 letters.)
  expect(envelope.doc).toMatch(/^[A-Za-z0-9+/]+=*$/);
  const header = JSON.stringify({ ...envelope, doc: null });
  for (const secret of ['Amira', 'Gehoor', 'IOM', 'Koken', 'stage']) expect(header).not.toContain(secret);
  await expect(oldPage.getByText('De kopie op slot is gedownload.')).toBeVisible();
  expect(oldApp.consoleErrors).toEqual([]);
  await old.close();

  // The new phone: a fresh profile.
  const app = new Koers(page);
  await page.goto('./');
  await expect(app.heading()).toHaveText(HEADINGS.nl.welcome);
  await app.waitForServiceWorkerControl();
  // Bringing a copy back works offline, from the first screen on.
  await context.setOffline(true);
  await page.reload();
  await expect(app.heading()).toHaveText(HEADINGS.nl.welcome);
  await page.getByRole('button', { name: 'Ik heb een Koers-kopie' }).click();
  // (The old phone's download is gone with its context: the bytes are passed on.)
  await chooseFile(page, { name: lockedFile.suggestedFilename(), mimeType: 'application/octet-stream', buffer: Buffer.from(locked) });
  await expect(page.getByRole('heading', { name: 'Deze kopie is op slot' })).toBeVisible();
  await page.getByLabel('Wachtwoord van de kopie').fill('blauwe fiets in de zon');
  await page.getByRole('button', { name: 'Kopie openen' }).click();
  await expect(page.getByText('Dit wachtwoord past niet bij deze kopie. Probeer het opnieuw.')).toBeVisible({ timeout: 20_000 });
  // A wrong passphrase changes nothing: still the welcome, still nothing stored.
  await expect(app.heading()).toHaveText(HEADINGS.nl.welcome);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('koers.')))).toEqual([]);
  await page.getByLabel('Wachtwoord van de kopie').fill(PASS);
  await page.getByRole('button', { name: 'Kopie openen' }).click();
  const preview = page.getByRole('region', { name: 'Dit staat in de kopie' });
  await expect(preview.getByText('Momenten op je tijdlijn: 3')).toBeVisible({ timeout: 20_000 });
  await preview.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(app.heading()).toHaveText(HEADINGS.nl.timeline);

  await page.reload();
  await expect(app.heading()).toHaveText(HEADINGS.nl.timeline);
  await expect(page.getByRole('heading', { name: 'Begonnen op het ROC' }).first()).toBeVisible();
  await app.open('me');
  const after = await downloadCopy(page);
  expect(after.json.doc).toEqual(plain.json.doc);
  expect(after.json.doc.entries.map((e) => e.title)).toEqual(['Aangekomen in Ter Apel', 'Gehoor bij de IND', 'Begonnen op het ROC']);
  expect(after.json.doc.school).toEqual(plain.json.doc.school);
  expect(after.json.doc.agreements[0].what).toBe('Bellen met IOM');
  expect(app.consoleErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});

test('replace keeps the old data aside; Undo brings it back and removes the kept copy', async ({ page }) => {
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await app.open('me');
  const mine = await downloadCopy(page);
  const other = richDoc({ name: 'Other', titles: ['Naar Utrecht', 'Eerste schooldag', 'Verjaardag'] });
  other.questions = [];
  await chooseFile(page, { name: 'other.koers', mimeType: 'application/json', buffer: Buffer.from(backupFile(other)) });
  const preview = page.getByRole('region', { name: 'Dit staat in de kopie' });
  await expect(preview.getByRole('button', { name: 'Vervangen' })).toBeVisible();
  await expect(preview.getByText('Alles op deze telefoon wordt wat in de kopie staat.')).toBeVisible();
  await expect(preview.getByText('Je houdt wat je hebt. Wat nieuw is in de kopie, komt erbij.')).toBeVisible();
  await preview.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.getByText('Klaar. Wat in de kopie staat, staat nu op je telefoon.')).toBeVisible();
  const replaced = (await app.storedDoc()).doc;
  expect(replaced.entries.map((e) => e.title)).toEqual(['Naar Utrecht', 'Eerste schooldag', 'Verjaardag']);
  expect(replaced.questions).toEqual([]);
  const kept = await keptKeys(page);
  expect(kept.length).toBe(1);
  const keptDoc = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).doc, kept[0]);
  expect(keptDoc).toEqual(mine.json.doc);

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Je oude gegevens zijn terug.')).toBeVisible();
  expect((await app.storedDoc()).doc).toEqual(mine.json.doc);
  expect(await keptKeys(page)).toEqual([]);
  await page.reload();
  expect((await app.storedDoc()).doc).toEqual(mine.json.doc);
  expect(app.consoleErrors).toEqual([]);
});

test('merge adds what is new and keeps what is here; "It is fine" removes the kept copy', async ({ page }) => {
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await app.open('me');
  const other = richDoc({ name: 'Other' });
  other.entries = [entry('9', 'Diploma gehaald', { y: 2026, m: 7 }, { kind: 'school:diploma' })];
  await chooseFile(page, { name: 'other.koers', mimeType: 'application/json', buffer: Buffer.from(backupFile(other)) });
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByText('Klaar. De kopie is samengevoegd met je gegevens.')).toBeVisible();
  const merged = (await app.storedDoc()).doc;
  expect(merged.profile.name).toBe('Amira');
  expect(merged.entries.map((e) => e.title)).toEqual(['Aangekomen in Ter Apel', 'Gehoor bij de IND', 'Begonnen op het ROC', 'Diploma gehaald']);
  expect((await keptKeys(page)).length).toBe(1);
  await page.getByRole('button', { name: 'Het is goed' }).click();
  await expect(page.getByText('Goed. De oude gegevens zijn weg.')).toBeVisible();
  expect(await keptKeys(page)).toEqual([]);
  expect((await app.storedDoc()).doc.entries.length).toBe(4);
  expect(app.consoleErrors).toEqual([]);
});

for (const lang of ['nl', 'ar']) {
  test(`axe finds nothing on Me with the lock open, on the import preview, on an error and on a wrong passphrase in ${lang}`, async ({ page }) => {
    const app = new Koers(page);
    await seedDoc(page, richDoc({ language: lang }));
    await app.open('me', lang);
    await page.getByRole('checkbox', { name: lang === 'nl' ? 'Zet een wachtwoord op de kopie' : 'ضع كلمة مرور على النسخة' }).check();
    await expect(page.locator('.locked-copy')).toBeVisible();
    let { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations).toEqual([]);
    // Make a locked copy, for the passphrase step below.
    await page.locator('#copy-pass').fill(PASS);
    await page.locator('#copy-pass-again').fill(PASS);
    const download = page.waitForEvent('download');
    await page.locator('.locked-copy button[type=submit]').click();
    const lockedPath = await (await download).path();

    await page.locator('#import-file').setInputFiles({ name: 'c.koers', mimeType: 'application/json', buffer: Buffer.from(backupFile(richDoc())) });
    await expect(page.locator('.import-preview')).toBeVisible();
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations).toEqual([]);

    await page.locator('.import-preview .button-quiet').click();
    await page.locator('#import-file').setInputFiles({ name: 'c.koers', mimeType: 'application/json', buffer: Buffer.from('') });
    await expect(page.locator('.import-problem .notice')).toBeVisible();
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations).toEqual([]);

    await page.locator('#import-file').setInputFiles(lockedPath);
    await page.locator('#import-pass').fill('niet dit wachtwoord');
    await page.locator('.import-flow button[type=submit]').click();
    await expect(page.locator('#import-pass-error')).not.toBeEmpty({ timeout: 20_000 });
    await expect(page.locator('#import-pass')).toHaveAttribute('aria-invalid', 'true');
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
}

test('axe finds nothing on the welcome screen with "I have a Koers copy" open, and on its preview, in Arabic', async ({ page }) => {
  const app = new Koers(page);
  await page.goto('robots.txt');
  await page.evaluate(() => localStorage.setItem('koers.doc', JSON.stringify({
    app: 'koers', schema: 1, saved_at: 'x', enc: null, doc: { profile: { name: '' }, settings: { language: 'ar', welcomed: false } },
  })));
  await page.goto('./');
  await expect(app.heading()).toHaveText(HEADINGS.ar.welcome);
  await page.getByRole('button', { name: 'لدي نسخة من Koers' }).click();
  await expect(page.getByRole('button', { name: 'لدي نسخة من Koers' })).toHaveAttribute('aria-expanded', 'true');
  let { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations).toEqual([]);
  await page.locator('#import-file').setInputFiles({ name: 'c.koers', mimeType: 'application/json', buffer: Buffer.from(backupFile(richDoc({ language: 'ar' }))) });
  await expect(page.getByRole('button', { name: 'استرجاع', exact: true })).toBeVisible();
  ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
  expect(violations).toEqual([]);
  await page.getByRole('button', { name: 'استرجاع', exact: true }).click();
  await expect(app.heading()).toHaveText(HEADINGS.ar.timeline);
  expect(app.consoleErrors).toEqual([]);
});
