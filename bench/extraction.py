#!/usr/bin/env python3
"""Places and dates found by `arshif extract`, scored against hand labels.

    python3 bench/extraction.py [--split all|tuned|SPLIT] [--except SPLIT]
        [--no-build] [--per-article]

Reads the labelled articles (`bench/extraction/labels.tsv`: ids, expected places by English
name, expected date) from the shared corpora in place (`../shared/corpora/C/C.jsonl.gz`),
writes them to one JSON lines file in a temporary folder (outside the project), runs the real
`arshif extract --format jsonl` (release build) on it, and prints micro precision and recall of
places, the false positives and negatives, and the share of correct dates. The labelling rules
are in docs/extraction.md.
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(os.path.dirname(ROOT), "shared", "corpora")
LABELS = os.path.join(ROOT, "bench", "extraction", "labels.tsv")
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "arshif")


# Arabic letters that arshif's normalisation folds (alef forms, ى, ة): an Arabic name as written
# in a label (`Al-Aqilah|العقيلة`) matches the same name written `العقيله` in the article.
ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def canon(name: str) -> str:
    """An English place name compared loosely: transliterations of Arabic names vary in accents,
    hyphens, spaces and the article (Métlaoui/Metlaoui, Bou Hajla/Bouhajla, Le Kef/El Kef).
    Arabic names are compared with arshif's letter folds."""
    name = name.translate(ARABIC_FOLDS)
    name = unicodedata.normalize("NFKD", name.strip().lower())
    name = "".join(c for c in name if not unicodedata.combining(c))
    for article in ("al ", "al-", "el ", "el-", "le ", "la ", "the "):
        if name.startswith(article):
            name = name[len(article):]
            break
    return "".join(c for c in name if c.isalnum())


def read_labels(split: str) -> list[dict]:
    rows = []
    header = None
    with open(LABELS, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            row = dict(zip(header, fields + [""] * (len(header) - len(fields))))
            if split in ("all", row["split"]) or split == "tuned" and row["split"] in ("dev", "blind"):
                # Each expected place is a set of accepted English names (`a|b`).
                row["expected"] = [
                    {canon(name) for name in place.split("|")}
                    for place in row["places"].split(";")
                    if place.strip()
                ]
                rows.append(row)
    return rows


def load_articles(rows: list[dict]) -> dict[str, dict]:
    wanted: dict[str, set[str]] = {}
    for row in rows:
        wanted.setdefault(row["corpus"], set()).add(row["id"])
    found = {}
    for corpus, ids in wanted.items():
        path = os.path.join(CORPORA, corpus, f"{corpus}.jsonl.gz")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                if article["id"] in ids:
                    found[article["id"]] = article
    missing = [row["id"] for row in rows if row["id"] not in found]
    if missing:
        sys.exit(f"not in the corpora: {missing}")
    return found


def extract(articles: list[dict]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "labelled.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for article in articles:
                record = {k: article.get(k) for k in ("id", "title", "body", "date")}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        out = subprocess.run(
            [BIN, "extract", path, "--format", "jsonl"],
            check=True, capture_output=True, text=True,
        ).stdout
    return {a["id"]: a for a in map(json.loads, out.splitlines())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--split",
        default="tuned",
        help="a split of labels.tsv (dev, blind, test, fresh, fresh2…), all, or tuned = dev and "
        "blind, the articles the rules were fitted to (default)",
    )
    ap.add_argument("--except", dest="excepted", action="append", default=[], metavar="SPLIT",
                    help="leave out this split (with --split all: e.g. a split still kept blind)")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    ap.add_argument("--per-article", action="store_true", help="print P/R of each article")
    args = ap.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    rows = [row for row in read_labels(args.split) if row["split"] not in args.excepted]
    if not rows:
        splits = sorted({row["split"] for row in read_labels("all")})
        sys.exit(f"no labelled article in split {args.split!r}; splits: {', '.join(splits)}")
    articles = load_articles(rows)
    got = extract([articles[row["id"]] for row in rows])

    tp = fp = fn = dates_ok = 0
    false_pos, false_neg, date_errors = [], [], []
    for row in rows:
        extracted = got[row["id"]]
        names = {canon(p["en"] or p["ar"]): p for p in extracted["places"]}
        unmatched = set(names)
        hits = 0
        for accepted in row["expected"]:
            # (Sorted: a set's order changes from one run to the next with the hash seed.)
            match = next((n for n in sorted(unmatched) if n in accepted), None)
            if match is None:
                false_neg.append((row["id"], "|".join(sorted(accepted))))
            else:
                unmatched.discard(match)
                hits += 1
        for name in sorted(unmatched):
            place = names[name]
            false_pos.append((row["id"], f"{place['en']} ({', '.join(place['forms'])})"))
        tp += hits
        fp += len(unmatched)
        fn += len(row["expected"]) - hits
        if (extracted["date"] or "") == row["date"]:
            dates_ok += 1
        else:
            date_errors.append((row["id"], row["date"] or None, extracted["date"]))
        if args.per_article:
            p = hits / (hits + len(unmatched)) if hits + len(unmatched) else 1.0
            r = hits / len(row["expected"]) if row["expected"] else 1.0
            print(f"{row['split']:5} P={p:.2f} R={r:.2f} {row['id']}")

    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"split: {args.split}, articles: {len(rows)}, expected places: {tp + fn}, found: {tp + fp}")
    print(f"places: precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"dates: {dates_ok}/{len(rows)} correct ({dates_ok / len(rows):.3f})")
    for title, items in (("false positives", false_pos), ("false negatives", false_neg)):
        print(f"\n{title} ({len(items)}):")
        for article_id, what in items:
            print(f"  {article_id}\t{what}")
    if date_errors:
        print(f"\nwrong dates ({len(date_errors)}):")
        for article_id, expected, found in date_errors:
            print(f"  {article_id}\texpected {expected}, found {found}")


if __name__ == "__main__":
    main()
