// A minimal W3C WebDriver client over HTTP (fetch), enough for the engine smoke: no Selenium, no downloads.
// Drivers are started by path (geckodriver, WebKitWebDriver) and stopped with the session.
import { spawn } from 'node:child_process';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class WebDriverError extends Error {}

/** Starts a driver binary, waits for its /status. Returns { url, stop() }. */
export async function startDriver(command, args, { env = {}, port, log } = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines = [];
  const keep = (d) => { lines.push(String(d)); if (lines.length > 200) lines.shift(); if (log) process.stderr.write(d); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const gone = new Promise((r) => child.on('exit', (code) => { exited = code ?? 'signal'; r(); }));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (exited !== null) throw new WebDriverError(`${command} exited (${exited}):\n${lines.join('')}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  return {
    url,
    output: () => lines.join(''),
    async stop() {
      // The driver's whole process group: xvfb-run, Xvfb and the browser it may have left.
      if (exited === null) { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } }
      await Promise.race([gone, sleep(5000)]);
      if (exited === null) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
    },
  };
}

export class Session {
  static async create(driverUrl, capabilities) {
    const res = await call('POST', `${driverUrl}/session`, { capabilities: { alwaysMatch: capabilities } });
    return new Session(driverUrl, res.sessionId, res.capabilities);
  }

  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.capabilities = capabilities;
    this.prelude = '';
  }

  cmd(method, path, body) { return call(method, this.base + path, body); }
  go(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  quit() { return this.cmd('DELETE', ''); }
  /** Runs `fn` (a function's source) in the page with `args`; DOM elements come back as element references. */
  // `prelude` (helper definitions) is put before every script: the page's CSP forbids eval() in it.
  run(fn, ...args) { return this.cmd('POST', '/execute/sync', { script: `${this.prelude}\nreturn (${fn}).apply(null, arguments)`, args }); }
  runAsync(fn, ...args) {
    const script = `${this.prelude}\nconst done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1))).then(done, (e) => done({ error: String(e) }));`;
    return this.cmd('POST', '/execute/async', { script, args });
  }
  /** Clicks like a user: first into the middle of the screen (else a fixed bottom menu may be on top of it). */
  async click(el) {
    await this.run((e) => e.scrollIntoView({ block: 'center', inline: 'center' }), el);
    return this.cmd('POST', `/element/${el[ELEMENT]}/click`, {});
  }
  async type(el, text) {
    await this.run((e) => e.scrollIntoView({ block: 'center', inline: 'center' }), el);
    await this.cmd('POST', `/element/${el[ELEMENT]}/clear`, {});
    return this.cmd('POST', `/element/${el[ELEMENT]}/value`, { text });
  }
  screenshot() { return this.cmd('GET', '/screenshot'); }

  /** Polls `fn` in the page until it returns something truthy; fails with `what` after `timeout` ms. */
  async waitFor(what, fn, args = [], timeout = 15_000) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.run(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e.message;
      }
      if (Date.now() > end) throw new WebDriverError(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(150);
    }
  }
}

async function call(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok || data.value?.error) {
    const v = data.value || {};
    throw new WebDriverError(`${method} ${url.replace(/^.*\/session\/[^/]+/, '')}: ${v.error || res.status} ${v.message || ''}`.trim());
  }
  return data.value;
}
