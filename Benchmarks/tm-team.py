#!/usr/bin/env python3
"""A team on one PostgreSQL memory (issue 14), end to end through `tandem tm`.

4 imports of distinct TMX files (UNITS/4 units each) run at once while 8 processes each
answer 100 queries with `tm lookup --batch`. Then: no command failed, the memory holds
exactly UNITS units, `tm check` finds it sound, and 800 lookups give byte-identical JSON
on PostgreSQL and on a SQLite memory of the same units imported in the same order.
Last, an import killed halfway leaves nothing of itself.

Prints the figures (import rate, lookup p50/p95 during and after the imports); exits 1
when a condition fails, so `.ci/checks/65-postgres.sh` runs it as a test and
`Benchmarks/bench-tm-team.sh` as a benchmark.

    tm-team.py --tandem BIN --shared ../shared --postgres URL --work DIR [--units 200000]
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import time
from xml.sax.saxutils import escape

p = argparse.ArgumentParser()
p.add_argument("--tandem", required=True)
p.add_argument("--shared", required=True)
p.add_argument("--postgres", required=True, help="URL of an empty database")
p.add_argument("--work", required=True)
p.add_argument("--units", type=int, default=200_000)
args = p.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}")


def tandem(*arguments, **kwargs):
    return subprocess.run([args.tandem, *arguments], **kwargs)


# Distinct units: the generator's varied sentences, first occurrences only, with fixed dates
# so that both memories store the same values.
subprocess.run([sys.executable, os.path.join(here, "generate-tm-corpus.py"), "--shared", args.shared,
                "--units", str(args.units + args.units // 10), "--queries", "800", "--out", args.work], check=True)
seen, units = set(), []
with open(os.path.join(args.work, "units.tsv"), encoding="utf-8") as f:
    for line in f:
        source, target = line.rstrip("\n").split("\t")
        if (source, target) not in seen:
            seen.add((source, target))
            units.append((source, target))
check(len(units) >= args.units, f"only {len(units)} distinct units generated")
units = units[:args.units]
files = []
quarter = args.units // 4
for k in range(4):
    path = os.path.join(args.work, f"team-{k}.tmx")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="tm-team.py" '
                  'creationtoolversion="1" segtype="sentence" o-tmf="tsv" adminlang="en" srclang="de" datatype="plaintext"/>\n<body>\n')
        for n, (source, target) in enumerate(units[k * quarter:(k + 1) * quarter]):
            date = f"2024{1 + n % 12:02d}{1 + n % 28:02d}T120000Z"
            out.write(f'<tu changedate="{date}" creationdate="{date}"><tuv xml:lang="de"><seg>{escape(source)}</seg></tuv>'
                      f'<tuv xml:lang="en"><seg>{escape(target)}</seg></tuv></tu>\n')
        out.write("</body></tmx>\n")
    files.append(path)
queries = open(os.path.join(args.work, "queries.txt"), encoding="utf-8").read().splitlines()[:800]
batches = []
for k in range(8):
    path = os.path.join(args.work, f"queries-{k}.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(queries[k * 100:(k + 1) * 100]) + "\n")
    batches.append(path)
all_queries = os.path.join(args.work, "queries-all.txt")
with open(all_queries, "w", encoding="utf-8") as f:
    f.write("\n".join(queries) + "\n")

url = args.postgres
pair = ["--source-lang", "de", "--target-lang", "en"]
check(tandem("tm", "migrate", "--tm", url, stdout=subprocess.DEVNULL).returncode == 0, "tm migrate failed")

print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the run")
start = time.perf_counter()
imports = [subprocess.Popen([args.tandem, "tm", "import", "--tm", url, path], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE) for path in files]
lookups = [subprocess.Popen([args.tandem, "tm", "lookup", "--tm", url, *pair, "--min-score", "70", "--batch", path],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE) for path in batches]
finished = []  # (file, seconds) in the order the imports ended: the order their units were numbered
pending = dict(enumerate(imports))
while pending:
    for k, proc in list(pending.items()):
        if proc.poll() is not None:
            finished.append((k, time.perf_counter() - start))
            del pending[k]
    time.sleep(0.01)
import_seconds = time.perf_counter() - start
for k, proc in enumerate(imports):
    out, err = proc.communicate()
    check(proc.returncode == 0, f"import of {files[k]} exited {proc.returncode}: {err.decode()[-300:]}")
lines = 0
for k, proc in enumerate(lookups):
    out, err = proc.communicate()
    check(proc.returncode == 0, f"lookup batch {k} exited {proc.returncode}: {err.decode()[-300:]}")
    lines += len(out.splitlines())
check(lines == 800, f"the 8 lookup processes printed {lines} lines, not 800")
lookup_seconds = time.perf_counter() - start
print(f"team: 4 imports of {quarter} units at once: all done in {import_seconds:.1f} s = "
      f"{args.units / import_seconds:,.0f} units/s (they take turns; each ended at "
      + ", ".join(f"{s:.1f} s" for _, s in finished) + ")")
print(f"team: 8 × 100 lookups during the imports: {lines} answered, the last at {lookup_seconds:.1f} s")

stats = tandem("tm", "stats", "--tm", url, capture_output=True, text=True).stdout
stored = next((int(l.split()[1]) for l in stats.splitlines() if l.startswith("units:")), -1)
check(stored == args.units, f"the memory holds {stored} units, not {args.units}")
check(tandem("tm", "check", "--tm", url, stdout=subprocess.DEVNULL).returncode == 0, "tm check: not sound")

# The same units into SQLite, in the order PostgreSQL numbered them.
sqlite = os.path.join(args.work, "reference.sqlite")
for k, _ in finished:
    check(tandem("tm", "import", "--tm", sqlite, files[k], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
          .returncode == 0, f"SQLite import of {files[k]} failed")


def timed_batch(memory):
    proc = subprocess.Popen([args.tandem, "tm", "lookup", "--tm", memory, *pair, "--min-score", "70", "--batch",
                             all_queries], stdout=subprocess.PIPE)
    latencies, output, last = [], [], time.perf_counter()
    for line in proc.stdout:
        now = time.perf_counter()
        latencies.append((now - last) * 1000)
        last = now
        output.append(line)
    check(proc.wait() == 0, f"lookup --batch on {memory} failed")
    latencies.sort()
    pct = lambda q: latencies[min(len(latencies) - 1, int(q / 100 * len(latencies)))] if latencies else float("nan")
    return output, pct(50), pct(95)


postgres_out, pg50, pg95 = timed_batch(url)
sqlite_out, sq50, sq95 = timed_batch(sqlite)
same = sum(1 for a, b in zip(postgres_out, sqlite_out) if a == b)
matched = sum(1 for line in sqlite_out if json.loads(line)["matches"])
check(len(postgres_out) == 800 and same == 800, f"{800 - same} of 800 lookups differ between PostgreSQL and SQLite")
print(f"team: 800 lookups after the imports: {same}/800 identical to SQLite ({matched} with matches >= 70)")
print(f"team: lookup p50/p95 PostgreSQL {pg50:.2f}/{pg95:.2f} ms, SQLite {sq50:.2f}/{sq95:.2f} ms")

# A killed import leaves nothing of itself: new units (another target each), killed once it
# has reported half of them read, when thousands are on the server inside its transaction.
drafts = os.path.join(args.work, "drafts.tsv")
draft_count = max(args.units, 100_000)
with open(drafts, "w", encoding="utf-8") as f:
    for n in range(draft_count):
        source, target = units[n % len(units)]
        f.write(f"{source}\t{target} (draft {n // len(units)})\n")
killed = subprocess.Popen([args.tandem, "tm", "import", "--tm", url, *pair, drafts], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
for line in killed.stderr:
    if line.startswith("import: ") and int(line.split()[1]) >= draft_count // 2:
        break
killed.send_signal(signal.SIGKILL)
killed.wait()
stats = tandem("tm", "stats", "--tm", url, capture_output=True, text=True).stdout
after = next((int(l.split()[1]) for l in stats.splitlines() if l.startswith("units:")), -1)
check(killed.returncode == -signal.SIGKILL, f"the import to kill ended by itself ({killed.returncode})")
check(after == args.units, f"after a killed import the memory holds {after} units, not {args.units}")
check(tandem("tm", "check", "--tm", url, stdout=subprocess.DEVNULL).returncode == 0, "tm check after the kill: not sound")
print(f"team: an import killed after reading {draft_count // 2} new units: the memory still holds {after} units")

if failures:
    sys.exit(f"tm-team: {len(failures)} failures")
print("tm-team: all conditions hold")
