// Faults with the lock off and on (issue 17): a full disk, blocked storage, two tabs and a wipe, a page closed at
// every step of an operation, backups that are newer or wrong, a passphrase with emoji and Arabic, a clock that
// jumps. Each ends with a message in the user's language and with the data as before (the app's own export, or the
// stored document opened by the app, compared before and after). docs/RELIABILITY.md has the matrix.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { BASE, BASE_URL } from './chromium.mjs';
import { Koers, entry, allowFaults, setFaults, sealText, openSealed, koersStorage } from './koers.mjs';
import { richDoc, seedDoc, backupFile } from './backup-data.mjs';

const PASS = 'groene fiets onder de brug';
const NEW_PASS = 'blauwe boot op het meer';
/** Emoji, Arabic (right to left) and Dutch in one passphrase. */
const WORLD_PASS = '🌙 قمر فوق البحر 🌊 en sterren ✨';
const SECRETS = ['Amira', 'Gehoor', 'Ter Apel', 'Koken'];

const LOCALES = Object.fromEntries(['nl', 'ar'].map((l) => [l, JSON.parse(readFileSync(`locales/${l}.json`, 'utf8'))]));
/** A text of the app in `lang`, such as t('nl', 'storage.full'). */
const t = (lang, path) => path.split('.').reduce((o, k) => o[k], LOCALES[lang]);

const MODES = [{ locked: false, label: 'lock off' }, { locked: true, label: 'lock on' }];

async function setLock(page, pass = PASS, lang = 'nl') {
  await page.getByLabel(t(lang, 'lock.new_pass')).fill(pass);
  await page.getByLabel(t(lang, 'lock.again')).fill(pass);
  await page.getByRole('button', { name: t(lang, 'lock.set') }).click();
  await expect(page.getByText(t(lang, 'lock.is_on'))).toBeVisible({ timeout: 30_000 });
}

async function unlock(page, pass = PASS, lang = 'nl') {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'lock.screen_title'));
  await page.getByLabel(t(lang, 'lock.passphrase')).fill(pass);
  await page.getByRole('button', { name: t(lang, 'lock.open'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(t(lang, 'lock.screen_title'), { timeout: 30_000 });
}

const toMe = (page, lang = 'nl') => page.getByRole('navigation').getByRole('link', { name: t(lang, 'nav.me') }).click();

/** The app's own "download a copy": the document it holds, as JSON (without the export time). */
async function exported(page, lang = 'nl') {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t(lang, 'me.backup_button'), exact: true }).click();
  return JSON.parse(await readFile(await (await download).path(), 'utf8')).doc;
}

/** A welcomed user with a rich document, in Me; with the lock on when `locked`. */
async function start(page, { locked, lang = 'nl', pass = PASS, doc = richDoc({ language: lang }) } = {}) {
  await seedDoc(page, doc);
  await page.goto('me');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'me.title'));
  if (locked) await setLock(page, pass, lang);
}

/** Reloads (what is in memory only is gone), unlocks, and gives the app's export of what was stored. */
async function storedExport(page, { locked, lang = 'nl', pass = PASS } = {}) {
  await page.goto('me');
  if (locked) await unlock(page, pass, lang);
  return exported(page, lang);
}

const chooseFile = (page, text, lang = 'nl') => page.getByLabel(t(lang, 'import.file_label'))
  .setInputFiles({ name: 'kopie.koers', mimeType: 'application/json', buffer: Buffer.from(text) });

const readable = (stored) => Object.entries(stored).filter(([, v]) => SECRETS.some((s) => v.includes(s))).map(([k]) => k);

// ---- A full disk

