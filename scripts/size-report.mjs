// Size report with a budget. A first visit fetches the page (HTML, JS, wasm, CSS, manifest, icon) and then
// the service worker precaches every file of the build, so the budget is on all files of dist/, brotli -q 11.
// Usage: node scripts/size-report.mjs [dist]   Fails (exit 1) above the budget.
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const BUDGET_FIRST_VISIT = 200 * 1024; // bytes, brotli. A budget to tighten, not a target.

const dir = process.argv[2] || 'dist';
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const rows = walk(dir).map((p) => {
  const data = readFileSync(p);
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file: relative(dir, p).split(sep).join('/'), raw: data.length, brotli: br };
}).sort((a, b) => b.brotli - a.brotli);

const total = rows.reduce((s, r) => s + r.brotli, 0);
const critical = rows.filter((r) => /\.(wasm|js|css|html)$/.test(r.file) && r.file !== 'sw.js');
const criticalTotal = critical.reduce((s, r) => s + r.brotli, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log('file'.padEnd(44), 'raw'.padStart(10), 'brotli'.padStart(10));
for (const r of rows) console.log(r.file.padEnd(44), kb(r.raw).padStart(10), kb(r.brotli).padStart(10));
console.log(`start-up (html, js, wasm, css): ${kb(criticalTotal)}`);
console.log(`first visit, all precached files: ${kb(total)} (budget ${kb(BUDGET_FIRST_VISIT)})`);

mkdirSync('target', { recursive: true });
writeFileSync('target/size-report.json', JSON.stringify({ total, criticalTotal, budget: BUDGET_FIRST_VISIT, rows }, null, 2));
if (total > BUDGET_FIRST_VISIT) {
  console.error(`size: over budget by ${kb(total - BUDGET_FIRST_VISIT)}`);
  process.exit(1);
}
