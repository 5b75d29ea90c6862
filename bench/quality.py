#!/usr/bin/env python3
"""Retrieval quality of arshif on the shared known-item sets, beside Lucene's ArabicAnalyzer.

    python3 bench/quality.py [--corpora saudinewsnet,ant-multisource] [--reindex] [--lucene]
                             [--analyzer arshif|no-stop-words|light10|no-stem]
                             [--work target/bench/quality] [-- EXTRA BATCH FLAGS]

For each corpus it indexes the JSONL (`../shared/corpora/C/C.jsonl.gz`) with a release build,
answers the 500 known-item queries of `../shared/peers/results/known-item/C-ki500.*` with
`arshif batch --field body --format trec --limit 100` (titles are indexed but not searched, as
the peers do), and scores the run with `../shared/peers/eval.py`. With `--lucene` it also runs
the Lucene 9.9 ArabicAnalyzer peer on the same data and queries in the same run (it installs
Java and the Lucene jar through the peers' `setup.sh`, in a copy of the peers folder under
`--work`). It prints one markdown table per corpus.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from benchlib import (BIN, KNOWN_ITEM, ROOT, SHARED, build_release, log, peers_eval, run,
                      setup_peers)


def evaluate(qrels: str, run_file: str) -> dict[str, float]:
    ev = peers_eval()
    agg, _ = ev.evaluate(ev.read_qrels(qrels), ev.read_run(run_file))
    return agg


def arshif_row(corpus: str, work: str, reindex: bool, analyzer: str,
               extra: list[str]) -> dict[str, float]:
    data = os.path.join(SHARED, "corpora", corpus, f"{corpus}.jsonl.gz")
    index = os.path.join(work, corpus, f"arshif-{analyzer}")
    if reindex or not os.path.exists(os.path.join(index, "meta.json")):
        t0 = time.perf_counter()
        run([BIN, "index", data, "--index", index, "--rebuild", "--quiet", "--analyzer", analyzer])
        log(f"indexed {corpus} in {time.perf_counter() - t0:.1f} s")
    queries = os.path.join(KNOWN_ITEM, f"{corpus}-ki500.queries.tsv")
    run_file = os.path.join(work, corpus, f"arshif-{analyzer}.run")
    with open(run_file, "w", encoding="utf-8") as out:
        run([BIN, "batch", queries, "--index", index, "--field", "body", "--format", "trec",
             "--limit", "100", *extra], stdout=out)
    return evaluate(os.path.join(KNOWN_ITEM, f"{corpus}-ki500.qrels"), run_file)


def lucene_row(corpus: str, work: str) -> dict[str, float]:
    peer = setup_peers(work)
    python = os.path.join(os.path.dirname(peer), ".venv", "bin", "python")
    peers = os.path.dirname(peer)
    data = os.path.join(SHARED, "corpora", corpus, f"{corpus}.jsonl.gz")
    out = os.path.join(work, corpus, "lucene")
    run([python, os.path.join(peers, "run_all.py"), data,
         os.path.join(KNOWN_ITEM, f"{corpus}-ki500.queries.tsv"),
         os.path.join(KNOWN_ITEM, f"{corpus}-ki500.qrels"), out,
         "--fields", "body", "--peers", "lucene:arabic"], stdout=sys.stderr)
    return evaluate(os.path.join(KNOWN_ITEM, f"{corpus}-ki500.qrels"),
                    os.path.join(out, "runs", "lucene-arabic.run"))


METRICS = [("MRR@10", "MRR@10"), ("R@10", "Recall@10"), ("R@100", "Recall@100"),
           ("nDCG@10", "nDCG@10")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default="saudinewsnet,ant-multisource")
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "bench", "quality"))
    ap.add_argument("--reindex", action="store_true", help="rebuild arshif's indexes")
    ap.add_argument("--lucene", action="store_true", help="also run the Lucene peer")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    ap.add_argument("--analyzer", default="arshif",
                    help="analyzer variant of the arshif indexes (arshif, no-stop-words, light10, "
                         "no-stem); each variant gets its own index under --work")
    ap.add_argument("extra", nargs="*", help="extra flags for `arshif batch` (after --)")
    args = ap.parse_args()
    if not args.no_build:
        build_release()
    for corpus in args.corpora.split(","):
        os.makedirs(os.path.join(args.work, corpus), exist_ok=True)
        label = "arshif" if args.analyzer == "arshif" and not args.extra else \
            f"arshif ({' '.join([args.analyzer, *args.extra])})"
        rows = {label: arshif_row(corpus, args.work, args.reindex, args.analyzer, args.extra)}
        if args.lucene:
            rows["lucene:arabic"] = lucene_row(corpus, args.work)
        print(f"\n{corpus} (500 known-item queries, body only, k=100)\n")
        print("| engine | " + " | ".join(name for name, _ in METRICS) + " |")
        print("|---|" + "---|" * len(METRICS))
        for name, row in rows.items():
            cells = " | ".join(f"{row[key]:.4f}" for _, key in METRICS)
            print(f"| {name} | {cells} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
