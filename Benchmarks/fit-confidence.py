#!/usr/bin/env python3
"""Fits the coefficients of ConfidenceModel.standard (Sources/Alignment/ConfidenceModel.swift):
a logistic regression of "the link is right" (strict match with the gold) on the link's
evidence, over the five books of ../shared/data/books-opus.  The books of books-deen are left
out so that Benchmarks/bench-confidence.sh can check the model on books it has not seen.

Prints the Swift array to paste into ConfidenceModel.standard (which then takes the lower of
the model and the copy posterior, see ConfidenceModel.confidence).  Pure Python (Newton's method
with a small ridge penalty); needs a release build ($TANDEM).

Usage: Benchmarks/fit-confidence.py [--tandem PATH] [--shared DIR] [--work DIR]
"""
import math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import confidence_data as data

NAMES = (['intercept'] + ['shape %d-%d' % shape for shape in data.SHAPES]
         + ['logit(copy posterior), 2 sides', 'logit(copy posterior), gap', 'logit(neighbour posterior)',
            'length cost', 'shifted support', 'irregular link next', 'irregular link 2 away',
            'first pass chose another link'])
RIDGE = 1e-3


def solve(a, b):
    """a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(xs, ys, iterations=30):
    d = len(xs[0])
    w = [0.0] * d
    for _ in range(iterations):
        grad = [-RIDGE * len(xs) * wi for wi in w]
        hess = [[(RIDGE * len(xs) if i == j else 0.0) for j in range(d)] for i in range(d)]
        for x, y in zip(xs, ys):
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(min(z, 50), -50)))
            g = y - p
            h = p * (1 - p)
            for i in range(d):
                grad[i] += g * x[i]
                hx = h * x[i]
                for j in range(i, d):
                    hess[i][j] += hx * x[j]
        for i in range(d):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = solve(hess, grad)
        w = [wi + si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def main():
    a, work = data.arguments(__doc__)
    xs, ys = [], []
    for name in data.OPUS:
        rows = data.labelled(a.tandem, a.shared, name, work)
        xs += [data.features(link) for link, _ in rows]
        ys += [1.0 if right else 0.0 for _, right in rows]
        print('%s: %d links, %.1f%% right' % (name, len(rows), 100 * sum(r for _, r in rows) / max(len(rows), 1)),
              file=sys.stderr)
    w = fit(xs, ys)
    for name, value in zip(NAMES, w):
        print('  %-28s %8.4f' % (name, value), file=sys.stderr)
    print('[' + ', '.join('%.4f' % v for v in w) + ']')


if __name__ == '__main__':
    main()
