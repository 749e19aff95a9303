// Screenshots of every screen at 360×740 (and other sizes via SIZES=WxH,...), in Dutch and Arabic,
// into screenshots/. Look at them. Usage: node scripts/screenshots.mjs  (after `make build`);
// other languages: LANGS=ti,ps,so node scripts/screenshots.mjs; large text (the phone's font size, in %):
// TEXT=200 SIZES=320x640 LANGS=nl,ar,ti node scripts/screenshots.mjs
// CHECK=1 also prints what is wider than the screen or cut off in its box; MAX=8 takes up to 8 screenfuls.
// Screens: welcome (and its "I have a copy"), timeline (empty, 5, 200), new and edit entry, school (intro,
// the five questions, result), future, a card (and with "Dutch beside it" on), words, mentors, not found,
// Me, import preview, Me locked, the lock screen, plan, overview (with the Dutch, and as printed),
// conversation setup and a conversation in two languages.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.mjs';
import { envelope, entry } from '../tests/e2e/koers.mjs';
import { backupFile, richDoc } from '../tests/e2e/backup-data.mjs';

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
  ti: ['ኣብ Ter Apel በጺሐ', 'ሕቶ ዑቕባ', 'ቃለ-መሕተት ምስ IND', 'ንውሳነ እጽበ ኣለኹ', 'ናብ kwv ኣብ Utrecht', 'ኣብ ROC ጀሚረ',
    'ዝርርብ ምስ ኣላዪየይ (voogd)', 'ልደት ሳሚር ኣብዒልና', 'ናብ ሓኪም ስኒ'],
  ps: ['Ter Apel ته ورسېدم', 'د پناه غوښتنه', 'له IND سره مرکه', 'د پرېکړې انتظار', 'په Utrecht کې kwv ته لاړم',
    'په ROC کې مې پیل وکړ', 'له خپل ساتونکي (voogd) سره خبرې', 'د سمیر د زوکړې ورځ مو ولمانځله', 'د غاښونو ډاکټر ته'],
  so: ['Waxaan yimid Ter Apel', 'Codsiga magangelyada', 'Wareysiga IND', "Sugitaanka go'aanka", 'U guuritaanka kwv ee Utrecht',
    'Waxaan bilaabay ROC', 'Wadahadal aan la yeeshay wakiilkayga sharciga (voogd)', 'Dabbaaldegga dhalashada Samiir', 'Dhakhtarka ilkaha'],
};
// The plan's own words (a question, an agreement, a goal), as a young person would type them.
const planText = {
  nl: ['Mag ik stage lopen bij een garage?', 'Brief van DUO meenemen', 'Lassen, en beter Nederlands'],
  ar: ['هل يمكنني التدريب في ورشة سيارات؟', 'أحضر رسالة DUO', 'اللحام، ولغة هولندية أفضل'],
  ti: ['ኣብ ጋራጅ ልምምድ ክገብር ይኽእል ድየ?', 'ደብዳበ DUO ምምጻእ', 'ብየዳ፡ ከምኡ’ውን ዝሓሸ ሆላንድኛ'],
  ps: ['ایا زه کولی شم په ګراج کې عملي زده کړه وکړم؟', 'د DUO لیک له ځانه سره راوړم', 'ویلډنګ، او ښه هالنډي ژبه'],
  so: ['Ma tababar ka qaadan karaa garaash?', 'Keen warqadda DUO', 'Alxanka, iyo Nederlands ka wanaagsan'],
};
const names = { ar: 'سارة', ps: 'سارا', ti: 'ሳራ' };
const cardTitle = (lang, id) => JSON.parse(readFileSync(`content/cards.${lang}.json`, 'utf8')).cards.find((c) => c.id === id).title;
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
      // One PNG per screenful (at most MAX, 4 unless told), as a person scrolls: the fixed navigation stays put.
      const max = Number(process.env.MAX || 4);
      const shot = async (name) => {
        if (process.env.CHECK) {
          // Anything wider than the screen, or text cut off inside its box (the bottom menu scrolls on purpose).
          const found = await page.evaluate(() => {
            const out = [];
            const vw = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > vw) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
            for (const el of document.querySelectorAll('body *')) {
              if (el.closest('.visually-hidden, .bottom-nav, svg') || !el.getClientRects().length) continue;
              const r = el.getBoundingClientRect();
              const cs = getComputedStyle(el);
              const what = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent || '').trim().slice(0, 40)}"`;
              if (r.right > vw + 1 || r.left < -1) out.push(`${what} sticks out (${Math.round(r.left)}..${Math.round(r.right)})`);
              else if (cs.display !== 'inline') {
                if (el.clientWidth && el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'auto' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName))
                  out.push(`${what} ${cs.overflowX === 'visible' ? 'spills over its box' : 'cut off'} (${el.scrollWidth} > ${el.clientWidth})`);
              }
            }
            return out;
          });
          for (const f of found) console.log(`[${width} ${lang} ${name}] ${f}`);
        }
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let i = 0; i * height < total && i < max; i++) {
          await page.evaluate((y) => window.scrollTo(0, y), i * height);
          await page.screenshot({ path: `screenshots/${width}${text !== 100 ? `-text${text}` : ''}-${lang}-${name}${i ? `-${i + 1}` : ''}.png` });
        }
        await page.evaluate(() => window.scrollTo(0, 0));
      };
      await page.goto(`${base}/`);
      await page.waitForSelector('h1');
      await shot('welcome');
      await page.locator('.welcome-copy > button').click();
      await page.waitForSelector('#import-file');
      await shot('welcome-copy');
      for (const [name, n, birth] of [['timeline-0', 0, null], ['timeline-0-born', 0, { y: 2010, m: 6, d: 1 }],
        ['timeline-5', 5, { y: 2010, m: 6, d: 1 }], ['timeline-200', 200, { y: 2009 }]]) {
        await page.evaluate((raw) => localStorage.setItem('koers.doc', raw),
          envelope({ name: names[lang] || 'Sara', language: lang, birth, entries: entries(lang, n) }));
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
      await page.evaluate((raw) => localStorage.setItem('koers.doc', raw), envelope({ name: names[lang] || 'Sara', language: lang, entries: entries(lang, 3) }));
      for (const route of ['timeline/new', 'timeline/edit/1', 'school', 'future', 'future/voluntary-return', 'future/words', 'me/mentors', 'does-not-exist', 'me']) {
        await page.goto(`${base}/${route}`);
        await page.waitForSelector('h1');
        await shot(route.replaceAll('/', '-'));
        if (route === 'school') {
          // The check, one question at a time.
          await page.locator('.page > .button-wide').click();
          for (let q = 1; q <= 5; q++) {
            await page.waitForSelector('.check fieldset, .check .question');
            await shot(`school-q${q}`);
            if (q < 5) await page.locator('.check-buttons .button').last().click();
          }
        }
        if (route === 'future/voluntary-return' && lang !== 'nl') {
          await page.locator('.dutch-toggle').click();
          await page.waitForSelector('.explainer .nl-below');
          await shot('future-voluntary-return-nl');
        }
      }
      // Bringing back a copy (in Me): what is in it, before replace or merge.
      const [q, a, g] = planText[lang] || planText.nl;
      const copy = richDoc({ name: names[lang] || 'Amira', language: lang, titles: (titles[lang] || titles.nl).slice(0, 3) });
      Object.assign(copy.questions[0], { text: q }); Object.assign(copy.agreements[0], { what: a }); copy.goals.learn = g;
      await page.locator('#import-file').setInputFiles({ name: 'koers-2026-11-29.koers', mimeType: 'application/json', buffer: Buffer.from(backupFile(copy)) });
      await page.waitForSelector('.import-preview');
      await page.locator('.import-preview').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/${width}${text !== 100 ? `-text${text}` : ''}-${lang}-import-preview.png` });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.reload();
      await page.waitForSelector('#lock-new');
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
        { id: 'q2', link: null, text: (planText[lang] || planText.nl)[0], to: 'school', asked: true, answer: 'Ja', created: '2026-11-01T00:00:00Z' },
      ];
      plan.doc.agreements = [{ id: 'a1', what: (planText[lang] || planText.nl)[1], who: 'mentor', by: { y: 2027, m: 3 }, done: false, created: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' }];
      plan.doc.goals = { learn: (planText[lang] || planText.nl)[2], need: '', more: '' };
      await page.evaluate((raw) => { localStorage.setItem('koers.doc', raw); sessionStorage.clear(); }, JSON.stringify(plan));
      await page.goto(`${base}/plan`);
      await page.waitForSelector('h1');
      await shot('plan');
      await page.goto(`${base}/overview`);
      await page.waitForSelector('.overview');
      await shot('overview');
      if (lang !== 'nl') {
        await page.locator('.overview-controls input[type="checkbox"]').last().check();
        await shot('overview-nl');
      }
      await page.emulateMedia({ media: 'print' });
      await shot('overview-print');
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${base}/talk`);
      await page.waitForSelector('.talk-setup');
      await page.getByRole('radio', { name: lang === 'nl' ? 'العربية' : 'Nederlands' }).check();
      await page.getByRole('checkbox', { name: cardTitle(lang, 'vbl') }).check();
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
