#!/usr/bin/env bash
# Regenerates the fuzz seed corpora under fuzz/corpus/ from fuzz/seeds/*.c and
# fuzz/statement.s, and writes the proof seed (a valid proof of
# fuzz/statement.s, too big to commit) to $PROOF_SEEDS (default target/fuzz/seeds/proof).
# Run from the repository root after `make build` (or set ZKCC / ZKVM).
set -euo pipefail
ZKCC=${ZKCC:-target/release/zkcc}
ZKVM=${ZKVM:-target/release/zkvm}
CLANG=${CLANG:-clang-22}
PROOF_SEEDS=${PROOF_SEEDS:-target/fuzz/seeds/proof}
corpus=fuzz/corpus
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [ "${1:-}" != "--proof-only" ]; then
  mkdir -p $corpus/{zkbin,execute,asm,zkcc,proof}
  cflags=(--target=x86_64-unknown-linux-gnu -ffreestanding -fno-stack-protector -O2 -I stdlib/include)
  for src in fuzz/seeds/*.c; do
    name=$(basename "$src" .c)
    "$CLANG" "${cflags[@]}" -S -emit-llvm "$src" -o $corpus/zkcc/$name.ll
    "$ZKCC" $corpus/zkcc/$name.ll -o $corpus/zkbin/$name.zkbin
    "$ZKCC" -S $corpus/zkcc/$name.ll -o $corpus/asm/$name.s
  done
  cp fuzz/statement.s $corpus/asm/statement.s
  "$ZKVM" asm fuzz/statement.s -o $corpus/zkbin/statement.zkbin
  cp $corpus/zkbin/*.zkbin $corpus/execute/
fi

mkdir -p "$PROOF_SEEDS"
"$ZKVM" asm fuzz/statement.s -o "$scratch/statement.zkbin"
"$ZKVM" prove "$scratch/statement.zkbin" -o "$PROOF_SEEDS/statement.proof" >/dev/null
