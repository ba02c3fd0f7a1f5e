"""What the benchmarks share: the synthetic corpus, the jieba baseline, the machine, memory
and where results go (bench/out/<name>.json, read by bench/report.py)."""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
DATA = ROOT / "data" / "bench"


def machine() -> dict:
    """nproc, memory and CPU model of this machine."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return {"nproc": os.cpu_count(), "memory_gb": round(pages / 2**30, 1), "cpu": model,
            "python": platform.python_version(), "load_avg_1m": os.getloadavg()[0]}


def corpus(articles: int, directory: str | None = None) -> Path:
    """The synthetic corpus of `articles` articles (made on first use, then reused)."""
    from bench.make_corpus import make_corpus

    out = Path(directory) if directory else DATA / f"corpus-{articles}"
    make_corpus(out, articles)
    return out


def files(root: Path) -> list[str]:
    from extractors.reader import discover

    return [str(p) for p in discover([root])]


def reset_peak_rss() -> None:
    """Start this process's peak resident memory afresh (Linux: /proc/self/clear_refs), so
    that what ran before (an extraction measured in-process) does not count."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mb() -> dict:
    """Peak resident memory of this process (since `reset_peak_rss`) and of its largest
    finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        for row in Path("/proc/self/status").read_text().splitlines():
            if row.startswith("VmHWM:"):
                own = int(row.split()[1]) / 1024
    except OSError:
        pass
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own), "largest_child": round(children)}


def rss_mb() -> int:
    """Resident memory of this process now, in MB."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf(
            "SC_PAGE_SIZE") // 2**20
    except (OSError, ValueError):  # no /proc: the peak is all there is
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def clean_texts(paths: list[str]) -> Iterator[str]:
    """The clean text of each readable article (the reader's output), one at a time."""
    from extractors.reader import parse_article
    from kg.errors import DocumentRejected

    for path in paths:
        try:
            with open(path, "rb") as handle:
                yield parse_article(handle.read(), path=path).clean_text
        except DocumentRejected:
            continue


def jieba_baseline(paths: list[str]) -> dict:
    """MB/s of pure-Python `jieba.lcut` on the clean text of `paths` (timing only lcut;
    jieba's dictionary is loaded before the clock starts)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    seconds, size = 0.0, 0
    for text in clean_texts(paths):
        size += len(text.encode("utf-8"))
        start = time.perf_counter()
        jieba.lcut(text)
        seconds += time.perf_counter() - start
    return {"mb": size / 1e6, "seconds": seconds, "mb_per_s": size / 1e6 / seconds}


def save(name: str, result: dict) -> Path:
    """Write a benchmark's result (with the machine) to bench/out/<name>.json."""
    OUT.mkdir(parents=True, exist_ok=True)
    result = {"benchmark": name, "when": time.strftime("%Y-%m-%d %H:%M:%S"),
              "machine": machine(), **result}
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2))
    return path


def line(label: str, text: str) -> None:
    print(f"{label:<24} {text}", flush=True)
