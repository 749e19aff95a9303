// Hostile input everywhere (issue 17): XSS payloads, RTL overrides, isolates, zero-width characters and a
// 16 KB string, typed into every field a user can fill and brought in through an imported file. Each screen
// they reach is checked: no dialog ever opens, no element or event handler came from a payload, the text
// shows literally, and user text sits in `dir="auto"` (or between Unicode isolates inside our sentences).
// Also the calendar file (RFC 5545 escaping) and the backup copy (the same text, exactly). Lengths: a calm
// counter near the limit, `maxlength` at it, and an imported over-long text refuses the file whole.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Koers, fixToday } from './koers.mjs';
import { richDoc, seedDoc, backupFile, downloadCopy } from './backup-data.mjs';

const P = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  js: 'javascript:alert(1)',
  textarea: '</textarea><b>vet</b>',
  svg: '"><svg onload=alert(1)>',
  rtl: '\u202Ekcah\u202C \u2067iso \u2066open',
  zw: 'zw\u200Bsp\u200C\u200D\uFEFFace',
};
const ALL = Object.values(P);
/** A 16 KB string made of payloads. */
const BIG = (ALL.join(' ') + '\n').repeat(200).slice(0, 16 * 1024);
/** What marks a payload in the page's text. */
const MARKS = ['alert(1)', '</textarea>', '\u202E', '\u200B'];

/** Fails the test on any dialog (alert, confirm, prompt, print is not a dialog). */
function watchDialogs(page) {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  return dialogs;
}

/** Nothing came alive from a payload, and user text has its own direction. */
async function expectInert(page, dialogs, where) {
  const found = await page.evaluate((marks) => {
    const bad = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
      if (['IMG', 'B', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
      if (el.tagName === 'SCRIPT' && /alert/.test(el.textContent)) bad.push('SCRIPT alert');
      const href = el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action') || '';
      if (/^\s*(javascript|data|vbscript):/i.test(href)) bad.push(`${el.tagName} ${href}`);
    }
    const undirected = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!marks.some((m) => n.data.includes(m))) continue;
      const dir = n.parentElement.closest('[dir]');
      const own = dir && dir !== document.documentElement && dir.getAttribute('dir') === 'auto';
      const isolated = n.data.includes('\u2068') && n.data.includes('\u2069');
      if (!own && !isolated && !n.parentElement.closest('bdi')) undirected.push(`${n.parentElement.tagName}.${n.parentElement.className}: ${n.data.slice(0, 40)}`);
    }
    for (const f of document.querySelectorAll('input, textarea')) {
      if (marks.some((m) => f.value.includes(m)) && f.getAttribute('dir') !== 'auto') undirected.push(`${f.tagName}#${f.id}`);
    }
    return { bad, undirected, text: document.body.textContent };
  }, MARKS);
  expect(dialogs, `${where}: no dialog`).toEqual([]);
  expect(found.bad, `${where}: nothing from a payload came alive`).toEqual([]);
  expect(found.undirected, `${where}: user text in dir="auto"`).toEqual([]);
  expect(await page.evaluate(() => window.__pwned || 0), `${where}: no payload ran`).toBe(0);
  return found.text;
}

/** Counts calls of alert/confirm/prompt too (a dialog listener sees them only when they open). */
async function trapAlerts(page) {
  await page.addInitScript(() => {
    for (const f of ['alert', 'confirm', 'prompt']) {
      const original = window[f];
      window[f] = (...a) => { window.__pwned = (window.__pwned || 0) + 1; return original.apply(window, a); };
    }
  });
}