for (const { locked, label, lang } of [...MODES.map((m) => ({ ...m, lang: 'nl' })), { locked: true, label: 'lock on', lang: 'ar' }]) {
  test(`a full disk during a save (${label}, ${lang}): the message, the stored data unchanged, saved once there is room`, async ({ page }) => {
    const app = new Koers(page);
    await allowFaults(page);
    await start(page, { locked, lang });
    const before = await exported(page, lang);
    const stored = await koersStorage(page);
    await setFaults(page, { full: 'all' });
    await page.getByLabel(t(lang, 'me.name_label')).fill('Amira B');
    await page.getByRole('button', { name: t(lang, 'me.save_name') }).click();
    await expect(page.getByRole('alert').filter({ hasText: t(lang, 'storage.full') })).toBeVisible();
    await page.waitForTimeout(600);
    await expect(page.getByText(t(lang, 'me.saved'), { exact: true })).toHaveCount(0);
    expect(await koersStorage(page)).toEqual(stored);
    // The page closes with the disk still full: what is stored is exactly the data from before.
    expect(await storedExport(page, { locked, lang })).toEqual(before);
    // With room again, the same change is saved (encrypted when the lock is on).
    await page.getByLabel(t(lang, 'me.name_label')).fill('Amira B');
    await page.getByRole('button', { name: t(lang, 'me.save_name') }).click();
    await expect(page.getByText(t(lang, 'me.saved'), { exact: true })).toBeVisible();
    expect(readable(await koersStorage(page)).length > 0).toBe(!locked);
    expect((await storedExport(page, { locked, lang })).profile.name).toBe('Amira B');
    expect(app.consoleErrors).toEqual([]);
  });
}

for (const { locked, label } of MODES) {
  test(`a full disk during an import with "replace" (${label}): nothing changes, and it says so`, async ({ page }) => {
    const app = new Koers(page);
    await allowFaults(page);
    await start(page, { locked });
    const before = await exported(page);
    const stored = await koersStorage(page);
    const other = backupFile(richDoc({ name: 'Other', titles: ['Naar Utrecht', 'Eerste schooldag', 'Verjaardag'] }));
    // Full for everything: the data cannot even be kept aside first, so the import does not start.
    // Full for the document only: the copy aside fits, the document does not; the import is undone.
    for (const [full, message] of [['all', t('nl', 'import.keep_failed')], ['doc', t('nl', 'faults.import_full')]]) {
      await setFaults(page, { full });
      await chooseFile(page, other);
      await page.getByRole('button', { name: 'Vervangen' }).click();
      await expect(page.locator('.import-problem [role=alert]'), full).toContainText(message, { timeout: 20_000 });
      await expect(page.getByText(t('nl', 'import.done_replaced'))).toHaveCount(0);
      await page.waitForTimeout(600);
      expect(await koersStorage(page), full).toEqual(stored);
      expect(await exported(page), full).toEqual(before);
      await setFaults(page, {});
      // Nothing was kept aside: the preview is still there, to stop or try again.
      const stop = page.getByRole('button', { name: t('nl', 'import.cancel') });
      if (await stop.count()) await stop.click();
    }
    expect(await storedExport(page, { locked })).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
  });
}

// ---- Storage blocked (private mode)

test('storage blocked in a fresh profile, while another profile has a lock: the app runs in memory and says so', async ({ page, browser }) => {
  // Another profile on the same phone set a lock earlier.
  const other = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 360, height: 740 }, locale: 'nl-NL' });
  const otherPage = await other.newPage();
  await start(otherPage, { locked: true });
  await other.close();
  // This profile: localStorage throws on every access, as in some private windows.
  const app = new Koers(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Koers');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: t('nl', 'storage.in_memory') })).toBeVisible();
  // It works in memory: a name is kept while the page is open. No lock screen, nothing of the other profile.
  await page.getByRole('navigation').getByRole('link', { name: 'Ik' }).click();
  await page.getByLabel(t('nl', 'me.name_label')).fill('Yonas');
  await page.getByRole('button', { name: t('nl', 'me.save_name') }).click();
  await expect(page.getByLabel(t('nl', 'me.name_label'))).toHaveValue('Yonas');
  expect((await exported(page)).profile.name).toBe('Yonas');
  expect(app.consoleErrors).toEqual([]);
});

for (const { locked, label } of MODES) {
  test(`storage that reads but refuses every write (${label}): a message, and the stored data stays exactly as it was`, async ({ page }) => {
    const app = new Koers(page);
    await start(page, { locked });
    const before = await exported(page);
    const stored = await koersStorage(page);
    await page.addInitScript(() => {
      const no = () => { throw new DOMException('blocked', 'SecurityError'); };
      Storage.prototype.setItem = no;
      Storage.prototype.removeItem = no;
    });
    await page.goto('me');
    if (locked) await unlock(page);
    expect(await exported(page)).toEqual(before);
    await page.getByLabel(t('nl', 'me.name_label')).fill('Amira B');
    await page.getByRole('button', { name: t('nl', 'me.save_name') }).click();
    await expect(page.getByRole('alert').filter({ hasText: t('nl', 'storage.failed') })).toBeVisible();
    await expect(page.getByText(t('nl', 'me.saved'), { exact: true })).toHaveCount(0);
    // The change is still in the app, to download; what is stored did not change.
    expect((await exported(page)).profile.name).toBe('Amira B');
    expect(await koersStorage(page)).toEqual(stored);
    expect(app.consoleErrors).toEqual([]);
  });
}

