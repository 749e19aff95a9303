# Koers. `make serve` and `make test` install whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
GECKODRIVER ?= $(HOME)/.cargo/bin/geckodriver
PORT ?= 8080
# The e2e suite runs against Debian's nginx with deploy/nginx.conf (the real hosting); E2E_SERVER=node for the
# small Node server (scripts/serve.mjs).
E2E_SERVER ?= nginx
# The path the build is served under: `make build PUBLIC_URL=/koers/` for https://example.org/koers/. Trunk reads
# TRUNK_BUILD_PUBLIC_URL for its links, build.rs for the app (scripts/post-build.mjs checks they agree).
PUBLIC_URL ?= /
DIST ?= dist
# `make test-subpath`: a second build under this path, in its own folder, and the whole e2e suite there (measured:
# 3.9 min, as at the root, plus 80 s for the build). SUBPATH_SPECS=$(SUBPATH_QUICK) runs only offline, install and links.
SUBPATH ?= /koers/
SUBPATH_DIST := target/subpath-dist
SUBPATH_QUICK := tests/e2e/subpath.spec.mjs tests/e2e/shell.spec.mjs tests/e2e/walk.spec.mjs tests/e2e/update.spec.mjs
SUBPATH_SPECS ?=

.PHONY: setup build serve test test-host test-wasm test-wasm-firefox test-e2e test-subpath test-hosting test-engines lighthouse lighthouse-only size bench lint fmt screenshots clean

setup:
	@bash scripts/setup.sh

build: setup
	cargo fetch --target wasm32-unknown-unknown --locked
	TRUNK_BUILD_PUBLIC_URL=$(PUBLIC_URL) trunk build --release --locked --dist $(DIST)
	bash scripts/precompress.sh $(DIST)

serve: build
	node scripts/serve.mjs $(DIST) $(PORT) $(PUBLIC_URL)

test: build
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-host
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-wasm-firefox
	$(MAKE) --no-print-directory size
	$(MAKE) --no-print-directory bench
	$(MAKE) --no-print-directory test-hosting
	$(MAKE) --no-print-directory lighthouse-only
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory test-engines
	$(MAKE) --no-print-directory test-subpath

test-host:
	cargo test --locked
	node --test tests/text/

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test web_store --test web_crypto

# The same storage and crypto suites in Firefox ESR (geckodriver; CHROMEDRIVER unset so it is not picked).
test-wasm-firefox:
	env -u CHROMEDRIVER GECKODRIVER=$(GECKODRIVER) cargo test --locked --target wasm32-unknown-unknown --test web_store --test web_crypto

test-e2e:
	rm -rf target/e2e-dist && mkdir -p target && cp -r dist target/e2e-dist
	E2E_SERVER=$(E2E_SERVER) playwright test

# A build under $(SUBPATH) (in $(SUBPATH_DIST), dist/ stays as it is) behind nginx with deploy/nginx.conf's
# sub-path lines: the hosting checks there, then every e2e spec under it (tests/e2e/subpath.spec.mjs: offline on
# every screen, the worker's scope, no link leaves it; shell.spec.mjs: installable with the manifest under it).
test-subpath:
	$(MAKE) --no-print-directory build PUBLIC_URL=$(SUBPATH) DIST=$(SUBPATH_DIST)
	KOERS_DIST=$(SUBPATH_DIST) KOERS_BASE=$(SUBPATH) node --test tests/hosting/nginx.test.mjs
	rm -rf target/e2e-dist && mkdir -p target && cp -r $(SUBPATH_DIST) target/e2e-dist
	E2E_SERVER=$(E2E_SERVER) E2E_BASE=$(SUBPATH) playwright test $(SUBPATH_SPECS)

# deploy/nginx.conf run by Debian's nginx on 127.0.0.1: every header, precompressed files, SPA fallback.
test-hosting:
	node --test tests/hosting/nginx.test.mjs

# Lighthouse 12, mobile, against nginx: HTML report in reports/, fails below the budgets.
lighthouse: build
	$(MAKE) --no-print-directory lighthouse-only

lighthouse-only:
	node scripts/lighthouse.mjs dist

# The main flows in WebKitGTK (the engine of Safari) and Firefox ESR, over plain WebDriver.
test-engines:
	node tests/engines/smoke.mjs webkit firefox

size:
	node scripts/size-report.mjs dist

bench:
	node scripts/bench.mjs dist

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
	@# Specs run at the root and under $(SUBPATH): a goto must be relative ('me', './'), never '/me'.
	@! grep -nE "goto\((['\"\`])/" tests/e2e/*.mjs || { echo "lint: an e2e goto starts with / (use a relative path)"; exit 1; }

fmt:
	cargo fmt

screenshots: build
	node scripts/screenshots.mjs

clean:
	rm -rf dist target/e2e-dist test-results playwright-report screenshots reports
