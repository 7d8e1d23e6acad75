# Trinvis. `make run` and `make test` install whatever is missing first; each check is cheap,
# so running them again costs nothing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

export PATH := $(HOME)/.cargo/bin:$(PATH)

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# python3-gi and its WebKit bindings print the handout to PDF in the end-to-end suite, and
# poppler-utils turns the PDF into page images. xdotool types a path into the native file dialog,
# which WebDriver cannot reach. GTK's bindings (gir1.2-gtk-3.0) photograph the window from the X
# server.
APT_PACKAGES := build-essential pkg-config libssl-dev file libwebkit2gtk-4.1-dev xvfb xauth webkit2gtk-driver python3-venv poppler-utils python3-gi gir1.2-webkit2-4.1 gir1.2-gtk-3.0 xdotool
# strace records the socket calls of every app the end-to-end suite starts, to show it opens no
# network connection.
APT_PACKAGES += strace
# Only `make bench` times whole processes, so only it installs hyperfine. It also starts windows
# under Xvfb over WebDriver, and reads the binary's sections and symbols with binutils.
BENCH_APT_PACKAGES := hyperfine xvfb xauth webkit2gtk-driver binutils
# Counts the code in the binary by crate; it needs symbols, so it reads an unstripped twin of the
# release build made in its own folder, and the binary people get stays as it is.
CARGO_BLOAT_VERSION := ^0.12
BLOAT_TARGET := target/bloat
# The empty Tauri window that start, memory and latency are measured against.
FLOOR_BUILD := --release --features tauri/custom-protocol -p trinvis-floor
# Ten starts of each window, a session and 250 timed interactions must end; a hung WebDriver
# session must not hang the run.
BENCH_APP_TIMEOUT := 1800
NODE_MIN := 20.19
TAURI_DRIVER_VERSION := ^2
# Mozilla's locale checker, which `trinvis l10n check` is tested and timed against. The version is
# in the path, so changing it installs the new one beside the old.
COMPARE_LOCALES_VERSION := 9.0.5
COMPARE_LOCALES_VENV := target/tools/compare-locales-$(COMPARE_LOCALES_VERSION)
COMPARE_LOCALES := $(COMPARE_LOCALES_VENV)/bin/compare-locales
L10N_CORPUS := target/bench/l10n-corpus

APP := target/release/trinvis
RELEASE := --release --features tauri/custom-protocol -p trinvis
XVFB := xvfb-run -a -s '-screen 0 1920x1080x24'
# The whole windowed suite must end; a hung WebDriver session must not hang CI.
E2E_TIMEOUT := 2700

UI_SOURCES := $(shell find ui/src -type f 2>/dev/null) ui/index.html ui/vite.config.ts ui/tsconfig.json

.PHONY: run test lint bench symbol-order build package package-test deps deps-system deps-node deps-rust deps-driver deps-python deps-bench ui-test rust-test e2e clean

## run: install what is missing, build, and open the app (under Xvfb when there is no display)
run: deps build
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "No display found: starting Trinvis under Xvfb, a virtual screen, so no window will be visible."; \
	  exec $(XVFB) $(APP); \
	else \
	  exec $(APP); \
	fi

## test: install what is missing and run every test: UI, Rust, locales, the end-to-end suite,
## and the Debian package
test: deps deps-driver ui-test rust-test e2e package-test

## bench: criterion figures for the core's hot paths and the locale check, each beside a floor from
## the same run; then the locale check and compare-locales timed as whole processes on one corpus;
## then the app's start, memory, interaction latency and size beside an empty Tauri window
## (target/bench/app.md)
bench: ui/dist/index.html build deps-bench deps-driver $(COMPARE_LOCALES)
	cargo bench -p trinvis --bench core
	cargo bench -p trinvis --bench l10n_check
	hyperfine --warmup 1 --runs 10 --export-markdown target/bench/l10n-check-trinvis.md \
	  '$(APP) l10n check $(L10N_CORPUS) --reference en-US --json >/dev/null'
	@# compare-locales takes over a minute a run here, so three runs and no warm-up; it exits 1
	@# on the byte order marks it cannot read, which --return-zero keeps from failing the run.
	hyperfine --runs 3 --export-markdown target/bench/l10n-check-compare-locales.md \
	  '$(COMPARE_LOCALES) --json - --return-zero target/bench/l10n.toml $(L10N_CORPUS) >/dev/null'
	cargo build $(FLOOR_BUILD)
	mkdir -p target/bench
	CARGO_PROFILE_RELEASE_STRIP=false cargo bloat $(RELEASE) --bin trinvis --target-dir $(BLOAT_TARGET) \
	  --crates -n 20 > target/bench/bloat-crates.txt
	cargo bench -p trinvis-e2e --bench app --no-run
	timeout $(BENCH_APP_TIMEOUT) $(XVFB) cargo bench -p trinvis-e2e --bench app

