#!/usr/bin/env python3
"""Load test of `arshif serve`: N concurrent clients send a fixed number of searches.

    python3 bench/serve_load.py --index DIR [--clients 16] [--requests 4000]
                                [--queries FILE] [--words N] [--limit 10] [--max-seconds 120]
                                [--arshif target/release/arshif] [--url http://127.0.0.1:PORT]

By default it starts `arshif serve --index DIR` on a free loopback port itself (release build),
waits for it, runs the load and stops the server with Ctrl-C (SIGINT). With `--url` it loads a
server that is already running instead; only loopback addresses are accepted.

Each request is `GET /api/search?q=…&limit=…` (ranked hits with snippets, the total and the
facet counts: what the page asks for), the query taken in turn from `--queries` (`qid<TAB>query`
or `query` per line; default `examples/queries.tsv`), cut to its first `--words` words when
given. Every client keeps one HTTP/1.1 connection open, as a browser does. Only the Python
standard library is used.

Prints requests/s, latency percentiles (p50, p90, p99, max), errors (non-200 answers and
failed connections) and, for a server it started, the server's CPU time per request (which does
not depend on what else the machine is running). The run is bounded: it stops after `--requests` requests or
`--max-seconds`, whichever comes first.
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_REQUESTS = 1_000_000


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def read_queries(path: str, words: int | None) -> list[str]:
    queries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            text = line.split("\t", 1)[1] if "\t" in line else line
            if words:
                text = " ".join(text.split()[:words])
            if text.strip():
                queries.append(text.strip())
    if not queries:
        sys.exit(f"no queries in {path}")
    return queries


def loopback_only(url: str) -> tuple[str, int]:
    parsed = urllib.parse.urlsplit(url)
    host, port = parsed.hostname or "", parsed.port or 80
    if parsed.scheme != "http":
        sys.exit(f"{url}: only http:// URLs")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        sys.exit(f"{url}: the load test only targets this machine (127.0.0.0/8, ::1, localhost)")
    return host, port


def start_server(arshif: str, index: str) -> tuple[subprocess.Popen, str]:
    cmd = [arshif, "serve", "--index", index, "--addr", "127.0.0.1:0"]
    log("$ " + " ".join(cmd))
    server = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    log(line.rstrip())
    url = next((w for w in line.split() if w.startswith("http://")), None)
    if url is None:
        server.kill()
        sys.exit(f"arshif serve did not start: {line}{server.stderr.read()}")
    # Drain stderr so the server never blocks on a full pipe.
    threading.Thread(target=server.stderr.read, daemon=True).start()
    return server, url


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (Linux)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def run_load(host: str, port: int, paths: list[str], clients: int, requests: int,
             max_seconds: float) -> dict:
    lock = threading.Lock()
    next_request = [0]
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + max_seconds

    def take() -> int | None:
        with lock:
            n = next_request[0]
            if n >= requests or time.monotonic() > deadline:
                return None
            next_request[0] += 1
            return n

    def client() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=30)
        mine: list[float] = []
        my_errors: list[str] = []
        while (n := take()) is not None:
            path = paths[n % len(paths)]
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept": "application/json"})
                response = conn.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - start
                if response.status != 200:
                    my_errors.append(f"{response.status} {path}: {body[:200]!r}")
                else:
                    json.loads(body)
                    mine.append(elapsed)
            except (OSError, http.client.HTTPException, ValueError) as err:
                my_errors.append(f"{type(err).__name__} {path}: {err}")
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(my_errors)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    latencies.sort()
    ms = lambda s: round(s * 1000, 2)  # noqa: E731
    return {
        "clients": clients,
        "requests": len(latencies) + len(errors),
        "errors": len(errors),
        "error_samples": errors[:5],
        "seconds": round(wall, 2),
        "requests_per_second": round((len(latencies) + len(errors)) / wall, 1),
        "p50_ms": ms(percentile(latencies, 50)),
        "p90_ms": ms(percentile(latencies, 90)),
        "p99_ms": ms(percentile(latencies, 99)),
        "max_ms": ms(latencies[-1]) if latencies else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", help="index to serve (starts arshif serve)")
    parser.add_argument("--url", help="load a server already running here instead")
    parser.add_argument("--arshif", default=os.path.join(ROOT, "target", "release", "arshif"))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--max-seconds", type=float, default=120)
    parser.add_argument("--queries", default=os.path.join(ROOT, "examples", "queries.tsv"))
    parser.add_argument("--words", type=int, help="cut each query to its first N words")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=200, help="requests before measuring")
    args = parser.parse_args()
    if not 1 <= args.clients <= 256:
        sys.exit("--clients: 1 to 256")
    if not 1 <= args.requests <= MAX_REQUESTS:
        sys.exit(f"--requests: 1 to {MAX_REQUESTS}")
    if not 0 < args.max_seconds <= 3600:
        sys.exit("--max-seconds: up to 3600")
    if bool(args.index) == bool(args.url):
        sys.exit("give --index DIR (start a server) or --url URL (use a running one)")

    queries = read_queries(args.queries, args.words)
    paths = [
        "/api/search?" + urllib.parse.urlencode({"q": q, "limit": args.limit}) for q in queries
    ]
    server = None
    if args.index:
        server, url = start_server(args.arshif, args.index)
    else:
        url = args.url
    try:
        host, port = loopback_only(url)
        for _ in range(100):
            try:
                socket.create_connection((host, port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        if args.warmup:
            run_load(host, port, paths, args.clients, args.warmup, args.max_seconds)
        cpu_before = cpu_seconds(server.pid) if server else None
        result = run_load(host, port, paths, args.clients, args.requests, args.max_seconds)
        cpu_after = cpu_seconds(server.pid) if server else None
        # The server's own CPU per request does not depend on what else the machine runs.
        if cpu_before is not None and cpu_after is not None and result["requests"]:
            result["server_cpu_ms_per_request"] = round(
                (cpu_after - cpu_before) * 1000 / result["requests"], 2
            )
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    result["queries"] = len(queries)
    result["words"] = args.words
    print(json.dumps(result, ensure_ascii=False))
    log(
        f"{result['requests']} requests, {result['clients']} clients: "
        f"{result['requests_per_second']} req/s, p50 {result['p50_ms']} ms, "
        f"p90 {result['p90_ms']} ms, p99 {result['p99_ms']} ms, max {result['max_ms']} ms, "
        f"{result['errors']} errors"
    )
    if result["errors"]:
        for sample in result["error_samples"]:
            log("  " + sample)
        sys.exit(1)


if __name__ == "__main__":
    main()
