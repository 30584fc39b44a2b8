# zkvm: build, test and demo. A fresh Debian machine needs nothing but `make demo` / `make test`:
# `deps` installs the system packages (LLVM 22, clang-22, csmith) when they are missing.

SHELL := /bin/bash
CARGO ?= cargo
RELEASE := target/release
DEMO_DIR := target/demo
APT_PACKAGES := llvm-22-dev clang-22 libpolly-22-dev libzstd-dev csmith libcsmith-dev

.PHONY: all deps build test test-long demo bench bench-compare clean fmt lint

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

build: deps
	$(CARGO) build --release --bin zkcc --bin zkvm

test: deps
	$(CARGO) test --workspace

test-long: deps
	ZKVM_TEST_LONG=1 $(CARGO) test --workspace -- --include-ignored

demo: build
	@mkdir -p $(DEMO_DIR)
	$(RELEASE)/zkcc examples/c/collatz.c -o $(DEMO_DIR)/collatz.zkbin
	$(RELEASE)/zkvm info $(DEMO_DIR)/collatz.zkbin
	printf '27' > $(DEMO_DIR)/input.txt
	$(RELEASE)/zkvm run $(DEMO_DIR)/collatz.zkbin --input $(DEMO_DIR)/input.txt
	$(RELEASE)/zkvm prove $(DEMO_DIR)/collatz.zkbin --input $(DEMO_DIR)/input.txt -o $(DEMO_DIR)/collatz.proof
	$(RELEASE)/zkvm verify $(DEMO_DIR)/collatz.proof $(DEMO_DIR)/collatz.zkbin --journal $(DEMO_DIR)/journal.bin
	@echo "verified journal: $$(cat $(DEMO_DIR)/journal.bin)"

# Benchmarks (not part of `make test`): BENCH_RUNS runs per median (default 3),
# BENCH_MAX_LOG the largest trace proved, as a power of two (default 20; 2^21 needs ~20 GiB).
MIDEN_VM := target/miden-vm/bin/miden-vm
MIDEN_WORKLOADS := ../shared/bench/miden

# One cargo invocation for the three binaries, so that they share one feature resolution.
BENCH_BUILD := $(CARGO) build --release --bin zkcc --bin zkvm --bin zkvm-bench

bench: deps
	$(BENCH_BUILD)
	$(RELEASE)/zkvm-bench suite

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
