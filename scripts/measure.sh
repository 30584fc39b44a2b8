#!/usr/bin/env bash
# Measures the pipeline on the LCG workload at about 2^16, 2^18 and 2^20 cycles and on the
# demo: cycles, trace shape, prove time, peak memory, proof size, verify time, plus the
# executor's speed. Prints a markdown table. Run from the repository root after `make build`.
set -euo pipefail
out=target/measure
mkdir -p "$out"
clang-22 --target=x86_64-unknown-linux-gnu -ffreestanding -fno-stack-protector -O2 -I stdlib/include \
    -S -emit-llvm examples/c/lcg.c -o "$out/lcg.ll"
target/release/zkcc "$out/lcg.ll" -o "$out/lcg.zkbin"
clang-22 --target=x86_64-unknown-linux-gnu -ffreestanding -fno-stack-protector -O2 -I stdlib/include \
    -S -emit-llvm examples/c/collatz.c -o "$out/collatz.ll"
target/release/zkcc "$out/collatz.ll" -o "$out/collatz.zkbin"

echo "| workload | cycles | trace (width x height) | prove | peak RSS | proof | verify |"
echo "|---|---|---|---|---|---|---|"
measure() {
    local name=$1 prog=$2 input=$3
    /usr/bin/time -f '%M' -o "$out/rss" target/release/zkvm prove "$prog" --input "$input" \
        -o "$out/p.proof" 2> "$out/prove.log"
    local cycles trace prove size verify
    cycles=$(grep -o 'proved [0-9]* cycles' "$out/prove.log" | grep -o '[0-9]*')
    trace=$(grep -o 'trace [0-9]* x [0-9]*' "$out/prove.log" | sed 's/trace //')
    prove=$(grep -o 'prove [0-9.]* s' "$out/prove.log" | sed 's/prove //')
    size=$(grep -o 'proof [0-9]* bytes' "$out/prove.log" | grep -o '[0-9]*')
    target/release/zkvm verify "$out/p.proof" "$prog" 2> "$out/verify.log"
    verify=$(grep -o 'verified in [0-9.]* ms' "$out/verify.log" | sed 's/verified in //')
    echo "| $name | $cycles | $trace | $prove | $(( $(cat "$out/rss") / 1024 )) MiB | $(( size / 1024 )) KiB | $verify |"
}
printf 27 > "$out/27"
measure "demo (collatz 27)" "$out/collatz.zkbin" "$out/27"
for n in 80000 340000 1390000; do
    printf "$n" > "$out/n"
    measure "lcg N=$n" "$out/lcg.zkbin" "$out/n"
done
printf 100000000 > "$out/n"
target/release/zkvm run "$out/lcg.zkbin" --input "$out/n" 2>&1 | grep cycles | sed 's/^/executor, no trace: /'
