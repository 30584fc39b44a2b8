# zkvm: build, test and demo. A fresh Debian machine needs nothing but `make demo` / `make test`:
# `deps` installs the system packages (LLVM 22, clang-22, csmith, valgrind) when they are missing,
# and Ray in a Python virtual environment (.venv) for `zkvm prove --workers/--cluster`.

SHELL := /bin/bash
CARGO ?= cargo
RELEASE := target/release
DEMO_DIR := target/demo
APT_PACKAGES := llvm-22-dev clang-22 libpolly-22-dev libzstd-dev csmith libcsmith-dev valgrind
RAY_VERSION := 2.60.0
VENV := .venv
# The Python zkvm runs its Ray driver with (the tests' too).
export ZKVM_PYTHON := $(CURDIR)/$(VENV)/bin/python

.PHONY: all deps build test test-long gcc-torture fuzz demo example cycles bench bench-compare bench-segments bench-zk bench-ray clean fmt lint

all: build

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@$(MAKE) --no-print-directory $(VENV)/.ray-$(RAY_VERSION)

# Python's venv module is Debian's python3-venv where Python is Debian's.
$(VENV)/.ray-$(RAY_VERSION):
	@python3 -m venv --help >/dev/null 2>&1 && python3 -c 'import ensurepip' 2>/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv; }
	rm -rf $(VENV) && python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check 'ray==$(RAY_VERSION)'
	touch $@

build: deps
	$(CARGO) build --release --bin zkcc --bin zkvm

test: deps gcc-torture
	$(CARGO) test --workspace

test-long: deps gcc-torture
	ZKVM_TEST_LONG=1 $(CARGO) test --workspace -- --include-ignored

# GCC's C torture programs (gcc.c-torture/execute) for tests/tests/torture.rs, from
# Debian's gcc-12-source; only that folder is kept. Test data, not part of the repository.
GCC_TORTURE := target/gcc-torture
gcc-torture: $(GCC_TORTURE)/execute/.complete

$(GCC_TORTURE)/execute/.complete:
	@rm -rf $(GCC_TORTURE) && mkdir -p $(GCC_TORTURE)/fetch
	cd $(GCC_TORTURE)/fetch && { apt-get download gcc-12-source 2>/dev/null || \
	  { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && apt-get download gcc-12-source; }; }
	dpkg-deb --fsys-tarfile $(GCC_TORTURE)/fetch/gcc-12-source_*.deb \
	  | tar -xO --wildcards './usr/src/gcc-12/gcc-*.tar.xz' \
	  | tar -xJ -C $(GCC_TORTURE) --strip-components=4 --wildcards '*/gcc/testsuite/gcc.c-torture/execute/*'
	rm -rf $(GCC_TORTURE)/fetch
	touch $@

# Fuzzing (fuzz/, a cargo workspace of its own): each target runs FUZZ_SECONDS from its
# committed seeds (fuzz/corpus/TARGET) into target/fuzz/corpus/TARGET; findings land in
# fuzz/artifacts/TARGET. cargo-fuzz is installed into target/tools; it needs nightly.
# No sanitizer: the fuzzed code is safe Rust (plus LLVM, not built with ASan), so panics,
# overflow checks (-a) and aborts are what there is to find, at twice the speed.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := zkbin proof asm execute zkcc
CARGO_FUZZ := target/tools/bin/cargo-fuzz

$(CARGO_FUZZ):
	$(CARGO) install cargo-fuzz --locked --root target/tools

fuzz: build $(CARGO_FUZZ)
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	bash fuzz/seeds.sh --proof-only
	@for t in $(FUZZ_TARGETS); do \
	  seeds=fuzz/corpus/$$t; [ $$t = proof ] && seeds=target/fuzz/seeds/proof; \
	  mkdir -p target/fuzz/corpus/$$t; \
	  echo "fuzz $$t for $(FUZZ_SECONDS) s"; \
	  PATH="$(CURDIR)/target/tools/bin:$$PATH" cargo +nightly fuzz run -s none -a $$t \
	    target/fuzz/corpus/$$t $$seeds -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -timeout=30 \
	    || exit 1; \
	done