## symbol-order: run each release build under callgrind through what the benchmark has it do, and
## write the functions it ran to its symbol-order.txt, which the linker then places first
symbol-order: ui/dist/index.html build deps-bench deps-driver
	@$(MAKE) --no-print-directory deps-system APT_PACKAGES=valgrind
	cargo build $(FLOOR_BUILD)
	CARGO_PROFILE_RELEASE_STRIP=false cargo build $(RELEASE) --target-dir $(BLOAT_TARGET)
	CARGO_PROFILE_RELEASE_STRIP=false cargo build $(FLOOR_BUILD) --target-dir $(BLOAT_TARGET)
	cargo bench -p trinvis-e2e --bench app --no-run
	TRINVIS_BENCH_SYMBOL_ORDER=$(BLOAT_TARGET)/release timeout $(BENCH_APP_TIMEOUT) $(XVFB) \
	  cargo bench -p trinvis-e2e --bench app

## build: the release binary with its UI embedded
build: ui/dist/index.html
	cargo build $(RELEASE)

## package: a .deb under target/release/bundle/deb/, of the release binary `make build` makes
# `tauri bundle` packs that binary as it is; `tauri build` would build the UI and the binary again.
package: deps build
	TAURI_APP_PATH=src-tauri TAURI_FRONTEND_PATH=ui ui/node_modules/.bin/tauri bundle --bundles deb

## package-test: unpack the .deb into a throwaway root and check its files and its binary
package-test: package
	cargo test -p trinvis-e2e --test package -- --ignored

deps: deps-system deps-rust deps-node ui/node_modules/.installed

deps-system:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:" $$missing; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps-rust:
	@command -v cargo >/dev/null || { \
	  echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again." >&2; exit 1; }

deps-node:
	@command -v node >/dev/null || { \
	  echo "Installing Node.js and npm"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nodejs npm; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); const [x,y]="$(NODE_MIN)".split(".").map(Number); process.exit(a>x||(a===x&&b>=y)?0:1)' || { \
	  echo "Node.js $$(node --version) is too old: the UI build needs $(NODE_MIN) or newer." >&2; exit 1; }

# `npm ci`: exactly the locked versions, and the lock file is never rewritten, so a fresh
# checkout stays clean after `make`.
ui/node_modules/.installed: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-fund --no-audit
	touch $@

deps-bench:
	@$(MAKE) --no-print-directory deps-system APT_PACKAGES='$(BENCH_APT_PACKAGES)'
	@command -v cargo-bloat >/dev/null || cargo install cargo-bloat --locked --version '$(CARGO_BLOAT_VERSION)'

## deps-python: compare-locales in its own virtual environment, installed once
deps-python: $(COMPARE_LOCALES)

# A file target, so a second run costs nothing and asks no registry. The old environment goes first:
# one left half-made by a failed install would otherwise stay.
$(COMPARE_LOCALES):
	@python3 -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "python3 cannot make virtual environments: run make deps, which installs python3-venv." >&2; exit 1; }
	rm -rf $(COMPARE_LOCALES_VENV)
	python3 -m venv $(COMPARE_LOCALES_VENV)
	$(COMPARE_LOCALES_VENV)/bin/pip install --quiet --disable-pip-version-check --no-input \
	  'compare-locales==$(COMPARE_LOCALES_VERSION)'
	touch $@

deps-driver:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '$(TAURI_DRIVER_VERSION)'

ui/dist/index.html: ui/node_modules/.installed $(UI_SOURCES)
	cd ui && npm run build

## ui-test: type-check the UI and run its unit tests
ui-test: ui/node_modules/.installed
	cd ui && npm run check
	cd ui && npm test

## rust-test: the Rust unit and integration tests, locale checks included, with no window
rust-test: ui/dist/index.html $(COMPARE_LOCALES)
	COMPARE_LOCALES=$(abspath $(COMPARE_LOCALES)) cargo test -p trinvis
	@# The translator's own check on our locales, as a translator would run it; errors fail here.
	cargo run -q -p trinvis -- l10n check locales

## lint: formatting and clippy with every warning an error, as each commit is checked before it
## lands; not part of `test`, so that a new Rust release's new lints cannot fail the tests
lint: deps-rust
	@if command -v rustup >/dev/null; then for component in rustfmt clippy; do \
	  rustup component list --installed | grep -q "^$$component" || rustup component add $$component; \
	done; fi
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings

## e2e: the real release binary in a real window under Xvfb, driven over WebDriver; every app it
## starts runs under strace, and a test fails if its app reached for the network
e2e: build deps-driver
	cargo test -p trinvis-e2e --no-run
	rm -rf target/e2e/network
	TRINVIS_E2E_TRACE_NETWORK=1 timeout $(E2E_TIMEOUT) $(XVFB) cargo test -p trinvis-e2e -- --test-threads=1
	@echo "Socket calls of each app started: target/e2e/network/summary.txt (read it with docs/security.md)"

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules
