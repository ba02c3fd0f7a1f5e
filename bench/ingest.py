"""Whole ingest through Prefect into the on-disk store, against extraction and jieba.

Runs the `kg-ingest` flow (discover → read/extract/map batches on the task runner → write
each article → record the run) on the synthetic corpus into a fresh store, and prints
articles/s, MB/s of clean text and peak memory next to the MB/s of pure-Python jieba.lcut
on the same text, measured in the same run (issue 2). Target (issue 6): ingest ≥ 70 % of
the extraction throughput of `bench/extraction.py` with the same workers; pass
`--extraction-mb-s` to compare against a figure measured apart, or `--measure-extraction`
to measure it here.

    python bench/ingest.py --articles 5000 --workers 2
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    DATA,
    corpus,
    files,
    jieba_baseline,
    line,
    peak_rss_mb,
    reset_peak_rss,
    rss_mb,
    save,
)

TARGET = 0.70
PREFECT_START: float | None = None


def start_prefect() -> float:
    """Seconds to start Prefect's ephemeral API, with a flow that does nothing: paid once
    per process (a scheduled deployment has its server running), so the ingest runs are
    timed without it and the start is reported on its own."""
    from prefect import flow

    @flow(name="bench-warm-up")
    def warm_up() -> None:
        return None

    start = time.perf_counter()
    warm_up()
    return time.perf_counter() - start


def in_child(function, *args):
    """`function(*args)` in a fresh process: the flow's process then starts with nothing
    of jieba's dictionary or a pipeline in it, so its memory is the ingest's own."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def run_ingest(root: Path, store: Path, workers: int, batch_size: int) -> dict:
    """One flow run over `root` into `store`; returns its summary and wall time (Prefect's
    API started beforehand: `start_prefect`)."""
    from kg.settings import Settings, apply_prefect_env

    apply_prefect_env(Settings.resolve(store=str(store)), log_level="ERROR")
    global PREFECT_START
    if PREFECT_START is None:
        PREFECT_START = start_prefect()
        line("Prefect start", f"{PREFECT_START:.1f} s (once per process, not in the timings)")
    import resource

    from flows.ingest import ingest
    from flows.runners import task_runner

    own, children = resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN
    cpu = [resource.getrusage(who) for who in (own, children)]
    memory: list[tuple[int, int]] = []  # (files done, flow RSS in MB) after each batch

    def progress(done: int, total: int) -> None:
        memory.append((done, rss_mb()))

    start = time.perf_counter()
    summary = ingest.with_options(task_runner=task_runner(workers))(
        paths=[str(root)], store_dir=str(store), batch_size=batch_size, workers=workers,
        progress=progress)
    seconds = time.perf_counter() - start
    used = [resource.getrusage(who) for who in (own, children)]
    return {"seconds": seconds, "summary": summary, "rss_by_fifth": by_fifth(memory),
            "cpu_seconds": {
        # the extraction workers are waited for when the flow ends; Prefect's API server
        # (started before, still running) is in neither figure
        name: round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1)
        for name, before, after in zip(("flow", "workers"), cpu, used, strict=True)}}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--store", default=None, help="default: data/bench/store-<articles>")
    parser.add_argument("--extraction-mb-s", type=float, default=None,
                        help="extraction MB/s to compare with (else read bench/out)")
    parser.add_argument("--measure-extraction", action="store_true",
                        help="measure extraction with the same workers in this run")
    args = parser.parse_args(argv)

    root = corpus(args.articles, args.corpus)
    paths = files(root)
    line("corpus", f"{len(paths)} files in {root}")
    jieba = in_child(jieba_baseline, paths)
    line("jieba.lcut alone", f"{jieba['mb_per_s']:.2f} MB/s on {jieba['mb']:.1f} MB")
    extraction = args.extraction_mb_s
    if args.measure_extraction:
        from bench.extraction import run_pool, run_single

        run = run_pool(paths, args.batch_size, args.workers) if args.workers > 1 else \
            in_child(run_single, paths, args.batch_size)
        extraction = run["mb"] / run["seconds"]
        line("extraction (no store)", f"{extraction:.2f} MB/s with {args.workers} process(es)")
    store = Path(args.store) if args.store else DATA / f"store-{args.articles}"
    shutil.rmtree(store, ignore_errors=True)
    reset_peak_rss()
    result = run_ingest(root, store, args.workers, args.batch_size)
    summary, seconds = result["summary"], result["seconds"]
    mb_per_s = jieba["mb"] / seconds
    line("ingest (Prefect)", f"{summary['ingested'] / seconds:.1f} articles/s, "
         f"{mb_per_s:.2f} MB/s = {mb_per_s / jieba['mb_per_s']:.2f} × jieba "
         f"({summary['ingested']} ingested, {len(summary['rejected'])} rejected, "
         f"{seconds:.1f} s)")
    line("store", f"{summary['triples']} triples, {summary['claims']} claims, "
         f"{summary['entities']} entities; {_size_mb(store):.0f} MB on disk")
    line("CPU", f"{result['cpu_seconds']['flow']:.1f} s in the flow process, "
         f"{result['cpu_seconds']['workers']:.1f} s in the workers, {seconds:.1f} s wall")
    line("flow memory", "RSS after each fifth of the corpus: " + ", ".join(
        f"{mb} MB" for mb in result["rss_by_fifth"]))
    memory = peak_rss_mb()
    line("peak memory", f"{memory['self']} MB flow process, {memory['largest_child']} MB "
         "largest worker")
    ratio = mb_per_s / extraction if extraction else None
    if ratio is not None:
        line("target", f"ingest ≥ {TARGET:.0%} of extraction ({extraction:.2f} MB/s): "
             f"{'met' if ratio >= TARGET else 'NOT met'} ({ratio:.0%})")
    out = {"articles": len(paths), "workers": args.workers, "batch_size": args.batch_size,
           "jieba": jieba, "seconds": seconds, "prefect_start_seconds": PREFECT_START,
           "mb_per_s": mb_per_s,
           "articles_per_s": summary["ingested"] / seconds,
           "ratio_to_jieba": mb_per_s / jieba["mb_per_s"], "extraction_mb_per_s": extraction,
           "ratio_to_extraction": ratio, "target_ratio": TARGET,
           "triples": summary["triples"], "claims": summary["claims"],
           "store_mb": _size_mb(store), "peak_rss_mb": memory,
           "cpu_seconds": result["cpu_seconds"], "rss_by_fifth_mb": result["rss_by_fifth"],
           "store": str(store)}
    line("saved", str(save(f"ingest-{args.articles}-w{args.workers}", out)))
    return out


def by_fifth(memory: list[tuple[int, int]]) -> list[int]:
    """The flow's RSS (MB) after the first batch past each fifth of the corpus: flat from
    the second fifth on when nothing grows with the corpus (the first holds the store's
    and Prefect's start)."""
    if not memory:
        return []
    total = memory[-1][0]
    return [next(mb for done, mb in memory if done >= total * k / 5) for k in range(1, 6)]


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6 \
        if path.exists() else 0.0


if __name__ == "__main__":
    os.environ.setdefault("KG_DATA_DIR", str(DATA))
    main()
