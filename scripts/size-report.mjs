// Size report with budgets (issue 11), brotli -q 11, what a user downloads:
// 1. start-up in one language: what the browser fetches before the first screen shows: index.html, the js,
//    the wasm and the css, plus that language's UI text. (The cards are fetched only when a card screen
//    opens; tests/e2e/startup.spec.mjs checks that the first screen fetches nothing else.) Printed beside it,
//    without a budget: the same with the language's cards, for a start that opens a card at once;
// 2. each language's own files (its cards and its UI text), one line per language;
// 3. the offline total: everything the service worker precaches, and sw.js itself.
// Usage: node scripts/size-report.mjs [dist]. Prints every figure on its own line; fails (exit 1) above a budget.
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const KB = 1024;
// Was 330 KB (300 raised by 10% when issues 5, 6 and 7 landed together). Issue 17 lowered it to what was
// reached plus 3%: nl 291.2 KB x 1.03 = 299.9 KB, so 300 KB, the ceiling issue 14 asks for in every language
// (docs/PERFORMANCE.md). The goal stays 250 KB.
const BUDGET_START_UP = 300 * KB; // per language
const BUDGET_LANGUAGE = 30 * KB; // each language's own files
const BUDGET_OFFLINE = 450 * KB; // everything precached

const dir = process.argv[2] || 'dist';
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
// NAME.br and NAME.gz (scripts/precompress.sh) are other encodings of NAME, not files of their own.
const rows = walk(dir).filter((p) => !/\.(br|gz)$/.test(p)).map((p) => {
  const data = readFileSync(p);
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file: relative(dir, p).split(sep).join('/'), raw: data.length, brotli: br };
}).sort((a, b) => b.brotli - a.brotli);
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const sum = (list) => list.reduce((s, r) => s + r.brotli, 0);

// A language's own files: its cards (content/<anything>.<lang>.json) and its UI text (text/<keys hash>/<lang>.txt).
const langOf = (file) => (file.match(/^content\/[^/]+\.([a-z]{2,3})\.json$/) || file.match(/^text\/[0-9a-f]+\/([a-z]{2,3})\.txt$/) || [])[1];
const languages = [...new Set(rows.map((r) => langOf(r.file)).filter(Boolean))].sort();
const core = rows.filter((r) => r.file === 'index.html' || (/\.(wasm|js|css)$/.test(r.file) && r.file !== 'sw.js'));

// The offline total is what sw.js precaches, plus sw.js; check that the list names real files.
const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
const listed = JSON.parse((sw.match(/const PRECACHE = (\[[\s\S]*?\]);/) || [])[1] || 'null');
if (!Array.isArray(listed)) { console.error('size: sw.js has no precache list'); process.exit(1); }
const precached = rows.filter((r) => r.file === 'sw.js' || listed.includes('/' + r.file));
if (precached.length !== listed.length + 1) { console.error('size: the precache list names files that are not in the build'); process.exit(1); }

console.log('file'.padEnd(44), 'raw'.padStart(10), 'brotli'.padStart(10));
for (const r of rows) console.log(r.file.padEnd(44), kb(r.raw).padStart(10), kb(r.brotli).padStart(10));
console.log('');
const failures = [];
const check = (label, bytes, budget) => {
  const over = bytes > budget;
  console.log(`${label}: ${kb(bytes)} (budget ${kb(budget)})${over ? ' OVER' : ''}`);
  if (over) failures.push(`${label} is over by ${kb(bytes - budget)}`);
};
const coreBytes = sum(core);
const startUp = {};
const isText = (file) => file.startsWith('text/');
for (const lang of languages) {
  const own = rows.filter((r) => langOf(r.file) === lang);
  startUp[lang] = coreBytes + sum(own.filter((r) => isText(r.file)));
  check(`start-up in ${lang}`, startUp[lang], BUDGET_START_UP);
}
for (const lang of languages) {
  console.log(`  start-up in ${lang} with its cards: ${kb(coreBytes + sum(rows.filter((r) => langOf(r.file) === lang)))} (no budget)`);
}
for (const lang of languages) check(`language ${lang}`, sum(rows.filter((r) => langOf(r.file) === lang)), BUDGET_LANGUAGE);
const offline = sum(precached);
check('offline total', offline, BUDGET_OFFLINE);

mkdirSync('target', { recursive: true });
writeFileSync('target/size-report.json', JSON.stringify({ core: coreBytes, startUp, offline, rows }, null, 2));
if (failures.length) {
  for (const f of failures) console.error(`size: ${f}`);
  process.exit(1);
}
