#!/usr/bin/env python3
"""Lists the disagreements with a gold alignment that a person should look at first: the 1-1
links of TEST that the gold does not have, but where the gold pairs the same source sentence with
the next or previous target sentence (a one-sentence shift). On the OPUS books, whose gold was
partly made with hunalign, these are where the gold most often slipped: print a sample with both
candidate translations and judge them by reading.

Prints the counts, then SAMPLE random cases (seeded, so a rerun shows the same ones).

Usage: Benchmarks/gold-shifts.py TEST.links GOLD.links SOURCE.txt TARGET.txt [--sample N] [--seed S]
(link files as `tandem align --format links` writes them; texts one sentence per line)
"""
import argparse, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from confidence_data import read_links


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('test')
    parser.add_argument('gold')
    parser.add_argument('source')
    parser.add_argument('target')
    parser.add_argument('--sample', type=int, default=10)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    test, gold = read_links(args.test), read_links(args.gold)
    with open(args.source, encoding='utf-8') as f:
        source = f.read().split('\n')
    with open(args.target, encoding='utf-8') as f:
        target = f.read().split('\n')
    gold_one_to_one = {s[0]: t[0] for s, t in gold if len(s) == 1 and len(t) == 1}
    wrong = test - gold
    wrong_one_to_one = sorted(l for l in wrong if len(l[0]) == 1 and len(l[1]) == 1)
    shifted = [l for l in wrong_one_to_one
               if l[0][0] in gold_one_to_one and abs(gold_one_to_one[l[0][0]] - l[1][0]) == 1]
    print('%d links not in the gold; %d of them 1-1; %d of those shifted by one target sentence'
          % (len(wrong), len(wrong_one_to_one), len(shifted)))
    random.seed(args.seed)
    for (i,), (j,) in random.sample(shifted, min(args.sample, len(shifted))):
        g = gold_one_to_one[i]
        print('\nsource %d: %s' % (i, source[i]))
        print('  test %d: %s' % (j, target[j]))
        print('  gold %d: %s' % (g, target[g]))


if __name__ == '__main__':
    main()
