"""Shared by fit-confidence.py and confidence-report.py: aligns the German-English books of
../shared with `tandem align --format json` and joins each link with the gold links.

A link is right when the gold holds exactly the same link (strict, as score-alignment counts
precision; 1-0 and 0-1 links included).  The features mirror ConfidenceModel.features in
Sources/Alignment/ConfidenceModel.swift; keep both in step.
"""
import argparse, json, math, os, re, subprocess, tempfile

DEEN = ['kafka_verwandlung', 'alice', 'machiavelli_principe']
OPUS = ['jane_eyre', 'notre_dame', 'karenina_vol1', 'kafka_prozess', 'tom_sawyer_val']
EPSILON = 1e-2


def arguments(description):
    """The scripts' common options (--tandem, --shared, --work) and the work folder."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--tandem', default=os.environ.get('TANDEM', os.path.join(root, '.build/release/tandem')))
    ap.add_argument('--shared', default=os.environ.get('SHARED', os.path.join(os.path.dirname(root), 'shared')))
    ap.add_argument('--work', help='folder for the alignments (kept, reused); default: a temporary one')
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp()
    os.makedirs(work, exist_ok=True)
    return a, work


def book_paths(shared, name):
    folder = 'books-deen' if name in DEEN else 'books-opus'
    base = os.path.join(shared, 'data', folder, name)
    return base + '.de', base + '.en', base + '.deen'


def read_links(path):
    """A link file (`tandem align --format links`, or a gold one) as a set of
    (sorted source ids, sorted target ids); lines that are not links are skipped."""
    links = set()
    for line in open(path, encoding='utf-8'):
        m = re.fullmatch(r'\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]', line.strip())
        if m:
            src, tgt = (tuple(sorted(int(x) for x in g.replace(',', ' ').split())) for g in m.groups())
            if src or tgt:
                links.add((src, tgt))
    return links


def align(tandem, shared, name, work):
    """The JSON links of one book (cached in `work`)."""
    de, en, _ = book_paths(shared, name)
    out = os.path.join(work, name + '.json')
    if not os.path.exists(out):
        subprocess.run([tandem, 'align', de, en, '--source-lang', 'de', '--target-lang', 'en',
                        '--presegmented', '--format', 'json', '-o', out], check=True, stderr=subprocess.DEVNULL)
    return json.load(open(out, encoding='utf-8'))['links']


def logit(p):
    q = min(max(p, EPSILON), 1 - EPSILON)
    return math.log(q / (1 - q))


SHAPES = [(1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1)]


def features(link):
    e = link['evidence']
    shape = (len(link['source']), len(link['target']))
    gap = 0 in shape
    if shape != (1, 1) and shape not in SHAPES:  # 3-2, 2-3, 4-1, 1-4 share the 1-3 / 3-1 coefficient
        shape = (1, 3) if shape[1] > shape[0] else (3, 1)
    posterior = logit(e['copyPosterior'])
    return ([1.0] + [1.0 if shape == s else 0.0 for s in SHAPES]
            + [0.0 if gap else posterior, posterior if gap else 0.0, logit(e['neighbourPosterior']),
               e['lengthCost'], e['shiftedSupport'],
               1.0 if e['irregularDistance'] == 1 else 0.0, 1.0 if e['irregularDistance'] == 2 else 0.0,
               0.0 if e.get('agreesWithFirstPass', True) else 1.0])


def labelled(tandem, shared, name, work):
    """(link, right) for every link of the book that has evidence."""
    gold = read_links(book_paths(shared, name)[2])
    rows = []
    for link in align(tandem, shared, name, work):
        if 'evidence' not in link:
            continue
        key = (tuple(sorted(link['source'])), tuple(sorted(link['target'])))
        rows.append((link, key in gold))
    return rows
