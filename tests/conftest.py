"""Shared fixtures: a Prefect test harness and the real corpus ingested once per session.

Prefect reads its settings from the environment when first imported, so `pytest_configure`
points PREFECT_HOME at a throw-away directory (tests never touch data/prefect or
~/.prefect) and switches telemetry off before any test module imports Prefect.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))


def pytest_configure(config):
    home = tempfile.mkdtemp(prefix="kg-test-prefect-")
    config._kg_prefect_home = home
    os.environ["PREFECT_HOME"] = home
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def pytest_unconfigure(config):
    home = getattr(config, "_kg_prefect_home", None)
    if home:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API and database for the whole session (starts in ~10-15 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@dataclass(frozen=True)
class IngestedCorpus:
    """The corpus after one real flow run: where the store is and what the flow reported."""

    store_dir: Path
    summary: dict


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, prefect_harness) -> IngestedCorpus:
    """/work/main/corpus ingested through the real Prefect flow into a temporary store.

    Tests must not change this store; open it with `corpus_knowledge` (closed after each
    test, so that CLI tests can open the same directory).
    """
    from flows.ingest import ingest

    store_dir = tmp_path_factory.mktemp("corpus-kg") / "store"
    summary = ingest(paths=[str(CORPUS)], store_dir=str(store_dir), batch_size=2)
    return IngestedCorpus(store_dir=store_dir, summary=summary)


@pytest.fixture
def corpus_knowledge(corpus_store):
    from kg.store import KnowledgeStore

    with KnowledgeStore.open(corpus_store.store_dir, create=False) as knowledge:
        yield knowledge
