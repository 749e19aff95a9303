// Trunk post-build hook. Works on TRUNK_STAGING_DIR:
// 1. moves Trunk's inline wasm loader into a hashed file, so the CSP needs neither 'unsafe-inline' nor a hash;
// 2. writes the service worker's precache list (every file of this build) and a build id into sw.js.
// 3. (first) writes the UI text of each language, `text/<keys hash>/<lang>.txt`: the strings of
//    locales/<lang>.json in the order of build.rs (every `section.key` of nl.json, sorted), joined by NUL; a
//    string that is `null` (not translated yet) is the Dutch, marked (scripts/text-files.mjs).
// 4. puts the build's public URL (`make build PUBLIC_URL=/koers/`, Trunk's TRUNK_BUILD_PUBLIC_URL) in front of
//    index.html's own links, the manifest's id, start_url, scope and icons, and the precache list.
// Fails the build when a placeholder is missing, so a broken CSP or SW never ships.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { mkdirSync } from 'node:fs';
import { minify } from 'terser';
import { keyList, textFile } from './text-files.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');

const fail = (msg) => { console.error(`post-build: ${msg}`); process.exit(1); };

// 4. The base path. build.rs gives the wasm the same one from TRUNK_BUILD_PUBLIC_URL; Trunk's --public-url or
//    Trunk.toml's public_url alone would leave the wasm at another address, so that is an error.
const base = process.env.TRUNK_PUBLIC_URL || '/';
const told = process.env.TRUNK_BUILD_PUBLIC_URL || '/';
if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base)) fail(`the public URL must be a path like /koers/, not ${base}`);
if (base !== (told.endsWith('/') ? told : `${told}/`)) {
  fail(`Trunk serves under ${base} but TRUNK_BUILD_PUBLIC_URL is ${told}: use make build PUBLIC_URL=${base}`);
}

// 3. The text files (before the precache list, which must include them): scripts/text-files.mjs, the same key
//    list and hash as build.rs. A `null` string is written in Dutch, marked as a fallback.
const nl = JSON.parse(readFileSync('locales/nl.json', 'utf8'));
const { hash: keysHash } = keyList(nl);
mkdirSync(join(dir, 'text', keysHash), { recursive: true });
for (const lang of readdirSync('locales').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5))) {
  let file;
  try {
    file = textFile(lang, JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8')), nl);
  } catch (e) {
    fail(e.message);
  }
  writeFileSync(join(dir, 'text', keysHash, `${lang}.txt`), file);
}

// 0. wasm-bindgen's JS glue, minified (Trunk's own JS minifier fails on `export default` and leaves it
//    as is). Its subresource-integrity hash in index.html is written again for the new bytes.
const indexFile = join(dir, 'index.html');
let page = readFileSync(indexFile, 'utf8');
for (const name of readdirSync(dir).filter((f) => /^koers-[0-9a-f]+\.js$/.test(f))) {
  const path = join(dir, name);
  const before = readFileSync(path, 'utf8');
  const out = await minify(before, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) fail(`terser gave nothing for ${name}`);
  writeFileSync(path, out.code);
  const sri = (text) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
  const old = sri(before);
  if (!page.includes(old)) fail(`index.html has no integrity hash for ${name}`);
  page = page.split(old).join(sri(out.code));
}
writeFileSync(indexFile, page);

// 1. Trunk's inline loader goes into its own file, `loader-<hash>.js`, so the CSP needs no hash and is the same
//    for every build: the web server can send it as a header (deploy/nginx.conf) without knowing the build.
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) fail(`expected one inline loader script in index.html, found ${inline.length}`);
const [tag, attrs, code] = inline[0];
if (!/type="?module"?/.test(attrs)) fail('the inline loader is not a module script');
// In front of it: the UI text of the language the app will start in is asked for at once, beside the code
// (index.html already preloads the wasm), not after the code has compiled and started. The choice is the
// app's own (src/ui/text.rs `preferred` and store/local.rs `remembered_language`: the language chosen before,
// else the first of the browser's that Koers speaks, else Dutch); the app's fetch of the same address then takes the preloaded response. A wrong
// guess costs one small file read, never a wrong language: the app still asks for the one it chose. Only when
// the service worker serves the page (a repeat start, from the cache): on a first visit over a slow network the
// text would share the line with the wasm, which is needed first (Lighthouse's performance fell 0.92 -> 0.87).
const langs = readdirSync(join(dir, 'text', keysHash)).map((f) => f.slice(0, -4)).sort();
const preload = `if (navigator.serviceWorker && navigator.serviceWorker.controller) {
  let chosen = null;
  try {
    chosen = localStorage.getItem('koers.lang');
    // Data from before the language was kept apart: the one in the (plain) document.
    if (chosen === null) chosen = JSON.parse(localStorage.getItem('koers.doc'))?.doc?.settings?.language;
  } catch (_) {}
  const speaks = ${JSON.stringify(langs)};
  const lang = [chosen, ...navigator.languages].map((tag) => String(tag || '').split('-')[0].toLowerCase())
    .find((code) => speaks.includes(code)) || 'nl';
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = '${base}text/${keysHash}/' + lang + '.txt';
  document.head.append(link);
}
`;
const loaderCode = preload + code.trim() + '\n';
const loaderName = `loader-${createHash('sha256').update(loaderCode, 'utf8').digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, loaderName), loaderCode);
html = html.replace(tag, `<script type="module" src="${base}${loaderName}"></script>`);
// Trunk put the base in front of the files it made; the plain links (manifest, icons) get it here.
// (Quoted or not: Trunk's minifier drops the quotes.)
html = html.replace(/\b(href|src)=("?)\/(?!\/)/g, (m, attr, q, at) => (html.startsWith(base, at + attr.length + 1 + q.length) ? m : `${attr}=${q}${base}`));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('an inline script is left in index.html');
if (!/script-src 'self' 'wasm-unsafe-eval';/.test(html)) fail("index.html's CSP is not script-src 'self' 'wasm-unsafe-eval'");
writeFileSync(indexPath, html);

// 4. The manifest: every address in it under the base (an installed app opens and stays there).
if (base !== '/') {
  const manifestPath = join(dir, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const under = (url) => (url.startsWith('/') ? base + url.slice(1) : fail(`manifest: ${url} is not a path from the root`));
  for (const field of ['id', 'start_url', 'scope']) manifest[field] = under(manifest[field]);
  for (const icon of manifest.icons) icon.src = under(icon.src);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
}

// 2. Precache list: every file in the build except the service worker itself.
const walk = (d) => readdirSync(d).flatMap((name) => {
  const p = join(d, name);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const files = walk(dir)
  .map((p) => base + relative(dir, p).split(sep).join('/'))
  .filter((url) => url !== `${base}sw.js`)
  .sort();
const fileHash = (url) => createHash('sha256').update(readFileSync(join(dir, url.slice(base.length)))).digest('hex');
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
console.log(`post-build: build ${build} under ${base}, ${files.length} files precached, loader ${loaderName}`);
