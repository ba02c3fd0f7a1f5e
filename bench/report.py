"""The last run of every benchmark (bench/out/*.json) as the Markdown tables of
bench/README.md.

    python bench/report.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT  # noqa: E402


def _start_up(run: dict, jieba: float) -> str:
    """A pool's start-up, and its throughput counted from launch (see bench/extraction.py)."""
    if "start_up_seconds" not in run:
        return ""
    launched = run["mb"] / run["seconds_with_start_up"] / jieba
    return (f"; workers ready after {run['start_up_seconds']:.1f} s, from launch "
            f"{launched:.2f} × jieba")


def _load(name: str) -> dict | None:
    path = OUT / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def _latest(prefix: str) -> dict | None:
    found = sorted(OUT.glob(f"{prefix}-*.json"), key=lambda p: p.stat().st_mtime)
    return json.loads(found[-1].read_text()) if found else None


def _ingest_runs() -> list[dict]:
    """The last ingest run of each worker count (bench/out/ingest-N-wW.json), largest N."""
    runs = [json.loads(p.read_text()) for p in OUT.glob("ingest-*-w*.json")]
    if not runs:
        return []
    largest = max(r["articles"] for r in runs)
    return sorted((r for r in runs if r["articles"] == largest), key=lambda r: r["workers"])


def _cpu(ingest: dict) -> str:
    cpu = ingest.get("cpu_seconds")
    if not cpu:
        return "not measured"
    return f"{cpu['flow']:.0f} s flow + {cpu['workers']:.0f} s workers in {ingest['seconds']:.0f} s"


def _fifths(ingest: dict) -> str:
    fifths = ingest.get("rss_by_fifth_mb")
    return " / ".join(str(mb) for mb in fifths) + " MB" if fifths else \
        f"(peak {ingest['peak_rss_mb']['self']} MB)"


def main() -> None:
    extraction, queries = _load("extraction"), _load("queries")
    ingests, incremental = _ingest_runs(), _latest("incremental")
    first = next(r for r in (extraction, *ingests, queries, incremental) if r)
    m = first["machine"]
    print(f"Machine: {m['nproc']} cores ({m['cpu']}), {m['memory_gb']} GB, Python "
          f"{m['python']}; load average at start of each run below.\n")
    print("| figure | target | measured | met | run |")
    print("|---|---|---|---|---|")
    if extraction:
        for run in extraction["runs"]:
            jieba = run.get("jieba_mb_per_s", extraction["jieba"]["mb_per_s"])
            both = (f"; {run['ratio_to_jieba_before']:.2f} × jieba before the runs "
                    f"({extraction['jieba']['mb_per_s']:.2f} MB/s), "
                    f"{run['ratio_to_jieba_after']:.2f} × after "
                    f"({extraction['jieba_after']['mb_per_s']:.2f} MB/s)"
                    if "jieba_after" in extraction else "")
            print(f"| extraction, {run['processes']} process(es), {extraction['articles']} "
                  f"articles | ≥ 2.0 × jieba | {run['mb_per_s']:.2f} MB/s = "
                  f"{run['ratio_to_jieba']:.2f} × jieba measured next to it ({jieba:.2f} MB/s)"
                  f"{both}, {run['articles_per_s']:.1f} articles/s{_start_up(run, jieba)} | "
                  f"{'yes' if run['ratio_to_jieba'] >= 2 else 'no'} | {extraction['when']}, "
                  f"load {extraction['machine']['load_avg_1m']:.1f} |")
    for ingest in ingests:
        ratio = ingest.get("ratio_to_extraction")
        print(f"| ingest through Prefect, {ingest['workers']} worker(s), {ingest['articles']} "
              f"articles | ≥ 70 % of extraction | {ingest['mb_per_s']:.2f} MB/s = "
              f"{(ratio or 0):.0%} of extraction ({ingest['extraction_mb_per_s'] or 0:.2f} MB/s), "
              f"{ingest['ratio_to_jieba']:.2f} × jieba, {ingest['articles_per_s']:.1f} "
              f"articles/s; CPU {_cpu(ingest)}; flow RSS by fifth of the corpus "
              f"{_fifths(ingest)}, largest worker {ingest['peak_rss_mb']['largest_child']} MB | "
              f"{'yes' if ratio and ratio >= 0.7 else 'no'} | {ingest['when']}, load "
              f"{ingest['machine']['load_avg_1m']:.1f} |")
    if queries:
        worst = queries["slowest_ms_at_1m_plus"]
        print(f"| analyst queries + provenance, ≥ 1M triples | < 200 ms median each | slowest "
              f"{worst:.1f} ms | {'yes' if worst is not None and worst < 200 else 'no'} | "
              f"{queries['when']} |")
    if incremental:
        print(f"| unchanged re-ingest, {incremental['articles']} articles | < 5 % of ingest | "
              f"{incremental['again_seconds']:.1f} s vs {incremental['first_seconds']:.1f} s = "
              f"{incremental['ratio']:.1%} | {'yes' if incremental['ratio'] < 0.05 else 'no'} | "
              f"{incremental['when']} |")
    if queries:
        names = queries["queries"]
        print("\n| articles | triples | " + " | ".join(names) + " |")
        print("|---|---|" + "---|" * len(names))
        for row in queries["measured"] + queries["extrapolated"]:
            mark = " (extrapolated)" if row.get("extrapolated") else ""
            print(f"| {row['size']:,}{mark} | {row['triples']:,} | "
                  + " | ".join(f"{row[n]:.1f} ms" + (f" ({row[n + '_rows']:,} rows)"
                                                       if n + "_rows" in row else "")
                               for n in names) + " |")


if __name__ == "__main__":
    main()
