#!/usr/bin/env python3
"""Natural known-item queries (bench/natural/) on the three JSONL corpora together, arshif
beside Lucene's ArabicAnalyzer.

    python3 bench/natural.py [--work target/bench/natural] [--reindex] [--no-lucene]
                             [--no-build] [--analyzer NAME] [--ranks] [-- EXTRA BATCH FLAGS]

It joins `../shared/corpora/{saudinewsnet,ant-multisource,ant-jawharafm}/*.jsonl.gz` into one
gzip file under `--work` (the members one after the other; both engines read multi-member
gzip), indexes it with a release build of arshif (titles included: a natural query is not a
title), answers `bench/natural/queries.tsv` with `arshif batch --format trec --limit 100` and
arshif's default search fields (title and body), and scores the run with
`../shared/peers/eval.py` against `bench/natural/qrels`. In the same run the Lucene 9.9
ArabicAnalyzer peer indexes the same file and answers the same queries with `--fields
title,body` (the peer's index is built once per `--work`). It prints MRR@10, R@10, R@100 and
nDCG@10 for both, MRR@10 per variation tag (`bench/natural/tags.tsv`), and with `--ranks` the
rank of the relevant article per query for both engines (`-` = not in the top 100).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from benchlib import (BIN, ROOT, build_release, joined_corpora, log, peers_eval, run,
                      setup_peers)

NATURAL = os.path.join(ROOT, "bench", "natural")
QUERIES = os.path.join(NATURAL, "queries.tsv")
QRELS = os.path.join(NATURAL, "qrels")
TAGS = os.path.join(NATURAL, "tags.tsv")
METRICS = [("MRR@10", "MRR@10"), ("R@10", "Recall@10"), ("R@100", "Recall@100"),
           ("nDCG@10", "nDCG@10")]


def score(run_file: str) -> tuple[dict[str, float], dict[str, dict[str, float]], dict]:
    ev = peers_eval()
    qrels = ev.read_qrels(QRELS)
    ranked = ev.read_run(run_file)
    agg, per_query = ev.evaluate(qrels, ranked)
    return agg, per_query, ranked


def first_rank(qid: str, ranked: dict, qrels: dict) -> int | None:
    for i, doc in enumerate(ranked.get(qid, [])[:100], 1):
        if qrels[qid].get(doc, 0) > 0:
            return i
    return None


def arshif_run(data: str, work: str, reindex: bool, analyzer: str, extra: list[str]) -> str:
    index = os.path.join(work, f"arshif-{analyzer}")
    if reindex or not os.path.exists(os.path.join(index, "meta.json")):
        t0 = time.perf_counter()
        run([BIN, "index", data, "--index", index, "--rebuild", "--quiet", "--analyzer", analyzer])
        log(f"indexed the three corpora in {time.perf_counter() - t0:.1f} s")
    run_file = os.path.join(work, f"arshif-{analyzer}.run")
    with open(run_file, "w", encoding="utf-8") as out:
        run([BIN, "batch", QUERIES, "--index", index, "--format", "trec", "--limit", "100",
             *extra], stdout=out)
    return run_file


def lucene_run(data: str, work: str) -> str:
    peer = setup_peers(work)
    peers = os.path.dirname(peer)
    python = os.path.join(peers, ".venv", "bin", "python")
    index = os.path.join(work, "lucene-idx")
    if not os.path.exists(os.path.join(index, "peer.json")):
        run([python, os.path.join(peers, "peer_lucene.py"), "index", data, index,
             "--variant", "arabic"], stdout=sys.stderr)
    run_file = os.path.join(work, "lucene-arabic.run")
    run([python, os.path.join(peers, "peer_lucene.py"), "search", index, QUERIES, run_file,
         "--k", "100", "--fields", "title,body"], stdout=sys.stderr)
    return run_file


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "bench", "natural"))
    ap.add_argument("--reindex", action="store_true", help="rebuild arshif's index")
    ap.add_argument("--no-lucene", action="store_true", help="leave out the Lucene peer")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    ap.add_argument("--analyzer", default="arshif", help="analyzer variant of arshif's index")
    ap.add_argument("--ranks", action="store_true", help="print the rank per query")
    ap.add_argument("extra", nargs="*", help="extra flags for `arshif batch` (after --)")
    args = ap.parse_args()
    if not args.no_build:
        build_release()
    os.makedirs(args.work, exist_ok=True)
    data = joined_corpora(os.path.join(args.work, "natural3.jsonl.gz"))
    label = "arshif" if args.analyzer == "arshif" and not args.extra else \
        f"arshif ({' '.join([args.analyzer, *args.extra])})"
    runs = {label: arshif_run(data, args.work, args.reindex, args.analyzer, args.extra)}
    if not args.no_lucene:
        runs["lucene:arabic"] = lucene_run(data, args.work)

    ev = peers_eval()
    qrels = ev.read_qrels(QRELS)
    tags: dict[str, list[str]] = {}
    with open(TAGS, encoding="utf-8") as fh:
        for line in fh:
            qid, tag_list = line.rstrip("\n").split("\t")
            tags[qid] = tag_list.split(",")
    scored = {name: score(path) for name, path in runs.items()}

    print(f"\nnatural queries ({len(qrels)} known items, three corpora together, "
          "title+body, k=100)\n")
    print("| engine | " + " | ".join(name for name, _ in METRICS) + " | rank > 10 |")
    print("|---|" + "---|" * (len(METRICS) + 1))
    for name, (agg, per_query, ranked) in scored.items():
        misses = sum(1 for q in qrels if (first_rank(q, ranked, qrels) or 101) > 10)
        cells = " | ".join(f"{agg[key]:.4f}" for _, key in METRICS)
        print(f"| {name} | {cells} | {misses} |")

    all_tags = sorted({t for ts in tags.values() for t in ts},
                      key=lambda t: -sum(t in ts for ts in tags.values()))
    names = list(scored)
    print("\nMRR@10 per variation tag (a query counts under each of its tags)\n")
    print("| tag | queries | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for tag in all_tags:
        qids = [q for q in qrels if tag in tags.get(q, [])]
        cells = " | ".join(
            f"{sum(scored[n][1][q]['MRR@10'] for q in qids) / len(qids):.3f}" for n in names)
        print(f"| {tag} | {len(qids)} | {cells} |")

    if args.ranks:
        queries = dict(line.rstrip("\n").split("\t", 1)
                       for line in open(QUERIES, encoding="utf-8"))
        print("\n| qid | tags | " + " | ".join(names) + " | query |")
        print("|---|---|" + "---|" * len(names) + "---|")
        for q in sorted(qrels):
            ranks = [first_rank(q, scored[n][2], qrels) for n in names]
            cells = " | ".join("-" if r is None else str(r) for r in ranks)
            print(f"| {q} | {','.join(tags.get(q, []))} | {cells} | {queries[q]} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