test('payloads typed into every field stay text: timeline, plan, conversation, overview, calendar file, copy', async ({ page }) => {
  test.setTimeout(90_000);
  await fixToday(page);
  await trapAlerts(page);
  const dialogs = watchDialogs(page);
  const app = new Koers(page);
  await app.seed({ name: '' });

  await app.open('me');
  const name = `${P.svg}${P.rtl}`;
  await page.getByLabel('Hoe wil je genoemd worden?').fill(name);
  await page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(page.getByText('Bewaard.')).toBeVisible();
  await expectInert(page, dialogs, 'me');

  await app.open('timeline');
  await page.getByRole('link', { name: /Iets toevoegen|Schrijf het op/ }).first().click();
  const title = `${P.img} ${P.rtl}`;
  const note = ALL.join('\n');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Notitie').fill(note);
  await expectInert(page, dialogs, 'entry form');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(app.heading()).toHaveText('Mijn tijdlijn');
  let text = await expectInert(page, dialogs, 'timeline');
  expect(text).toContain(title);
  expect(text).toContain(`Hoi ${name}!`);

  await app.open('plan');
  await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  const qForm = page.getByRole('form', { name: 'Nieuwe vraag' });
  await qForm.getByLabel('Mijn vraag').fill(P.script);
  await qForm.getByRole('button', { name: 'Bewaar vraag' }).click();
  await expect(page.getByText('Je vraag is bewaard.')).toBeVisible();
  // A second question, asked and answered (the first stays open, for the conversation).
  if (!(await qForm.isVisible())) await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  await qForm.getByLabel('Mijn vraag').fill(P.rtl);
  await qForm.getByRole('button', { name: 'Bewaar vraag' }).click();
  const question = page.getByRole('region', { name: 'Vragen die ik wil stellen' }).getByRole('listitem').filter({ hasText: 'kcah' });
  await question.getByRole('checkbox', { name: 'Ik heb dit gevraagd' }).check();
  await question.getByLabel('Wat was het antwoord?').fill(`${P.textarea} ${P.zw}`);
  await question.getByLabel('Wat was het antwoord?').blur();
  await page.getByRole('button', { name: 'Nieuwe afspraak' }).click();
  const aForm = page.getByRole('form', { name: 'Nieuwe afspraak' });
  const what = `${P.js}; a,b\\c ${P.rtl}`;
  await aForm.getByLabel('Wat spreken jullie af?').fill(what);
  const by = aForm.getByRole('group', { name: /Wanneer moet het klaar zijn/ });
  await by.getByLabel('Jaar').selectOption('2027');
  await aForm.getByRole('button', { name: 'Bewaar afspraak' }).click();
  await expect(page.getByText('Je afspraak is bewaard.')).toBeVisible();
  const goal = `${P.svg}\n${P.img}`;
  await page.getByLabel('Wat wil ik leren?').fill(goal);
  await page.getByRole('button', { name: 'Bewaar mijn doelen' }).click();
  await expect(page.getByText('Je doelen zijn bewaard.')).toBeVisible();
  text = await expectInert(page, dialogs, 'plan');
  for (const t of [P.script, what]) expect(text).toContain(t);

  // A conversation about the question; its summary on the timeline.
  await page.getByRole('link', { name: 'Laat zien in een gesprek' }).click();
  await page.getByRole('checkbox', { name: P.script }).check();
  await expectInert(page, dialogs, 'talk setup');
  await page.getByRole('button', { name: 'Begin het gesprek' }).click();
  await expect(app.heading()).toHaveText('In gesprek');
  for (let i = 0; i < 3 && await page.getByRole('button', { name: 'Volgende' }).isVisible(); i += 1) {
    await expectInert(page, dialogs, `talk topic ${i + 1}`);
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  text = await expectInert(page, dialogs, 'talk last topic');
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await expect(app.heading()).toHaveText('Mijn tijdlijn');
  text = await expectInert(page, dialogs, 'timeline after the talk');
  expect(text).toContain(`• ${P.script}`);
  expect(text).toContain(what);

  await page.goto('overview');
  await expect(app.heading()).toHaveText('Mijn overzicht');
  text = await expectInert(page, dialogs, 'overview');
  for (const t of [name, title, P.script, P.rtl, what, `${P.textarea} ${P.zw}`]) expect(text).toContain(t);
  expect(text).toContain(goal);

  await app.open('timeline');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda-bestand downloaden' }).click();
  const ics = await readFile(await (await download).path(), 'utf8');
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded).toContain(`SUMMARY:${P.js}\\; a\\,b\\\\c ${P.rtl}\r\n`);
  expect(unfolded.match(/BEGIN:VEVENT/g).length).toBe(unfolded.match(/SUMMARY:/g).length);

  await app.open('me');
  const copy = await downloadCopy(page);
  expect(copy.json.doc.profile.name).toBe(name);
  const mine = copy.json.doc.entries.find((e) => e.kind === 'good_moment');
  expect([mine.title, mine.note]).toEqual([title, note]);
  expect(copy.json.doc.questions.map((q) => [q.text, q.answer])).toEqual([[P.script, ''], [P.rtl, `${P.textarea} ${P.zw}`]]);
  expect(copy.json.doc.agreements[0].what).toBe(what);
  expect(copy.json.doc.goals.learn).toBe(goal);
  expect(app.consoleErrors).toEqual([]);
  expect(dialogs).toEqual([]);
});

