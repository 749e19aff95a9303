# Koers. `make serve` and `make test` install whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build serve test test-host test-wasm test-e2e size bench lint fmt screenshots clean

setup:
	@bash scripts/setup.sh

build: setup
	cargo fetch --target wasm32-unknown-unknown --locked
	trunk build --release --locked

serve: build
	node scripts/serve.mjs dist $(PORT)

test: build
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-host
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory size
	$(MAKE) --no-print-directory bench
	$(MAKE) --no-print-directory test-e2e

test-host:
	cargo test --locked

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test web_store --test web_crypto

test-e2e:
	rm -rf target/e2e-dist && mkdir -p target && cp -r dist target/e2e-dist
	playwright test

size:
	node scripts/size-report.mjs dist

bench:
	node scripts/bench.mjs dist

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

fmt:
	cargo fmt

screenshots: build
	node scripts/screenshots.mjs

clean:
	rm -rf dist target/e2e-dist test-results playwright-report screenshots
