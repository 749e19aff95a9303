#!/usr/bin/env bash
# Installs what Koers needs to build and test, at pinned versions, skipping what is already there.
# Only registry packages are used (crates.io, npm, Debian). See ../shared/TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# geckodriver drives Firefox ESR for the second-engine tests; 0.37.1 builds with rustc 1.95 (--locked works).
GECKODRIVER_VERSION=0.37.1
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}
WANT_E2E=${WANT_E2E:-1}

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# 1. wasm32 target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Debian packages: Chromium + driver (browser tests), brotli + gzip (precompressed files, size report),
#    Noto fonts (screenshots), nginx with brotli_static (real hosting test), Firefox ESR and WebKitGTK's
#    WebKitWebDriver under Xvfb (the other two engines).
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
command -v gzip >/dev/null || need_apt+=(gzip)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need_apt+=(fonts-noto-core)
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)
dpkg -s libnginx-mod-http-brotli-static >/dev/null 2>&1 || need_apt+=(libnginx-mod-http-brotli-static)
command -v xvfb-run >/dev/null || need_apt+=(xvfb xauth)
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || need_apt+=(webkit2gtk-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

# 3. Trunk, pinned (0.22 needs a newer rustc)
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (takes ~6 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 4. wasm-bindgen-cli, same version as the crate (not --locked: see TOOLCHAIN.md)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 5. geckodriver from crates.io, pinned (no GitHub download). `--version` output is read whole: piping it
#    into `grep -q` makes geckodriver panic on the closed pipe.
gecko_have=$(geckodriver --version 2>/dev/null || true)
if [[ "$gecko_have" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  say "installing geckodriver $GECKODRIVER_VERSION (takes ~2 minutes on 2 cores)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

# 6. npm deps: binaryen (wasm-opt 132), Playwright, axe. Exact versions from package-lock.json.
# A node_modules that is a symlink belongs to another checkout: `npm ci` would empty the target. Leave it alone.
if [ -L node_modules ]; then
  say "node_modules is a symlink (shared with another checkout): not reinstalling npm packages"
elif [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.installed ]; then
  say "installing npm packages (binaryen, playwright, axe)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.installed
fi

# Check: the wasm-opt Trunk will find must be the npm one, version 132.
if ! node_modules/.bin/wasm-opt --version | grep -q "version 132"; then
  echo "setup: node_modules/.bin/wasm-opt is not version 132" >&2
  exit 1
fi
# Check: the hosting and engine tools are where the tests look for them.
for f in /usr/sbin/nginx /usr/lib/nginx/modules/ngx_http_brotli_static_module.so /usr/bin/firefox-esr \
         /usr/bin/WebKitWebDriver /usr/bin/xvfb-run "$(command -v geckodriver)"; do
  [ -x "$f" ] || [ -f "$f" ] || { echo "setup: $f is missing" >&2; exit 1; }
done
say "ready"