/** A copy with a payload in every text field, and in ids, links and draft keys too. */
function hostileDoc() {
  const doc = richDoc({ name: P.svg });
  doc.entries[0].title = P.img;
  doc.entries[0].note = `${P.script}\n${P.rtl}\n${P.zw}`;
  doc.entries[1].private = false;
  doc.entries[1].title = P.textarea;
  doc.entries[1].id = '"><img src=x onerror=alert(1)>';
  doc.entries[2].title = P.js;
  doc.entries[2].note = BIG.slice(0, 5000);
  doc.questions = [
    { id: 'q1', link: P.js, text: P.svg, to: 'mentor', asked: true, answer: P.textarea, created: '2026-11-01T10:00:00Z' },
    { id: '<q2>', link: null, text: P.rtl, to: null, asked: false, answer: '', created: '2026-11-02T10:00:00Z' },
    { id: 'q3', link: 'card:vbl', text: `${P.img} ${P.zw}`, to: 'voogd', asked: false, answer: '', created: '2026-11-03T10:00:00Z' },
  ];
  doc.agreements[0].what = `${P.img}; ${P.rtl}`;
  doc.agreements[0].id = '</textarea>';
  doc.goals = { learn: P.script, need: P.svg, more: BIG.slice(0, 2000) };
  doc.drafts = { 'entry.new.title': P.img, 'entry.new.note': P.textarea };
  return doc;
}

test('an imported copy full of payloads stays text everywhere, and the copy made from it is the same', async ({ page }) => {
  test.setTimeout(90_000);
  await fixToday(page);
  await trapAlerts(page);
  const dialogs = watchDialogs(page);
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await app.open('me');
  const doc = hostileDoc();
  await page.getByLabel('Kies je kopie (.koers)').setInputFiles({ name: 'kopie.koers', mimeType: 'application/json', buffer: Buffer.from(backupFile(doc)) });
  const preview = page.getByRole('region', { name: 'Dit staat in de kopie' });
  await expectInert(page, dialogs, 'import preview');
  await preview.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.getByText('Klaar. Wat in de kopie staat, staat nu op je telefoon.')).toBeVisible();

  await app.open('timeline');
  let text = await expectInert(page, dialogs, 'timeline');
  for (const t of [P.img, P.textarea, P.js, P.script, P.rtl, P.zw, `${P.img}; ${P.rtl}`]) expect(text).toContain(t);
  // An entry whose id is a payload can still be opened and edited; its fields keep the text.
  await page.getByRole('region', { name: 'Mijn verhaal' }).getByRole('link', { name: `Bewerken: ${P.textarea}` }).click();
  await expect(app.heading()).toHaveText('Bewerken');
  await expect(page.getByLabel('Titel')).toHaveValue(P.textarea);
  await expectInert(page, dialogs, 'edit form');
  await app.open('timeline');
  await page.getByRole('link', { name: /Iets toevoegen|Schrijf het op/ }).first().click();
  await expect(page.getByLabel('Titel')).toHaveValue(P.img);
  await expect(page.getByLabel('Notitie')).toHaveValue(P.textarea);
  await expectInert(page, dialogs, 'add form with drafts');

  await app.open('plan');
  text = await expectInert(page, dialogs, 'plan');
  for (const t of [P.svg, P.rtl, `${P.img}; ${P.rtl}`]) expect(text).toContain(t);
  await expect(page.getByLabel('Wat was het antwoord?')).toHaveValue(P.textarea);
  await expect(page.getByLabel('Wat wil ik leren?')).toHaveValue(P.script);
  await expect(page.getByLabel('Wat wil ik nog meer?')).toHaveValue(BIG.slice(0, 2000));
  await page.getByRole('link', { name: 'Laat zien in een gesprek' }).click();
  await expectInert(page, dialogs, 'talk setup');
  // A question whose id is odd cannot be a topic (the session keeps known ids only); the others can.
  await page.getByRole('checkbox', { name: `${P.img} ${P.zw}` }).check();
  await page.getByRole('button', { name: 'Begin het gesprek' }).click();
  await expect(app.heading()).toHaveText('In gesprek');
  await expect(page.getByText('Onderwerp 1 van 2')).toBeVisible();
  await expectInert(page, dialogs, 'talk topic 1');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Onderwerp 2 van 2')).toBeVisible();
  text = await expectInert(page, dialogs, 'talk topic 2');
  expect(text).toContain(`${P.img} ${P.zw}`);

  await page.goto('overview');
  await expect(app.heading()).toHaveText('Mijn overzicht');
  await page.getByLabel('Privé-momenten ook laten zien').check();
  text = await expectInert(page, dialogs, 'overview');
  for (const t of [P.svg, P.img, P.js, P.textarea, P.script]) expect(text).toContain(t);
  expect(text.includes(BIG.slice(0, 5000)), 'the 5,000-letter note, whole').toBe(true);

  await app.open('me');
  const copy = await downloadCopy(page);
  const texts = (d) => ({
    name: d.profile.name,
    entries: d.entries.map((e) => [e.id, e.title, e.note]),
    questions: d.questions.map((q) => [q.id, q.link ?? null, q.text, q.answer ?? '']),
    agreements: d.agreements.map((a) => [a.id, a.what]),
    goals: d.goals,
    drafts: [d.drafts['entry.new.title'], d.drafts['entry.new.note']],
  });
  expect(texts(copy.json.doc)).toEqual(texts(doc));
  expect(app.consoleErrors).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('an imported text over its limit refuses the whole file calmly, and nothing changes', async ({ page }) => {
  const app = new Koers(page);
  await seedDoc(page, richDoc());
  await app.open('me');
  const before = await page.evaluate(() => localStorage.getItem('koers.doc'));
  for (const [field, change] of [
    ['16 KB note', (d) => { d.entries[0].note = BIG; }],
    ['201-letter title', (d) => { d.entries[0].title = 'ا'.repeat(201); }],
    ['61-letter name', (d) => { d.profile.name = 'x'.repeat(61); }],
    ['2001-letter goal', (d) => { d.goals.more = 'x'.repeat(2001); }],
  ]) {
    const doc = hostileDoc();
    change(doc);
    await page.getByLabel('Kies je kopie (.koers)').setInputFiles({ name: 'kopie.koers', mimeType: 'application/json', buffer: Buffer.from(backupFile(doc)) });
    const alert = page.locator('.import-problem');
    await expect(alert, field).toContainText('Een tekst in deze kopie is langer dan Koers bewaart.');
    await expect(alert, field).toContainText('Je gegevens zijn niet veranderd.');
    await expect(page.getByRole('region', { name: 'Dit staat in de kopie' })).toHaveCount(0);
  }
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => localStorage.getItem('koers.doc'))).toBe(before);
  expect(app.consoleErrors).toEqual([]);
});

