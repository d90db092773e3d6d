#!/usr/bin/env bash
# Throughput of the whole `tandem segment` process on 5 MB of German prose
# (release build) beside raw ICU (Benchmarks/icu-segment.c: read, UTF-16,
# ICU's sentence iterator, write trimmed sentences; no rules), in the same
# run on the same file: MB/s from the best of several runs, peak memory, and
# the ratio Tandem / ICU (by CPU time, which a busy machine disturbs less
# than wall time; both are printed).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-../shared}
input="$SHARED/data/segmentation/de_5mb.txt"
runs=${RUNS:-7}
bytes=$(wc -c < "$input")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O2 Benchmarks/icu-segment.c -o "$work/icu-segment" -licuuc -licui18n

measure() {  # NAME LABEL COMMAND...: prints best-of-$runs figures, writes MB/s (wall, cpu) to $work/NAME.figures
  local name=$1 label=$2 log=$work/$1.log
  shift 2
  "$@" > /dev/null 2>&1  # warm the page cache
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -a -o "$log" "$@" > /dev/null 2> /dev/null
  done
  awk -v bytes="$bytes" -v runs="$runs" -v name="$label" '
    { wall = $1; cpu = $2 + $3; if (NR == 1 || wall < best) best = wall; if (NR == 1 || cpu < bestcpu) bestcpu = cpu
      if ($4 > peak) peak = $4; total += wall }
    END {
      mb = bytes / 1e6
      if (best <= 0) best = 0.001; if (bestcpu <= 0) bestcpu = 0.001
      printf "%s: wall %.3f s (mean %.3f s) -> %.1f MB/s; cpu %.3f s -> %.1f MB/s; peak memory %.1f MB\n", \
        name, best, total / runs, mb / best, bestcpu, mb / bestcpu, peak / 1024
      printf "%f %f\n", mb / best, mb / bestcpu > "/dev/stderr"
    }' "$log" 2> "$work/$name.figures"
}

sentences=$("$TANDEM" segment --lang de "$input" | grep -c .)
icu_sentences=$("$work/icu-segment" "$input" de 2> /dev/null | grep -c .)
awk -v bytes="$bytes" -v runs="$runs" -v s="$sentences" -v i="$icu_sentences" \
  'BEGIN { printf "segment de_5mb.txt: %.1f MB, best of %d runs; tandem %d sentences, ICU alone %d\n", bytes / 1e6, runs, s, i }'
measure tandem "  tandem segment --lang de" "$TANDEM" segment --lang de "$input"
measure icu "  ICU (icu-segment.c)     " "$work/icu-segment" "$input" de
read -r tandem_wall tandem_cpu < "$work/tandem.figures"
read -r icu_wall icu_cpu < "$work/icu.figures"
awk -v tw="$tandem_wall" -v tc="$tandem_cpu" -v iw="$icu_wall" -v ic="$icu_cpu" \
  'BEGIN { printf "  ratio tandem / ICU: %.2f by cpu time, %.2f by wall time (goal >= 0.7)\n", tc / ic, tw / iw }'
# Wall time depends on what else runs: say how busy the machine was.
echo "  load average $(cut -d ' ' -f 1-3 /proc/loadavg) on $(nproc) cores"
