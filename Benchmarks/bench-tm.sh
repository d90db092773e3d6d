#!/usr/bin/env bash
# Translation memory at scale (release build): imports 1,000,000 units varied from real
# sentences of ../shared/data through `tandem tm import`, then answers 1,000 fuzzy
# queries (min score 70) through `tandem tm lookup --batch`. Prints the import rate,
# per-query latency (p50/p95, from the arrival time of each output line), peak memory
# of each step and the store size on disk; the time of one warm lookup as a whole process
# (what a CAT plug-in pays); and recall against an exhaustive scan over the same units
# (`tm lookup --batch --exhaustive`, which scores every unit): recall@1 = queries whose
# top match has the best score there is, recall@5 = the 5 best scores all returned.
# Then the same for a PostgreSQL memory (a throw-away cluster, Tools/postgres-cluster, or
# TM_BENCH_POSTGRES=URL of an empty database), whose lookups are compared line by line with
# the SQLite memory's instead of with a second scan. Prints figures; asserts nothing.
# TM_BENCH_UNITS overrides the number of units (e.g. for a quick run); TM_BENCH_RECALL_QUERIES
# the number of queries the exhaustive scan answers (default 200: it scores every unit for each).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-../shared}
UNITS=${TM_BENCH_UNITS:-1000000}
WORK=$(mktemp -d) PG=$(mktemp -d)  # the cluster's own directory: its server runs as another user when we are root
cleanup() { Tools/postgres-cluster stop "$PG"; rm -rf "$WORK" "$PG"; }
trap cleanup EXIT
POSTGRES=${TM_BENCH_POSTGRES:-}
if [ -z "$POSTGRES" ]; then
  POSTGRES=$(Tools/postgres-cluster start "$PG") || { echo "bench-tm: no PostgreSQL server; SQLite only" >&2; POSTGRES=none; }
fi

python3 Benchmarks/generate-tm-corpus.py --shared "$SHARED" --units "$UNITS" --queries 1000 --out "$WORK"

python3 - "$TANDEM" "$WORK" "$UNITS" "${TM_BENCH_RECALL_QUERIES:-200}" "$POSTGRES" <<'PY'
import json, os, re, resource, subprocess, sys, time
tandem, work, units, recall_queries, postgres = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

def peak_mib():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest child so far

def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

def bench(store, label, reference=None):
    cpu_before = cpu_seconds()
    start = time.perf_counter()
    subprocess.run([tandem, "tm", "import", "--tm", store, "--source-lang", "de", "--target-lang", "en",
                    os.path.join(work, "units.tsv")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    import_cpu = cpu_seconds() - cpu_before
    import_peak = peak_mib()
    stats = subprocess.run([tandem, "tm", "stats", "--tm", store], check=True, capture_output=True, text=True).stdout
    size = float(re.search(r"size on disk: ([0-9.]+) MiB", stats).group(1)) * 1048576
    print(f"{label} tm import: {units} units in {seconds:.1f} s = {units / seconds:,.0f} units/s (target >= 50,000)")
    print(f"{label} tm import: {import_cpu:.1f} s CPU (user+sys, all threads) = {import_cpu * 1e6 / units:.1f} us/unit; "
          f"load average now {os.getloadavg()[0]:.1f}")
    # On a loaded machine the wall time says little; CPU time spread over the cores bounds what an idle one could do.
    print(f"{label} tm import: at most {units / (import_cpu / (os.cpu_count() or 1)):,.0f} units/s on {os.cpu_count()} idle cores "
          f"(CPU time spread evenly; an upper bound{'; without the server process' if reference is not None else ''})")
    print(f"{label} tm import: peak memory {import_peak:.0f} MiB (target <= 1024)")
    print(f"{label} store size on disk: {size / 1048576:.0f} MiB ({size / units:.0f} bytes/unit)")

    cpu_before = cpu_seconds()
    proc = subprocess.Popen([tandem, "tm", "lookup", "--tm", store, "--min-score", "70", "--batch",
                             os.path.join(work, "queries.txt")], stdout=subprocess.PIPE)
    latencies, matched, last, answers = [], 0, time.perf_counter(), []
    for line in proc.stdout:
        now = time.perf_counter()
        latencies.append((now - last) * 1000)
        last = now
        answers.append(re.sub(rb'"changed":"[^"]*"', b"", line))  # the import time differs between stores
        if b'"matches":[]' not in line:
            matched += 1
    if proc.wait() != 0:
        sys.exit("tm lookup --batch failed")
    lookup_peak = peak_mib()
    lookup_cpu = cpu_seconds() - cpu_before
    latencies.sort()
    pct = lambda p: latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]
    print(f"{label} tm lookup --batch: {len(latencies)} queries, {matched} with matches >= 70")
    print(f"{label} tm lookup --batch: p50 {pct(50):.2f} ms, p95 {pct(95):.2f} ms, max {latencies[-1]:.2f} ms "
          f"(first query includes start-up; targets p50 <= 5, p95 <= 20)")
    print(f"{label} tm lookup --batch: {lookup_cpu * 1000 / len(latencies):.2f} ms CPU per query on average (start-up included)")
    print(f"{label} peak memory over import and lookup: {max(import_peak, lookup_peak):.0f} MiB")

    # One lookup as a whole process, warm (the memory file in the page cache): start-up, opening, the pair, the query.
    queries = open(os.path.join(work, "queries.txt"), encoding="utf-8").read().splitlines()
    single = []
    for q in queries[:21]:
        start = time.perf_counter()
        subprocess.run([tandem, "tm", "lookup", "--tm", store, "--min-score", "70", "--json", q],
                       check=True, stdout=subprocess.DEVNULL)
        single.append((time.perf_counter() - start) * 1000)
    single.sort()
    print(f"{label} tm lookup (one process per query, warm): median {single[len(single) // 2]:.1f} ms, "
          f"max {single[-1]:.1f} ms over {len(single)} (target <= 50)")

    if reference is not None:
        same = sum(1 for a, b in zip(answers, reference) if a == b)
        print(f"{label} tm lookup --batch: {same}/{len(reference)} answers identical to the SQLite memory's "
              f"(import dates aside)")
        return answers
    # Recall against scoring every unit, same queries, same scorer.
    subset = os.path.join(work, "recall-queries.txt")
    with open(subset, "w", encoding="utf-8") as f:
        f.write("\n".join(queries[:recall_queries]) + "\n")
    def run(extra):
        out = subprocess.run([tandem, "tm", "lookup", "--tm", store, "--min-score", "70", "--limit", "5", "--batch", subset]
                             + extra, check=True, stdout=subprocess.PIPE).stdout.decode()
        return [[m["score"] for m in json.loads(line)["matches"]] for line in out.splitlines()]
    start = time.perf_counter()
    truth = run(["--exhaustive"])
    scan_seconds = time.perf_counter() - start
    found = run([])
    with_match = [k for k, t in enumerate(truth) if t]
    at1 = sum(1 for k in with_match if found[k] and found[k][0] == truth[k][0])
    at5 = sum(1 for k in with_match if found[k] == truth[k])
    n = max(1, len(with_match))
    print(f"recall vs exhaustive scan ({len(truth)} queries, {len(with_match)} with a match >= 70; "
          f"scan {scan_seconds / max(1, len(truth)) * 1000:.0f} ms/query): "
          f"recall@1 {100 * at1 / n:.2f}% (target >= 99.5), all 5 best {100 * at5 / n:.2f}%")
    return answers


print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the run")
answers = bench(os.path.join(work, "memory.sqlite"), "SQLite:")
if postgres != "none":
    bench(postgres, "PostgreSQL:", reference=answers)
PY
