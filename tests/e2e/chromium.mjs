// Debian's Chromium, started the way this closed network needs (see ../shared/TOOLCHAIN.md).
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

// The one origin the app is served from in e2e tests; any request elsewhere is a failure.
export const PORT = Number(process.env.E2E_PORT || 8092);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
// The path the build is served under: E2E_BASE=/koers/ for a sub-path build (`make test-subpath`). Specs go
// to addresses relative to it (`page.goto('timeline')`), so every spec runs under either.
export const BASE = process.env.E2E_BASE || '/';
if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(BASE)) throw new Error(`E2E_BASE must be a path like /koers/, not ${BASE}`);
export const BASE_URL = ORIGIN + BASE;
