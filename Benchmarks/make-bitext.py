#!/usr/bin/env python3
"""Builds a synthetic German-English bitext of about N sentences a side by
concatenating the books in SHARED/data/books-deen (repeated as needed), and
the matching gold links, offset per copy.

usage: make-bitext.py SHARED N OUTPREFIX   -> OUTPREFIX.de, .en, .deen
"""
import re, sys

shared, n, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
books = ["kafka_verwandlung", "alice", "machiavelli_principe"]

def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")

de_out, en_out, links_out = [], [], []
k = 0
while len(de_out) < n:
    book = books[k % len(books)]
    k += 1
    de = lines(f"{shared}/data/books-deen/{book}.de")
    en = lines(f"{shared}/data/books-deen/{book}.en")
    ds, es = len(de_out), len(en_out)
    for line in lines(f"{shared}/data/books-deen/{book}.deen"):
        m = re.fullmatch(r"\[([\d,\s]*)\]:\[([\d,\s]*)\]", line.strip())
        if not m:
            continue
        src = [int(x) + ds for x in m.group(1).replace(",", " ").split()]
        tgt = [int(x) + es for x in m.group(2).replace(",", " ").split()]
        links_out.append("[%s]:[%s]" % (", ".join(map(str, src)), ", ".join(map(str, tgt))))
    de_out += de
    en_out += en

for ext, data in (("de", de_out), ("en", en_out), ("deen", links_out)):
    with open(f"{prefix}.{ext}", "w", encoding="utf-8") as f:
        f.write("\n".join(data) + "\n")
