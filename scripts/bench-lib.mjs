// The steps of `make bench` (scripts/bench.mjs): the 2,000-entry document, one timeline run (unlocked or locked),
// setting the lock through the app's own screen, the offline restart and the cold throttled first visit. Times
// come from inside the page: the app's performance marks (src/pwa/perf.rs) and, for a start, `performance.now()`
// when the first screen's heading appears (relative to the navigation's time origin), never node's clock.
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.mjs';
import { envelope, entry } from '../tests/e2e/koers.mjs';

export const N = 2000;
export const PASS = 'groene fiets onder de brug';
const VIEW = { viewport: { width: 360, height: 740 }, locale: 'nl-NL' };
export const launch = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

let names = 0;
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The stored document: a welcomed user with `n` entries of every kind, some private, a third with a note. */
export function storedDocument(n = N) {
  const kinds = ['arrival', 'interview', 'move:kwv', 'school:start', 'talk:voogd', 'good_moment', 'health', 'other'];
  const entries = Array.from({ length: n }, (_, i) => entry(String(i + 1), `Moment ${i + 1}: iets dat gebeurde`,
    { y: 2016 + (i % 10), m: (i % 12) + 1, d: (i % 28) + 1 },
    { kind: kinds[i % kinds.length], private: i % 7 === 0, note: i % 3 ? '' : 'Een notitie bij dit moment, met wat meer woorden erin.' }));
  return envelope({ name: 'Bench', birth: { y: 2009, m: 5, d: 14 }, entries });
}

async function seed(page, base, raw) {
  await page.goto(`${base}/robots.txt`);
  await page.evaluate((r) => localStorage.setItem('koers.doc', r), raw);
}

const lastMeasure = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null, name);

/** One run on the timeline, with the service worker blocked: load, first render, then 5 saves of the name in Me.
 * With `pass`, the stored document is locked: the lock screen comes first and is opened with the passphrase;
 * load is then reading the locked envelope at start plus the unlock without its key derivation (`kdf`, apart). */
export async function timelineRun(browser, base, raw, pass) {
  const context = await browser.newContext({ ...VIEW, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await seed(page, base, raw);
    await page.goto(`${base}/timeline`);
    const out = { load: 0, render: 0, save: [] };
    if (pass) {
      await page.getByLabel('Je wachtwoordzin').fill(pass);
      await page.getByRole('button', { name: 'Openen' }).click();
    }
    await page.getByRole('region', { name: 'Mijn verhaal' }).waitFor({ timeout: 30_000 });
    // The first render: the screen's top (`timeline-render`) plus the story, drawn once the top is painted
    // (`line-render`). Their sum is the rendering work; the paint between them is not counted.
    await page.waitForFunction(() => ['koers:timeline-render', 'koers:line-render'].every((n) => performance.getEntriesByName(n).length > 0));
    out.load = await lastMeasure(page, 'koers:load');
    out.top = await lastMeasure(page, 'koers:timeline-render');
    out.line = await lastMeasure(page, 'koers:line-render');
    out.render = out.top + out.line;
    if (pass) {
      out.kdf = await lastMeasure(page, 'koers:kdf');
      out.unlock = await lastMeasure(page, 'koers:unlock');
      if (out.kdf === null || out.unlock === null) throw new Error('bench: no koers:kdf / koers:unlock mark (an old build?)');
      out.start = out.load;
      out.load = out.start + out.unlock - out.kdf;
    }
    await page.getByRole('link', { name: 'Ik' }).click();
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => performance.clearMeasures('koers:save'));
      await page.getByLabel('Hoe wil je genoemd worden?').fill(`Bench ${++names}`);
      await page.getByRole('button', { name: 'Naam bewaren' }).click();
      await page.waitForFunction(() => performance.getEntriesByName('koers:save').length > 0);
      out.save.push(await lastMeasure(page, 'koers:save'));
    }
    if (pass && !JSON.parse(await page.evaluate(() => localStorage.getItem('koers.doc'))).enc) {
      throw new Error('bench: the locked run saved without encryption');
    }
    return out;
  } finally {
    await context.close();
  }
}

