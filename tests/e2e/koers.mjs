// A page object for Koers: how a user finds things (roles, labels), plus seeding stored data.
import { expect } from '@playwright/test';

import { ORIGIN } from './chromium.mjs';

export const ROUTES = ['timeline', 'school', 'future', 'me'];

export const HEADINGS = {
  nl: { timeline: 'Mijn tijdlijn', school: 'School na je 18e', future: 'Jouw toekomst', me: 'Ik', welcome: 'Welkom bij Koers' },
  ar: { timeline: 'خطّي الزمني', school: 'المدرسة بعد سن 18', future: 'مستقبلك', me: 'أنا', welcome: 'أهلًا بك في Koers' },
};

/** The stored envelope of a welcomed user, as the app writes it. */
export function envelope({ name = '', language = 'nl' } = {}) {
  return JSON.stringify({
    app: 'koers', schema: 1, saved_at: '2026-11-29T09:00:00.000Z', enc: null,
    doc: { profile: { name }, settings: { language, welcomed: true } },
  });
}

export class Koers {
  constructor(page) {
    this.page = page;
    this.consoleErrors = [];
    this.foreignRequests = [];
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
    page.context().on('request', (r) => {
      const url = new URL(r.url());
      if (!['http:', 'https:'].includes(url.protocol)) return; // blob:, data:
      if (url.origin !== ORIGIN) this.foreignRequests.push(r.url());
    });
  }

  /** Stores a welcomed user before the app starts. */
  async seed(opts) {
    await this.page.goto('/robots.txt');
    await this.page.evaluate((raw) => localStorage.setItem('koers.doc', raw), envelope(opts));
  }

  heading() { return this.page.getByRole('heading', { level: 1 }); }

  async open(route, lang = 'nl') {
    await this.page.goto(`/${route}`);
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
