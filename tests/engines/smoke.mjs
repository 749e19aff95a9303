// The main flows of Koers in the other two engines, over plain WebDriver: WebKitGTK (the engine of Safari,
// WebKitWebDriver + MiniBrowser under xvfb-run) and Firefox ESR (geckodriver). Drivers are given by path; nothing
// is downloaded. nginx serves the build with deploy/nginx.conf, so each engine also gets the real headers (CSP).
//   node tests/engines/smoke.mjs [webkit|firefox ...]   (default both; KOERS_DIST, ENGINE_PORT)
// Flows: first visit, welcome, add an entry, reload, the school check to its result, the install card (no
// install button without beforeinstallprompt; the iPhone steps with an iPhone user agent in Firefox), set a lock
// in Me, reload, unlock, Arabic gives dir=rtl. Screenshots of a failure go to target/engines/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDriver, Session } from './webdriver.mjs';
import * as page from './page.mjs';
import { start } from '../hosting/nginx.mjs';

const dist = resolve(process.env.KOERS_DIST || 'dist');
const port = Number(process.env.ENGINE_PORT || 8095);
const origin = `http://127.0.0.1:${port}`;
const engines = process.argv.slice(2).length ? process.argv.slice(2) : ['webkit', 'firefox'];
const out = resolve('target/engines');
mkdirSync(out, { recursive: true });

const GECKODRIVER = process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`;
const WEBKITDRIVER = process.env.WEBKITWEBDRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

// Firefox on a closed network: no update, telemetry, safe browsing or remote settings requests.
const quietFirefox = {
  'app.update.disabledForTesting': true, 'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false, 'browser.safebrowsing.downloads.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
  'app.normandy.enabled': false, 'browser.region.network.url': '', 'extensions.getAddons.cache.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/', 'network.dns.disablePrefetch': true,
  'intl.accept_languages': 'nl-NL, nl',
};

const ENGINES = {
  firefox: {
    need: [GECKODRIVER, '/usr/bin/firefox-esr'],
    driver: (p) => startDriver(GECKODRIVER, ['--port', String(p), '--host', '127.0.0.1', '--log', 'warn'], { port: p }),
    caps: (prefs = {}) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { ...quietFirefox, ...prefs } },
    }),
  },
  webkit: {
    need: [WEBKITDRIVER, MINIBROWSER, '/usr/bin/xvfb-run'],
    // WebKitGTK needs a display: xvfb-run gives it one (its bubblewrap sandbox stays on). No GPU: software drawing.
    driver: (p) => startDriver('/usr/bin/xvfb-run', ['-a', '-s', '-screen 0 1024x768x24', WEBKITDRIVER, `--port=${p}`], {
      port: p,
      env: { WEBKIT_DISABLE_COMPOSITING_MODE: '1', LIBGL_ALWAYS_SOFTWARE: '1' },
    }),
    caps: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};


async function step(s, engine, name, fn) {
  const t = Date.now();
  try {
    await fn();
    console.log(`  ok   ${engine}: ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    try {
      writeFileSync(`${out}/${engine}-failure.png`, Buffer.from(await s.screenshot(), 'base64'));
    } catch { /* no screenshot */ }
    const text = await s.run(() => document.body && document.body.innerText.slice(0, 600)).catch(() => '?');
    throw new Error(`${engine}: ${name}: ${e.message}\n  page text: ${JSON.stringify(text)}`);
  }
}

