// End-to-end tests of the release build in Debian's Chromium (testDir tests/e2e; tests/engines and tests/hosting
// are plain node scripts). `make test-e2e` copies dist/ to
// target/e2e-dist first, so the update test can place a "new version" there without touching dist/.
import { defineConfig } from '@playwright/test';
import { BASE, BASE_URL, chromiumArgs, chromiumPath, PORT } from './tests/e2e/chromium.mjs';

const port = PORT;
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 360, height: 740 },
    locale: 'nl-NL',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  // E2E_SERVER=nginx: the same suite against Debian's nginx with deploy/nginx.conf (headers, CSP header,
  // precompressed files), instead of the small Node server. E2E_BASE=/koers/: a sub-path build, served there.
  webServer: {
    command: process.env.E2E_SERVER === 'nginx'
      ? `node tests/hosting/nginx-serve.mjs target/e2e-dist ${port} ${BASE}`
      : `node scripts/serve.mjs target/e2e-dist ${port} ${BASE}`,
    url: `${BASE_URL}index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
