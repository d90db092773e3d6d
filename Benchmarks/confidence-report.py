#!/usr/bin/env python3
"""How honest `tandem align`'s confidence is, on the German-English books of ../shared.

Per book: strict F1 (../shared/tools/score-alignment), the share of links at >= .9 that are
right, and the share of wrong links below .5, for the calibrated confidence and for the raw
posterior of the search (what the confidence was before ConfidenceModel); then a reliability
table (confidence bins against the share right) for the books the model was fitted on
(books-opus) and for those it was not (books-deen); then the low links on Samples/.
Prints figures; asserts nothing.  Needs a release build ($TANDEM).
"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import confidence_data as data


def share(part, whole):
    return '%5.1f%%' % (100.0 * part / whole) if whole else '   - '


def summary(rows, key):
    high = [right for link, right in rows if key(link) >= 0.9]
    wrong = [key(link) for link, right in rows if not right]
    return share(sum(high), len(high)), share(sum(1 for c in wrong if c < 0.5), len(wrong))


def f1(shared, name, links, work):
    path = os.path.join(work, name + '.links')
    with open(path, 'w') as out:
        for link in links:
            out.write('[%s]:[%s]\n' % (', '.join(map(str, link['source'])), ', '.join(map(str, link['target']))))
    gold = data.book_paths(shared, name)[2]
    result = subprocess.run([os.path.join(shared, 'tools', 'score-alignment'), '--json', '-t', path, '-g', gold],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)['f1_strict']


def reliability(title, rows):
    print('\nReliability, %s (%d links): confidence bin, links, mean confidence, %% right' % (title, len(rows)))
    edges = [0, .1, .2, .3, .4, .5, .6, .7, .8, .9, .95, .99, 1.0001]
    for low, high in zip(edges, edges[1:]):
        inside = [(link['confidence'], right) for link, right in rows if low <= link['confidence'] < high]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            print('  [%.2f, %.2f)  %6d  %.3f  %s' % (low, min(high, 1), len(inside), mean,
                                                    share(sum(r for _, r in inside), len(inside))))


def main():
    a, work = data.arguments(__doc__)
    print('%-22s %6s | %-22s | %-22s' % ('book', 'F1', 'right among >= .9', 'wrong links below .5'))
    print('%-22s %6s | %10s %11s | %10s %11s' % ('', '', 'confidence', 'posterior', 'confidence', 'posterior'))
    pooled = {'fitted on (books-opus)': [], 'held out (books-deen)': []}
    for name in data.DEEN + data.OPUS:
        rows = data.labelled(a.tandem, a.shared, name, work)
        pooled['held out (books-deen)' if name in data.DEEN else 'fitted on (books-opus)'] += rows
        after = summary(rows, lambda link: link['confidence'])
        before = summary(rows, lambda link: link['evidence']['posterior'])
        print('%-22s %6.3f | %10s %11s | %10s %11s' % (
            name, f1(a.shared, name, data.align(a.tandem, a.shared, name, work), work),
            after[0], before[0], after[1], before[1]))
    for title, rows in pooled.items():
        after = summary(rows, lambda link: link['confidence'])
        before = summary(rows, lambda link: link['evidence']['posterior'])
        print('%-22s %6s | %10s %11s | %10s %11s' % (title.split(' (')[0], '', after[0], before[0], after[1], before[1]))
    for title, rows in pooled.items():
        reliability(title, rows)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    de, en = (os.path.join(root, 'Samples', 'putin-kim-summit.%s.txt' % lang) for lang in ('de', 'en'))
    out = subprocess.run([a.tandem, 'align', de, en, '--source-lang', 'de', '--target-lang', 'en', '--format', 'json'],
                         check=True, capture_output=True, text=True).stdout
    links = json.loads(out)['links']
    low = [link for link in links if link['confidence'] < 0.5]
    print('\nSamples/putin-kim-summit: %d links, %d below .5 %s, %d marked repeat_of' % (
        len(links), len(low), [link.get('reason') for link in low], sum(1 for link in links if 'repeat_of' in link)))


if __name__ == '__main__':
    main()