demo: build
	@mkdir -p $(DEMO_DIR)
	$(RELEASE)/zkcc examples/c/collatz.c -o $(DEMO_DIR)/collatz.zkbin
	$(RELEASE)/zkvm info $(DEMO_DIR)/collatz.zkbin
	printf '27' > $(DEMO_DIR)/input.txt
	$(RELEASE)/zkvm run $(DEMO_DIR)/collatz.zkbin --input $(DEMO_DIR)/input.txt
	$(RELEASE)/zkvm prove $(DEMO_DIR)/collatz.zkbin --input $(DEMO_DIR)/input.txt -o $(DEMO_DIR)/collatz.proof
	$(RELEASE)/zkvm verify $(DEMO_DIR)/collatz.proof $(DEMO_DIR)/collatz.zkbin --journal $(DEMO_DIR)/journal.bin
	@echo "verified journal: $$(cat $(DEMO_DIR)/journal.bin)"

# zkvm cycles against native x86-64 instructions (callgrind) for the differential corpus.
cycles: build
	bash scripts/cycles_vs_native.sh

# One example, built, run, proven and verified: make example NAME=json (see examples/README.md).
EXAMPLE_INPUT = $(firstword $(wildcard examples/inputs/$(NAME).*))
example: build
	@test -n "$(NAME)" || { echo "usage: make example NAME=<examples/rust/NAME or examples/c/NAME.c> [INPUT=FILE]"; exit 2; }
	@mkdir -p $(DEMO_DIR)
	@set -e; \
	if [ -d examples/rust/$(NAME) ]; then prog=$$($(RELEASE)/zkcc build examples/rust/$(NAME) -q); \
	else prog=$(DEMO_DIR)/$(NAME).zkbin; $(RELEASE)/zkcc examples/c/$(NAME).c -o $$prog; fi; \
	input="$(or $(INPUT),$(EXAMPLE_INPUT))"; \
	$(RELEASE)/zkvm run $$prog $${input:+--input $$input}; \
	$(RELEASE)/zkvm prove $$prog $${input:+--input $$input} -o $(DEMO_DIR)/$(NAME).proof; \
	$(RELEASE)/zkvm verify $(DEMO_DIR)/$(NAME).proof $$prog --journal $(DEMO_DIR)/$(NAME).journal

# Benchmarks (not part of `make test`): BENCH_RUNS runs per median (default 3),
# BENCH_MAX_LOG the largest trace proved, as a power of two (default 20; 2^21 needs ~20 GiB).
MIDEN_VM := target/miden-vm/bin/miden-vm
MIDEN_WORKLOADS := ../shared/bench/miden

# One cargo invocation for the three binaries, so that they share one feature resolution.
BENCH_BUILD := $(CARGO) build --release --bin zkcc --bin zkvm --bin zkvm-bench

bench: deps
	$(BENCH_BUILD)
	$(RELEASE)/zkvm-bench suite

# A long run (the 1 MiB sort, about 60 M cycles) proven in segments of 2^BENCH_SEGMENT_LOG
# rows (default 19), against a single-trace 2^20 proof; about 110 minutes on 2 cores.
bench-segments: deps
	$(BENCH_BUILD)
	$(RELEASE)/zkvm-bench segments

# Zero-knowledge proofs against plain ones, side by side (scripts/bench_zk.sh).
bench-zk: build
	bash scripts/bench_zk.sh

# One process against a local Ray of 2 workers, and verify time against segments
# (scripts/bench_ray.sh).
bench-ray: build
	bash scripts/bench_ray.sh

# Miden VM 0.23.5 is installed into target/miden-vm when missing (~15 minutes on 2 cores).
bench-compare: deps
	@test -f $(MIDEN_WORKLOADS)/lcg_loop.masm || { echo "error: the Miden workloads are missing: expected $(MIDEN_WORKLOADS)/ (relative to the repository root)"; exit 2; }
	@test -x $(MIDEN_VM) || $(CARGO) install miden-vm@0.23.5 --locked --features "executable concurrent" --root target/miden-vm
	$(BENCH_BUILD)
	$(RELEASE)/zkvm-bench compare --miden $(MIDEN_VM) --workloads $(MIDEN_WORKLOADS)

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

clean:
	$(CARGO) clean
