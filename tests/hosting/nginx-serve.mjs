// Playwright's web server when E2E_SERVER=nginx: nginx with deploy/nginx.conf in the foreground, stopped with us.
// Usage: node tests/hosting/nginx-serve.mjs <dist> <port> [base, e.g. /koers/]
import { start } from './nginx.mjs';

const [dist = 'dist', port = '8093', base = '/'] = process.argv.slice(2);
const server = await start(dist, Number(port), base);
console.log(`Koers: nginx serving ${dist} at http://127.0.0.1:${port}${base} (prefix ${server.prefix})`);
const stop = async () => { await server.stop(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('SIGHUP', stop);
