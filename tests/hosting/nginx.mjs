// Starts Debian's nginx on 127.0.0.1 with deploy/nginx.conf, its own prefix, pid, logs and temp folders under
// target/nginx-<port>/ (no root paths, no system service), serving a build folder. Only `listen` and `root` of
// deploy/nginx.conf are changed; for a sub-path build (base /koers/), its commented sub-path lines replace
// `location /` and the build is linked as <prefix>/www/koers. Used by tests/hosting/nginx.test.mjs and as Playwright's web server
// (tests/hosting/nginx-serve.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';

export const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const repo = resolve(new URL('../..', import.meta.url).pathname);

/** The deploy config with only `listen` and `root` replaced (and, under a base, `location /` by the sub-path
 * lines); fails if any is not there exactly once. */
export function siteConfig(root, port, base = '/') {
  const conf = readFileSync(join(repo, 'deploy/nginx.conf'), 'utf8');
  const once = (text, re, value) => {
    const hits = text.match(new RegExp(re.source, 'gm')) || [];
    if (hits.length !== 1) throw new Error(`deploy/nginx.conf: expected one ${re}, found ${hits.length}`);
    return text.replace(new RegExp(re.source, 'm'), value);
  };
  let site = once(once(conf, /^    listen 80;$/, `    listen 127.0.0.1:${port};`), /^    root \/var\/www\/koers;$/, `    root ${root};`);
  if (base !== '/') {
    const dir = base.slice(0, -1);
    site = once(site, /^    location \/ \{\n        try_files \$uri \$uri\/ \/index\.html;\n    \}$/, '');
    site = once(site, /^    # location = \/koers \{ return 301 \/koers\/; \}$/, `    location = ${dir} { return 301 ${base}; }`);
    site = once(site, /^    # location \/koers\/ \{ try_files \$uri \$uri\/ \/koers\/index\.html; \}$/,
      `    location ${base} { try_files $uri $uri/ ${base}index.html; }`);
  }
  return site;
}

/** Writes the prefix folder and its nginx.conf; returns the paths. */
export function prepare(distDir, port, base = '/') {
  const build = resolve(distDir);
  if (!existsSync(join(build, 'index.html'))) throw new Error(`nginx: ${build} has no index.html (run make build)`);
  if (!existsSync(NGINX)) throw new Error(`nginx: ${NGINX} is missing (scripts/setup.sh installs it)`);
  const prefix = join(repo, 'target', `nginx-${port}`);
  for (const d of ['', 'tmp', 'logs']) mkdirSync(join(prefix, d), { recursive: true });
  // A sub-path build sits in a folder of that name inside the site's root, as the deploy comment says.
  let root = build;
  if (base !== '/') {
    root = join(prefix, 'www');
    rmSync(root, { recursive: true, force: true });
    const link = join(root, ...base.slice(1, -1).split('/'));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(build, link);
  }
  writeFileSync(join(prefix, 'koers.conf'), siteConfig(root, port, base));
  // As root, nginx would hand requests to `nobody`, who may not read a checkout under /root.
  const user = userInfo().uid === 0 ? 'user root root;\n' : '';
  const brotli = existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};\n` : '';
  writeFileSync(join(prefix, 'nginx.conf'), `${brotli}${user}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 128; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/koers.conf;
}
`);
  return { prefix, conf: join(prefix, 'nginx.conf') };
}

const args = ({ prefix, conf }) => ['-p', prefix + '/', '-c', conf, '-e', join(prefix, 'logs/error.log')];

/** Starts nginx in the foreground (a child process) and resolves once it answers. Returns { stop() }. */
export async function start(distDir, port, base = '/') {
  const paths = prepare(distDir, port, base);
  const check = spawn(NGINX, [...args(paths), '-t', '-q'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise((r) => check.on('exit', r));
  if (code !== 0) throw new Error(`nginx -t failed for ${paths.conf}`);
  const child = spawn(NGINX, args(paths), { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  const gone = new Promise((r) => child.on('exit', () => { exited = true; r(); }));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${base}index.html`, { method: 'HEAD' });
      if (res.ok) break;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (exited) throw new Error(`nginx exited at once; see ${paths.prefix}/logs/error.log`);
  return {
    prefix: paths.prefix,
    // QUIT is nginx's graceful stop; wait until the master is gone (its workers go with it).
    async stop() {
      if (!exited) child.kill('SIGQUIT');
      await gone;
    },
  };
}
