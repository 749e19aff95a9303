// Trunk post-build hook. Works on TRUNK_STAGING_DIR:
// 1. puts the sha256 of each inline <script> (Trunk's wasm loader) into the CSP <meta>, so no 'unsafe-inline';
// 2. writes the service worker's precache list (every file of this build) and a build id into sw.js.
// 3. (first) writes the UI text of each language, `text/<keys hash>/<lang>.txt`: the strings of
//    locales/<lang>.json in the order of build.rs (every `section.key` of nl.json, sorted), joined by NUL.
// Fails the build when a placeholder is missing, so a broken CSP or SW never ships.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { mkdirSync } from 'node:fs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');

const fail = (msg) => { console.error(`post-build: ${msg}`); process.exit(1); };

// 3. The text files (before the precache list, which must include them). The same key list and hash as build.rs.
const flat = (o) => Object.entries(o).filter(([k]) => k !== '_meta').flatMap(([k, v]) =>
  typeof v === 'string' ? [[k, v]] : Object.entries(v).map(([k2, v2]) => [`${k}.${k2}`, v2]));
const locales = readdirSync('locales').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const source = new Map(flat(JSON.parse(readFileSync('locales/nl.json', 'utf8'))));
const keys = [...source.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
let h = 0xcbf29ce484222325n;
for (const key of keys) {
  for (const b of Buffer.from(`${key}\n`, 'utf8')) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
}
const keysHash = h.toString(16).padStart(16, '0');
mkdirSync(join(dir, 'text', keysHash), { recursive: true });
for (const lang of locales) {
  const table = new Map(flat(JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8'))));
  const texts = keys.map((k) => {
    if (!table.has(k)) fail(`locales/${lang}.json lacks ${k}`);
    return table.get(k);
  });
  writeFileSync(join(dir, 'text', keysHash, `${lang}.txt`), texts.join('\0'));
}

// 1. CSP hashes of inline scripts.
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) fail('no inline loader script found in index.html');
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
if (!html.includes('__LOADER_HASHES__')) fail('index.html has no __LOADER_HASHES__ placeholder in its CSP');
html = html.replace('__LOADER_HASHES__', hashes.join(' '));
writeFileSync(indexPath, html);

// 2. Precache list: every file in the build except the service worker itself.
const walk = (d) => readdirSync(d).flatMap((name) => {
  const p = join(d, name);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const files = walk(dir)
  .map((p) => '/' + relative(dir, p).split(sep).join('/'))
  .filter((url) => url !== '/sw.js')
  .sort();
const fileHash = (url) => createHash('sha256').update(readFileSync(join(dir, url))).digest('hex');
const swPath = join(dir, 'sw.js');
let sw = readFileSync(swPath, 'utf8');
// The build id covers every file and the service worker's own code, so a change in either is a new version.
const build = createHash('sha256')
  .update(files.map((url) => `${url} ${fileHash(url)}`).join('\n'))
  .update(sw)
  .digest('hex')
  .slice(0, 16);

if (!sw.includes("'__KOERS_BUILD__'") || !sw.includes('/* __KOERS_PRECACHE__ */ []')) {
  fail('sw.js lacks its placeholders');
}
sw = sw.replace("'__KOERS_BUILD__'", `'${build}'`)
  .replace('/* __KOERS_PRECACHE__ */ []', JSON.stringify(files, null, 2));
writeFileSync(swPath, sw);
console.log(`post-build: build ${build}, ${files.length} files precached, ${hashes.length} inline script hash(es)`);
