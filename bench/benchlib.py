"""What the bench scripts share: paths, running commands, the release build, the peers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
PEERS = os.path.join(SHARED, "peers")
KNOWN_ITEM = os.path.join(PEERS, "results", "known-item")
# `cargo build` writes under $CARGO_TARGET_DIR when it is set, as in a git worktree sharing
# the machine with others.
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "arshif")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    log("$ " + " ".join(cmd))
    return subprocess.run(cmd, check=True, **kw)


def build_release() -> None:
    run(["cargo", "build", "--release", "--quiet"], cwd=ROOT)


def corpus_path(corpus: str) -> str:
    return os.path.join(SHARED, "corpora", corpus, f"{corpus}.jsonl.gz")


# The three JSONL news corpora read together (all but arabic-newspapers-corpus).
NEWS_CORPORA = ["saudinewsnet", "ant-multisource", "ant-jawharafm"]


def joined_corpora(path: str, corpora: list[str] = NEWS_CORPORA) -> str:
    """`path`, made once: one gzip file holding `corpora` (their gzip members concatenated)."""
    if not os.path.exists(path):
        with open(path + ".part", "wb") as out:
            for corpus in corpora:
                with open(corpus_path(corpus), "rb") as part:
                    shutil.copyfileobj(part, out)
        os.replace(path + ".part", path)
    return path


def peers_eval():
    """The peers' scorer module (`eval.py`, checked against trec_eval)."""
    sys.path.insert(0, PEERS)
    import eval as module  # noqa: E402

    return module


def setup_peers(work: str) -> str:
    """Copies the peers folder under `work` (it is read-only in place), runs its setup.sh
    (Java, the Lucene jar) and returns the path of its `peer` launcher."""
    peers = os.path.join(work, "peers")
    if not os.path.exists(os.path.join(peers, "setup.sh")):
        shutil.copytree(PEERS, peers, ignore=shutil.ignore_patterns("results", "work"))
        for folder, _, files in os.walk(peers):
            for name in files + [""]:
                path = os.path.join(folder, name)
                os.chmod(path, os.stat(path).st_mode | 0o200)
    run(["bash", os.path.join(peers, "setup.sh")], stdout=sys.stderr)
    return os.path.join(peers, "peer")


def sample_rss(pid: int, stop: threading.Event, peaks: dict) -> None:
    """Until `stop` is set, reads the process's resident memory every 20 ms, keeping the peaks
    of its anonymous part (heap and stacks) and of its file-backed part (mapped files: a tantivy
    index's segments are read through mmap, and the pages a merge reads count in RSS)."""
    path = f"/proc/{pid}/status"
    while not stop.is_set():
        try:
            with open(path, encoding="ascii") as fh:
                for line in fh:
                    key, _, value = line.partition(":")
                    if key in ("RssAnon", "RssFile"):
                        kb = int(value.split()[0])
                        peaks[key] = max(peaks.get(key, 0), kb)
        except (OSError, ValueError):
            pass
        stop.wait(0.02)


def measure(cmd: list[str], **kw) -> dict:
    """Runs `cmd` to completion; its wall seconds, peak RSS (MB), peak anonymous and
    file-backed resident memory (MB, sampled: see `sample_rss`) and stderr."""
    log("$ " + " ".join(cmd))
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, **kw)
    stop, peaks = threading.Event(), {}
    sampler = threading.Thread(target=sample_rss, args=(proc.pid, stop, peaks), daemon=True)
    sampler.start()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 2):
        log(stderr)
        raise SystemExit(f"{cmd[0]} failed with exit code {proc.returncode}")
    return {"wall_s": wall, "peak_rss_mb": usage.ru_maxrss / 1024, "stderr": stderr,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_anon_mb": peaks.get("RssAnon", 0) / 1024,
            "peak_file_mb": peaks.get("RssFile", 0) / 1024}


def dir_size(path: str) -> int:
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def machine() -> str:
    model = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as fh:
        mem_kb = int(fh.readline().split()[1])
    return f"{os.cpu_count()} cores ({model}), {mem_kb / 2**20:.0f} GiB memory"