// ---- Two tabs, one locked and one open; a third deletes everything

/** The names in the stored document and in every kept copy (each opened with `pass`). */
async function storedNames(page, pass = PASS) {
  const out = [];
  for (const [key, raw] of Object.entries(await koersStorage(page))) {
    if (key !== 'koers.doc' && !key.startsWith('koers.kept.')) continue;
    const text = JSON.parse(raw).enc ? await openSealed(pass, raw) : raw;
    // A sealed document holds the document itself; a plain one, and every kept copy, an envelope around it.
    const value = JSON.parse(text);
    out.push([key === 'koers.doc' ? 'doc' : 'kept', (typeof value.doc === 'object' ? value.doc : value).profile.name]);
  }
  return out;
}

async function saveName(page, name) {
  await page.getByLabel(t('nl', 'me.name_label')).fill(name);
  await page.getByRole('button', { name: t('nl', 'me.save_name') }).click();
}

test('two tabs, one locked and one open, both edit, then a third deletes everything: no work is silently lost, nothing comes back', async ({ context }) => {
  test.setTimeout(120_000);
  await allowFaults(context);
  const a = await context.newPage();
  const b = await context.newPage();
  const appA = new Koers(a);
  const appB = new Koers(b);
  await start(a, { locked: true });
  await b.goto('me');
  await unlock(b);
  // A locks; B edits and saves. A stays locked, then opens on B's version.
  await a.getByRole('button', { name: t('nl', 'lock.lock_now') }).click();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'lock.screen_title'));
  await saveName(b, 'Amira B');
  await expect(b.getByText(t('nl', 'me.saved'), { exact: true })).toBeVisible();
  await a.waitForTimeout(500);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'lock.screen_title'));
  await unlock(a);
  await expect(a.getByLabel(t('nl', 'me.name_label'))).toHaveValue('Amira B');

  // Both edit at once: B's change is not stored yet (its disk was full for a moment) when A's arrives.
  await setFaults(b, { full: 'doc' });
  await saveName(b, 'Amira van B');
  await expect(b.getByRole('alert').filter({ hasText: t('nl', 'storage.full') })).toBeVisible();
  await setFaults(b, {});
  await saveName(a, 'Amira van A');
  await expect(b.getByRole('alert').filter({ hasText: t('nl', 'storage.conflict') })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => storedNames(a), { timeout: 20_000 }).toEqual(expect.arrayContaining([['doc', 'Amira van A'], ['kept', 'Amira van B']]));

  // A's change cannot be stored (full), then A locks; B saves meanwhile. Unlocking A must not write A's
  // version over B's without a word: the newest stays, A's own is kept aside, and A says so.
  await setFaults(a, { full: 'doc' });
  await saveName(a, 'Amira weer van A');
  await expect(a.getByRole('alert').filter({ hasText: t('nl', 'storage.full') })).toBeVisible();
  await a.getByRole('button', { name: t('nl', 'lock.lock_now') }).click();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'lock.screen_title'));
  await setFaults(a, {});
  await b.getByRole('button', { name: t('nl', 'storage.close') }).click();
  await saveName(b, 'Amira weer van B');
  await expect(b.getByText(t('nl', 'me.saved'), { exact: true })).toBeVisible();
  await unlock(a);
  await expect(a.getByRole('alert').filter({ hasText: t('nl', 'storage.conflict') })).toBeVisible({ timeout: 20_000 });
  await a.waitForTimeout(1000);
  const names = await storedNames(a);
  expect(names).toContainEqual(['doc', 'Amira weer van B']);
  expect(names).toContainEqual(['kept', 'Amira weer van A']);
  await expect(b.getByLabel(t('nl', 'me.name_label'))).toHaveValue('Amira weer van B');

  // A locks again with a change it could not store; B has one too. A third tab deletes everything.
  await setFaults(a, { full: 'doc' });
  await saveName(a, 'Niet terugbrengen A');
  await a.getByRole('button', { name: t('nl', 'lock.lock_now') }).click();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'lock.screen_title'));
  await setFaults(b, { full: 'doc' });
  await saveName(b, 'Niet terugbrengen B');
  const c = await context.newPage();
  await c.goto('me');
  await unlock(c);
  await c.getByRole('button', { name: t('nl', 'me.wipe_button') }).click();
  await c.getByRole('button', { name: t('nl', 'me.wipe_yes') }).click();
  await expect(c.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Koers');
  // Both other tabs follow: the welcome, nothing of the old data, and nothing written back.
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Koers');
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Koers');
  await setFaults(a, {});
  await setFaults(b, {});
  for (const p of [a, b]) await p.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await a.waitForTimeout(1000);
  expect(await koersStorage(a)).toEqual({});
  await a.reload();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Koers');
  expect(await koersStorage(a)).toEqual({});
  expect([...appA.consoleErrors, ...appB.consoleErrors]).toEqual([]);
});

