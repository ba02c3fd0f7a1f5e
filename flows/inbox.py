"""The inbox flow: ingest what analysts drop into a folder, on a schedule (`kg schedule`).

One run:
1. takes the inbox lock (`INBOX/.kg-inbox.lock`); when another run holds it, this run
   leaves the inbox to that one and ends;
2. picks the files that are ready: top-level files whose size and modification time did
   not change over `settle_seconds` and that nobody touched in the last `settle_seconds`.
   Partial copies (*.part, *.tmp, *.crdownload, ~$…) and files still growing wait for the
   next run; dot-files are ignored;
3. runs the ingest flow's body over them, so the store is opened (under its write lock)
   only for runs that have something to ingest: new and changed files (content hash) are
   stored, each article in one transaction, unchanged ones skipped;
4. moves ingested and unchanged files to `INBOX/done/`, and rejected ones to
   `INBOX/rejected/` with `NAME.reason.txt` beside them (the coded reason); a file that
   changed after it was read stays in the inbox for the next run;
5. publishes its summary as a markdown artifact (`inbox-summary`) and in its log.

A run killed at any point loses nothing: files move only after the store has them, and the
next run finds stored files unchanged (same sha256), moves them, and ingests the rest.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

from extractors.reader import MAX_BYTES, SUFFIXES
from flows.ingest import ingest
from kg.errors import E, KGError
from kg.lock import FileLock
from ontology.namespaces import DEFAULT_BASE

DONE, REJECTED, REASON_SUFFIX = "done", "rejected", ".reason.txt"
INBOX_LOCK = ".kg-inbox.lock"
PARTIAL_SUFFIXES = frozenset({".part", ".partial", ".tmp", ".temp", ".crdownload", ".download",
                              ".filepart"})
PARTIAL_PREFIXES = ("~$",)
MOVE_RETRY_DELAYS = [1, 5]

Look = tuple[int, int]
"""(size, mtime_ns) of a file: what must not change while a file settles."""


def _look(path: Path) -> Look | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_size, info.st_mtime_ns


def is_partial(name: str) -> bool:
    """True for the names download and copy tools give a file they are still writing."""
    return name.startswith(PARTIAL_PREFIXES) or Path(name).suffix.lower() in PARTIAL_SUFFIXES


@task(cache_policy=NONE)
def find_ready_files(inbox: str, settle_seconds: float) -> tuple[dict[str, Look], list[dict]]:
    """The files of `inbox` ready to ingest, with their look, and those that must wait (why)."""
    waiting, first = [], {}
    now = time.time_ns()
    for entry in sorted(Path(inbox).iterdir()):
        if not entry.is_file() or entry.name.startswith("."):
            continue
        look = _look(entry)
        if is_partial(entry.name):
            waiting.append({"path": str(entry), "why": "a partial copy (name of a file being "
                                                      "written)"})
        elif look and (now - look[1]) / 1e9 < settle_seconds:
            waiting.append({"path": str(entry), "why": f"modified less than {settle_seconds:g} s "
                                                      "ago"})
        elif look:
            first[str(entry)] = look
    if first:
        time.sleep(settle_seconds)
    ready = {}
    for path, look in first.items():
        if _look(Path(path)) == look:
            ready[path] = look
        else:
            waiting.append({"path": path, "why": "still being written (size or time changed)"})
    return ready, waiting


def _move(source: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / source.name
    os.replace(source, target)
    return target


@task(cache_policy=NONE, retries=2, retry_delay_seconds=MOVE_RETRY_DELAYS)
def file_away(inbox: str, ready: dict[str, Look], processed: list[str],
              rejected: list[dict]) -> list[str]:
    """Move processed files to done/ and rejected ones to rejected/ with a reason file.

    A file whose look changed since it was read stays (the next run reads the new bytes).
    Returns the paths left in place. Safe to retry: files already moved are skipped.
    """
    root, left = Path(inbox), []
    for path in processed:
        source = Path(path)
        if _look(source) != ready.get(path):
            left.append(path)
            continue
        _move(source, root / DONE)
        for stale in (source.name, source.name + REASON_SUFFIX):  # an older rejected copy
            (root / REJECTED / stale).unlink(missing_ok=True)
    for rejection in rejected:
        source = Path(rejection["path"])
        if _look(source) != ready.get(rejection["path"]):
            left.append(rejection["path"])
            continue
        target = _move(source, root / REJECTED)
        target.with_name(target.name + REASON_SUFFIX).write_text(rejection["reason"] + "\n",
                                                                 encoding="utf-8")
    return left


def _unsupported(paths: list[str]) -> list[dict]:
    """Rejections for files the reader has no parser for (E108)."""
    return [{"path": p, "code": "E108",
             "reason": str(KGError(E.E108, path=p, suffix=Path(p).suffix or "(none)"))}
            for p in paths if Path(p).suffix.lower() not in SUFFIXES]


@flow(name="kg-ingest-inbox")
def ingest_inbox(inbox: str = "inbox", store_dir: str = "data/kg", settle_seconds: float = 2.0,
                 batch_size: int = 100, base_iri: str = DEFAULT_BASE, max_bytes: int = MAX_BYTES,
                 lock_timeout: float = 300.0) -> dict:
    """Ingest the ready files of `inbox` into the store at `store_dir`; return a summary.

    Raises KGError E504 when `inbox` is not a directory, E306 when the store stayed busy
    for `lock_timeout` seconds.
    """
    logger = get_run_logger()
    if not Path(inbox).is_dir():
        raise KGError(E.E504, path=inbox)
    lock = FileLock(Path(inbox) / INBOX_LOCK, holder=f"flow run {flow_run.id or os.getpid()}")
    if not lock.acquire():
        busy = lock.current_holder()
        logger.info("%s is being emptied by %s since %s; leaving it to that run", inbox,
                    busy["holder"], busy["since"])
        return _publish({"inbox": inbox, "skipped": f"{busy['holder']} since {busy['since']}"})
    with lock:
        ready, waiting = find_ready_files(inbox, settle_seconds)
        for item in waiting:
            logger.info("waiting: %s (%s)", item["path"], item["why"])
        unsupported = _unsupported(list(ready))
        articles = [p for p in ready if p not in {r["path"] for r in unsupported}]
        summary = {"run": None, "ingested": 0, "replaced": 0, "unchanged": 0, "rejected": [],
                   "claims_ingested": 0, "entities_new": 0,
                   "paths": {"ingested": [], "replaced": [], "unchanged": []}}
        if articles:
            summary = ingest.fn(paths=articles, store_dir=store_dir, batch_size=batch_size,
                                base_iri=base_iri, max_bytes=max_bytes, lock_timeout=lock_timeout)
        rejected = summary["rejected"] + unsupported
        processed = summary["paths"]["ingested"] + summary["paths"]["unchanged"]
        left = file_away(inbox, ready, processed, rejected)
    result = {**summary, "inbox": inbox, "rejected": rejected, "waiting": waiting,
              "left": left}
    return _publish(result)


def _publish(result: dict) -> dict:
    """Log the summary and publish it as the run's markdown artifact; return it."""
    logger = get_run_logger()
    line = summary_line(result)
    logger.info("%s", line)
    for rejection in result.get("rejected", []):
        logger.warning("rejected %s", rejection["reason"])
    create_markdown_artifact(key="inbox-summary", markdown=summary_markdown(result),
                             description=line)
    return result


