"""Re-ingesting an unchanged corpus against ingesting it, through the Prefect flow.

Ingests the synthetic corpus into a fresh store, then runs the same ingest again: every
file is read and hashed, found among the stored sha256s (one bulk query at the start of
the run) and skipped. Target (issue 6): the second run costs under 5 % of the first.

    python bench/incremental.py --articles 10000 --workers 2
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DATA, corpus, line, peak_rss_mb, save  # noqa: E402
from bench.ingest import run_ingest  # noqa: E402

TARGET = 0.05


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=100)
    args = parser.parse_args(argv)

    root = corpus(args.articles)
    store = DATA / f"incremental-store-{args.articles}"
    shutil.rmtree(store, ignore_errors=True)
    first = run_ingest(root, store, args.workers, args.batch_size)
    line("first ingest", f"{first['summary']['ingested']} articles in {first['seconds']:.1f} s "
         f"({first['summary']['triples']:,} triples)")
    again = run_ingest(root, store, args.workers, args.batch_size)
    line("unchanged re-ingest", f"{again['summary']['unchanged']} unchanged, "
         f"{again['summary']['ingested']} ingested in {again['seconds']:.1f} s")
    ratio = again["seconds"] / first["seconds"]
    line("target", f"re-ingest < {TARGET:.0%} of ingest: {'met' if ratio < TARGET else 'NOT met'}"
         f" ({ratio:.1%})")
    memory = peak_rss_mb()
    out = {"articles": args.articles, "workers": args.workers, "first_seconds": first["seconds"],
           "again_seconds": again["seconds"], "ratio": ratio, "target_ratio": TARGET,
           "triples": first["summary"]["triples"], "peak_rss_mb": memory}
    line("saved", str(save(f"incremental-{args.articles}", out)))
    return out


if __name__ == "__main__":
    os.environ.setdefault("KG_DATA_DIR", str(DATA))
    main()
