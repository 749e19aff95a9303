// Koers service worker. scripts/post-build.mjs fills in the build id and the precache list of this very
// build, so every file of a version is cached together and a new version installs beside the old one.
'use strict';

const BUILD = '__KOERS_BUILD__';
const PRECACHE = /* __KOERS_PRECACHE__ */ [];
// Where this build lives: '/', or '/koers/' for a sub-path build (the folder of this file, its scope).
const BASE = new URL('./', self.location.href).pathname;
const INDEX = BASE + 'index.html';
// Caches belong to the whole origin: a sub-path build names its own ('koers-/koers/-<build>'), so builds
// under other paths of the same site keep theirs.
const PREFIX = BASE === '/' ? 'koers-' : `koers-${BASE}-`;
const CACHE = PREFIX + BUILD;
const ours = (name) => name.startsWith(PREFIX) && !name.slice(PREFIX.length).includes('/');

// Install fetches the whole list into a fresh cache. If any file fails, install fails and the old
// version stays in charge, intact. Files with a content hash in their name may come from the HTTP cache
// (the page just loaded them: no second download on a first visit); the others are revalidated.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // A cache of this very build may already exist (and be in use): never delete what was there before.
    const existed = await caches.has(CACHE);
    const cache = await caches.open(CACHE);
    try {
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })));
    } catch (err) {
      if (!existed) await caches.delete(CACHE);
      throw err;
    }
  })());
});

// Activate removes the caches of other builds and takes control of open pages.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => ours(n) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

// The page asks for the swap only after the user tapped "Update" and the data was saved.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every route is the same app: answer with this build's index.html, from the cache.
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match(INDEX)) || fetch(request);
    })());
    return;
  }
  // File names carry content hashes: the cache is always right for this build.
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
  })());
});
