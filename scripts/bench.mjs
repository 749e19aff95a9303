// Benchmark with budgets: 2,000 timeline entries in Debian's Chromium. Measures, from the app's own
// performance marks (src/pwa/perf.rs): loading the document from storage, the timeline's first render
// (component start to the next frame), and saves (5 per run, the first one included). Median over 9 runs.
// Fails above budget.
// Usage: node scripts/bench.mjs [dist]   Writes target/bench.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.mjs';
import { envelope, entry } from '../tests/e2e/koers.mjs';

const BUDGET = { render: 100, save: 10 }; // milliseconds, from issue 3
const RUNS = 9;
const N = 2000;
const dist = process.argv[2] || 'dist';
const port = 8093;
const base = `http://127.0.0.1:${port}`;
const server = spawn('node', ['scripts/serve.mjs', dist, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const kinds = ['arrival', 'interview', 'move:kwv', 'school:start', 'talk:voogd', 'good_moment', 'health', 'other'];
const entries = Array.from({ length: N }, (_, i) => entry(String(i + 1), `Moment ${i + 1}: iets dat gebeurde`,
  { y: 2016 + (i % 10), m: (i % 12) + 1, d: (i % 28) + 1 },
  { kind: kinds[i % kinds.length], private: i % 7 === 0, note: i % 3 ? '' : 'Een notitie bij dit moment, met wat meer woorden erin.' }));
const raw = envelope({ name: 'Bench', birth: { y: 2009, m: 5, d: 14 }, entries });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results = { load: [], render: [], save: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nl-NL', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}/robots.txt`);
    await page.evaluate((r) => localStorage.setItem('koers.doc', r), raw);
    await page.goto(`${base}/timeline`);
    await page.getByRole('region', { name: 'Mijn verhaal' }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('koers:timeline-render').length > 0);
    const measure = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1).duration, name);
    results.load.push(await measure('koers:load'));
    results.render.push(await measure('koers:timeline-render'));
    await page.getByRole('link', { name: 'Ik' }).click();
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => performance.clearMeasures('koers:save'));
      await page.getByLabel('Hoe wil je genoemd worden?').fill(`Bench ${run}.${i}`);
      await page.getByRole('button', { name: 'Naam bewaren' }).click();
      await page.waitForFunction(() => performance.getEntriesByName('koers:save').length > 0);
      results.save.push(await measure('koers:save'));
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const summary = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, +median(v).toFixed(1)]));
console.log(`bench: ${N} entries, medians over ${RUNS} runs (ms; saves: 5 a run): load ${summary.load}, first render ${summary.render}, save ${summary.save}`);
console.log(`bench: budgets (ms): first render <= ${BUDGET.render}, save <= ${BUDGET.save}`);
mkdirSync('target', { recursive: true });
writeFileSync('target/bench.json', JSON.stringify({ entries: N, runs: RUNS, median: summary, all: results, budget: BUDGET }, null, 2));
const over = Object.entries(BUDGET).filter(([k, b]) => summary[k] > b);
if (over.length) {
  console.error(`bench: over budget: ${over.map(([k, b]) => `${k} ${summary[k]} > ${b}`).join(', ')}`);
  process.exit(1);
}
