#!/usr/bin/env python3
"""Plants translation errors into the English side of a sentence-aligned book.

Usage: plant-qa-errors.py SOURCE TARGET GOLD OUT_TARGET OUT_MANIFEST [--seed N]

SOURCE and TARGET have one sentence a line; GOLD has one link a line,
"[source ids]:[target ids]", 0-based (books-deen, books-opus). Writes the
target with one error of each kind to OUT_TARGET and, to OUT_MANIFEST, one
line per planted error: kind<TAB>target line<TAB>source line (1-based, in
OUT_TARGET and SOURCE). The target line of an omission is the line that now
stands where the sentence was.
"""
import argparse
import random
import re

NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
GERMAN_NUMBERS = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]
NAMES = ["Bartholomew", "Wilhelmina", "Ferdinand", "Rosalind", "Theodora"]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def one_to_one(gold_path):
    """Pairs (source index, target index) of the gold's 1-1 links."""
    pairs = []
    for line in read_lines(gold_path):
        m = re.match(r"\[([\d, ]*)\]:\[([\d, ]*)\]", line.strip())
        if not m:
            continue
        s = [int(x) for x in m.group(1).split(",") if x.strip()]
        t = [int(x) for x in m.group(2).split(",") if x.strip()]
        if len(s) == 1 and len(t) == 1:
            pairs.append((s[0], t[0]))
    return pairs


def main():
    parser = argparse.ArgumentParser()
    for name in ["source", "target", "gold", "out_target", "out_manifest"]:
        parser.add_argument(name)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    source, target = read_lines(args.source), read_lines(args.target)
    links = [(s, t) for s, t in one_to_one(args.gold)
             if s < len(source) and t < len(target) and len(target[t].split()) >= 8 and len(source[s].split()) >= 6]
    rng.shuffle(links)
    used = set()  # target lines near a planted error

    def take(condition=lambda s, t: True):
        for s, t in links:
            if all(abs(t - u) > 12 for u in used) and condition(s, t):
                used.add(t)
                return s, t
        raise SystemExit("plant-qa-errors: no sentence left for a planted error; use a longer book")

    def far_sentence(t, near_length):
        """A target sentence far from t, of about near_length words."""
        candidates = [i for i in range(len(target)) if abs(i - t) > 40 and
                      abs(len(target[i].split()) - near_length) <= max(3, near_length // 3)]
        return target[rng.choice(candidates)]

    # edits: target index → (kind, replacement lines); the manifest is computed after all edits.
    edits = {}

    s, t = take()
    edits[t] = ("omission", [])
    s, t = take()
    words = target[t].split()
    edits[t] = ("truncation", [" ".join(words[: max(3, len(words) // 2)]).rstrip(",;:.!?")])
    s, t = take()
    edits[t] = ("untranslated", [source[s]])

    def bare(word):
        return word.lower().strip(",.;:!?\"'»«„“”")

    def has_number(s, t):
        """The target has a number word that the source has too: a changed value is then an error."""
        german = {bare(w) for w in source[s].split()}
        return any(bare(w) in NUMBER_WORDS and GERMAN_NUMBERS[NUMBER_WORDS.index(bare(w))] in german
                   for w in target[t].split())

    s, t = take(has_number)
    words = target[t].split()
    for i, w in enumerate(words):
        bare = w.lower().strip(",.;:!?\"'")
        if bare in NUMBER_WORDS:
            new = NUMBER_WORDS[(NUMBER_WORDS.index(bare) + 3) % len(NUMBER_WORDS)]
            words[i] = w.replace(bare, new).replace(bare.capitalize(), new.capitalize())
            break
    edits[t] = ("number", [" ".join(words)])
    s, t = take()
    edits[t] = ("duplicate", [target[t], target[t]])
    s, t = take()
    edits[t] = ("insertion", [target[t], far_sentence(t, 15)])
    s, t = take()
    edits[t] = ("wrong-sentence", [far_sentence(t, len(target[t].split()))])

    def has_shared_name(s, t):
        words = target[t].split()[1:]
        return any(re.fullmatch(r"[A-Z][a-z]{2,}", w) and w in source[s].split() for w in words)

    s, t = take(has_shared_name)
    words = target[t].split()
    for i in range(1, len(words)):
        if re.fullmatch(r"[A-Z][a-z]{2,}", words[i]) and words[i] in source[s].split():
            words[i] = rng.choice(NAMES)
            break
    edits[t] = ("name", [" ".join(words)])
    s, t = take()
    edits[t] = ("padding", [target[t] + " " + far_sentence(t, 25).rstrip(".!?") + ", and so on, again and again."])
    s, t = take(lambda s, t: len(target[t].split()) >= 20)
    words = target[t].split()
    edits[t] = ("shortened", [" ".join(words[: len(words) // 4]) + " " + words[-1]])

    source_of = {t: s for s, t in one_to_one(args.gold)}
    out, manifest = [], []
    for index, line in enumerate(target):
        if index not in edits:
            out.append(line)
            continue
        kind, replacement = edits[index]
        position = len(out) + 1  # 1-based line of the edit in the new file
        if kind == "duplicate":
            position += 1  # the second copy
        if kind == "insertion":
            position += 1
        out.extend(replacement)
        manifest.append((kind, position, source_of.get(index, 0) + 1))
    with open(args.out_target, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(args.out_manifest, "w", encoding="utf-8") as f:
        for kind, line, source_line in manifest:
            f.write(f"{kind}\t{line}\t{source_line}\n")


if __name__ == "__main__":
    main()
