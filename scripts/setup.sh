#!/usr/bin/env bash
# Installs what Koers needs to build and test, at pinned versions, skipping what is already there.
# Only registry packages are used (crates.io, npm, Debian). See ../shared/TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}
WANT_E2E=${WANT_E2E:-1}

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# 1. wasm32 target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Debian packages: Chromium + driver (browser tests), brotli (size report), Noto fonts (screenshots)
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need_apt+=(fonts-noto-core)
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

# 5. npm deps: binaryen (wasm-opt 132), Playwright, axe. Exact versions from package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.installed ]; then
  say "installing npm packages (binaryen, playwright, axe)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.installed
fi

# Check: the wasm-opt Trunk will find must be the npm one, version 132.
if ! node_modules/.bin/wasm-opt --version | grep -q "version 132"; then
  echo "setup: node_modules/.bin/wasm-opt is not version 132" >&2
  exit 1
fi
say "ready"
