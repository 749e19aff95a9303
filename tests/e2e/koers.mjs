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