// ---- The page closed in the middle of an operation: a reload after each write, for every write

/** Runs `op` once to count its writes, then again in a fresh profile for every n, with the page "closed"
 * (reloaded, later writes dropped) right after the n-th write, and calls `check` on the reloaded page. */
async function crashAtEveryWrite(browser, { setup, op, check }) {
  const fresh = async () => {
    const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 360, height: 740 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await allowFaults(page);
    const info = await setup(page);
    await page.waitForTimeout(800); // let saves of the setup settle
    return { context, page, info };
  };
  const dry = await fresh();
  await setFaults(dry.page, {});
  await op(dry.page);
  await dry.page.waitForTimeout(1500);
  const writes = await dry.page.evaluate(() => window.__writes);
  const after = await dry.info.result(dry.page);
  await dry.context.close();
  expect(writes.length).toBeGreaterThan(0);
  for (let n = 1; n <= writes.length; n++) {
    const { context, page, info } = await fresh();
    await setFaults(page, { crashAt: n });
    await op(page).catch(() => {}); // the page may go away in the middle
    await expect.poll(() => page.evaluate(() => window.__faults.crashAt === 0 && document.readyState === 'complete').catch(() => false),
      { timeout: 20_000, message: `reload after write ${n} (${writes[n - 1]})` }).toBe(true);
    await check(page, { n, write: writes[n - 1], info, after });
    await context.close();
  }
  return writes;
}

async function keptOpened(page, pass) {
  const out = [];
  for (const [key, raw] of Object.entries(await koersStorage(page))) {
    if (!key.startsWith('koers.kept.')) continue;
    const text = JSON.parse(raw).enc ? (await openSealed(pass, raw)) ?? (await openSealed(NEW_PASS, raw)) : raw;
    out.push(text && JSON.parse(text).doc);
  }
  return out;
}

/** After a crash: the stored document is opened by the app (with whichever passphrase opens it). */
async function openedAfterCrash(page, passes) {
  const raw = (await koersStorage(page))['koers.doc'];
  if (!raw) return { doc: null };
  if (!JSON.parse(raw).enc) {
    await page.goto('me');
    return { doc: await exported(page), pass: null };
  }
  for (const pass of passes) {
    if (await openSealed(pass, raw)) {
      await page.goto('me');
      await unlock(page, pass);
      return { doc: await exported(page), pass };
    }
  }
  return { doc: 'no passphrase opens it' };
}

// The page-close tests reload after every single write, with a fresh profile and a real key each time
// (about 10 minutes together). They test storage, which does not depend on the path the app is served
// under, so they run once, at the root, not again in `make test-subpath`.
const atRootOnly = () => test.skip(BASE !== '/', 'storage only; run once, at the root');

const withKept = (doc) => async (page) => {
  await seedDoc(page, doc);
  await page.evaluate((raw) => localStorage.setItem('koers.kept.2026-11-01T10:00:00.000Z', raw),
    JSON.stringify({ app: 'koers', schema: 5, saved_at: '2026-11-01T10:00:00.000Z', enc: null, doc: richDoc({ name: 'Amira oud' }) }));
};

