#!/usr/bin/env python3
"""Builds the translation-memory benchmark inputs from real sentences in ../shared/data.

Writes UNITS.tsv (German source TAB English target, one unit a line) and QUERIES.txt
(one German segment a line). Every unit is a real sentence varied by up to three
edits: two adjacent words swapped, a word inserted, a word deleted, a number changed
or added. Queries are real sentences varied by their own edits, so most have fuzzy
matches and some have exact ones. Seeded: the same arguments give the same files.
"""
import argparse
import os
import random
import re

def sentences_of(path, split):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", line) if split else [line]
            for s in parts:
                words = s.split()
                if 5 <= len(words) <= 40 and "\t" not in s:
                    yield s

def vary(words, rng, pool, edits):
    words = list(words)
    for _ in range(edits):
        kind = rng.randrange(5)
        if kind == 0 and len(words) > 2:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        elif kind == 1:
            words.insert(rng.randrange(len(words) + 1), rng.choice(rng.choice(pool)))
        elif kind == 2 and len(words) > 3:
            del words[rng.randrange(len(words))]
        else:
            numbers = [i for i, w in enumerate(words) if w.isdigit()]
            if numbers:
                words[rng.choice(numbers)] = str(rng.randrange(1, 2100))
            else:
                words.insert(rng.randrange(len(words) + 1), str(rng.randrange(1, 2100)))
    return words

def escape(field):
    """Tandem's TSV escapes (see Exchange TSVFormat): backslash first, then tab and line ends."""
    return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shared", required=True)
    p.add_argument("--units", type=int, default=1_000_000)
    p.add_argument("--queries", type=int, default=1000)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    data = os.path.join(a.shared, "data")
    german, english = [], []
    books = os.path.join(data, "books-deen")
    for name in sorted(os.listdir(books)):
        if name.endswith(".de"):
            german += list(sentences_of(os.path.join(books, name), False))
        elif name.endswith(".en"):
            english += list(sentences_of(os.path.join(books, name), False))
    textberg = os.path.join(data, "textberg")
    for name in sorted(os.listdir(textberg)):
        if name.endswith(".de"):
            german += list(sentences_of(os.path.join(textberg, name), False))
    german += list(sentences_of(os.path.join(data, "segmentation", "de_5mb.txt"), True))
    german = list(dict.fromkeys(german))
    bases = [s.split() for s in german]
    targets = [s.split() for s in english]
    rng = random.Random(20261126)
    with open(os.path.join(a.out, "units.tsv"), "w", encoding="utf-8") as out:
        for u in range(a.units):
            b = u % len(bases)
            source = vary(bases[b], rng, bases, rng.randrange(4) if u >= len(bases) else 0)
            target = vary(targets[b % len(targets)], rng, targets, rng.randrange(3))
            out.write(escape(" ".join(source)) + "\t" + escape(" ".join(target)) + "\n")
    stored = min(a.units, len(bases))
    rng = random.Random(7)
    with open(os.path.join(a.out, "queries.txt"), "w", encoding="utf-8") as out:
        for q in range(a.queries):
            b = rng.randrange(stored)
            out.write(" ".join(vary(bases[b], rng, bases, rng.randrange(3))) + "\n")
    print(f"generator: {len(bases)} real sentences, {a.units} units, {a.queries} queries")

if __name__ == "__main__":
    main()
