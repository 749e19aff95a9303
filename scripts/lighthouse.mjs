// Lighthouse 12 (npm, pinned) with Debian's Chromium, mobile settings (Lighthouse's default: a mid-range phone,
// simulated slow 4G), against the build served by nginx with deploy/nginx.conf. Writes the HTML and JSON report
// to reports/ and fails below the budgets. SEO is printed without a budget: Koers asks not to be indexed
// (robots.txt), on purpose. Usage: node scripts/lighthouse.mjs [dist] (LIGHTHOUSE_PORT)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { start } from '../tests/hosting/nginx.mjs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.mjs';

const BUDGETS = { performance: 0.9, accessibility: 1, 'best-practices': 0.95 };
const dist = resolve(process.argv[2] || 'dist');
const port = Number(process.env.LIGHTHOUSE_PORT || 8096);
const out = resolve('reports');
mkdirSync(out, { recursive: true });

// Lighthouse itself asks to run again after a trace it could not record (NO_NAVSTART on a busy machine): up to 3 tries.
const bin = resolve('node_modules/.bin/lighthouse');
if (!existsSync(bin)) { console.error('lighthouse: node_modules/.bin/lighthouse is missing (scripts/setup.sh installs it)'); process.exit(1); }
const server = await start(dist, port);
let report;
try {
  const flags = [...chromiumArgs, '--headless=new'].join(' ');
  for (let attempt = 1; attempt <= 3 && !report; attempt++) {
    rmSync(`${out}/lighthouse.report.json`, { force: true });
    const result = spawnSync(bin, [
      `http://127.0.0.1:${port}/`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=html', '--output=json', `--output-path=${out}/lighthouse`,
      `--chrome-flags=${flags}`, '--quiet',
    ], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromiumPath } });
    let r = null;
    try { r = JSON.parse(readFileSync(`${out}/lighthouse.report.json`, 'utf8')); } catch { /* no report */ }
    if (result.status === 0 && r && !r.runtimeError) report = r;
    else console.error(`lighthouse: try ${attempt} failed (${r?.runtimeError?.code || `exit ${result.status}`})`);
  }
} finally {
  await server.stop();
}
if (!report) process.exit(1);
let failed = 0;
for (const [id, cat] of Object.entries(report.categories)) {
  const budget = BUDGETS[id];
  const ok = budget === undefined || cat.score >= budget;
  if (!ok) failed++;
  console.log(`lighthouse: ${cat.title.padEnd(15)} ${cat.score.toFixed(2)}${budget === undefined ? '' : `  (budget ${budget.toFixed(2)})`}${ok ? '' : '  BELOW BUDGET'}`);
  if (!ok) {
    for (const ref of cat.auditRefs) {
      const a = report.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`    ${a.id}: ${a.score} ${a.displayValue || ''} ${a.title}`);
    }
  }
}
console.log(`lighthouse: report ${out}/lighthouse.report.html`);
process.exit(failed ? 1 : 0);