def summary_line(result: dict) -> str:
    """One line: what the run did (the artifact's description, the log's last word)."""
    if result.get("skipped"):
        return f"skipped: the inbox is being emptied by {result['skipped']}"
    return (f"ingested {result['ingested']} (replaced {result['replaced']}), unchanged "
            f"{result['unchanged']}, rejected {len(result['rejected'])}, waiting "
            f"{len(result['waiting'])}; new claims {result['claims_ingested']}, new entities "
            f"{result['entities_new']}")


def summary_markdown(result: dict) -> str:
    """The run's summary as a markdown table (one row per outcome, file names listed)."""
    if result.get("skipped"):
        return f"# Inbox run skipped\n\n{summary_line(result)}\n"
    paths = result["paths"]

    def names(items) -> str:
        return ", ".join(f"`{Path(p).name}`" for p in items) or "-"

    rows = [
        ("ingested", result["ingested"], names(paths["ingested"])),
        ("of which replaced", result["replaced"], names(paths["replaced"])),
        ("unchanged", result["unchanged"], names(paths["unchanged"])),
        ("rejected", len(result["rejected"]),
         "<br>".join(f"`{Path(r['path']).name}`: {r['reason']}" for r in result["rejected"])
         or "-"),
        ("waiting for the next run", len(result["waiting"]),
         "<br>".join(f"`{Path(w['path']).name}`: {w['why']}" for w in result["waiting"]) or "-"),
        ("new claims", result["claims_ingested"], "claims in the ingested articles"),
        ("new entities", result["entities_new"], "entities the store did not have"),
    ]
    table = "\n".join(f"| {what} | {count} | {detail.replace('|', '/')} |"
                      for what, count, detail in rows)
    run = f"\n\nIngestion run: <{result['run']}>" if result.get("run") else ""
    return (f"# Inbox run: {Path(result['inbox']).name}\n\n| outcome | files | details |\n"
            f"|---|---:|---|\n{table}{run}\n")
