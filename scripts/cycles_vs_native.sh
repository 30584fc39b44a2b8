#!/usr/bin/env bash
# zkvm cycles against native x86-64 instructions of the same LLVM IR, for every program
# of the differential corpus: the C programs (tests/programs/c) and the Rust guests
# (tests/guests/*, examples/rust/* that are cdylibs). Prints a markdown table and the median ratio over
# the Rust guests. Run from the repository root after `make build` (needs valgrind).
#
# Native count: the IR linked by clang-22 -O1 with tests/native/zk_native.c, the
# runtime's SHA-256 and Keccak (stdlib/runtime/sha256.c, keccak.c, which glibc lacks) and glibc (as the
# tests do), run under `valgrind --tool=callgrind --toggle-collect=main`, so only
# instructions executed inside `main` and its callees count: process start-up, the
# dynamic loader, the journal's constructor and the exit handlers are excluded. What
# `main` calls in glibc (printf, fwrite, read for zk_read, malloc) counts on both sides,
# as the zkvm runs its own runtime for the same calls.
set -euo pipefail
out=target/cycles
mkdir -p "$out/ir" "$out/bin" "$out/in"
zkcc=target/release/zkcc
zkvm=target/release/zkvm

text() { yes 'The quick brown fox jumps over the lazy dog; zero knowledge 0123456789.' | head -c "$1" || true; }
text 4000 > "$out/in/text"
{ printf '\x11%.0s' {1..32}; printf 'pay 10 coins to alice'; } > "$out/in/k256"
printf '\x07' > "$out/in/panic"
: > "$out/in/empty"

# name kind ir input
rows=()
for src in tests/programs/c/*.c; do
    name=$(basename "$src" .c)
    clang-22 --target=x86_64-unknown-linux-gnu -ffreestanding -fno-stack-protector -O2 -I stdlib/include \
        -S -emit-llvm -o "$out/ir/c-$name.ll" "$src"
    rows+=("$name C $out/ir/c-$name.ll $out/in/empty")
done
for dir in tests/guests/* examples/rust/*; do
    # Only the guests that build themselves as whole-program cdylibs (fibonacci relies on
    # `zkcc build` for that).
    grep -q 'crate-type = \["cdylib"\]' "$dir/Cargo.toml" || continue
    name=$(basename "$dir")
    cargo rustc --release -q --manifest-path "$dir/Cargo.toml" --target-dir "$out/rust" -- --emit=llvm-ir
    krate=$(sed -n 's/^name = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -1 | tr - _)
    cp "$out/rust/release/deps/$krate.ll" "$out/ir/rust-$name.ll"
    input=$out/in/text
    [ -e "$out/in/$name" ] && input=$out/in/$name
    [ "$name" = ecdsa ] && input=examples/inputs/ecdsa.bin
    rows+=("$name Rust $out/ir/rust-$name.ll $input")
done

echo "| program | language | zkvm cycles | native instructions | ratio |"
echo "|---|---|---:|---:|---:|"
ratios=()
for row in "${rows[@]}"; do
    read -r name kind ir input <<< "$row"
    exe=$out/bin/$kind-$name
    clang-22 -O1 -Wno-override-module -o "$exe" "$ir" tests/native/zk_native.c \
        -idirafter stdlib/include stdlib/runtime/sha256.c stdlib/runtime/keccak.c -lm
    "$zkcc" "$ir" -o "$exe.zkbin" 2> /dev/null
    # (a guest's exit status is its own: a non-zero one is no failure here)
    cycles=$({ "$zkvm" run "$exe.zkbin" --input "$input" 2>&1 > /dev/null || true; } |
        sed -n 's/^zkvm: \([0-9]*\) cycles.*/\1/p')
    valgrind --tool=callgrind --toggle-collect=main --callgrind-out-file="$exe.callgrind" "$exe" \
        < "$input" > /dev/null 2> /dev/null || true
    native=$(sed -n 's/^summary: //p' "$exe.callgrind")
    ratio=$(awk -v a="$cycles" -v b="$native" 'BEGIN { printf "%.2f", a / b }')
    echo "| $name | $kind | $cycles | $native | $ratio |"
    [ "$kind" = Rust ] && ratios+=("$ratio")
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo
echo "Median zkvm cycles / native instructions over the ${#ratios[@]} Rust guests: $median"
