// Screenshots of every screen at 360×740, in Dutch and Arabic, into screenshots/. Look at them.
// Usage: node scripts/screenshots.mjs  (after `make build`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.mjs';

const port = 8091;
const base = `http://127.0.0.1:${port}`;
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const sizes = (process.env.SIZES || '360x740').split(',').map((s) => s.split('x').map(Number));
try {
  for (const [width, height] of sizes) {
    for (const lang of ['nl', 'ar']) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: lang });
      const page = await context.newPage();
      page.on('console', (m) => { if (m.type() === 'error') console.log(`[${lang}] console error: ${m.text()}`); });
      await page.goto(`${base}/`);
      await page.waitForSelector('h1');
      await page.screenshot({ path: `screenshots/${width}-${lang}-welcome.png`, fullPage: true });
      await page.getByRole('textbox').fill(lang === 'ar' ? 'سارة' : 'Sara');
      await page.locator('form button[type=submit]').click();
      for (const route of ['timeline', 'school', 'future', 'me']) {
        await page.goto(`${base}/${route}`);
        await page.waitForSelector('h1');
        await page.screenshot({ path: `screenshots/${width}-${lang}-${route}.png`, fullPage: true });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log('screenshots written to screenshots/');
