#!/usr/bin/env bash
# The cost of zero knowledge, measured side by side: the same runs of the LCG loop
# (bench/guests/c/lcg.c) proven plain with the fast profile (`--no-zk`), plain with
# the small profile (`--no-zk --proof-options small`, the same blowup as hiding
# proofs) and hiding (the default), interleaved run by run; medians of BENCH_RUNS
# (default 3) runs. Prints one Markdown table row per run length and mode.
# Usage: make bench-zk (after make build). BENCH_ZK_N: the loop lengths.
set -euo pipefail
runs=${BENCH_RUNS:-3}
lengths=${BENCH_ZK_N:-"8000 60000"}
out=target/bench/zk
mkdir -p "$out"
zkcc=target/release/zkcc
zkvm=target/release/zkvm
"$zkcc" bench/guests/c/lcg.c -o "$out/lcg.zkbin"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

modes=("--no-zk" "--no-zk --proof-options small" "")
names=("plain, fast" "plain, small" "zero-knowledge (small)")
echo "| LCG N | cycles | rows | proof | prove (s) | peak RSS (MiB) | proof (KiB) | verify (ms) |"
echo "|---|---|---|---|---|---|---|---|"
for n in $lengths; do
  python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<I', $n))" > "$out/lcg.$n.in"
  for r in $(seq "$runs"); do
    for m in "${!modes[@]}"; do
      log="$out/lcg.$n.$m.$r"
      # shellcheck disable=SC2086
      /usr/bin/time -f "time %e %M" "$zkvm" prove "$out/lcg.zkbin" --input "$out/lcg.$n.in" ${modes[$m]} \
        -o "$log.proof" 2> "$log.prove" > /dev/null
      "$zkvm" verify "$log.proof" "$out/lcg.zkbin" 2> "$log.verify"
      stat -c %s "$log.proof" > "$log.size"
    done
  done
  cycles=$("$zkvm" run "$out/lcg.zkbin" --input "$out/lcg.$n.in" 2>&1 >/dev/null | grep -o '[0-9]* cycles' | head -1 | cut -d' ' -f1)
  for m in "${!modes[@]}"; do
    rows=$(grep -o '2^[0-9]* rows' "$out/lcg.$n.$m.1.prove" | head -1)
    secs=$(for r in $(seq "$runs"); do grep '^time' "$out/lcg.$n.$m.$r.prove" | cut -d' ' -f2; done | median)
    rss=$(for r in $(seq "$runs"); do grep '^time' "$out/lcg.$n.$m.$r.prove" | awk '{ print int($3 / 1024) }'; done | median)
    kib=$(awk '{ printf "%.1f", $1 / 1024 }' "$out/lcg.$n.$m.1.size")
    ms=$(for r in $(seq "$runs"); do grep -o 'verified in [0-9.]* ms' "$out/lcg.$n.$m.$r.verify" | cut -d' ' -f3; done | median)
    echo "| $n | $cycles | $rows | ${names[$m]} | $secs | $rss | $kib | $ms |"
  done
done