/** `raw` with the lock set through Me, as a user does it: the locked envelope the app itself wrote. */
export async function lockedCopy(browser, base, raw, pass) {
  const context = await browser.newContext({ ...VIEW, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await seed(page, base, raw);
    await page.goto(`${base}/me`);
    await page.getByLabel('Nieuwe wachtwoordzin').fill(pass);
    await page.getByLabel('Typ de zin nog een keer').fill(pass);
    await page.getByRole('button', { name: 'Slot aanzetten' }).click();
    await page.getByText('Het slot staat aan. Je gegevens op deze telefoon zijn versleuteld.').waitFor({ timeout: 60_000 });
    const sealed = await page.evaluate(() => localStorage.getItem('koers.doc'));
    const env = JSON.parse(sealed);
    if (!env.enc || sealed.includes('Moment 1:')) throw new Error('bench: setting the lock did not store it encrypted');
    return sealed;
  } finally {
    await context.close();
  }
}

/** An init script: when the first `h1` with text is in the page and laid out, `window.__heading` gets its text and
 * `performance.now()` (ms since the navigation began) as `dom`. The probe also asks for the heading's Element Timing
 * (`elementtiming`, set before the heading is drawn): `paint` is the moment the browser painted it. `frame` is the
 * older, rougher measure: the end of the first task after the next frame, which also counts any work queued before it. */
function headingProbe() {
  const seen = {};
  // Told through the console: waiting on it costs the page nothing, where polling from Playwright would run its own
  // script in the page in the middle of the start it measures.
  const done = () => { if (seen.paint != null && seen.frame != null) console.info('koers-bench-heading', JSON.stringify(seen)); };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'koers-first-heading' && seen.paint == null) { seen.paint = e.renderTime; done(); }
  }).observe({ type: 'element', buffered: true });
  const look = (_, observer) => {
    const h1 = document.querySelector('h1');
    if (!h1 || !h1.textContent.trim() || !h1.getClientRects().length) return;
    observer.disconnect();
    // Element Timing reports the element whose own text is painted (here a span inside the h1).
    for (const e of [h1, ...h1.querySelectorAll('*')]) e.setAttribute('elementtiming', 'koers-first-heading');
    Object.assign(seen, { text: h1.textContent.trim(), dom: performance.now(), frame: null });
    requestAnimationFrame(() => setTimeout(() => { seen.frame = performance.now(); done(); }, 0));
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The probe's report (wait for it together with the navigation). */
function firstHeading(page, expected, timeout) {
  return page.waitForEvent('console', { predicate: (m) => m.text().startsWith('koers-bench-heading '), timeout })
    .then((m) => checkHeading(JSON.parse(m.text().slice('koers-bench-heading '.length)), expected));
}

function checkHeading(seen, expected) {
  if (seen.text !== expected) throw new Error(`bench: the first heading was "${seen.text}", not "${expected}"`);
  return seen;
}

/** Installs the app (service worker in control) in a browser profile of its own, with `raw` stored. */
export async function install(base, raw, profile) {
  rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, ...VIEW });
  try {
    const page = await context.newPage();
    await seed(page, base, raw);
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10_000 });
  } finally {
    await context.close();
  }
}

/** Where a start's time goes, from the page's own timings (ms since the navigation began). */
function startParts() {
  const end = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.responseEnd;
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
  return {
    index: performance.getEntriesByType('navigation')[0].responseEnd, // index.html from the service worker
    wasm: end(/_bg\.wasm$/), // the app's code
    text: end(/\/text\/.*\.txt$/), // the UI text, fetched once the code runs
    boot: mark('koers:load-start'), // the app opens storage
    timeline: mark('koers:timeline-start'), // the timeline begins to render
  };
}

/** A repeat start of the installed app, offline: the browser starts again on the same profile (its service worker
 * and caches from disk), goes offline, opens the app. Navigation to the timeline's heading, in ms. */
export async function offlineStart(base, profile) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, ...VIEW });
  try {
    await context.setOffline(true);
    await context.addInitScript(headingProbe);
    const page = await context.newPage();
    const [seen] = await Promise.all([firstHeading(page, 'Mijn tijdlijn', 15_000), page.goto(`${base}/`)]);
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) throw new Error('bench: offline start without the service worker');
    return { heading: seen.paint, ...(await page.evaluate(startParts)), dom: seen.dom, frame: seen.frame };
  } finally {
    await context.close();
  }
}

export const SLOW = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpu: 4 };

/** A first visit: a fresh context (no cache, no service worker yet), the network and CPU slowed through CDP.
 * Navigation to the welcome screen's heading, in ms. */
export async function coldStart(browser, base) {
  const context = await browser.newContext({ ...VIEW, serviceWorkers: 'allow' });
  try {
    await context.addInitScript(headingProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: SLOW.latency, downloadThroughput: SLOW.downloadThroughput, uploadThroughput: SLOW.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
    const [seen] = await Promise.all([firstHeading(page, 'Welkom bij Koers', 90_000), page.goto(`${base}/`, { timeout: 90_000 })]);
    return { heading: seen.paint, frame: seen.frame };
  } finally {
    await context.close();
  }
}
