// A tiny static server for the built app, on loopback only. Unknown paths without a file extension get
// index.html (the app's router handles them). Usage: node scripts/serve.mjs [dir] [port] [base]; with a base such
// as /koers/ (a `make build PUBLIC_URL=/koers/` build) the app is served there and nothing outside it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] || process.env.KOERS_DIST || 'dist');
const port = Number(process.argv[3] || process.env.PORT || 8080);
const base = process.argv[4] || '/';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.ics': 'text/calendar',
};

createServer(async (req, res) => {
  const full = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (`${full}/` === base) { res.writeHead(301, { location: base }).end(); return; }
  if (!full.startsWith(base)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
  const path = full.slice(base.length - 1);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (path.endsWith('/')) file = join(file, 'index.html');
  let body;
  try {
    body = await readFile(file);
  } catch {
    if (extname(path)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    file = join(root, 'index.html');
    body = await readFile(file);
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] || 'application/octet-stream',
    // The service worker script must always be checked; hashed assets may be cached for long.
    'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`Koers: serving ${root} at http://127.0.0.1:${port}${base}`));
