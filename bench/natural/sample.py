#!/usr/bin/env python3
"""Draws the articles of the natural known-item set (bench/natural/README.md).

    python3 bench/natural/sample.py [--seed 5] [--n 150] [--show]

Picks `--n` articles at random (fixed seed) across the three JSONL corpora in proportion to
their size, skipping articles whose body is shorter than 300 characters or whose title is
empty, and prints `corpus<TAB>id` per article; `--show` prints each article's title and the
start of its body instead (to write the queries; nothing is written to the project).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchlib import corpus_path  # noqa: E402

CORPORA = ["saudinewsnet", "ant-multisource", "ant-jawharafm"]
MIN_BODY = 300


def articles(corpus: str):
    with gzip.open(corpus_path(corpus), "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def draw(seed: int, n: int) -> list[tuple[str, dict]]:
    rng = random.Random(seed)
    eligible = {c: [a for a in articles(c)
                    if len((a.get("body") or "").strip()) >= MIN_BODY
                    and (a.get("title") or "").strip()] for c in CORPORA}
    total = sum(len(v) for v in eligible.values())
    shares = {c: round(n * len(v) / total) for c, v in eligible.items()}
    shares[CORPORA[0]] += n - sum(shares.values())
    picked = []
    for c in CORPORA:
        for a in rng.sample(eligible[c], shares[c]):
            picked.append((c, a))
    return picked


def trec_id(doc_id: str) -> str:
    return "_".join(doc_id.split())


def write_qrels(picked: list[tuple[str, dict]], path: str) -> None:
    def key(a: dict) -> str:
        return " ".join((a.get("body") or "").split())

    wanted = {key(a): [] for _, a in picked}
    for c in CORPORA:
        for a in articles(c):
            k = key(a)
            if k in wanted:
                wanted[k].append(trec_id(a["id"]))
    with open(path, "w", encoding="utf-8") as out:
        for i, (_, a) in enumerate(picked, 1):
            own = trec_id(a["id"])
            for doc in [own] + sorted(set(wanted[key(a)]) - {own}):
                out.write(f"N{i:03d} 0 {doc} 1\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--chars", type=int, default=700)
    ap.add_argument("--qrels", metavar="FILE",
                    help="write the TREC qrels of the drawn articles (qid N001… in draw order) "
                         "to FILE: each article, plus any article of the three corpora whose "
                         "whitespace-normalised body is identical to its own")
    args = ap.parse_args()
    picked = draw(args.seed, args.n)
    if args.qrels:
        write_qrels(picked, args.qrels)
        return
    for i, (c, a) in enumerate(picked, 1):
        if args.show:
            body = " ".join((a.get("body") or "").split())
            print(f"=== N{i:03d} {a['id']}\nT: {a['title']}\nB: {body[:args.chars]}\n")
        else:
            print(f"{c}\t{a['id']}")


if __name__ == "__main__":
    main()
