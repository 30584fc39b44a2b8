#!/usr/bin/env bash
# Distributed proving, measured side by side: the same segmented run of the LCG loop
# (bench/guests/c/lcg.c) proven by one process (`zkvm prove`) and by a local Ray with
# BENCH_RAY_WORKERS (default 2) workers (`zkvm prove --workers N`, Ray's start
# included), interleaved run by run; medians of BENCH_RUNS (default 3) wall times.
# Then the verify time of plain proofs of 1 to 8 segments, which grows linearly.
# Usage: make bench-ray (after make build and make deps). BENCH_RAY_N: the loop length.
set -euo pipefail
runs=${BENCH_RUNS:-3}
n=${BENCH_RAY_N:-62000}
workers=${BENCH_RAY_WORKERS:-2}
log=${BENCH_RAY_LOG:-17}
out=target/bench/ray
mkdir -p "$out"
zkcc=target/release/zkcc
zkvm=target/release/zkvm
"$zkcc" bench/guests/c/lcg.c -o "$out/lcg.zkbin"
input() { python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<I', $1))" > "$2"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

input "$n" "$out/lcg.in"
cycles=$("$zkvm" run "$out/lcg.zkbin" --input "$out/lcg.in" 2>&1 >/dev/null | grep -o '[0-9]* cycles' | head -1 | cut -d' ' -f1)
modes=("" "--workers $workers")
names=("one process" "local Ray, $workers workers")
for r in $(seq "$runs"); do
  for m in "${!modes[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "time %e" "$zkvm" prove "$out/lcg.zkbin" --input "$out/lcg.in" --segment-log "$log" \
      ${modes[$m]} -o "$out/lcg.$m.$r.proof" 2> "$out/lcg.$m.$r.prove" > /dev/null
    "$zkvm" verify "$out/lcg.$m.$r.proof" "$out/lcg.zkbin" 2> "$out/lcg.$m.$r.verify"
  done
done
echo "| LCG N | cycles | segments of 2^$log rows | prover | wall (s) | ratio |"
echo "|---|---|---|---|---|---|"
base=""
for m in "${!modes[@]}"; do
  segments=$(grep -o '[0-9]* segments' "$out/lcg.$m.1.verify" | cut -d' ' -f1)
  secs=$(for r in $(seq "$runs"); do grep '^time' "$out/lcg.$m.$r.prove" | cut -d' ' -f2; done | median)
  base=${base:-$secs}
  ratio=$(awk -v a="$secs" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
  echo "| $n | $cycles | $segments | ${names[$m]} | $secs | $ratio |"
done

echo
echo "| segments of 2^16 rows (plain, fast) | LCG N | proof (KiB) | verify (ms) |"
echo "|---|---|---|---|"
for k in 1 2 4 8; do
  # 65,470 cycles per segment, 8 cycles per iteration.
  m=$(( k * 8150 - 500 ))
  input "$m" "$out/v.$k.in"
  "$zkvm" prove "$out/lcg.zkbin" --input "$out/v.$k.in" --no-zk --segment-log 16 -o "$out/v.$k.proof" 2> /dev/null
  ms=$(for r in $(seq "$runs"); do
    "$zkvm" verify "$out/v.$k.proof" "$out/lcg.zkbin" 2>&1 | grep -o 'verified in [0-9.]* ms' | cut -d' ' -f3
  done | median)
  kib=$(stat -c %s "$out/v.$k.proof" | awk '{ printf "%.1f", $1 / 1024 }')
  echo "| $k | $m | $kib | $ms |"
done
