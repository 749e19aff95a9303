// Debian's Chromium, started the way this closed network needs (see ../shared/TOOLCHAIN.md).
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

// The one origin the app is served from in e2e tests; any request elsewhere is a failure.
export const PORT = Number(process.env.E2E_PORT || 8092);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
