// Screenshots of every screen at 360×740 (and other sizes via SIZES=WxH,...), in Dutch and Arabic,
// into screenshots/. Look at them. Usage: node scripts/screenshots.mjs  (after `make build`);
// other languages: LANGS=ti,ps,so node scripts/screenshots.mjs; large text (the phone's font size, in %):
// TEXT=200 SIZES=320x640 LANGS=nl,ar,ti node scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.mjs';
import { envelope, entry } from '../tests/e2e/koers.mjs';

const port = Number(process.env.SHOT_PORT || 8091);
const base = `http://127.0.0.1:${port}`;
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
mkdirSync('screenshots', { recursive: true });

const kinds = ['arrival', 'registration', 'interview', 'decision:not_yet_known', 'move:kwv', 'school:start', 'talk:voogd', 'good_moment', 'health'];
const titles = {
  nl: ['Aangekomen in Ter Apel', 'Asielaanvraag', 'Gehoor bij de IND', 'Wachten op de beslissing', 'Naar de kwv in Utrecht',
    'Begonnen op het ROC', 'Gesprek met mijn voogd', 'Verjaardag van Samir gevierd', 'Naar de tandarts'],
  ar: ['وصلت إلى Ter Apel', 'طلب اللجوء', 'المقابلة مع IND', 'أنتظر القرار', 'انتقلت إلى السكن في Utrecht',
    'بدأت في ROC', 'حديث مع الوصي', 'احتفلنا بعيد ميلاد سمير', 'عند طبيب الأسنان'],
};
function entries(lang, n) {
  return Array.from({ length: n }, (_, i) => {
    const year = 2023 + Math.floor((i * 3) / Math.max(n, 1));
    const e = entry(String(i + 1), (titles[lang] || titles.nl)[i % 9] + (n > 9 ? ` ${i + 1}` : ''), { y: year, m: (i % 12) + 1, d: (i % 27) + 1 },
      { kind: kinds[i % 9], private: i % 4 === 1, note: i % 3 === 0 ? 'Een notitie bij dit moment. '.repeat(i % 2 ? 1 : 8) : '' });
    return e;
  });
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const sizes = (process.env.SIZES || '360x740').split(',').map((s) => s.split('x').map(Number));
try {
  for (const [width, height] of sizes) {
    for (const lang of (process.env.LANGS || 'nl,ar').split(',')) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: lang });
      const page = await context.newPage();
      const text = Number(process.env.TEXT || 100);
      if (text !== 100) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * text / 100, fixed: 16 * text / 100 } });
      }
      await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
      page.on('console', (m) => { if (m.type() === 'error') console.log(`[${lang}] console error: ${m.text()}`); });
      // One PNG per screenful (at most 4), as a person scrolls: the fixed navigation stays where it is.
      const shot = async (name) => {
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let i = 0; i * height < total && i < 4; i++) {
          await page.evaluate((y) => window.scrollTo(0, y), i * height);
          await page.screenshot({ path: `screenshots/${width}${text !== 100 ? `-text${text}` : ''}-${lang}-${name}${i ? `-${i + 1}` : ''}.png` });
        }
        await page.evaluate(() => window.scrollTo(0, 0));
      };
      await page.goto(`${base}/`);
      await page.waitForSelector('h1');
      await shot('welcome');
      for (const [name, n, birth] of [['timeline-0', 0, null], ['timeline-0-born', 0, { y: 2010, m: 6, d: 1 }],
        ['timeline-5', 5, { y: 2010, m: 6, d: 1 }], ['timeline-200', 200, { y: 2009 }]]) {
        await page.evaluate((raw) => localStorage.setItem('koers.doc', raw),
          envelope({ name: lang === 'ar' ? 'سارة' : 'Sara', language: lang, birth, entries: entries(lang, n) }));
        await page.goto(`${base}/timeline`);
        await page.waitForSelector('h1');
        await shot(name);
      }
      await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), envelope({
        name: 'Sara', language: lang, birth: { y: 2009, m: 5, d: 14 },
        school: { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 9 }, end: { y: 2029 }, internship: true, done: true } }));
      await page.goto(`${base}/school`);
      await page.waitForSelector('.findings li');
      await shot('school-result');
      await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), envelope({ name: 'Sara', language: lang }));
      for (const route of ['timeline/new', 'school', 'future', 'future/voluntary-return', 'future/words', 'me/mentors', 'does-not-exist', 'me']) {
        await page.goto(`${base}/${route}`);
        await page.waitForSelector('h1');
        await shot(route.replace('/', '-'));
      }
      // The lock: set it in Me, then the lock screen after a reload.
      await page.locator('#lock-new').fill('groene fiets onder de brug');
      await page.locator('#lock-again').fill('groene fiets onder de brug');
      await page.locator('#lock-new').press('Enter');
      await page.waitForSelector('#lock-title ~ .notice-info', { timeout: 30_000 });
      await shot('me-locked');
      await page.reload();
      await page.waitForSelector('#unlock-pass');
      await shot('lock');
      // My plan, and a conversation in this language and the other (Dutch, or Arabic for a Dutch reader).
      const plan = JSON.parse(envelope({ name: 'Sara', language: lang, birth: { y: 2009, m: 5, d: 14 }, entries: entries(lang, 5),
        school: { residence: 'rejected', education: 'mbo_bol', start: { y: 2026, m: 9 }, end: { y: 2029 }, internship: true, done: true } }));
      plan.doc.questions = [
        { id: 'q1', link: 'finding:may_finish', text: '', to: 'mentor', asked: false, answer: '', created: '2026-11-01T00:00:00Z' },
        { id: 'q2', link: null, text: lang === 'ar' ? 'هل يمكنني التدريب في ورشة سيارات؟' : 'Mag ik stage lopen bij een garage?', to: 'school', asked: true, answer: 'Ja', created: '2026-11-01T00:00:00Z' },
      ];
      plan.doc.agreements = [{ id: 'a1', what: lang === 'ar' ? 'أحضر رسالة DUO' : 'Brief van DUO meenemen', who: 'mentor', by: { y: 2027, m: 3 }, done: false, created: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' }];
      plan.doc.goals = { learn: lang === 'ar' ? 'اللحام، ولغة هولندية أفضل' : 'Lassen, en beter Nederlands', need: '', more: '' };
      await page.evaluate((raw) => { localStorage.setItem('koers.doc', raw); sessionStorage.clear(); }, JSON.stringify(plan));
      await page.goto(`${base}/plan`);
      await page.waitForSelector('h1');
      await shot('plan');
      await page.goto(`${base}/talk`);
      await page.waitForSelector('.talk-setup');
      await page.getByRole('radio', { name: lang === 'nl' ? 'العربية' : 'Nederlands' }).check();
      await page.getByRole('checkbox', { name: lang === 'ar' ? 'VBL في Ter Apel' : 'De VBL in Ter Apel' }).check();
      await shot('talk-setup');
      await page.locator('.talk-setup button[type="submit"]').click();
      await page.waitForSelector('.talk-pair');
      for (const n of [1, 2, 3]) {
        await page.waitForTimeout(200);
        await shot(`talk-${n}`);
        if (n < 3) await page.locator('.talk-steps .button').last().click();
      }
      await page.locator('.talk-size').click();
      await shot('talk-3-large');
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log('screenshots written to screenshots/');
