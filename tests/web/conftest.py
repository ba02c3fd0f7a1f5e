"""A real `kg serve` application on 127.0.0.1, over a copy of the ingested corpus store.

The corpus store (tests/conftest.py) must not change, and these tests send updates, so
the server reads a copy. The server runs in a background thread of the test process
(uvicorn's own `Server`, lifespan and all: the query workers are real processes), on a
free port, and is stopped at the end of the session.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from kg.store import KnowledgeStore
from kg.web.app import ServerConfig, build_app

TOKEN = "test-update-token"
TIMEOUT = 3.0
"""The test server's query time limit (s): long for these queries, short for a cross join."""
MAX_ROWS = 2000
"""Below the corpus store's size, so `SELECT * { ?s ?p ?o }` hits the row limit."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class LiveServer:
    """A started server: its base URL and its store directory."""

    url: str
    store_dir: Path
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def start_server(config: ServerConfig) -> LiveServer:
    """Build the app for `config`, serve it on a free port, return once it accepts requests."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(build_app(config), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="kg-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    return LiveServer(f"http://127.0.0.1:{port}", config.store_dir, server, thread)


def copy_store(source: Path, target: Path) -> Path:
    """A copy of a store directory that no process is writing (locks are flocks, not
    files, so copying the lock files copies no lock)."""
    shutil.copytree(source, target)
    return target


@pytest.fixture(scope="session")
def web_store(corpus_store, tmp_path_factory) -> Path:
    return copy_store(corpus_store.store_dir, tmp_path_factory.mktemp("web") / "store")


@pytest.fixture(scope="session")
def live(web_store):
    running = start_server(ServerConfig(store_dir=web_store, query_timeout=TIMEOUT,
                                        max_rows=MAX_ROWS, update_token=TOKEN))
    yield running
    running.stop()


@pytest.fixture
def client(live):
    with httpx.Client(base_url=live.url, timeout=30) as session:
        yield session


@pytest.fixture(scope="session")
def facts(web_store) -> dict:
    """What the pages should show, read from the store directly (read-only)."""
    import pyoxigraph as ox

    knowledge = KnowledgeStore(ox.Store.read_only(str(web_store)), path=web_store)
    rows = knowledge.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX schema: <https://schema.org/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?claim ?exact ?metricKey ?article WHERE {
          ?annotation oa:hasBody ?claim ; oa:hasTarget ?target .
          ?target oa:hasSource ?article ; oa:hasSelector/oa:exact ?exact .
          ?claim schema:variableMeasured/skos:notation ?metricKey .
        } ORDER BY ?claim ?exact""").records()
    articles = [a.iri for a in knowledge.articles()]
    return {"evidence": rows, "articles": articles}