async function mainFlows(s, engine) {
  const PASS = 'groene fiets onder de brug';
  const TITLE = 'Eerste dag op het ROC';
  await step(s, engine, 'first visit shows the welcome', async () => {
    await s.go(`${origin}/`);
    await page.heading(s, 'Welkom bij Koers');
  });
  await step(s, engine, 'welcome: a name, then the timeline', async () => {
    await s.type(await page.byLabel(s, 'Hoe wil je genoemd worden?'), 'Sara');
    await s.click(await page.control(s, 'button', 'Beginnen'));
    await page.heading(s, 'Mijn tijdlijn');
  });
  await step(s, engine, 'add an entry', async () => {
    await s.click(await page.control(s, 'a', /Iets toevoegen|Schrijf het op/));
    await page.heading(s, 'Iets toevoegen');
    await s.type(await page.byLabel(s, 'Titel'), TITLE);
    await s.click(await page.control(s, 'button', 'Bewaren'));
    await page.heading(s, 'Mijn tijdlijn');
    await page.text(s, TITLE);
    await s.waitFor('the entry in localStorage', (t) => (localStorage.getItem('koers.doc') || '').includes(t), [TITLE]);
  });
  await step(s, engine, 'reload: the entry is still there', async () => {
    await s.refresh();
    await page.heading(s, 'Mijn tijdlijn');
    await page.text(s, TITLE);
  });
  await step(s, engine, 'service worker takes control', async () => {
    const r = await s.runAsync(() => ('serviceWorker' in navigator
      ? navigator.serviceWorker.ready.then(() => 'ready')
      : 'none'));
    if (r !== 'ready') throw new Error(`service worker: ${JSON.stringify(r)}`);
  });
  await step(s, engine, 'the school check to its result', async () => {
    await s.click(await page.control(s, 'a', 'School'));
    await page.heading(s, 'School na je 18e');
    await s.click(await page.control(s, 'button', 'Begin de check'));
    await page.text(s, 'Vraag 1 van 5');
    await s.click(await page.byLabel(s, 'Mijn aanvraag is afgewezen. Er loopt niets meer.'));
    await s.click(await page.control(s, 'button', 'Volgende'));
    await s.click(await page.byLabel(s, 'Mbo 2, 3 of 4, BOL (vooral op school)'));
    await s.click(await page.control(s, 'button', 'Volgende'));
    await page.select(s, 'Begin van de opleiding', 'Jaar', '2026');
    await page.select(s, 'Begin van de opleiding', 'Maand', 'september');
    await s.click(await page.control(s, 'button', 'Volgende'));
    await page.select(s, 'Einde van de opleiding', 'Jaar', '2029');
    await s.click(await page.control(s, 'button', 'Volgende'));
    await s.click(await page.byLabel(s, 'Ja'));
    await s.click(await page.control(s, 'button', 'Laat zien wat dit betekent'));
    await page.text(s, 'Wat dit voor jou betekent');
    await page.text(s, 'Tot je 18e moet je naar school.');
  });
  await step(s, engine, 'Me: the install card is honest (no install button without beforeinstallprompt)', async () => {
    await s.click(await page.control(s, 'a', 'Ik'));
    await page.heading(s, 'Ik');
    await page.text(s, 'Zet Koers op je telefoon');
    await page.text(s, 'Safari kan je gegevens wissen als Koers niet op je beginscherm staat');
    if (await page.has(s, 'button', 'Koers installeren')) throw new Error('an install button without beforeinstallprompt');
  });
  await step(s, engine, 'set a lock in Me (PBKDF2 600,000 + AES-GCM in this engine)', async () => {
    await s.type(await page.byLabel(s, 'Nieuwe wachtwoordzin'), PASS);
    await s.type(await page.byLabel(s, 'Typ de zin nog een keer'), PASS);
    await s.click(await page.control(s, 'button', 'Slot aanzetten'));
    await page.text(s, 'Het slot staat aan. Je gegevens op deze telefoon zijn versleuteld.', 60_000);
    const stored = await s.run(() => localStorage.getItem('koers.doc') || '');
    if (stored.includes(TITLE) || stored.includes('Sara') || !stored.includes('"enc":{')) {
      throw new Error('the stored document is not encrypted');
    }
  });
  await step(s, engine, 'reload: locked; unlock; the entry is back', async () => {
    await s.refresh();
    await page.heading(s, 'Koers is op slot');
    await s.type(await page.byLabel(s, 'Je wachtwoordzin'), PASS);
    await s.click(await page.control(s, 'button', 'Openen'));
    await page.gone(s, 'Koers is op slot', 60_000);
    await s.click(await page.control(s, 'a', 'Tijdlijn'));
    await page.heading(s, 'Mijn tijdlijn');
    await page.text(s, TITLE);
  });
  await step(s, engine, 'Arabic gives dir=rtl', async () => {
    await s.click(await page.control(s, 'a', 'Ik'));
    await page.heading(s, 'Ik');
    await s.click(await page.byLabel(s, 'العربية'));
    await s.waitFor('dir=rtl and lang=ar', () => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await page.heading(s, 'أنا');
  });
}

async function iphoneSteps(s, engine) {
  await step(s, engine, 'iPhone user agent: Me shows the Add to Home Screen steps', async () => {
    await s.go(`${origin}/`);
    await page.heading(s, 'Welkom bij Koers');
    await s.click(await page.control(s, 'button', 'Beginnen'));
    await page.heading(s, 'Mijn tijdlijn');
    await s.click(await page.control(s, 'a', 'Ik'));
    await page.text(s, 'Tik dan op Zet op beginscherm.');
    if (await page.has(s, 'button', 'Koers installeren')) throw new Error('an install button on iOS');
  });
}

async function run(engine) {
  const e = ENGINES[engine];
  if (!e) throw new Error(`unknown engine ${engine} (webkit, firefox)`);
  for (const f of e.need) if (!existsSync(f)) throw new Error(`${engine}: ${f} is missing (run scripts/setup.sh)`);
  const driverPort = port + 1 + Object.keys(ENGINES).indexOf(engine);
  const driver = await e.driver(driverPort);
  const t = Date.now();
  try {
    const s = await Session.create(driver.url, e.caps());
    s.prelude = page.PRELUDE;
    const v = s.capabilities.browserVersion;
    await s.cmd('POST', '/window/rect', { width: 400, height: 800 }).catch(() => {});
    console.log(`${engine}: ${s.capabilities.browserName} ${v}`);
    try { await mainFlows(s, engine); } finally { await s.quit().catch(() => {}); }
    if (engine === 'firefox') {
      const ios = await Session.create(driver.url, e.caps({ 'general.useragent.override': IPHONE_UA }));
      ios.prelude = page.PRELUDE;
      try { await iphoneSteps(ios, engine); } finally { await ios.quit().catch(() => {}); }
    }
    console.log(`${engine}: all flows passed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(driver.output().split('\n').slice(-30).join('\n'));
    throw err;
  } finally {
    await driver.stop();
  }
}

const server = await start(dist, port);
let failed = 0;
try {
  for (const engine of engines) {
    try { await run(engine); } catch (err) { failed++; console.error(`  FAIL ${err.message}`); }
  }
} finally {
  await server.stop();
}
console.log(`engines: ${engines.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
