"""Serving while another process writes the same store: every article is seen whole.

A writer process (the project's own `KnowledgeStore.replace_article`, one transaction per
article, holding the store's write lock like an ingestion run) adds copies of a real
article graph one by one while the server answers queries and pages. Every copy the
server shows must have all its triples, and the server must follow the writes as they
commit (see kg/web/snapshot.py for how).
"""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pyoxigraph as ox

from kg.web.app import ServerConfig
from tests.web.conftest import copy_store, start_server

COPIES = 30
PREFIX = "https://example.org/kg/article/copy-"
WRITER = f"""
import sys, time
from rdflib import Graph
from kg.store import KnowledgeStore
store_dir, source = sys.argv[1], sys.argv[2]
graph = Graph().parse(source, format="nt")
with KnowledgeStore.open(store_dir, create=False, holder="test writer") as knowledge:
    for i in range({COPIES}):
        knowledge.replace_article(f"{PREFIX}{{i:03d}}", f"copies/{{i}}.txt", graph)
        time.sleep(0.1)
"""
COUNTS = (f'SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
          f'FILTER(STRSTARTS(STR(?g), "{PREFIX}")) }} GROUP BY ?g')


def test_readers_never_see_half_an_article_while_a_writer_commits(corpus_store, tmp_path):
    store_dir = copy_store(corpus_store.store_dir, tmp_path / "store")
    view = ox.Store.read_only(str(store_dir))
    article = next(iter(view.query("SELECT ?a WHERE { GRAPH ?a { ?a a <https://schema.org/"
                                   "Article> } } LIMIT 1")))["a"]
    source = tmp_path / "article.nt"
    source.write_bytes(ox.serialize([q.triple for q in view.quads_for_pattern(
        None, None, None, article)], format=ox.RdfFormat.N_TRIPLES))
    del view
    size = len(set(source.read_text(encoding="utf-8").splitlines()))

    server = start_server(ServerConfig(store_dir=store_dir, refresh_interval=0.2,
                                       query_timeout=10))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store_dir), str(source)])
    seen: list[int] = []
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                response = client.get("/sparql", params={"query": COUNTS},
                                      headers={"Accept": "application/sparql-results+json"})
                assert response.status_code == 200, response.text
                counts = [int(b["n"]["value"]) for b in response.json()["results"]["bindings"]]
                assert all(n == size for n in counts), f"half an article: {counts} vs {size}"
                seen.append(len(counts))
                assert client.get("/", headers={"Accept": "text/html"}).status_code == 200
                if writer.poll() is not None and seen[-1] == COPIES:
                    break
                time.sleep(0.05)
        assert writer.wait(timeout=60) == 0
    finally:
        if writer.poll() is None:
            writer.kill()
        server.stop()
    assert seen[-1] == COPIES, "the server did not follow the writer to the end"
    assert any(0 < n < COPIES for n in seen), "the server saw no state between the commits"
