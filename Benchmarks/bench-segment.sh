#!/usr/bin/env bash
# Throughput of the whole `tandem segment` process on 5 MB of German prose
# (release build): MB/s from the best of several runs, and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-../shared}
input="$SHARED/data/segmentation/de_5mb.txt"
runs=${RUNS:-7}
bytes=$(wc -c < "$input")
log=$(mktemp)
trap 'rm -f "$log"' EXIT

"$TANDEM" segment --lang de "$input" > /dev/null  # warm the page cache
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -a -o "$log" "$TANDEM" segment --lang de "$input" > /dev/null
done
sentences=$("$TANDEM" segment --lang de "$input" | grep -c .)

awk -v bytes="$bytes" -v runs="$runs" -v sentences="$sentences" '
  { wall = $1; cpu = $2 + $3; if (NR == 1 || wall < best) best = wall; if (NR == 1 || cpu < bestcpu) bestcpu = cpu
    if ($4 > peak) peak = $4; total += wall }
  END {
    mb = bytes / 1e6
    printf "segment de_5mb.txt: %.1f MB, %d sentences, best of %d runs\n", mb, sentences, runs
    printf "  wall %.3f s (mean %.3f s)  ->  %.1f MB/s\n", best, total / runs, mb / (best > 0 ? best : 0.001)
    printf "  cpu  %.3f s (user + sys)   ->  %.1f MB/s\n", bestcpu, mb / (bestcpu > 0 ? bestcpu : 0.001)
    printf "  peak memory %.1f MB\n", peak / 1024
  }' "$log"
# Wall time depends on what else runs: say how busy the machine was.
echo "  load average $(cut -d ' ' -f 1-3 /proc/loadavg) on $(nproc) cores"