for (const [what, from, to] of [['setting the lock', null, PASS], ['changing the passphrase', PASS, NEW_PASS], ['removing the lock', PASS, null]]) {
  test(`the page closed at every step of ${what}: the old or the new passphrase opens everything, nothing lost`, async ({ browser }) => {
    atRootOnly();
    test.setTimeout(300_000);
    await crashAtEveryWrite(browser, {
      setup: async (page) => {
        await withKept(richDoc())(page);
        await page.goto('me');
        if (from) await setLock(page, from);
        const before = await exported(page);
        return { before, result: exported };
      },
      op: async (page) => {
        if (!from) {
          await page.getByLabel(t('nl', 'lock.new_pass')).fill(to);
          await page.getByLabel(t('nl', 'lock.again')).fill(to);
          await page.getByRole('button', { name: t('nl', 'lock.set') }).click();
          await expect(page.getByText(t('nl', 'lock.is_on'))).toBeVisible({ timeout: 30_000 });
          return;
        }
        await page.getByText(`${t('nl', 'lock.change')} / ${t('nl', 'lock.remove')}`).click();
        await page.getByLabel(t('nl', 'lock.current')).fill(from);
        if (to) {
          await page.locator('#lock-change-new').fill(to);
          await page.locator('#lock-change-again').fill(to);
          await page.getByRole('button', { name: t('nl', 'lock.change'), exact: true }).click();
        } else {
          await page.getByRole('button', { name: t('nl', 'lock.remove'), exact: true }).click();
        }
        await expect(page.getByText(to ? t('nl', 'lock.changed') : t('nl', 'lock.removed'))).toBeVisible({ timeout: 30_000 });
      },
      check: async (page, { n, write, info }) => {
        const at = `after write ${n} (${write})`;
        const { doc, pass } = await openedAfterCrash(page, [from, to].filter(Boolean));
        expect(doc, at).toEqual(info.before);
        // The kept copy is still there and opens (with the old or the new passphrase), never lost.
        const kept = await keptOpened(page, from ?? to);
        expect(kept.length, at).toBe(1);
        expect(kept[0]?.profile?.name, at).toBe('Amira oud');
        // With a lock on after the reload, no readable copy stays once it is open again.
        if (pass) {
          await page.waitForTimeout(1500);
          expect(readable(await koersStorage(page)), at).toEqual([]);
        }
      },
    });
  });
}