test('every field stops at its limit and says so calmly, only close to it', async ({ page }) => {
  await fixToday(page);
  const app = new Koers(page);
  await app.seed({ name: '' });
  const fields = [
    ['me', 'Hoe wil je genoemd worden?', 60],
    ['plan', 'Wat wil ik leren?', 2000],
  ];
  for (const [route, label, max] of fields) {
    await page.goto(route);
    const field = page.getByLabel(label);
    const count = page.locator(`#${await field.getAttribute('id')}-count`);
    await expect(field).toHaveAttribute('maxlength', String(max));
    await expect(field).toHaveAttribute('dir', 'auto');
    await field.fill('kort');
    await expect(count, label).toBeHidden();
    await field.fill('x'.repeat(Math.ceil(max * 0.8) - 1));
    await expect(count, label).toBeHidden();
    await field.fill('x'.repeat(Math.ceil(max * 0.8)));
    await expect(count, label).toHaveText(`${Math.ceil(max * 0.8)} van ${max} letters`);
    await expect(field).toHaveAttribute('aria-describedby', new RegExp(`${await count.getAttribute('id')}`));
    await field.fill(BIG);
    // A one-line field turns the line breaks of what is pasted into spaces; then maxlength cuts.
    const oneLine = (await field.evaluate((e) => e.tagName)) === 'INPUT';
    expect(await field.inputValue(), label).toBe((oneLine ? BIG.replace(/\n/g, ' ') : BIG).slice(0, max));
    await expect(count, label).toHaveText(`${max} van ${max} letters. Meer past hier niet in.`);
    // Calm: the same quiet colour as the hints, not red.
    const [color, quiet] = await count.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(document.querySelector('.hint, .small')).color]);
    expect(color, label).toBe(quiet);
  }
  // Emoji count twice, as the browser's maxlength counts them: 30 of them fill a 60-letter name.
  await page.goto('me');
  await page.getByLabel('Hoe wil je genoemd worden?').fill('😀'.repeat(45));
  expect(await page.getByLabel('Hoe wil je genoemd worden?').inputValue()).toBe('😀'.repeat(30));
  await expect(page.locator('#me-name-count')).toHaveText('60 van 60 letters. Meer past hier niet in.');
  // The entry form has no maxlength, so a pasted text is never cut: the counter goes on, calmly, and
  // saving says the title is too long (timeline.spec checks that message) and keeps every letter.
  await page.goto('timeline/new');
  for (const [label, id, max] of [['Titel', 'entry-title', 200], ['Notitie', 'entry-note', 5000]]) {
    const field = page.getByLabel(label);
    await expect(field).not.toHaveAttribute('maxlength', /.*/);
    await expect(field).toHaveAttribute('dir', 'auto');
    await field.fill('x'.repeat(max * 0.8 - 1));
    await expect(page.locator(`#${id}-count`)).toBeHidden();
    await field.fill('x'.repeat(max));
    await expect(page.locator(`#${id}-count`)).toHaveText(`${max} van ${max} letters. Meer past hier niet in.`);
    await field.fill(BIG);
    expect((await field.inputValue()).length, label).toBe(BIG.length);
    await expect(page.locator(`#${id}-count`)).toHaveText(`${BIG.length} van ${max} letters`);
  }
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('De titel is te lang.')).toBeVisible();
  expect((await page.getByLabel('Titel').inputValue()).length).toBe(BIG.length);
  expect(app.consoleErrors).toEqual([]);
});
