#!/usr/bin/env python3
"""Links in the Text+Berg format (`[1, 2]:[3]`, one a line) from standard input, with every
source index moved by DS and every target index by ES: the links of one book placed after
the books before it in a concatenation (bench-anchors.sh ALL=1, bench-concatenated.sh).

Usage: shift-links.py DS ES < LINKS
"""
import re, sys

ds, es = int(sys.argv[1]), int(sys.argv[2])
for line in sys.stdin:
    m = re.fullmatch(r"\[([\d,\s]*)\]:\[([\d,\s]*)\]", line.strip())
    if not m:
        continue
    s, t = ([int(x) + d for x in g.replace(",", " ").split()] for g, d in zip(m.groups(), (ds, es)))
    print("[%s]:[%s]" % (", ".join(map(str, s)), ", ".join(map(str, t))))
