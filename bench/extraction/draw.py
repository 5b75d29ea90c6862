#!/usr/bin/env python3
"""Draw a new blind split of articles to label for bench/extraction.py.

    python3 bench/extraction/draw.py SEED SPLIT OUTDIR [--exclude FILE ...] [--parts N]

Picks 40 SaudiNewsNet articles (bodies of 200–3,000 characters) from the shared corpora
(`../shared/corpora/C/C.jsonl.gz`, read in place), with `random.Random(SEED)` from each
collection's candidates sorted by id, leaving out every article already in `labels.tsv`, every
body equal to a labelled one, and the articles of the draws named by `--exclude` (splits drawn
but not yet labelled). The mix and the limits changed over the sessions (docs/extraction.md):
Jawhara FM's limit was 700 characters until session 56, 1,100 until session 59, 1,500 until session
60 (fresh822) and 3,000 until session 61 (fresh863): each time fewer than 12 unlabelled bodies that
short were left. Since then Jawhara FM gives what it has left (52 bodies after fresh863, nearly all
its unlabelled ones, up to 10,000 characters), and a split it cannot fill takes the rest from ANT
multi-source (same limits, never an article drawn for the split already). SaudiNewsNet's limit was
1,100 characters until session 64 (fresh992), when 10 unlabelled bodies that short were left, and
1,500 until session 69 (fresh1321), when 12 were left. ANT multi-source's was 1,500 until session
66 (fresh1151), when 21 were left (and 9,100 bodies of up to 3,000 characters), 3,000 until session
72 (fresh1491), when 18 were left (and 1,947 unlabelled bodies of 3,000 to 6,000 characters), 6,000
until session 73 (fresh1566), when none was left (and 137 unlabelled bodies of 6,000 to 10,000
characters), and 10,000 until fresh1571 in the same session, when 5 were left (and 14 more of up to
20,000, enough for one split, fresh1572).
Until session 74 a split was 14 SaudiNewsNet, 14 ANT multi-source and 12 Jawhara FM articles.
After fresh1572 ANT multi-source had 3 unlabelled bodies of 200 characters or more left and
Jawhara FM none, so from fresh1573 on every split is 40 SaudiNewsNet articles (4,320 unlabelled
bodies of 200–3,000 characters were left; after fresh1678, in session 75, 33 were left, not
counting those equal to a labelled body, so from fresh1679 on the limit is 6,000 characters, with
3,564 candidates). The Arabic newspapers corpus is not drawn from: it states no licence, and its 25
unlabelled articles are mostly long.

Writes, in OUTDIR (which must be outside the project: the corpora are not copied into it):
- `SPLIT.draw.jsonl`: the drawn records (id, corpus, title, body, date), for `--exclude`;
- `SPLIT.txt`, or `SPLIT.partK.txt` with `--parts N`: the articles as a reader sees them, each
  headed by its number, corpus, id and metadata date, then its title and body;
- `SPLIT.empty.tsv`: one label row per article with the places left empty, for the reader to
  fill in (columns as in labels.tsv).
"""

import argparse
import gzip
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPORA = os.path.join(os.path.dirname(ROOT), "shared", "corpora")
LABELS = os.path.join(ROOT, "bench", "extraction", "labels.tsv")

# (collection, articles per split, shortest body, longest body), in the order drawn.
COLLECTIONS = [
    ("saudinewsnet", 40, 200, 6000),
]
# The collection that fills a split when another has too few unlabelled articles left (with one
# collection there is no other: a split it cannot fill stops with a message).
FALLBACK = "saudinewsnet"


def labelled_ids() -> set[str]:
    ids = set()
    header = None
    with open(LABELS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
                continue
            ids.add(fields[header.index("id")])
    return ids


def read_collection(corpus: str) -> list[dict]:
    path = os.path.join(CORPORA, corpus, f"{corpus}.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("split", help="the split's name in labels.tsv, e.g. fresh475")
    ap.add_argument("outdir")
    ap.add_argument("--exclude", action="append", default=[], metavar="FILE",
                    help="a SPLIT.draw.jsonl of a draw not yet labelled")
    ap.add_argument("--parts", type=int, default=1, help="split the reader's text in N parts")
    args = ap.parse_args()

    outdir = os.path.abspath(args.outdir)
    if outdir == ROOT or outdir.startswith(ROOT + os.sep):
        sys.exit(f"{args.outdir}: write the draw outside the project")
    os.makedirs(outdir, exist_ok=True)

    excluded = labelled_ids()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            excluded.update(json.loads(line)["id"] for line in f)

    rng = random.Random(args.seed)
    drawn = []
    shortfall = 0
    limits = {corpus: (shortest, longest) for corpus, _, shortest, longest in COLLECTIONS}
    draws = [(corpus, count) for corpus, count, _, _ in COLLECTIONS]
    k = 0
    while k < len(draws):
        corpus, count = draws[k]
        k += 1
        shortest, longest = limits[corpus]
        articles = read_collection(corpus)
        labelled_bodies = {a["body"] for a in articles if a["id"] in excluded}
        candidates = sorted(
            (a for a in articles
             if shortest <= len(a["body"]) <= longest
             and a["id"] not in excluded
             and a["body"] not in labelled_bodies),
            key=lambda a: a["id"],
        )
        if len(candidates) < count and corpus != FALLBACK and shortfall == 0:
            # A collection nearly all labelled gives what it has; the fallback the rest.
            shortfall = count - len(candidates)
            count = len(candidates)
            draws.append((FALLBACK, shortfall))
        if len(candidates) < count:
            sys.exit(f"{corpus}: only {len(candidates)} candidates left, {count} wanted")
        picked = rng.sample(candidates, count)
        excluded.update(a["id"] for a in picked)
        seen_bodies = set()
        for article in picked:
            if article["body"] in seen_bodies:
                continue  # two equal bodies in one draw: label one
            seen_bodies.add(article["body"])
            drawn.append({"id": article["id"], "corpus": corpus, "title": article.get("title", ""),
                          "body": article["body"], "date": article.get("date")})
        print(f"{corpus}: {len(candidates)} candidates, {count} drawn", file=sys.stderr)

    base = os.path.join(outdir, args.split)
    with open(base + ".draw.jsonl", "w", encoding="utf-8") as f:
        for record in drawn:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(base + ".empty.tsv", "w", encoding="utf-8") as f:
        f.write("split\tcorpus\tid\tdate\tplaces\n")
        for record in drawn:
            f.write(f"{args.split}\t{record['corpus']}\t{record['id']}\t\t\n")
    per_part = -(-len(drawn) // args.parts)
    for part in range(args.parts):
        name = base + (f".part{part + 1}.txt" if args.parts > 1 else ".txt")
        with open(name, "w", encoding="utf-8") as f:
            for number, record in enumerate(drawn[part * per_part:(part + 1) * per_part],
                                            start=part * per_part + 1):
                f.write(f"===== ARTICLE {number} | {record['corpus']} | {record['id']} | "
                        f"metadata date: {record['date'] or '(none)'} =====\n")
                f.write(f"TITLE: {record['title']}\n\n{record['body']}\n\n")
    print(f"{len(drawn)} articles written to {base}.*", file=sys.stderr)


if __name__ == "__main__":
    main()
