"""Extraction throughput against pure-Python jieba, measured in one run on the same text.

Extraction here is everything before the store: read the file, strip it to clean text,
segment, extract entities, dates and claims, and write the article's RDF (N-Triples) —
`flows.work.process_batch`, the code the ingest flow runs, without Prefect. It runs once
in this process and once on a pool of worker processes, each timed once its pipeline is
built (the pool's start-up is reported beside it); jieba.lcut runs on the same clean
texts, timed alone, its dictionary loaded first, once before the extraction runs and once
after them: this machine's speed drifts by 10-20 % over minutes, so each run is compared with
the jieba measurement next to it in time (the single process with the one before, the pool
with the one after), and both ratios are printed. Target (issue 6): extraction ≥ 2 × jieba
MB/s.

    python bench/extraction.py --articles 5000 [--workers 2] [--skip-single]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import corpus, files, jieba_baseline, line, peak_rss_mb, save  # noqa: E402

RUN_IRI = "https://example.org/kg/run/bench"
TARGET = 2.0


def _batch(paths: list[str]):
    from flows.work import process_batch

    done = process_batch(paths, run_iri=RUN_IRI)
    return len(done.articles), len(done.rejected), done.clean_bytes


def _warm() -> None:
    from extractors.pipeline import shared_pipeline

    shared_pipeline()


def _chunks(paths: list[str], size: int) -> list[list[str]]:
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def run_single(paths: list[str], batch: int) -> dict:
    """All batches in this process; the pipeline is built before the clock starts (as a
    long-running flow process has it), the rest is timed."""
    _warm()
    start = time.perf_counter()
    articles = rejected = size = 0
    for chunk in _chunks(paths, batch):
        a, r, b = _batch(chunk)
        articles, rejected, size = articles + a, rejected + r, size + b
    seconds = time.perf_counter() - start
    return {"processes": 1, "articles": articles, "rejected": rejected, "mb": size / 1e6,
            "seconds": seconds}


def _warm_and_wait(ready) -> None:
    _warm()
    ready.wait()


def run_pool(paths: list[str], batch: int, workers: int) -> dict:
    """Batches on `workers` fresh processes (spawned, as Prefect's process pool does).

    Timed like the single process: from the moment every worker has built its pipeline
    (a long-running pool has), so that both runs and jieba's are measured the same way;
    the workers' start-up (imports and pipeline, in parallel) is reported beside it, and
    `seconds_with_start_up` is the wall time of a pool started for this one job."""
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(workers + 1)
    launched = time.perf_counter()
    articles = rejected = size = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_warm_and_wait, initargs=(ready,)) as pool:
        futures = [pool.submit(_batch, chunk) for chunk in _chunks(paths, batch)]
        ready.wait(timeout=600)  # every worker has its pipeline; the batches start now
        start = time.perf_counter()
        for future in futures:
            a, r, b = future.result()
            articles, rejected, size = articles + a, rejected + r, size + b
        end = time.perf_counter()
    return {"processes": workers, "articles": articles, "rejected": rejected,
            "mb": size / 1e6, "seconds": end - start, "start_up_seconds": start - launched,
            "seconds_with_start_up": end - launched}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--corpus", default=None, help="default: data/bench/corpus-<articles>")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--skip-single", action="store_true",
                        help="measure only the worker pool")
    args = parser.parse_args(argv)

    root = corpus(args.articles, args.corpus)
    paths = files(root)
    line("corpus", f"{len(paths)} files in {root}")
    jieba = jieba_baseline(paths)
    line("jieba.lcut alone", f"{jieba['mb_per_s']:.2f} MB/s ({jieba['mb']:.1f} MB of clean "
         f"text in {jieba['seconds']:.1f} s, 1 process)")
    runs = [] if args.skip_single else [run_single(paths, args.batch_size)]
    if args.workers > 1:
        runs.append(run_pool(paths, args.batch_size, args.workers))
    jieba_after = jieba_baseline(paths)
    line("jieba.lcut again", f"{jieba_after['mb_per_s']:.2f} MB/s after the runs "
         f"({jieba_after['mb_per_s'] / jieba['mb_per_s']:.2f} × the first measurement)")
    for i, run in enumerate(runs):
        run["mb_per_s"] = run["mb"] / run["seconds"]
        run["articles_per_s"] = run["articles"] / run["seconds"]
        run["ratio_to_jieba_before"] = run["mb_per_s"] / jieba["mb_per_s"]
        run["ratio_to_jieba_after"] = run["mb_per_s"] / jieba_after["mb_per_s"]
        # the jieba measurement next to the run in time: the first run follows the first
        # measurement, the last run precedes the second
        nearest = jieba if i == 0 and len(runs) > 1 else jieba_after
        run["jieba_mb_per_s"] = nearest["mb_per_s"]
        run["ratio_to_jieba"] = run["mb_per_s"] / nearest["mb_per_s"]
        line(f"extraction, {run['processes']} proc",
             f"{run['articles_per_s']:.1f} articles/s, {run['mb_per_s']:.2f} MB/s = "
             f"{run['ratio_to_jieba']:.2f} × jieba measured next to it "
             f"({run['ratio_to_jieba_before']:.2f} × before, {run['ratio_to_jieba_after']:.2f} × "
             f"after; {run['articles']} articles, {run['rejected']} rejected, "
             f"{run['seconds']:.1f} s)")
        if "start_up_seconds" in run:
            with_start = run["mb"] / run["seconds_with_start_up"] / jieba["mb_per_s"]
            line("  workers' start-up", f"{run['start_up_seconds']:.1f} s before the first "
                 f"batch; a pool started for this job: {with_start:.2f} × jieba")
    memory = peak_rss_mb()
    line("peak memory", f"{memory['self']} MB this process, {memory['largest_child']} MB "
         "largest worker")
    best = max(run["ratio_to_jieba"] for run in runs)
    line("target", f"≥ {TARGET:.1f} × jieba: {'met' if best >= TARGET else 'NOT met'} "
         f"(best {best:.2f} ×)")
    result = {"articles": len(paths), "corpus": str(root), "jieba": jieba,
              "jieba_after": jieba_after, "runs": runs,
              "peak_rss_mb": memory, "target_ratio": TARGET, "best_ratio": best}
    line("saved", str(save("extraction", result)))
    return result


if __name__ == "__main__":
    main()
