"""The store as the server reads it: a read-only view, reopened after every commit.

The decision, and why. Oxigraph (RocksDB) lets one process open a store directory
read-write; an ingestion run (`kg ingest`, a scheduled flow) is that process while it
writes, and it takes the project's write lock (`kg-write.lock`) for the duration. If the
server held the store read-write, every scheduled ingestion would fail on the lock, and
routing ingestion through the server would tie the flows to a running web process. So the
server never holds the store open for writing. It reads through `pyoxigraph.Store.read_only`
views instead:

- A read-only view is a snapshot of the store as it was when the view was opened: RocksDB
  reads the manifest and replays the write-ahead log at open time, and the view does not
  follow later writes. A changed article is written in ONE Oxigraph transaction (one
  RocksDB write batch, one log record, see `KnowledgeStore.replace_article`), and log
  replay applies a batch whole or not at all (a record still being appended fails its
  checksum and is left out). New articles are bulk-loaded without the rdf:types every
  query starts from, which a transaction adds afterwards (`KnowledgeStore.add_articles`).
  Either way readers never see half an article.
- `StoreView.refresh` notices commits by watching the files a commit changes (the log's
  size and time, the manifest, CURRENT) and then opens a new view and swaps it in; requests
  already running finish on the view they started with (it closes when the last reference
  goes). The app polls about once a second, so new articles appear within about a second.
- pyoxigraph documents a read-only open concurrent with a writer as undefined behaviour.
  What can actually go wrong is the open itself: a writer that rotates its manifest or
  deletes a log file between RocksDB's listing and reading makes the open fail with an
  IOError. Such an open is retried, and if it keeps failing the previous view stays in
  service until the next poll. An open view keeps its files open, so a writer's later
  compactions (which delete files) do not disturb it; tests/web/test_concurrency.py
  serves pages and queries while another process ingests, and checks that every article
  it sees is complete.

Updates through the endpoint (only with --update-token) open the store read-write for the
one update, taking the same write lock as an ingestion run, so they queue behind it.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg.errors import E, KGError
from kg.store import KnowledgeStore
from ontology.namespaces import InstanceSpace

T = TypeVar("T")
OPEN_ATTEMPTS = 5
OPEN_PAUSE = 0.2
"""Seconds between attempts to open a view while a writer rotates its files."""


def signature(path: Path) -> str:
    """A digest of the files every commit changes: the write-ahead logs (*.log), the
    manifests and CURRENT (names, sizes and modification times). It changes when a writer
    commits; it does not change while nobody writes."""
    entries = []
    try:
        with os.scandir(path) as found:
            for entry in found:
                name = entry.name
                if name == "CURRENT" or name.startswith("MANIFEST-") or name.endswith(".log"):
                    try:
                        info = entry.stat()
                    except FileNotFoundError:  # deleted by the writer while we listed
                        continue
                    entries.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    except FileNotFoundError:
        return ""
    return hashlib.sha256("\n".join(sorted(entries)).encode()).hexdigest()[:16]


def open_read_only(path: Path, *, attempts: int = OPEN_ATTEMPTS,
                   pause: float = OPEN_PAUSE) -> ox.Store:
    """A read-only pyoxigraph view of the store directory `path`.

    Retries `attempts` times when the open fails (a writer rotating its files, see the
    module docstring). Raises KGError E302 when `path` is not a store, E415 when every
    attempt failed.
    """
    path = Path(path)
    if not (path / "CURRENT").is_file():
        detail = "no such directory" if not path.exists() else "no Oxigraph store in it"
        raise KGError(E.E302, path=path, detail=detail)
    last = ""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as err:  # RocksDB reports races as I/O errors
            last = str(err).splitlines()[0]
            if attempt + 1 < attempts:
                time.sleep(pause)
    raise KGError(E.E415, detail=f"{path} could not be opened for reading ({last})")


class StoreView:
    """The current read-only view of one store directory, swapped whole when it changes.

    `knowledge` is the view to use for one request (keep the object for the whole request:
    a refresh between two queries of one page would otherwise mix two states);
    `generation` names the view's state, so worker processes know when to reopen theirs.
    """

    def __init__(self, path: str | os.PathLike, *, space: InstanceSpace):
        self.path = Path(path)
        self.space = space
        self._lock = threading.Lock()
        self._generation = signature(self.path)
        self._knowledge = KnowledgeStore(open_read_only(self.path), space=space, path=self.path)
        self._derived: dict[str, object] = {}

    @property
    def knowledge(self) -> KnowledgeStore:
        with self._lock:
            return self._knowledge

    @property
    def generation(self) -> str:
        with self._lock:
            return self._generation

    def derived(self, knowledge: KnowledgeStore, name: str,
                compute: Callable[[KnowledgeStore], T]) -> T:
        """`compute(knowledge)`, computed once per view: what does not change while the
        store does not (the home page's counts, its article order) is read once after each
        commit instead of on every request. `knowledge` is the view the request holds; an
        older one (swapped out since) is computed for, not remembered."""
        with self._lock:
            current = knowledge is self._knowledge
            if current and name in self._derived:
                return self._derived[name]
        value = compute(knowledge)
        with self._lock:
            if knowledge is self._knowledge:
                self._derived.setdefault(name, value)
        return value

    def refresh(self, *, force: bool = False) -> bool:
        """Open a new view if the store changed since the current one (or if `force`).

        Returns True when a new view was swapped in. A failed open keeps the current view
        (the next call tries again), so the server goes on answering from the last state it
        could read.
        """
        current = signature(self.path)  # read BEFORE opening: a later commit shows next time
        if not force and current == self.generation:
            return False
        try:
            store = open_read_only(self.path, attempts=2)
        except KGError:
            return False
        knowledge = KnowledgeStore(store, space=self.space, path=self.path)
        with self._lock:
            self._knowledge, self._generation = knowledge, current
            self._derived = {}
        return True