for (const { locked, label } of MODES) {
  test(`the page closed at every step of an import with "replace" (${label}): all old or all new, the old kept`, async ({ browser }) => {
    atRootOnly();
    test.setTimeout(300_000);
    const other = richDoc({ name: 'Other', titles: ['Naar Utrecht', 'Eerste schooldag', 'Verjaardag'] });
    await crashAtEveryWrite(browser, {
      setup: async (page) => {
        await start(page, { locked });
        return { before: await exported(page), result: exported };
      },
      op: async (page) => {
        await chooseFile(page, backupFile(other));
        await page.getByRole('button', { name: 'Vervangen' }).click();
        await expect(page.getByText(t('nl', 'import.done_replaced'))).toBeVisible({ timeout: 20_000 });
      },
      check: async (page, { n, write, info, after }) => {
        const at = `after write ${n} (${write})`;
        const { doc } = await openedAfterCrash(page, [PASS]);
        if (JSON.stringify(doc) === JSON.stringify(after)) {
          expect(await keptOpened(page, PASS), at).toContainEqual(info.before);
        } else {
          expect(doc, at).toEqual(info.before);
        }
      },
    });
  });

  test(`the page closed at every step of "delete everything" (${label}): all there, or all gone`, async ({ browser }) => {
    atRootOnly();
    test.setTimeout(300_000);
    await crashAtEveryWrite(browser, {
      setup: async (page) => {
        await withKept(richDoc())(page);
        await page.goto('me');
        if (locked) await setLock(page);
        return { before: await exported(page), kept: Object.keys(await koersStorage(page)).filter((k) => k.startsWith('koers.kept.')), result: koersStorage };
      },
      op: async (page) => {
        await page.getByRole('button', { name: t('nl', 'me.wipe_button') }).click();
        await page.getByRole('button', { name: t('nl', 'me.wipe_yes') }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Koers');
      },
      check: async (page, { n, write, info }) => {
        const at = `after write ${n} (${write})`;
        const stored = await koersStorage(page);
        if (!stored['koers.doc']) {
          // All gone: the welcome, and not one copy left behind.
          await page.goto('./');
          await expect(page.getByRole('heading', { level: 1 }), at).toHaveText('Welkom bij Koers');
          expect(await koersStorage(page), at).toEqual({});
        } else {
          // All there: the same data and the same kept copy.
          expect(Object.keys(stored).filter((k) => k.startsWith('koers.kept.')), at).toEqual(info.kept);
          expect((await openedAfterCrash(page, [PASS])).doc, at).toEqual(info.before);
        }
      },
    });
  });
}

// ---- Backups that are newer, or that open but are wrong; a passphrase in emoji and Arabic

const COPY_PASS = 'een ander wachtwoord voor de kopie';

for (const { locked, label } of MODES) {
  test(`a backup from a newer Koers, and a locked backup that opens but fails its checks (${label}): their own message, data unchanged`, async ({ page }) => {
    const app = new Koers(page);
    await start(page, { locked });
    const before = await exported(page);
    const stored = await koersStorage(page);
    const good = backupFile(richDoc({ name: 'Other' }));
    const newer = JSON.stringify({ format: 'koers-backup', version: 1, schema: 99, exported_at: '2031-01-01T00:00:00.000Z', enc: null, doc: { future: true } });
    const cases = [
      ['a newer schema', newer, 'import.err_too_new'],
      ['a newer file version', good.replace('"version":1', '"version":2'), 'import.err_too_new'],
      ['locked, a newer schema inside', await sealText(COPY_PASS, newer), 'import.err_too_new'],
      ['locked, twice the same id', await sealText(COPY_PASS, good.replace('"id":"2"', '"id":"1"')), 'import.err_invalid'],
      ['locked, wrong types', await sealText(COPY_PASS, good.replace('"private":true', '"private":"ja"')), 'import.err_invalid'],
      ['locked, an entry without a date', await sealText(COPY_PASS, good.replace(/"date":\{[^}]*\},/, '')), 'import.err_invalid'],
    ];
    for (const [what, text, message] of cases) {
      await chooseFile(page, text);
      if (text.includes('"enc":{')) {
        await page.getByLabel(t('nl', 'import.pass_label')).fill(COPY_PASS);
        await page.getByRole('button', { name: t('nl', 'import.open') }).click();
      }
      const problem = page.locator('.import-problem [role=alert]');
      await expect(problem, what).toContainText(t('nl', message), { timeout: 20_000 });
      await expect(problem, what).toContainText(t('nl', 'import.unchanged'));
      await expect(page.getByRole('region', { name: t('nl', 'import.preview_title') })).toHaveCount(0);
    }
    await page.waitForTimeout(600);
    expect(await koersStorage(page)).toEqual(stored);
    expect(await exported(page)).toEqual(before);
    expect(await storedExport(page, { locked })).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
  });
}

test('a passphrase with emoji and Arabic: set, lock, reload, unlock; a locked copy with it goes out and comes back identical', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new Koers(page);
  await start(page, { locked: true, pass: WORLD_PASS });
  const before = await exported(page);
  await page.getByRole('button', { name: t('nl', 'lock.lock_now') }).click();
  await unlock(page, WORLD_PASS);
  await page.reload();
  // The same words typed without the emoji do not open it.
  await page.getByLabel(t('nl', 'lock.passphrase')).fill('قمر فوق البحر en sterren');
  await page.getByRole('button', { name: t('nl', 'lock.open'), exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(t('nl', 'lock.wrong'), { timeout: 30_000 });
  await unlock(page, WORLD_PASS);
  expect(await exported(page)).toEqual(before);
  // What is stored opens with the passphrase's UTF-8 bytes, outside the app too.
  expect(JSON.parse(await openSealed(WORLD_PASS, (await koersStorage(page))['koers.doc']))).toEqual(before);
  // A locked copy with the same passphrase.
  await page.getByLabel(t('nl', 'import.lock_check')).check();
  await page.getByLabel(t('nl', 'import.pass_new')).fill(WORLD_PASS);
  await page.getByLabel(t('nl', 'import.pass_again')).fill(WORLD_PASS);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('nl', 'import.lock_button') }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  expect(JSON.parse(await openSealed(WORLD_PASS, file)).doc).toEqual(before);
  await page.getByLabel(t('nl', 'import.lock_check')).uncheck();
  // Change the data, then bring the locked copy back: identical to before.
  await saveName(page, 'Iemand anders');
  await expect(page.getByText(t('nl', 'me.saved'), { exact: true })).toBeVisible();
  await chooseFile(page, file);
  await page.getByLabel(t('nl', 'import.pass_label')).fill(WORLD_PASS);
  await page.getByRole('button', { name: t('nl', 'import.open') }).click();
  await page.getByRole('button', { name: 'Vervangen' }).click({ timeout: 20_000 });
  await expect(page.getByText(t('nl', 'import.done_replaced'))).toBeVisible();
  expect(await exported(page)).toEqual(before);
  expect(await storedExport(page, { locked: true, pass: WORLD_PASS })).toEqual(before);
  expect(app.consoleErrors).toEqual([]);
});

