// A page object for Koers: how a user finds things (roles, labels), plus seeding stored data.
import { expect } from '@playwright/test';

import { ORIGIN } from './chromium.mjs';

export const ROUTES = ['timeline', 'school', 'future', 'plan', 'me'];

export const HEADINGS = {
  nl: { timeline: 'Mijn tijdlijn', school: 'School na je 18e', future: 'Jouw toekomst', plan: 'Mijn plan', me: 'Ik', welcome: 'Welkom bij Koers' },
  ar: { timeline: 'خطّي الزمني', school: 'المدرسة بعد سن 18', future: 'مستقبلك', plan: 'خطتي', me: 'أنا', welcome: 'أهلًا بك في Koers' },
};

/** The stored envelope of a welcomed user, as the app writes it (schema 5). */
export function envelope({ name = '', language = 'nl', birth = null, entries = [], school = {} } = {}) {
  return JSON.stringify({
    app: 'koers', schema: 5, saved_at: '2026-11-29T09:00:00.000Z', enc: null,
    doc: {
      profile: { name, birth, arrival: null }, settings: { language, welcomed: true },
      entries, deleted: [], dismissed: [], school, questions: [],
    },
  });
}

/** A stored timeline entry. `date` is `{y, m?, d?}`. */
export function entry(id, title, date, { kind = 'good_moment', note = '', private: priv = false } = {}) {
  return { id, kind, date, title, note, private: priv, created: `2026-01-01T00:00:${id.padStart(2, '0').slice(-2)}Z`, updated: 'x' };
}

/** Lets a test make the disk "full": from then on, writing the document throws QuotaExceededError. */
export async function allowFullDisk(page) {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__diskFull && key === 'koers.doc') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
}

export async function setDiskFull(page, full) {
  await page.evaluate((f) => { window.__diskFull = f; }, full);
}

/** The facts an explainer card rests on: the union of its blocks, list items, option parts and help lines
 * (what its sources list), in that order, each once. */
export const cardFacts = (card) => {
  const out = [];
  const add = (ids = []) => ids.forEach((id) => { if (!out.includes(id)) out.push(id); });
  for (const b of card.blocks) { add(b.facts); (b.items || []).forEach((i) => add(i.facts)); }
  for (const part of ['means', 'need', 'who']) if (card[part]?.text) add(card[part].facts);
  (card.help || []).forEach((h) => add(h.facts));
  return out;
};

/** Freezes the app's clock on 29 November 2026, so milestones are the same every day the tests run. */
export async function fixToday(page) {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
}

export class Koers {
  constructor(page) {
    this.page = page;
    this.consoleErrors = [];
    this.foreignRequests = [];
    page.on('console', (m) => {
      // Seeding visits /robots.txt, a plain-text page for which Chromium itself asks /favicon.ico. Not Koers.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
    page.context().on('request', (r) => {
      const url = new URL(r.url());
      if (!['http:', 'https:'].includes(url.protocol)) return; // blob:, data:
      if (url.origin !== ORIGIN) this.foreignRequests.push(r.url());
    });
  }

  /** Stores a welcomed user before the app starts. */
  async seed(opts) {
    await this.page.goto('robots.txt');
    await this.page.evaluate((raw) => localStorage.setItem('koers.doc', raw), envelope(opts));
  }

  heading() { return this.page.getByRole('heading', { level: 1 }); }

  async open(route, lang = 'nl') {
    await this.page.goto(`${route}`);
    await expect(this.heading()).toHaveText(HEADINGS[lang][route]);
  }

  async storedDoc() {
    return this.page.evaluate(() => JSON.parse(localStorage.getItem('koers.doc') || 'null'));
  }

  async waitForServiceWorkerControl() {
    await this.page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await this.page.evaluate(() => !!navigator.serviceWorker.controller))) {
      await this.page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10_000 });
    }
  }

  nav() { return this.page.getByRole('navigation'); }
}

// ---- Faults (issue 17): storage that fails or "crashes", and the lock's envelope read in Node.

/** Storage faults, set per page with `setFaults`: `full: 'doc'` makes writing the document throw
 * QuotaExceededError, `full: 'all'` every write of a `koers.*` key; `crashAt: n` lets the n-th write (setItem or
 * removeItem of localStorage) after `setFaults` happen, then drops every later write and reloads the page, as if
 * the phone closed it right there. `window.__writes` lists the writes, to count an operation's steps. */
export async function allowFaults(page) {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    const remove = Storage.prototype.removeItem;
    window.__faults = { full: false, crashAt: 0 };
    window.__writes = [];
    let frozen = false;
    const write = function (kind, original, key, args) {
      if (this !== window.localStorage) return original.apply(this, args);
      if (frozen) return undefined;
      const { full, crashAt } = window.__faults;
      if (kind === 'set' && (full === 'all' && key.startsWith('koers.') || full === 'doc' && key === 'koers.doc')) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      const out = original.apply(this, args);
      window.__writes.push(`${kind} ${key}`);
      if (crashAt && window.__writes.length === crashAt) {
        frozen = true;
        window.location.reload();
      }
      return out;
    };
    Storage.prototype.setItem = function (key, value) { return write.call(this, 'set', set, key, [key, value]); };
    Storage.prototype.removeItem = function (key) { return write.call(this, 'remove', remove, key, [key]); };
  });
}

export async function setFaults(page, faults) {
  await page.evaluate((f) => { window.__faults = { full: false, crashAt: 0, ...f }; window.__writes = []; }, faults);
}

const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const unb64 = (text) => new Uint8Array(Buffer.from(text, 'base64'));
const aad = (schema, iter, salt) => `koers|${schema}|PBKDF2-SHA256|${iter}|${salt}|AES-GCM-256`;

async function keyFor(pass, salt, iter) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(pass), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: iter }, base,
    { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** A locked envelope as Koers writes it (store/sealed.rs), around any text: for locked copies in tests. */
export async function sealText(pass, plain, { schema = 5, savedAt = '2026-11-29T10:00:00.000Z' } = {}) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const [iv, checkIv] = [crypto.getRandomValues(new Uint8Array(12)), crypto.getRandomValues(new Uint8Array(12))];
  const key = await keyFor(pass, salt, 600000);
  const header = aad(schema, 600000, b64(salt));
  const check = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: checkIv, additionalData: new TextEncoder().encode(header) }, key, new TextEncoder().encode('koers')));
  const doc = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`${header}|${savedAt}`) }, key, new TextEncoder().encode(plain));
  return JSON.stringify({ app: 'koers', schema, saved_at: savedAt,
    enc: { kdf: 'PBKDF2-SHA256', iter: 600000, salt: b64(salt), cipher: 'AES-GCM-256', iv: b64(iv), check: b64([...checkIv, ...check]) },
    doc: b64(new Uint8Array(doc)) });
}

/** Opens a locked envelope with `pass`: its text, or null when the passphrase does not open it. */
export async function openSealed(pass, raw) {
  const env = JSON.parse(raw);
  const key = await keyFor(pass, unb64(env.enc.salt), env.enc.iter);
  const header = aad(env.schema, env.enc.iter, env.enc.salt);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(env.enc.iv), additionalData: new TextEncoder().encode(`${header}|${env.saved_at}`) }, key, unb64(env.doc));
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

/** Every `koers.*` value in localStorage. */
export async function koersStorage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('koers.')).sort().map((k) => [k, localStorage.getItem(k)])));
}
