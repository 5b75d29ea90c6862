#!/usr/bin/env python3
"""Retrieval quality of arshif on the shared known-item sets, beside Lucene's ArabicAnalyzer.

    python3 bench/quality.py [--corpora saudinewsnet,ant-multisource] [--reindex] [--lucene]
                             [--analyzer arshif|no-stop-words|light10|no-stem]
                             [--work target/bench/quality] [--seeds 1,2,3,4]
                             [-- EXTRA BATCH FLAGS]

For each corpus it indexes the JSONL (`../shared/corpora/C/C.jsonl.gz`) with a release build,
answers the 500 known-item queries of `../shared/peers/results/known-item/C-ki500.*` with
`arshif batch --field body --format trec --limit 100` (titles are indexed but not searched, as
the peers do), and scores the run with `../shared/peers/eval.py`. With `--lucene` it also runs
the Lucene 9.9 ArabicAnalyzer peer on the same data and queries in the same run (it installs
Java and the Lucene jar through the peers' `setup.sh`, in a copy of the peers folder under
`--work`). It prints one markdown table per corpus.

`--seeds` also draws more known-item sets of 500 queries each from the same corpora with the
peers' own `make_known_item.py` (same rules, other seeds; kept under `--work`) and scores arshif
on each of them and on their mean, after the shared set's table: a figure measured on one set of
500 queries moves by a few hundredths between sets (R@100 is 5 queries in 500 per 0.01), and
these sets, never looked at while tuning, say which of it is the engine and which the set.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from benchlib import (BIN, KNOWN_ITEM, PEERS, ROOT, SHARED, build_release, log, peers_eval,
                      run, setup_peers)


def evaluate(qrels: str, run_file: str) -> dict[str, float]:
    ev = peers_eval()
    agg, _ = ev.evaluate(ev.read_qrels(qrels), ev.read_run(run_file))
    return agg


def arshif_row(corpus: str, work: str, reindex: bool, analyzer: str, extra: list[str],
               query_set: str | None = None) -> dict[str, float]:
    """arshif's scores on `query_set` (a path without `.queries.tsv`/`.qrels`; by default
    the shared set of `corpus`)."""
    data = os.path.join(SHARED, "corpora", corpus, f"{corpus}.jsonl.gz")
    index = os.path.join(work, corpus, f"arshif-{analyzer}")
    if reindex or not os.path.exists(os.path.join(index, "meta.json")):
        t0 = time.perf_counter()
        run([BIN, "index", data, "--index", index, "--rebuild", "--quiet", "--analyzer", analyzer])
        log(f"indexed {corpus} in {time.perf_counter() - t0:.1f} s")
    query_set = query_set or os.path.join(KNOWN_ITEM, f"{corpus}-ki500")
    name = os.path.basename(query_set)
    run_file = os.path.join(work, corpus, f"arshif-{analyzer}-{name}.run")
    with open(run_file, "w", encoding="utf-8") as out:
        run([BIN, "batch", f"{query_set}.queries.tsv", "--index", index, "--field", "body",
             "--format", "trec", "--limit", "100", *extra], stdout=out)
    return evaluate(f"{query_set}.qrels", run_file)


def held_out_set(corpus: str, work: str, seed: int) -> str:
    """A known-item set of 500 queries drawn with `seed` by the peers' `make_known_item.py`,
    made once under `work`; its path without the extensions."""
    prefix = os.path.join(work, corpus, f"ki500-seed{seed}")
    if not os.path.exists(f"{prefix}.qrels"):
        data = os.path.join(SHARED, "corpora", corpus, f"{corpus}.jsonl.gz")
        run([sys.executable, os.path.join(PEERS, "make_known_item.py"), data, prefix,
             "--n", "500", "--seed", str(seed)], stdout=sys.stderr)
    return prefix


def lucene_row(corpus: str, work: str, query_set: str | None = None) -> dict[str, float]:
    """Lucene's scores on `query_set` (by default the shared set, whose run indexes the
    corpus; the other sets reuse that index)."""
    peer = setup_peers(work)
    python = os.path.join(os.path.dirname(peer), ".venv", "bin", "python")
    peers = os.path.dirname(peer)
    data = os.path.join(SHARED, "corpora", corpus, f"{corpus}.jsonl.gz")
    out = os.path.join(work, corpus, "lucene")
    reuse = ["--skip-index"] if query_set else []
    query_set = query_set or os.path.join(KNOWN_ITEM, f"{corpus}-ki500")
    run([python, os.path.join(peers, "run_all.py"), data, f"{query_set}.queries.tsv",
         f"{query_set}.qrels", out, "--fields", "body", "--peers", "lucene:arabic", *reuse],
        stdout=sys.stderr)
    return evaluate(f"{query_set}.qrels", os.path.join(out, "runs", "lucene-arabic.run"))


METRICS = [("MRR@10", "MRR@10"), ("R@10", "Recall@10"), ("R@100", "Recall@100"),
           ("nDCG@10", "nDCG@10")]


def print_table(first_column: str, rows: dict[str, dict[str, float]]) -> None:
    """One markdown table: a row per entry of `rows`, a column per metric."""
    print(f"| {first_column} | " + " | ".join(name for name, _ in METRICS) + " |")
    print("|---|" + "---|" * len(METRICS))
    for name, row in rows.items():
        cells = " | ".join(f"{row[key]:.4f}" for _, key in METRICS)
        print(f"| {name} | {cells} |")


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
    ap.add_argument("--seeds", default="",
                    help="comma-separated seeds of more known-item sets to draw and score "
                         "arshif on (the shared sets are seed 42)")
    ap.add_argument("extra", nargs="*", help="extra flags for `arshif batch` (after --)")
    args = ap.parse_args()
    seeds = [int(seed) for seed in args.seeds.split(",") if seed]
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
        print_table("engine", rows)
        if seeds:
            query_sets = {seed: held_out_set(corpus, args.work, seed) for seed in seeds}
            for engine, row in rows.items():
                sets = {"42 (the shared set)": row}
                for seed, query_set in query_sets.items():
                    sets[str(seed)] = (
                        lucene_row(corpus, args.work, query_set) if engine == "lucene:arabic"
                        else arshif_row(corpus, args.work, False, args.analyzer, args.extra,
                                        query_set))
                sets[f"mean of the {len(sets)}"] = {
                    key: sum(s[key] for s in sets.values()) / len(sets) for _, key in METRICS}
                print(f"\n{corpus}, {engine}, by known-item set (500 queries each; seed)\n")
                print_table("seed", sets)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