// ---- The clock years ahead, then back

test('a clock set years ahead, then back: milestones, auto-lock and "last checked" stay sane', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new Koers(page);
  await page.clock.install({ time: new Date('2026-12-10T10:00:00') });
  await start(page, { locked: true, doc: { ...richDoc(), profile: { name: 'Amira', birth: { y: 2010, m: 6, d: 1 }, arrival: null } } });
  const hide = (state) => page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, state);
  const nav = (name) => page.getByRole('navigation').getByRole('link', { name }).click();
  const stale = page.getByText(t('nl', 'cards2.stale')).first();
  const noNegative = async (where) => expect(await page.locator('main').innerText(), where).not.toMatch(/(^|\s)[-−]\s?\d/);
  await nav('Tijdlijn');
  const tips = await page.locator('.item-milestone').allInnerTexts();
  expect(tips.length).toBeGreaterThan(0);
  await nav('Toekomst');
  await expect(page.getByText(/^Gecontroleerd op /).first()).toBeVisible();
  await expect(stale).toHaveCount(0);

  // Five years ahead: the facts are old now, and say so; nothing shows a negative time.
  await page.clock.setSystemTime(new Date('2031-12-10T10:00:00'));
  await nav('Tijdlijn');
  await nav('Toekomst');
  await expect(stale).toBeVisible();
  await noNegative('future, 2031');
  await nav('Tijdlijn');
  await noNegative('timeline, 2031');
  await toMe(page);
  await saveName(page, 'Amira in 2031');
  await expect(page.getByText(t('nl', 'me.saved'), { exact: true })).toBeVisible();
  expect(JSON.parse((await koersStorage(page))['koers.doc']).saved_at).toMatch(/^2031-/);

  // Hidden while the clock goes back five years: coming back must still lock (the time away is unknown).
  await hide('hidden');
  await page.clock.setSystemTime(new Date('2026-12-10T10:10:00'));
  await hide('visible');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'lock.screen_title'));
  await unlock(page);

  // Back in 2026: the same tips as before, no stale note, and new saves carry today's date.
  await nav('Tijdlijn');
  expect(await page.locator('.item-milestone').allInnerTexts()).toEqual(tips);
  await noNegative('timeline, back in 2026');
  await nav('Toekomst');
  await expect(page.getByText(/^Gecontroleerd op /).first()).toBeVisible();
  await expect(stale).toHaveCount(0);
  await toMe(page);
  await saveName(page, 'Amira weer in 2026');
  await expect(page.getByText(t('nl', 'me.saved'), { exact: true })).toBeVisible();
  await expect.poll(async () => JSON.parse((await koersStorage(page))['koers.doc']).saved_at).toMatch(/^2026-12-10/);
  // Auto-lock still works: five minutes in the background.
  await hide('hidden');
  await page.clock.runFor(5 * 60_000 + 1000);
  await hide('visible');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'lock.screen_title'));
  await expect(page.getByText(/^Laatst opgeslagen op 10 december 2026 om/)).toBeVisible();
  await unlock(page);
  await expect(page.getByLabel(t('nl', 'me.name_label'))).toHaveValue('Amira weer in 2026');
  expect(app.consoleErrors).toEqual([]);
});
