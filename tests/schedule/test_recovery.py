"""kill -9 during the write phase: the store stays whole and the next run finishes the work."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

from click.testing import CliRunner

from kg.cli import kg
from kg.store import KnowledgeStore
from tests.conftest import CORPUS_FILES

from .conftest import SETTLED, run_inbox, settle, subprocess_env

ARTICLES = 12
KILL_AFTER = 2
"""Articles stored before the kill (batches of 2: writes and extraction interleave)."""


def fill_inbox(inbox) -> list:
    """ARTICLES distinct articles: corpus files, each with a sentence of its own appended."""
    paths = []
    for n in range(ARTICLES):
        source = CORPUS_FILES[n % len(CORPUS_FILES)]
        path = inbox / f"{n:02d}_{source.name}"
        extra = f"\n据统计，第 {n + 1} 号小程序的用户超过 {n + 2} 万。\n"
        path.write_text(source.read_text(encoding="utf-8") + extra, encoding="utf-8")
        settle(path)
        paths.append(path)
    return paths


def start_run(inbox, store_dir, server) -> subprocess.Popen:
    script = textwrap.dedent(f"""
        from flows.inbox import ingest_inbox
        ingest_inbox(inbox={str(inbox)!r}, store_dir={str(store_dir)!r},
                     settle_seconds={SETTLED}, batch_size=2)
    """)
    return subprocess.Popen([sys.executable, "-c", script], env=subprocess_env(server),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def kill_after_stored(process: subprocess.Popen, count: int, timeout: float = 90) -> list[str]:
    """Read the run's log until `count` articles were stored, then kill -9 it."""
    deadline, lines = time.monotonic() + timeout, []
    try:
        for line in process.stdout:
            lines.append(line)
            if sum(" - stored " in seen for seen in lines) >= count:
                break
            assert time.monotonic() < deadline, "".join(lines[-20:])
        else:
            raise AssertionError("the run ended before the kill:\n" + "".join(lines[-20:]))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return lines


def test_a_run_killed_while_writing_leaves_a_valid_store_and_the_next_run_finishes(
        prefect_api, inbox, store_dir):
    paths = fill_inbox(inbox)
    kill_after_stored(start_run(inbox, store_dir, prefect_api), KILL_AFTER)

    # the store opens at once (the kernel dropped the killed run's lock) and holds whole
    # articles only, each naming a run the runs graph knows
    with KnowledgeStore.open(store_dir, wait=0) as knowledge:
        stored = {a.path for a in knowledge.articles()}
    assert KILL_AFTER <= len(stored) < ARTICLES
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()
                  and not p.name.startswith(".")) == sorted(p.name for p in paths)
    validated = CliRunner().invoke(kg, ["validate", "--store", str(store_dir)])
    assert validated.exit_code == 0, validated.output
    assert validated.stdout.startswith("conforms")
    runs = CliRunner().invoke(kg, ["history", "--store", str(store_dir)])
    assert "did not finish" in runs.stdout

    # the next run skips what was stored, ingests the rest and files everything away
    summary, _ = run_inbox(inbox, store_dir, batch_size=10)
    assert (summary["ingested"], summary["unchanged"]) == (ARTICLES - len(stored), len(stored))
    assert summary["rejected"] == [] and summary["left"] == []
    assert {p.name for p in (inbox / "done").iterdir()} == {p.name for p in paths}
    with KnowledgeStore.open(store_dir) as knowledge:
        assert {a.path for a in knowledge.articles()} == {str(p) for p in paths}
