"""Two writers never share the store: the second waits, then gets it or gives up clearly."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import KGError
from kg.store import WRITE_LOCK, KnowledgeStore
from ontology.namespaces import KG

from .conftest import corpus_file, drop


def hold_store(store_dir, holder: str, seconds: float | None = None) -> subprocess.Popen:
    """A process that opens the store as `holder` and keeps it `seconds` (or until killed);
    returns once it holds it."""
    script = textwrap.dedent(f"""
        import sys, time
        from kg.store import KnowledgeStore
        with KnowledgeStore.open({str(store_dir)!r}, holder={holder!r}):
            print("holding", flush=True)
            time.sleep({seconds if seconds is not None else 3600})
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "holding"
    return process


@pytest.fixture
def holder(store_dir):
    processes = []

    def start(name: str, seconds: float | None = None) -> subprocess.Popen:
        processes.append(hold_store(store_dir, name, seconds))
        return processes[-1]

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def test_the_second_writer_waits_then_gives_up_naming_the_first(store_dir, holder):
    holder("ingestion run 20261122T050000Z-abc (flow run 7c1e)")
    told = []
    started = time.monotonic()
    with pytest.raises(KGError) as caught:
        KnowledgeStore.open(store_dir, wait=1.0, on_wait=told.append)
    assert time.monotonic() - started >= 1.0
    assert caught.value.code == "E306"
    message = str(caught.value)
    assert message.startswith(f"E306 {store_dir}: the store is in use by ingestion run "
                              "20261122T050000Z-abc (flow run 7c1e) since 20")
    assert "gave up after waiting 1 s" in message
    assert len(told) == 1 and told[0].endswith("; waiting up to 1 s…")
    assert "ingestion run 20261122T050000Z-abc" in told[0]


def test_the_second_writer_gets_the_store_when_the_first_is_done(store_dir, holder):
    first = holder("ingestion run first", seconds=1.5)
    started = time.monotonic()
    with KnowledgeStore.open(store_dir, wait=60) as knowledge:
        waited = time.monotonic() - started
        assert knowledge.stats()["triples"] == 0
    assert first.wait(timeout=30) == 0
    assert 0.5 < waited < 30


def test_a_writer_killed_with_sigkill_leaves_no_stale_lock(store_dir, holder):
    first = holder("ingestion run doomed")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert (store_dir / WRITE_LOCK).exists()  # the file stays; the kernel dropped the lock
    with KnowledgeStore.open(store_dir, wait=0) as knowledge:
        assert knowledge.stats()["triples"] == 0


def test_two_opens_in_one_process_exclude_each_other(store_dir):
    with KnowledgeStore.open(store_dir, holder="first"):
        with pytest.raises(KGError) as caught:
            KnowledgeStore.open(store_dir)
    assert caught.value.code == "E306" and "in use by first since" in str(caught.value)
    with KnowledgeStore.open(store_dir):  # released on close
        pass


def test_the_ingest_flow_gives_up_with_e306(prefect_api, store_dir, holder, inbox):
    from flows.ingest import ingest

    holder("ingestion run busy")
    drop(inbox, corpus_file(0))
    with pytest.raises(KGError) as caught:
        ingest(paths=[str(inbox)], store_dir=str(store_dir), lock_timeout=0.5)
    assert caught.value.code == "E306" and "ingestion run busy" in str(caught.value)


def _article(iri: str, path: str, extra: int) -> Graph:
    graph = Graph()
    node = URIRef(iri)
    graph.add((node, KG.sourcePath, Literal(path)))
    graph.add((node, KG.sha256, Literal(f"{extra:064x}")))
    for n in range(50 + extra):
        graph.add((node, KG.cleanText, Literal(f"line {n}")))
    return graph


def test_a_query_during_replacements_sees_a_whole_article_graph(tmp_path):
    """Oxigraph applies each replacement (drop + insert) atomically: a reader in the same
    process counts the old or the new graph, never none, both or part of one."""
    base = "https://example.org/kg/article/"
    versions = [(f"{base}v{n}", _article(f"{base}v{n}", "inbox/a.txt", extra=n * 37))
                for n in range(2)]
    sizes = {len(graph) for _, graph in versions}
    count = ("PREFIX kg: <https://example.org/kg/ontology#> SELECT (COUNT(*) AS ?n) "
             'WHERE { GRAPH ?g { ?a kg:sourcePath "inbox/a.txt" . ?s ?p ?o } }')
    with KnowledgeStore.open(tmp_path / "store") as knowledge:
        knowledge.replace_article(versions[0][0], "inbox/a.txt", versions[0][1])
        done = threading.Event()

        def replace_again_and_again():
            for n in range(200):
                iri, graph = versions[n % 2]
                knowledge.replace_article(iri, "inbox/a.txt", graph)
            done.set()

        writer = threading.Thread(target=replace_again_and_again)
        writer.start()
        seen, queries = set(), 0
        while not done.is_set():
            seen.add(knowledge.query(count).records()[0]["n"])
            queries += 1
        writer.join()
    assert queries > 10 and seen <= sizes
