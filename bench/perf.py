#!/usr/bin/env python3
"""Speed and memory of arshif beside Lucene 9.9 (ArabicAnalyzer), on the same data in one run.

    python3 bench/perf.py [--work target/bench/perf] [--pairs N] [--million] [--no-build]
        [--no-lucene]

1. Builds arshif in release mode (unless --no-build).
2. Data: the JSONL corpora of ../shared/corpora except arabic-newspapers-corpus, concatenated
   into one gzipped file under --work (71,131 articles), read by both engines.
3. Indexing: arshif (full Arabic analysis, exact-form fields, positions, places, dates, stored
   text) and the Lucene peer (`lucene:arabic`, one stemmed field per text, ids only stored):
   wall seconds of the whole process, articles/s, MB/s (UTF-8 bytes of title + body, as the
   peers count them), peak RSS, index size. For arshif, peak RSS is also split (sampled every
   20 ms) into its anonymous part (heap) and its file-backed part (the segment files that
   tantivy reads through mmap, merges above all). Lucene's own in-process time (JVM start excluded)
   is shown too; ratios use it, which favours Lucene. arshif is also indexed lean, with
   `--no-exact-forms --no-stored-text --no-places`: what Lucene's peer holds (one stemmed
   field per text with positions, ids; dates are kept), the issue's "Lucene-equivalent
   schema"; and with `--no-exact-forms` alone (places, dates and stored text kept).
   With --pairs N (N > 1), the everything-on index and Lucene's are built N times in turn
   (the first pair being the one above) and the ratio of each pair and their median are
   printed: on a shared machine one pair can swing by a quarter either way.
4. Batch search: the 1,000 known-item queries of ../shared/peers/results/known-item (both
   500-query sets) on the body field, k=10 and k=100; arshif on one thread and on the default
   threads, Lucene on one thread after its 1,000-query JIT warm-up; queries/s and p50/p99.
   At k=100, arshif on the lean index too.
5. One `arshif search` process from start to exit (the default title+body search with
   snippets, text output to a pipe), 25 queries on a warm page cache: median and p90.
6. With --million: a 1,000,000-article synthetic archive (../shared/peers/gen_synthetic_corpus.py)
   and its first 71,131 articles, each indexed and searched once: articles/s of the two (the
   same kind of text), and peak RSS.

Prints markdown tables (kept in docs/benchmarks.md) and writes the figures to --work/perf.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

from benchlib import (BIN, KNOWN_ITEM, PEERS, ROOT, build_release, dir_size, joined_corpora,
                      machine, measure, run, setup_peers)
QUERY_SETS = [("saudinewsnet", "SN"), ("ant-multisource", "AM")]


def prepare_data(work: str) -> tuple[str, int, int]:
    """The concatenated corpus, its article count and its title + body bytes."""
    data = joined_corpora(os.path.join(work, "news71k.jsonl.gz"))
    return (data, *count_text(data))


def count_text(path: str) -> tuple[int, int]:
    docs = text_bytes = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            docs += 1
            text_bytes += len((record.get("title") or "").encode()) + \
                len((record.get("body") or "").encode())
    return docs, text_bytes


def prepare_queries(work: str) -> str:
    queries = os.path.join(work, "ki1000.queries.tsv")
    with open(queries, "w", encoding="utf-8") as out:
        for corpus, prefix in QUERY_SETS:
            with open(os.path.join(KNOWN_ITEM, f"{corpus}-ki500.queries.tsv"),
                      encoding="utf-8") as fh:
                for line in fh:
                    out.write(prefix + line)
    return queries


# The Lucene-equivalent schema: one stemmed field per text, ids, no stored text, no places.
LEAN_FLAGS = ("--no-exact-forms", "--no-stored-text", "--no-places")


def index_arshif(data: str, index: str, docs: int, text_bytes: int,
                 flags: tuple[str, ...] = ()) -> dict:
    m = measure([BIN, "index", data, "--index", index, "--rebuild", "--quiet", *flags])
    return {"docs": docs, "wall_s": m["wall_s"], "cpu_s": m["cpu_s"],
            "docs_per_s": docs / m["wall_s"], "mb_per_s": text_bytes / 1e6 / m["wall_s"],
            "peak_rss_mb": m["peak_rss_mb"], "peak_anon_mb": m["peak_anon_mb"],
            "peak_file_mb": m["peak_file_mb"], "index_mb": dir_size(index) / 1e6}


def index_lucene(peer: str, data: str, index: str) -> dict:
    summary = os.path.join(index + ".summary.json")
    m = measure([peer, "lucene", "index", data, index, "--summary", summary])
    with open(summary, encoding="utf-8") as fh:
        s = json.load(fh)
    return {"docs": s["n_docs"], "wall_s": m["wall_s"], "cpu_s": m["cpu_s"],
            "inner_s": s["index_wall_s"],
            "docs_per_s": s["docs_per_s"], "mb_per_s": s["mb_per_s"],
            "peak_rss_mb": s["peak_rss_mb"], "index_mb": s["index_bytes"] / 1e6}


TIMING = re.compile(r"([\d.]+) queries/s, latency p50 ([\d.]+) ms, p99 ([\d.]+) ms")


def batch_arshif(index: str, queries: str, k: int, threads: int) -> dict:
    cmd = [BIN, "batch", queries, "--index", index, "--field", "body", "--format", "trec",
           "--limit", str(k), "--threads", str(threads), "--timing"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    m = measure(cmd, stdout=subprocess.DEVNULL)  # the second run, on a warm cache
    qps, p50, p99 = (float(x) for x in TIMING.search(m["stderr"]).groups())
    return {"qps": qps, "p50_ms": p50, "p99_ms": p99, "process_s": m["wall_s"]}


def batch_lucene(peer: str, index: str, queries: str, k: int, work: str) -> dict:
    summary = os.path.join(work, f"lucene-k{k}.summary.json")
    run([peer, "lucene", "search", index, queries, os.path.join(work, f"lucene-k{k}.run"),
         "--k", str(k), "--fields", "body", "--summary", summary], stderr=subprocess.DEVNULL)
    with open(summary, encoding="utf-8") as fh:
        s = json.load(fh)
    return {"qps": s["qps"], "p50_ms": s["latency"]["p50_ms"], "p99_ms": s["latency"]["p99_ms"]}


def single_searches(index: str, queries: str, runs: int = 25) -> dict:
    with open(queries, encoding="utf-8") as fh:
        texts = [line.split("\t", 1)[1].strip() for line in fh][:runs]
    for text in texts[:3]:  # warm the page cache
        subprocess.run([BIN, "search", text, "--index", index], check=True,
                       stdout=subprocess.DEVNULL)
    times = []
    for text in texts:
        started = time.perf_counter()
        subprocess.run([BIN, "search", text, "--index", index], check=True,
                       stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"runs": len(times), "median_ms": statistics.median(times),
            "p90_ms": times[int(0.9 * (len(times) - 1))], "max_ms": times[-1]}


def million(work: str) -> dict:
    """The synthetic archive: its first 71,131 articles, then all 1,000,000 (same kind of text,
    so articles/s compare)."""
    data = os.path.join(work, "synthetic1m.jsonl.gz")
    if not os.path.exists(data):
        run([sys.executable, os.path.join(PEERS, "gen_synthetic_corpus.py"), data,
             "--n", "1000000", "--seed", "7"])
    head = os.path.join(work, "synthetic71k.jsonl.gz")
    if not os.path.exists(head):
        with gzip.open(data, "rt", encoding="utf-8") as src, \
                gzip.open(head, "wt", encoding="utf-8") as out:
            for n, line in enumerate(src):
                if n == 71_131:
                    break
                out.write(line)
    result = {}
    for name, path in (("71k", head), ("1m", data)):
        docs, text_bytes = count_text(path)
        index = os.path.join(work, f"arshif-synthetic-{name}")
        result[name] = index_arshif(path, index, docs, text_bytes)
        started = time.perf_counter()
        subprocess.run([BIN, "search", "الأمن", "--index", index], check=True,
                       stdout=subprocess.DEVNULL)
        result[name]["search_ms"] = (time.perf_counter() - started) * 1000
        shutil.rmtree(index)
    return result


def pair_ratio(arshif: dict, lucene: dict) -> dict:
    """One paired indexing run: both rates and their ratio."""
    return {"arshif_docs_per_s": arshif["docs_per_s"], "lucene_docs_per_s": lucene["docs_per_s"],
            "ratio": arshif["docs_per_s"] / lucene["docs_per_s"]}


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "bench", "perf"))
    ap.add_argument("--million", action="store_true", help="also index 1,000,000 articles")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    ap.add_argument("--no-lucene", action="store_true", help="measure arshif alone")
    ap.add_argument("--pairs", type=int, default=1, metavar="N",
                    help="build the everything-on and Lucene indexes N times in turn (default 1)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if not args.no_build:
        build_release()
    peer = None if args.no_lucene else setup_peers(args.work)
    data, docs, text_bytes = prepare_data(args.work)
    queries = prepare_queries(args.work)
    arshif_index = os.path.join(args.work, "arshif-71k")
    lean_index = os.path.join(args.work, "arshif-lean-71k")
    one_field_index = os.path.join(args.work, "arshif-one-field-71k")
    lucene_index = os.path.join(args.work, "lucene-71k")

    figures: dict = {"machine": machine(), "docs": docs, "text_mb": text_bytes / 1e6}
    figures["index"] = {
        "arshif": index_arshif(data, arshif_index, docs, text_bytes),
        "arshif lean": index_arshif(data, lean_index, docs, text_bytes, LEAN_FLAGS),
        "arshif one field": index_arshif(data, one_field_index, docs, text_bytes,
                                         ("--no-exact-forms",)),
    }
    if peer:
        figures["index"]["lucene"] = index_lucene(peer, data, lucene_index)
        figures["pairs"] = [pair_ratio(figures["index"]["arshif"], figures["index"]["lucene"])]
        for _ in range(args.pairs - 1):
            figures["pairs"].append(pair_ratio(
                index_arshif(data, arshif_index, docs, text_bytes),
                index_lucene(peer, data, lucene_index)))
    figures["batch"] = {}
    for k in (10, 100):
        row = {"arshif 1 thread": batch_arshif(arshif_index, queries, k, 1),
               "arshif default threads": batch_arshif(arshif_index, queries, k, 0)}
        if k == 100:
            row["arshif lean 1 thread"] = batch_arshif(lean_index, queries, k, 1)
            row["arshif lean default threads"] = batch_arshif(lean_index, queries, k, 0)
        if peer:
            row["lucene 1 thread"] = batch_lucene(peer, lucene_index, queries, k, args.work)
        figures["batch"][k] = row
    figures["single_search"] = single_searches(arshif_index, queries)
    if args.million:
        figures["million"] = million(args.work)
    with open(os.path.join(args.work, "perf.json"), "w", encoding="utf-8") as fh:
        json.dump(figures, fh, indent=2)
    print_tables(figures)


def print_tables(f: dict) -> None:
    print(f"\nMachine: {f['machine']}. Data: {f['docs']:,} articles, "
          f"{f['text_mb']:.1f} MB of title + body text.\n")
    lucene = f["index"].get("lucene")
    print("| indexing | wall s | CPU s | articles/s | MB/s | peak RSS MB | of it anon / files MB "
          "| index MB |")
    print("|---|---|---|---|---|---|---|---|")
    names = {"arshif": "arshif, everything on (whole process)",
             "arshif lean": "arshif lean, Lucene-equivalent (whole process)",
             "arshif one field": "arshif `--no-exact-forms` (whole process)"}
    for key, name in names.items():
        a = f["index"][key]
        print(f"| {name} | {a['wall_s']:.1f} | {a['cpu_s']:.1f} | {a['docs_per_s']:.0f} | "
              f"{a['mb_per_s']:.1f} | {a['peak_rss_mb']:.0f} | "
              f"{a['peak_anon_mb']:.0f} / {a['peak_file_mb']:.0f} | {a['index_mb']:.0f} |")
    if lucene:
        print(f"| Lucene 9.9 ArabicAnalyzer (in-process; whole {lucene['wall_s']:.1f} s) | "
              f"{lucene['inner_s']:.1f} | {lucene['cpu_s']:.1f} | {lucene['docs_per_s']:.0f} | "
              f"{lucene['mb_per_s']:.1f} | {lucene['peak_rss_mb']:.0f} | | "
              f"{lucene['index_mb']:.0f} |")
        for key, name in names.items():
            versus = ratio(f["index"][key]["docs_per_s"], lucene["docs_per_s"])
            print(f"| **{name.split(' (')[0]} ÷ Lucene** | | | **{versus}** | | | | |")
    pairs = f.get("pairs", [])
    if len(pairs) > 1:
        each = ", ".join(f"{p['ratio']:.2f}×" for p in pairs)
        median = statistics.median(p["ratio"] for p in pairs)
        print(f"\nEverything on ÷ Lucene in {len(pairs)} paired runs: {each}; "
              f"median **{median:.2f}×**.")
    print("\n| batch search (1,000 queries, body) | k | queries/s | p50 ms | p99 ms | ÷ Lucene |")
    print("|---|---|---|---|---|---|")
    for k, row in f["batch"].items():
        base = row.get("lucene 1 thread")
        for name, r in row.items():
            versus = ratio(r["qps"], base["qps"]) if base else ""
            print(f"| {name} | {k} | {r['qps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | "
                  f"{versus} |")
    s = f["single_search"]
    print(f"\nOne `arshif search` process ({s['runs']} queries): median {s['median_ms']:.1f} ms, "
          f"p90 {s['p90_ms']:.1f} ms, max {s['max_ms']:.1f} ms.")
    if "million" in f:
        print("\n| synthetic archive | articles | wall s | articles/s | MB/s | peak RSS MB | "
              "of it anon / files MB | index MB | one search ms |")
        print("|---|---|---|---|---|---|---|---|---|")
        for name, m in f["million"].items():
            print(f"| first {name} | {m['docs']:,} | {m['wall_s']:.1f} | {m['docs_per_s']:.0f} | "
                  f"{m['mb_per_s']:.1f} | {m['peak_rss_mb']:.0f} | "
                  f"{m['peak_anon_mb']:.0f} / {m['peak_file_mb']:.0f} | {m['index_mb']:.0f} | "
                  f"{m['search_ms']:.0f} |")
        small, large = f["million"]["71k"], f["million"]["1m"]
        print(f"\nPer article, 1M runs at {ratio(large['docs_per_s'], small['docs_per_s'])} "
              f"the 71k rate.")


if __name__ == "__main__":
    main()
