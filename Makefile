# factpack: `make demo` builds everything from seeds/ and serves the demo page;
# `make test` runs every test. Both install what they need and are fast when
# everything is already there. See README.md.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

WASM_BINDGEN_VERSION := 0.2.130
WASM_TARGET := wasm32-unknown-unknown
# The widget is built with nightly's build-std and panic=immediate-abort
# (17% smaller); `make WASM_TOOLCHAIN=stable` builds it with stable Rust.
# Both erase the components' view types (Leptos's `erase_components` cfg:
# each component returns an `AnyView`, so the framework's generic view code
# is not instantiated once per nested view type; 12% less wasm, brotli).
# Two builds: the widget, and the widget with its JS API (feature `api`),
# which the module loads only when the API is used. Each has its own target
# folder, so both stay warm.
WASM_TOOLCHAIN ?= nightly
ifeq ($(WASM_TOOLCHAIN),nightly)
WASM_DIR := target/nightly
WASM_BUILD := RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort --cfg erase_components" cargo +nightly rustc --release --locked \
	--target $(WASM_TARGET) --lib --crate-type cdylib -Zbuild-std=std,panic_abort --no-default-features
else
WASM_DIR := target/stable
WASM_BUILD := RUSTFLAGS="--cfg erase_components" cargo rustc --release --locked --target $(WASM_TARGET) --lib --crate-type cdylib --no-default-features
endif
RAW_WASM := $(WASM_DIR)/$(WASM_TARGET)/release/factpack.wasm
API_WASM := $(WASM_DIR)-api/$(WASM_TARGET)/release/factpack.wasm
COMPILER := target/compiler/factpack
# Test and benchmark support (tests/support): `factpack-bench bench` and `synth`.
BENCH_BIN := target/compiler/factpack-bench
WB := target/wb
FPK := target/site/facts.fpk
SITE := www/factpack
PORT ?= 8080
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Features rustc enables for wasm32 by default; wasm-opt must accept them.
WASM_OPT_FLAGS := -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: demo build test size bench bench-large bench-stages tools tools-rust tools-node tools-browser tools-bench clean FORCE

demo: build
	@node tests/tools/serve.mjs www $(PORT)

build: tools $(SITE)/factpack.js
	@$(COMPILER) render $(FPK) --into www/index.html --json-ld
	@echo "built: $(SITE)/ (bundle $(FPK)); static fallback in www/index.html"

# The browser tests run in every engine of ENGINES (default all three:
# `make test ENGINES=chromium` runs one); WebKit needs a display, so the run
# is wrapped in xvfb-run.
ENGINES ?= chromium firefox webkit
export ENGINES

test: build tools-browser
	FACTPACK_BIN=$(CURDIR)/$(COMPILER) cargo test --workspace --locked
	FACTPACK_BIN=$(CURDIR)/$(COMPILER) xvfb-run -a node --test --test-concurrency=1 tests/tools/ tests/browser/

# The compiler stage by stage (divan, tests/support/benches/stages.rs): MB/s of
# read+clean+segment, extract, resolve, merge and encode on generated articles.
bench-stages:
	RAYON_NUM_THREADS=1 cargo bench --profile compiler --locked -p factpack-support --bench stages

size: build
	@node tests/tools/size.mjs $(SITE)

# The compiler as it was at BASELINE_REV, built from `git archive` in target/,
# is measured in the same run on the same corpus (the speed limits of the
# issues are stated against it). `make bench BASELINE_REV=` skips it.
BASELINE_REV ?= a1b6f7f
BASELINE := target/baseline-$(BASELINE_REV)/target/compiler/factpack

bench: build tools-browser tools-bench $(BENCH_BIN) $(if $(BASELINE_REV),$(BASELINE))
	$(if $(BASELINE_REV),FACTPACK_BASELINE=$(CURDIR)/$(BASELINE) FACTPACK_BASELINE_REV=$(BASELINE_REV)) \
		node tests/tools/bench/bench.mjs --mb 50

# The compiler alone on 1 GB of generated text (one thread and every core:
# MB/s and peak memory), without the baseline; about a quarter of an hour.
bench-large: build $(BENCH_BIN)
	node tests/tools/bench/bench.mjs --mb 1000 --skip scaling,incremental,payload,compactness,rendering,layout,interaction,accuracy

