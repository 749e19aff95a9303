// deploy/nginx.conf, run for real: Debian's nginx on 127.0.0.1 serving a build, every header checked.
// Run by `make test-hosting` (node --test). Needs a build in dist/ (or KOERS_DIST). KOERS_BASE=/koers/ with a
// build made for that path (`make test-subpath`): the sub-path lines of deploy/nginx.conf, the same checks under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { start } from './nginx.mjs';

const dist = resolve(process.env.KOERS_DIST || 'dist');
const port = Number(process.env.HOSTING_PORT || 8094);
const base = process.env.KOERS_BASE || '/';
/** A path of the app (`/sw.js`) as served: under the base. */
const at = (path) => base + path.slice(1);
let server;

before(async () => { server = await start(dist, port, base); });
after(async () => { await server?.stop(); });

/** A raw GET (no automatic decompression), resolving to { status, headers, body: Buffer }. */
function get(path, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path: at(path), headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The CSP meta tag, whatever the order and quoting of its attributes (the build minifies index.html).
const cspTag = (html.match(/<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i) || [])[0];
assert.ok(cspTag, 'index.html has a CSP meta tag');
const metaCsp = cspTag.match(/\bcontent="([^"]+)"/)[1];
const hashed = readdirSync(dist).filter((f) => /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/.test(f));
const wasm = hashed.find((f) => f.endsWith('.wasm'));

function securityHeaders(h, what) {
  assert.equal(h['content-security-policy'], `${metaCsp}; frame-ancestors 'none'`, `${what}: CSP = meta CSP + frame-ancestors`);
  assert.equal(h['referrer-policy'], 'no-referrer', what);
  assert.equal(h['x-content-type-options'], 'nosniff', what);
  assert.equal(h['permissions-policy'], 'camera=(), microphone=(), geolocation=()', what);
  assert.equal(h['cross-origin-opener-policy'], 'same-origin', what);
  assert.equal(h.server, 'nginx', `${what}: no version in Server`);
}

test('the build has hashed js, wasm and css, and the loader is not inline', () => {
  assert.ok(wasm, 'a hashed wasm');
  assert.ok(hashed.some((f) => f.endsWith('.css')) && hashed.some((f) => /^loader-.*\.js$/.test(f)));
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(metaCsp, /unsafe-inline|sha256-/);
});

for (const path of ['/', '/index.html']) {
  test(`${path}: index.html, every security header, no-cache`, async () => {
    const r = await get(path);
    assert.equal(r.status, 200);
    assert.match(r.headers['content-type'], /^text\/html/);
    securityHeaders(r.headers, path);
    assert.equal(r.headers['cache-control'], 'no-cache');
    assert.equal(r.body.toString('utf8'), html);
  });
}

test('sw.js and the manifest: no-cache, right types', async () => {
  const sw = await get('/sw.js');
  assert.equal(sw.status, 200);
  assert.equal(sw.headers['cache-control'], 'no-cache');
  assert.match(sw.headers['content-type'], /javascript/);
  const m = await get('/manifest.webmanifest');
  assert.equal(m.status, 200);
  assert.equal(m.headers['cache-control'], 'no-cache');
  assert.match(m.headers['content-type'], /^application\/manifest\+json/);
  securityHeaders(m.headers, 'manifest');
});

test('every hashed file: immutable for a year, every security header', async () => {
  for (const f of hashed) {
    const r = await get(`/${f}`);
    assert.equal(r.status, 200, f);
    assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable', f);
    securityHeaders(r.headers, f);
  }
  const w = await get(`/${wasm}`);
  assert.equal(w.headers['content-type'], 'application/wasm');
  assert.deepEqual(w.body, readFileSync(join(dist, wasm)));
});

test('precompressed: .br when brotli is accepted, .gz for gzip only, the plain file otherwise', async () => {
  for (const f of [wasm, 'index.html', 'sw.js']) {
    const br = await get(`/${f}`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', f);
    assert.deepEqual(br.body, readFileSync(join(dist, `${f}.br`)), `${f}: the .br file`);
    assert.match(br.headers.vary || '', /Accept-Encoding/i, f);
    const gz = await get(`/${f}`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', f);
    assert.deepEqual(gz.body, readFileSync(join(dist, `${f}.gz`)), `${f}: the .gz file`);
    const plain = await get(`/${f}`);
    assert.equal(plain.headers['content-encoding'], undefined, f);
    assert.deepEqual(plain.body, readFileSync(join(dist, f)), f);
  }
  const w = await get(`/${wasm}`, { 'accept-encoding': 'br' });
  assert.equal(w.headers['content-type'], 'application/wasm', 'the .br keeps the type of the original');
  assert.equal(w.headers['cache-control'], 'public, max-age=31536000, immutable');
});

test('SPA fallback: a screen path gets index.html, a missing file 404', async () => {
  for (const path of ['/timeline', '/timeline/new', '/me/mentors', '/future/some-card']) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.body.toString('utf8'), html, path);
    assert.equal(r.headers['cache-control'], 'no-cache', path);
    securityHeaders(r.headers, path);
  }
  for (const path of ['/nope.js', '/koers-0000000000000000_bg.wasm', '/content/cards.xx.json']) {
    const r = await get(path);
    assert.equal(r.status, 404, path);
    securityHeaders(r.headers, `${path} (404)`);
  }
});

test('a sub-path build: only under its path; the bare path goes to the folder', { skip: base === '/' }, async () => {
  const r = await get('/');
  assert.equal(r.body.toString('utf8'), html);
  assert.match(html, new RegExp(`src="${base}loader-[0-9a-f]{1,16}\\.js"`));
  assert.doesNotMatch(html, new RegExp(`(href|src)="/(?!${base.slice(1)})`), 'every link of index.html is under the base');
  const sw = (await get('/sw.js')).body.toString('utf8');
  const precache = JSON.parse(sw.match(/const PRECACHE = (\[[\s\S]*?\]);/)[1]);
  assert.ok(precache.includes(`${base}index.html`) && precache.every((url) => url.startsWith(base)), 'precache list');
  const manifest = JSON.parse((await get('/manifest.webmanifest')).body);
  for (const url of [manifest.id, manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src)]) {
    assert.ok(url.startsWith(base), `manifest: ${url}`);
  }
  const raw = (path) => new Promise((ok, fail) => {
    request({ host: '127.0.0.1', port, path }, (res) => { res.resume(); ok(res); }).on('error', fail).end();
  });
  const bare = await raw(base.slice(0, -1));
  assert.equal(bare.statusCode, 301);
  assert.equal(new URL(bare.headers.location, 'http://x').pathname, base);
  for (const path of ['/index.html', '/timeline', '/sw.js']) {
    assert.equal((await raw(path)).statusCode, 404, `${path}: nothing outside ${base}`);
  }
});