$(BASELINE):
	rm -rf target/baseline-$(BASELINE_REV) && mkdir -p target/baseline-$(BASELINE_REV)
	git archive $(BASELINE_REV) | tar -x -C target/baseline-$(BASELINE_REV)
	# A package of its own, not a member of this workspace.
	grep -q '^\[workspace\]' target/baseline-$(BASELINE_REV)/Cargo.toml || printf '\n[workspace]\n' >> target/baseline-$(BASELINE_REV)/Cargo.toml
	cd target/baseline-$(BASELINE_REV) && cargo build --profile compiler --locked --bin factpack

clean:
	rm -rf $(SITE) $(WB) $(WB)-api target/site target/npm target/consumer target/recipes target/embed-test

# --- installation of tools (each step checks first, so re-runs are instant) ---
tools: tools-rust tools-node

tools-rust:
	@command -v cargo >/dev/null || { echo "cargo not found: install Rust from https://rustup.rs" >&2; exit 1; }
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
ifeq ($(WASM_TOOLCHAIN),nightly)
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@rustup component list --toolchain nightly --installed | grep -q '^rust-src' || rustup component add rust-src --toolchain nightly
	@rustup target list --toolchain nightly --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET) --toolchain nightly
endif
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force

tools-node: node_modules/.stamp

node_modules/.stamp: package.json package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	npm ci --no-audit --no-fund
	@touch $@

# The browser engines (Debian's packages: Chromium; Firefox ESR; WebKitGTK's
# WebDriver with its MiniBrowser, Xvfb for its display, and the C library's
# locale sources, from which a test compiles the language WebKit is set to),
# only those that are missing; Hugo for the Hugo recipe's test (Eleventy and Vite are
# installed by their tests with npm, into target/); GNU parallel for the test of
# the README's distributed extraction.
BROWSER_PKGS := $(if $(shell command -v chromium),,chromium) \
	$(if $(shell command -v firefox-esr),,firefox-esr) \
	$(if $(shell command -v WebKitWebDriver),,webkit2gtk-driver) \
	$(if $(shell command -v xvfb-run),,xvfb xauth) \
	$(if $(wildcard /usr/share/i18n/locales/de_DE),,locales) \
	$(if $(shell command -v hugo),,hugo) \
	$(if $(shell command -v parallel),,parallel)
tools-browser:
	@$(if $(strip $(BROWSER_PKGS)),$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $(BROWSER_PKGS),true)

# Python with venv for the extraction comparison (quantulum3, dateparser from
# PyPI, installed by the benchmark into target/bench/venv).
tools-bench:
	@python3 -c 'import venv, ensurepip' 2>/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-venv; }

# --- the build: cargo decides whether anything changed; make re-checks the
# file times afterwards, so unchanged outputs do not rebuild what follows ---
$(COMPILER): FORCE
	cargo build --profile compiler --locked --bin factpack

$(BENCH_BIN): FORCE
	cargo build --profile compiler --locked -p factpack-support --bin factpack-bench

$(RAW_WASM): FORCE
	$(WASM_BUILD) --target-dir $(WASM_DIR) --features widget

$(API_WASM): FORCE
	$(WASM_BUILD) --target-dir $(WASM_DIR)-api --features api

$(FPK): $(COMPILER) seeds $(wildcard seeds/*.txt seeds/*.md)
	$(COMPILER) build seeds -o $@

$(WB)/opt.wasm $(WB)/factpack.js &: $(RAW_WASM)
	wasm-bindgen --target web --out-dir $(WB) $(RAW_WASM)
	wasm-opt $(WASM_OPT_FLAGS) $(WB)/factpack_bg.wasm -o $(WB)/opt.wasm

$(WB)-api/opt.wasm $(WB)-api/factpack.js &: $(API_WASM)
	wasm-bindgen --target web --out-dir $(WB)-api $(API_WASM)
	wasm-opt $(WASM_OPT_FLAGS) $(WB)-api/factpack_bg.wasm -o $(WB)-api/opt.wasm

$(SITE)/factpack.js: $(WB)/opt.wasm $(WB)/factpack.js $(WB)-api/opt.wasm $(WB)-api/factpack.js $(FPK) \
		src/package/element.js tests/tools/build.mjs src/package/factpack.d.ts src/package/README.md src/widget/style.css src/ui/render/static.css node_modules/.stamp
	node tests/tools/build.mjs $(WB) $(FPK) $(SITE) target/npm
